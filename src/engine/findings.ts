/**
 * Finding builders: one function per finding code, each naming the sheet and
 * the cell and saying — in Vietnamese and English — what is wrong and what to do.
 * Messages start with "Ô C7:" / "Cell C7:"; the sheet is in `finding.sheet`.
 */
import type { Finding, FindingCode, Severity } from './types';
import { viNum } from './numbers';

/** Codes whose severity is error (everything else is a warning). */
export const ERROR_CODES: readonly FindingCode[] = [
  'MISSING_COLUMN',
  'NOT_A_NUMBER',
  'EXCEL_ERROR',
  'NEGATIVE',
  'DUPLICATE_CODE',
  'CHILDREN_EXCEED_PARENT',
  'RATE_OUT_OF_RANGE',
  'BAD_PLAN',
  'NO_SECTOR_SHEETS',
  'AMBIGUOUS_MONTH_BLOCKS',
  'ONE_SHEET_PER_MONTH',
  'FORMULA_NOT_CALCULATED',
  'MERGED_FIGURE',
  'SUM_OVERFLOW',
];

/**
 * Codes whose severity is info (v2): what the program decided on the user's behalf. Info
 * never blocks and is never printed in the official documents (.docx, narrative, report
 * sheet Ghi chú); `officialFindings` filters it out.
 */
export const INFO_CODES: readonly FindingCode[] = [
  'YEAR_BLOCK_IGNORED',
  'KIND_INFERRED',
  'ESTIMATE_USED',
  'AGENCY_FROM_TITLE',
];

/** The severity comes from the code (ERROR_CODES, INFO_CODES), so a builder cannot contradict it. */
function mk(code: FindingCode, sheet: string, cell: string, vi: string, en: string, suggestion?: number): Finding {
  const severity: Severity = ERROR_CODES.includes(code) ? 'error' : INFO_CODES.includes(code) ? 'info' : 'warning';
  const f: Finding = { severity, code, sheet, cell, message: { vi: `Ô ${cell}: ${vi}`, en: `Cell ${cell}: ${en}` } };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

const q = (s: string) => `"${s}"`;
const monthList = (ms: number[]) => ms.join(', ');

export const REQUIRED_COLUMNS = {
  name: { vi: 'Chỉ tiêu', en: 'indicator name', aliases: 'Chỉ tiêu, Tên chỉ tiêu, Nội dung, Nội dung chỉ tiêu' },
  unit: { vi: 'ĐVT', en: 'unit', aliases: 'ĐVT, Đơn vị tính, Đơn vị' },
};

export const F = {
  /** A sheet that looks like a sector sheet but is not read (see parse.ts `skipReason`). */
  sheetSkipped(sheet: string, cell: string, why: 'oldReport' | 'veryHidden' | 'outputName'): Finding {
    const text = {
      oldReport: [
        `trang '${sheet}' là bản sao số liệu của một báo cáo đã lập (dòng tiêu đề STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Lũy kế | % KH năm), không phải trang số liệu lĩnh vực; chương trình không đọc trang này để khỏi tính trùng. Nếu đây là số liệu cần báo cáo, hãy chép vào trang lĩnh vực theo mẫu (các cột tháng T1…T12).`,
        `sheet '${sheet}' is a values copy of a report already made (header STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Lũy kế | % KH năm), not a sector sheet; it is not read, so nothing is counted twice. If it holds figures to report, copy them into a sector sheet with month columns.`,
      ],
      veryHidden: [
        `trang '${sheet}' bị ẩn sâu (very hidden — chỉ hiện lại được bằng VBA), nên người dùng không thấy trang này trong Excel; chương trình không đọc số liệu của nó. Nếu trang này là số liệu cần báo cáo, hãy cho hiện trang (VBA: Sheets("${sheet}").Visible = True) rồi chạy lại.`,
        `sheet '${sheet}' is very hidden (only VBA can show it), so nobody sees it in Excel; its figures are not read. If it belongs in the report, make it visible and run again.`,
      ],
      outputName: [
        `trang '${sheet}' có tên hoặc dấu của trang báo cáo do chương trình tạo, nhưng chứa bảng số liệu theo tháng; chương trình không đọc trang báo cáo của chính mình làm số liệu. Nếu đây là số liệu lĩnh vực, hãy đổi tên trang (ví dụ "Việc làm").`,
        `sheet '${sheet}' carries the name or marker of a sheet the program makes, but holds a monthly data table; the program never reads its own output as input. If it is sector data, rename the sheet.`,
      ],
    }[why];
    return mk('SHEET_SKIPPED', sheet, cell, text[0], text[1]);
  },
  formulaNotCalculated(sheet: string, cell: string): Finding {
    return mk(
      'FORMULA_NOT_CALCULATED',
      sheet,
      cell,
      `ô có công thức nhưng chưa từng được tính (tệp không lưu kết quả công thức, thường do phần mềm khác xuất ra). Hãy mở tệp bằng Excel, nhấn F9 (tính lại) rồi lưu, hoặc nhập số trực tiếp.`,
      `the cell holds a formula that was never calculated (no saved result, typical of files exported by other software). Open the file in Excel, press F9 (recalculate) and save, or type the figure.`,
    );
  },
  mergedFigure(sheet: string, cell: string, range: string, month: number): Finding {
    return mk(
      'MERGED_FIGURE',
      sheet,
      cell,
      `ô tháng ${month} nằm trong vùng ô gộp ${range} (Merge), nên số trong vùng chỉ thuộc ô đầu; không biết số của tháng ${month}. Hãy bỏ gộp ô (Home → Merge & Center → Unmerge Cells) và nhập số của từng tháng.`,
      `the month ${month} cell is inside the merged range ${range}, so the range's figure belongs to its first cell only and month ${month} has none. Unmerge the cells and enter each month's figure.`,
    );
  },
  sumOverflow(sheet: string, cell: string, name: string, cells: string[]): Finding {
    return mk(
      'SUM_OVERFLOW',
      sheet,
      cell,
      `tổng của chỉ tiêu ${q(name)} quá lớn để tính (các ô ${cells.join(', ')}); lũy kế không được tính. Hãy kiểm tra các số này (thừa nhiều chữ số?).`,
      `the total of ${q(name)} is too large to compute (cells ${cells.join(', ')}); the year to date is not computed. Check these figures (too many digits?).`,
    );
  },
  textTruncated(sheet: string, cell: string, limit: number): Finding {
    return mk(
      'TEXT_TRUNCATED',
      sheet,
      cell,
      `đoạn chữ dài hơn ${limit} ký tự mà một ô Excel chứa được, nên đã bị cắt bớt (đánh dấu "… [đã cắt bớt]"). Hãy rút gọn đoạn văn gốc.`,
      `the text is longer than the ${limit} characters an Excel cell holds and was cut (marked "… [đã cắt bớt]"). Shorten the source text.`,
    );
  },
  missingColumn(sheet: string, cell: string, field: keyof typeof REQUIRED_COLUMNS): Finding {
    const c = REQUIRED_COLUMNS[field];
    return mk(
      'MISSING_COLUMN',
      sheet,
      cell,
      `dòng tiêu đề của trang '${sheet}' thiếu cột ${q(c.vi)}. Hãy thêm một cột có tiêu đề là một trong: ${c.aliases}.`,
      `the header row of sheet '${sheet}' has no ${c.en} column. Add a column headed one of: ${c.aliases}.`,
    );
  },
  notANumber(sheet: string, cell: string, text: string): Finding {
    return mk(
      'NOT_A_NUMBER',
      sheet,
      cell,
      `'${text}' không phải là số. Hãy nhập một số (để trống nếu chưa có số liệu).`,
      `'${text}' is not a number. Enter a number (leave it empty if there is no figure yet).`,
    );
  },
  /** A numeric cell whose value is not a finite number (a host quirk; Excel shows it as an error). */
  invalidNumber(sheet: string, cell: string): Finding {
    return mk(
      'NOT_A_NUMBER',
      sheet,
      cell,
      `giá trị của ô không phải là số hợp lệ. Hãy nhập lại số liệu.`,
      `the cell's value is not a valid number. Enter the figure again.`,
    );
  },
  dateInFigure(sheet: string, cell: string, iso: string): Finding {
    const [y, m, d] = iso.split('-');
    const shown = d && m ? `${d}/${m}/${y}` : iso;
    return mk(
      'NOT_A_NUMBER',
      sheet,
      cell,
      `ô chứa ngày ${shown} chứ không phải số (Excel có thể đã tự đổi một số như "1.6" thành ngày). Hãy định dạng ô là Số và nhập lại.`,
      `the cell holds the date ${shown}, not a number (Excel may have turned a number such as "1.6" into a date). Format the cell as Number and type the figure again.`,
    );
  },
  excelError(sheet: string, cell: string, err: string): Finding {
    return mk(
      'EXCEL_ERROR',
      sheet,
      cell,
      `ô có lỗi Excel ${err}. Hãy sửa công thức hoặc nhập số liệu.`,
      `the cell holds the Excel error ${err}. Fix the formula or enter the figure.`,
    );
  },
  negative(sheet: string, cell: string, value: number, name: string): Finding {
    return mk(
      'NEGATIVE',
      sheet,
      cell,
      `số âm ${viNum(value)} ở chỉ tiêu ${q(name)}. Số liệu không được âm; hãy nhập lại.`,
      `negative figure ${value} for ${q(name)}. Figures cannot be negative; correct it.`,
    );
  },
  duplicateCode(sheet: string, cell: string, code: string, firstSheet: string, firstCell: string): Finding {
    const where = firstSheet === sheet ? `ô ${firstCell}` : `ô ${firstCell} trang '${firstSheet}'`;
    const whereEn = firstSheet === sheet ? `cell ${firstCell}` : `cell ${firstCell} of sheet '${firstSheet}'`;
    return mk(
      'DUPLICATE_CODE',
      sheet,
      cell,
      `mã chỉ tiêu ${q(code)} trùng với ${where}. Mỗi mã chỉ được dùng một lần trong sổ; hãy đổi mã.`,
      `indicator code ${q(code)} is already used at ${whereEn}. Each code must be unique in the workbook; change it.`,
    );
  },
  childrenExceedParent(
    sheet: string,
    cell: string,
    name: string,
    month: number,
    lastYear: boolean,
    parentValue: number,
    childSum: number,
  ): Finding {
    const mvi = lastYear ? `cùng kỳ tháng ${month}` : `tháng ${month}`;
    const men = lastYear ? `last year's month ${month}` : `month ${month}`;
    return mk(
      'CHILDREN_EXCEED_PARENT',
      sheet,
      cell,
      `tổng các chỉ tiêu con ${mvi} (${viNum(childSum)}) lớn hơn chỉ tiêu ${q(name)} (${viNum(parentValue)}). Chỉ tiêu con là một phần của chỉ tiêu cha; hãy kiểm tra lại số liệu.`,
      `the sub-indicators of ${q(name)} add up to ${childSum} in ${men}, more than the indicator itself (${parentValue}). Sub-indicators are parts of their parent; check the figures.`,
    );
  },
  rateOutOfRange(sheet: string, cell: string, value: number, name: string): Finding {
    return mk(
      'RATE_OUT_OF_RANGE',
      sheet,
      cell,
      `tỷ lệ ${viNum(value)} của ${q(name)} nằm ngoài khoảng 0–100. Hãy nhập tỷ lệ phần trăm từ 0 đến 100 (ví dụ 57,35).`,
      `rate ${value} for ${q(name)} is outside 0–100. Enter a percentage between 0 and 100 (e.g. 57.35).`,
    );
  },
  badPlan(sheet: string, cell: string, text: string): Finding {
    return mk(
      'BAD_PLAN',
      sheet,
      cell,
      `không đọc được kế hoạch '${text}'. Hãy nhập một số (28.500) hoặc chỉ tiêu có so sánh (Dưới 2,1; Trên 90; ≥ 90; Tối đa 2).`,
      `the plan '${text}' cannot be read. Enter a number (28500) or a target with a comparison (Dưới 2,1; Trên 90; ≥ 90; Tối đa 2).`,
    );
  },
  fractionalCount(sheet: string, cell: string, value: number, unit: string, suggestion: number): Finding {
    return mk(
      'FRACTIONAL_COUNT',
      sheet,
      cell,
      `${viNum(value)} ${unit} là số lẻ, nhưng "${unit}" chỉ đếm số nguyên — có thể dấu chấm đã bị hiểu là dấu thập phân. Nếu số đúng là ${viNum(suggestion)} ${unit}, hãy nhập ${suggestion} (không có dấu chấm).`,
      `${value} ${unit} is fractional, but "${unit}" counts whole units — probably typed where "." is the decimal mark. If you meant ${suggestion}, enter ${suggestion}.`,
      suggestion,
    );
  },
  numberAsText(sheet: string, cell: string, text: string, value: number): Finding {
    return mk(
      'NUMBER_AS_TEXT',
      sheet,
      cell,
      `số '${text}' được lưu dạng chữ; đã đọc là ${viNum(value)}. Nên nhập lại dưới dạng số.`,
      `the number '${text}' is stored as text; read as ${value}. Better re-enter it as a number.`,
      value,
    );
  },
  missingMonthsFlow(sheet: string, cell: string, name: string, months: number[]): Finding {
    return mk(
      'MISSING_MONTH',
      sheet,
      cell,
      `chỉ tiêu ${q(name)} chưa có số liệu tháng ${monthList(months)}; các số tổng hợp được đánh dấu chưa đủ. Hãy nhập số liệu (nếu không phát sinh, nhập 0).`,
      `${q(name)} has no figure for month ${monthList(months)}; totals depending on it are marked incomplete. Enter the figures (0 if nothing happened).`,
    );
  },
  missingMonthPoint(sheet: string, cell: string, name: string, month: number, usedMonth: number | null): Finding {
    const vi = usedMonth
      ? `chỉ tiêu ${q(name)} chưa có số liệu tháng ${month}; tạm dùng số tháng ${usedMonth}. Hãy nhập số liệu tháng ${month}.`
      : `chỉ tiêu ${q(name)} chưa có số liệu tháng ${month} (và các tháng trước đó). Hãy nhập số liệu tháng ${month}.`;
    const en = usedMonth
      ? `${q(name)} has no figure for month ${month}; month ${usedMonth}'s value is used instead. Enter month ${month}'s figure.`
      : `${q(name)} has no figure for month ${month} (nor any earlier month). Enter month ${month}'s figure.`;
    return mk('MISSING_MONTH', sheet, cell, vi, en);
  },
  outlier(sheet: string, cell: string, name: string, month: number, value: number, median: number): Finding {
    return mk(
      'OUTLIER',
      sheet,
      cell,
      `số liệu tháng ${month} của ${q(name)} là ${viNum(value)}, lớn hơn 10 lần trung vị các tháng khác (${viNum(median)}). Hãy kiểm tra lại (thừa chữ số 0, nhập số lũy kế?).`,
      `month ${month} of ${q(name)} is ${value}, more than 10 times the median of the other months (${median}). Check it (an extra zero, a cumulative figure?).`,
    );
  },
  looksCumulative(sheet: string, cell: string, name: string, values: number[], lastYear = false): Finding {
    const shown = values.map(viNum).join('; ');
    const what = lastYear ? 'số liệu cùng kỳ năm trước các tháng' : 'số liệu các tháng';
    const whatEn = lastYear ? "last year's monthly figures" : 'the monthly figures';
    return mk(
      'LOOKS_CUMULATIVE',
      sheet,
      cell,
      `${what} của ${q(name)} (${shown}) tăng dần như số lũy kế. Mỗi cột tháng cần số phát sinh trong tháng, không phải số cộng dồn; hãy kiểm tra lại.`,
      `${whatEn} of ${q(name)} (${values.join('; ')}) grow like a running total. Each month column needs that month's own figure, not the cumulative total; check them.`,
    );
  },
  missingUnit(sheet: string, cell: string, name: string): Finding {
    return mk(
      'MISSING_UNIT',
      sheet,
      cell,
      `chỉ tiêu ${q(name)} chưa có đơn vị tính. Hãy nhập đơn vị tính (người, hộ, hồ sơ, %…).`,
      `${q(name)} has no unit. Enter its unit (người, hộ, hồ sơ, %…).`,
    );
  },
  orphanCode(
    sheet: string,
    cell: string,
    code: string,
    parentCode: string,
    parentBelowAt: string | null = null,
  ): Finding {
    if (parentBelowAt) {
      return mk(
        'ORPHAN_CODE',
        sheet,
        cell,
        `mã ${q(code)} là mã chỉ tiêu con nhưng chỉ tiêu mã ${q(parentCode)} (ô ${parentBelowAt}) nằm bên dưới nó; chỉ tiêu được xếp theo thứ tự dòng. Hãy chuyển chỉ tiêu con xuống dưới chỉ tiêu cha.`,
        `code ${q(code)} is a sub-indicator code but its parent ${q(parentCode)} (cell ${parentBelowAt}) comes below it; it is placed by row order. Move the sub-indicator below its parent.`,
      );
    }
    return mk(
      'ORPHAN_CODE',
      sheet,
      cell,
      `mã ${q(code)} là mã chỉ tiêu con nhưng không có chỉ tiêu mã ${q(parentCode)} phía trên nó trên trang này; chỉ tiêu được xếp theo thứ tự dòng. Hãy kiểm tra lại mã.`,
      `code ${q(code)} is a sub-indicator code but there is no indicator ${q(parentCode)} above it on this sheet; it is placed by row order. Check the code.`,
    );
  },
  ratePlanAsMinimum(sheet: string, cell: string, name: string, value: number): Finding {
    return mk(
      'RATE_PLAN_AS_MINIMUM',
      sheet,
      cell,
      `kế hoạch của tỷ lệ ${q(name)} là số ${viNum(value)}, được hiểu là "≥ ${viNum(value)}" (tối thiểu). Nếu đây là mức tối đa, hãy ghi "Dưới ${viNum(value)}" hoặc "Tối đa ${viNum(value)}".`,
      `the plan of the rate ${q(name)} is the plain number ${value}, read as "≥ ${value}" (a minimum). If it is a maximum, write "Dưới ${value}" or "Tối đa ${value}".`,
    );
  },
  missingInfoKeys(sheet: string, cell: string, keys: string[]): Finding {
    return mk(
      'MISSING_INFO_KEY',
      sheet,
      cell,
      `trang '${sheet}' thiếu mục: ${keys.join(', ')}. Hãy thêm từ ô này (cột tên mục | cột nội dung); tạm thời để trống.`,
      `sheet '${sheet}' lacks: ${keys.join(', ')}. Add them from this cell (key column | value column); left empty for now.`,
    );
  },
  missingInfoSheet(sheet: string): Finding {
    return mk(
      'MISSING_INFO_KEY',
      sheet,
      'A1',
      `sổ không có trang '${sheet}' (thông tin đơn vị: Cơ quan chủ quản, Tên cơ quan, Năm báo cáo, Người ký…). Hãy tạo trang này với hai cột tên mục | nội dung; tạm thời để trống.`,
      `the workbook has no '${sheet}' sheet (unit information: agency, year, signer…). Create it with two columns key | value; left empty for now.`,
    );
  },
  unknownPlaceholder(sheet: string, cell: string, names: string[], known: readonly string[]): Finding {
    const list = names.map((n) => `{${n}}`).join(', ');
    const ok = known.map((n) => `{${n}}`).join(', ');
    return mk(
      'UNKNOWN_PLACEHOLDER',
      sheet,
      cell,
      `mẫu câu có chỗ trống không hợp lệ ${list}. Hãy sửa lại; chỗ trống hợp lệ: ${ok}.`,
      `the sentence template has unknown placeholder(s) ${list}. Correct them; valid placeholders: ${ok}.`,
    );
  },
  noSectorSheets(sheet: string): Finding {
    return mk(
      'NO_SECTOR_SHEETS',
      sheet,
      'A1',
      `không tìm thấy trang lĩnh vực nào. Trang lĩnh vực cần một dòng tiêu đề (trong 15 dòng đầu) có cột "Chỉ tiêu" và ít nhất một cột tháng (T1, Tháng 1…).`,
      `no sector sheet found. A sector sheet needs a header row (within its first 15 rows) with a "Chỉ tiêu" column and at least one month column (T1, Tháng 1…).`,
    );
  },
  badContent(sheet: string, cell: string, what: 'month' | 'part', text: string): Finding {
    const vi =
      what === 'month'
        ? `không đọc được tháng '${text}'; dòng này bị bỏ qua. Hãy nhập tháng từ 1 đến 12 (hoặc T6).`
        : `không đọc được phần '${text}'; dòng này bị bỏ qua. Hãy ghi "Kết quả", "Nhiệm vụ", "Căn cứ", "Đánh giá chung", "Tồn tại, hạn chế", "Nguyên nhân" hoặc "Đề xuất, kiến nghị".`;
    const en =
      what === 'month'
        ? `month '${text}' cannot be read; the row is skipped. Enter a month 1–12 (or T6).`
        : `part '${text}' cannot be read; the row is skipped. Write "Kết quả", "Nhiệm vụ", "Căn cứ", "Đánh giá chung", "Tồn tại, hạn chế", "Nguyên nhân" or "Đề xuất, kiến nghị".`;
    return mk('BAD_CONTENT', sheet, cell, vi, en);
  },
  /** The "Nội dung" header has no Tháng/Kỳ column: no paragraph can be placed in a period. */
  contentWithoutMonth(sheet: string, cell: string): Finding {
    return mk(
      'BAD_CONTENT',
      sheet,
      cell,
      `dòng tiêu đề của trang '${sheet}' thiếu cột "Tháng" nên mọi đoạn văn bị bỏ qua. Hãy thêm cột Tháng (1 đến 12, hoặc T6) cho biết mỗi đoạn thuộc tháng nào.`,
      `the header row of sheet '${sheet}' has no "Tháng" (month) column, so every paragraph is skipped. Add a Tháng column (1 to 12, or T6) saying which month each paragraph belongs to.`,
    );
  },
  unknownSector(sheet: string, cell: string, text: string): Finding {
    return mk(
      'UNKNOWN_SECTOR',
      sheet,
      cell,
      `lĩnh vực '${text}' không khớp với tên lĩnh vực hay tên trang nào; đoạn văn không gắn được vào lĩnh vực nào. Hãy ghi đúng tên lĩnh vực hoặc tên trang.`,
      `sector '${text}' matches no sector title or sheet name; the paragraph cannot be placed under a sector. Use the sector title or the sheet name.`,
    );
  },
};

/** v2 builders: layouts met in practice (input-format.md). */
export const F2 = {
  hiddenDuplicateColumn(sheet: string, cell: string, visibleCell: string, label: string): Finding {
    return mk(
      'HIDDEN_DUPLICATE_COLUMN',
      sheet,
      cell,
      `cột ẩn ${q(label)} trùng với cột đang hiện ở ô ${visibleCell}; chương trình đọc cột ở ô ${visibleCell} và bỏ qua cột ẩn này (có thể là bản cũ). Nếu số liệu đúng nằm ở cột ẩn, hãy hiện cột đó và xóa cột kia.`,
      `hidden column ${q(label)} repeats the visible column at ${visibleCell}; the program reads ${visibleCell} and skips this hidden one (an old copy?). If the right figures are in the hidden column, unhide it and delete the other.`,
    );
  },
  yearBlockIgnored(sheet: string, cell: string, cols: string, year: number, reportYear: number): Finding {
    return mk(
      'YEAR_BLOCK_IGNORED',
      sheet,
      cell,
      `các cột ${cols} là số liệu năm ${year}, không phải năm báo cáo ${reportYear} hay năm trước (${reportYear - 1}), nên không được đọc. Nếu năm báo cáo khác, hãy sửa "Năm báo cáo" ở trang Thông tin.`,
      `columns ${cols} hold figures of ${year}, neither the report year ${reportYear} nor the year before (${reportYear - 1}), so they are not read. If the report year is different, correct "Năm báo cáo" on the Thông tin sheet.`,
    );
  },
  /** A plan column labelled with another year ("Kế hoạch năm 2023" in a 2024 workbook): not read. */
  planOfOtherYear(sheet: string, cell: string, label: string, year: number, reportYear: number): Finding {
    return mk(
      'YEAR_BLOCK_IGNORED',
      sheet,
      cell,
      `cột ${q(label)} là kế hoạch năm ${year}, không phải năm báo cáo ${reportYear}, nên không được dùng làm kế hoạch. Nếu đây đúng là kế hoạch năm ${reportYear}, hãy sửa tiêu đề cột.`,
      `column ${q(label)} is the plan of ${year}, not of the report year ${reportYear}, so it is not used as the plan. If it is the ${reportYear} plan, correct the column header.`,
    );
  },
  ambiguousMonthBlocks(sheet: string, cell: string, ranges: string[]): Finding {
    const list = ranges.map((r) => `cột ${r}`).join(' và ');
    const listEn = ranges.map((r) => `columns ${r}`).join(' and ');
    return mk(
      'AMBIGUOUS_MONTH_BLOCKS',
      sheet,
      cell,
      `trang có hai khối cột tháng (${list}) mà không ghi năm, nên không biết khối nào là năm nay, khối nào là năm trước; số liệu trang này chưa được đọc. Hãy ghi năm lên trên mỗi khối (ví dụ "Năm 2024", "Cùng kỳ năm 2023") hoặc xóa khối thừa.`,
      `the sheet has two blocks of month columns (${listEn}) without a year, so it is unclear which is this year and which last year; the sheet's figures were not read. Label each block with its year (e.g. "Năm 2024", "Cùng kỳ năm 2023") or delete the extra block.`,
    );
  },
  kindInferred(sheet: string, cell: string, name: string, phrase: string): Finding {
    return mk(
      'KIND_INFERRED',
      sheet,
      cell,
      `chỉ tiêu ${q(name)} được hiểu là số thời điểm (lấy số của tháng cuối kỳ, không cộng dồn các tháng) vì tên có ${q(phrase)}. Nếu cần cộng dồn, hãy thêm cột "Cách tính" và ghi "Cộng dồn" ở dòng này.`,
      `${q(name)} is read as a point-in-time figure (the last month's value, not a sum over months) because its name says ${q(phrase)}. If it should be summed, add a "Cách tính" column and write "Cộng dồn" on this row.`,
    );
  },
  maybeStock(sheet: string, cell: string, name: string, ytd: number, plan: number): Finding {
    return mk(
      'MAYBE_STOCK',
      sheet,
      cell,
      `lũy kế của ${q(name)} (${viNum(ytd)}) vượt quá 3 lần kế hoạch (${viNum(plan)}): có thể đây là số thời điểm (ví dụ số người đang hưởng) chứ không phải số phát sinh cộng dồn. Nếu vậy, hãy thêm cột "Cách tính" và ghi "Thời điểm" ở dòng này.`,
      `the year to date of ${q(name)} (${ytd}) is more than 3 times its plan (${plan}): it may be a point-in-time figure (e.g. people currently receiving) rather than a flow summed over months. If so, add a "Cách tính" column and write "Thời điểm" on this row.`,
    );
  },
  maybeStockFlat(sheet: string, cell: string, name: string, values: number[]): Finding {
    const shown = values.slice(0, 4);
    const more = values.length > shown.length ? ', …' : '';
    return mk(
      'MAYBE_STOCK',
      sheet,
      cell,
      `số liệu các tháng của ${q(name)} gần như không đổi (${shown.map(viNum).join('; ')}${more}) nên được cộng dồn thành lũy kế lớn gấp nhiều lần: có thể đây là số thời điểm (số hiện có, số đang hưởng) chứ không phải số phát sinh trong tháng. Nếu vậy, hãy thêm cột "Cách tính" và ghi "Thời điểm" ở dòng này; nếu đúng là số phát sinh, ghi "Cộng dồn" để cảnh báo này không hiện nữa.`,
      `the monthly figures of ${q(name)} barely change (${shown.join('; ')}${more}), so summing them multiplies the year to date: it may be a point-in-time figure (a count on hand, people currently receiving) rather than a monthly flow. If so, add a "Cách tính" column and write "Thời điểm" on this row; if it really is a flow, write "Cộng dồn" and this warning goes away.`,
    );
  },
  decimalSlip(
    sheet: string,
    cell: string,
    name: string,
    month: number,
    value: number,
    median: number,
    unit: string,
  ): Finding {
    const suggestion = Math.round(value * 1000 * 1e6) / 1e6;
    return mk(
      'DECIMAL_SLIP',
      sheet,
      cell,
      `số liệu tháng ${month} của ${q(name)} là ${viNum(value)} ${unit}, nhỏ hơn 1/100 trung vị các tháng khác (${viNum(median)}): có thể dấu chấm phân cách hàng nghìn đã bị hiểu là dấu thập phân. Nếu số đúng là ${viNum(suggestion)}, hãy nhập lại.`,
      `month ${month} of ${q(name)} is ${value} ${unit}, below 1/100 of the median of the other months (${median}): the thousands separator may have been read as a decimal mark. If you meant ${suggestion}, enter it again.`,
      suggestion,
    );
  },
  oneSheetPerMonth(sheet: string, sheets: string[]): Finding {
    const list = sheets.map((s) => `'${s}'`).join(', ');
    return mk(
      'ONE_SHEET_PER_MONTH',
      sheet,
      'A1',
      `các trang ${list} là mẫu mỗi tháng một trang, không phải mẫu cả năm chương trình đọc (mỗi lĩnh vực một trang, các tháng T1…T12 là các cột), nên không được đọc. Hãy chuyển sổ sang mẫu cả năm bằng chức năng "Chuyển từ sổ theo tháng" (dòng lệnh: npm run convert -- <sổ theo tháng.xlsx> --out <sổ cả năm.xlsx>), hoặc chép số liệu mỗi tháng vào cột tháng tương ứng.`,
      `sheets ${list} are one sheet per month, not the yearly layout the program reads (one sheet per sector, months T1…T12 as columns), so they are not read. Convert the workbook with "Chuyển từ sổ theo tháng" (command line: npm run convert -- <monthly.xlsx> --out <yearly.xlsx>), or copy each month's figures into its month column.`,
    );
  },
  /** Month sheets left beside the yearly sector sheets (a workbook converted in place): the yearly sheets are read. */
  monthSheetsSetAside(sheet: string, sheets: string[], yearly: string[]): Finding {
    const list = sheets.map((s) => `'${s}'`).join(', ');
    const read = yearly.map((s) => `'${s}'`).join(', ');
    return mk(
      'MONTH_SHEETS_SET_ASIDE',
      sheet,
      'A1',
      `các trang ${list} là sổ theo tháng (mỗi tháng một trang) nên không được đọc; báo cáo chỉ dùng các trang cả năm (${read}). Nếu số liệu của các trang tháng chưa có trong các trang cả năm, hãy chuyển sổ bằng "Chuyển từ sổ theo tháng"; nếu đã chuyển rồi, có thể chuyển các trang tháng sang một sổ khác (chuột phải vào tên trang → Di chuyển hoặc Sao chép).`,
      `sheets ${list} are one sheet per month, so they are not read; the report uses only the yearly sheets (${read}). If the month sheets' figures are not in the yearly sheets yet, convert them with "Chuyển từ sổ theo tháng"; if they are, you may move the month sheets to another workbook (right-click the sheet tab → Move or Copy).`,
    );
  },
  estimateUsed(sheet: string, cell: string, name: string, months: number[]): Finding {
    return mk(
      'ESTIMATE_USED',
      sheet,
      cell,
      `chỉ tiêu ${q(name)} chưa có số thực hiện tháng ${monthList(months)}; dùng số ước thực hiện (báo cáo ghi "ước thực hiện"). Khi có số chính thức, hãy nhập vào cột tháng.`,
      `${q(name)} has no actual figure for month ${monthList(months)}; the estimate is used (the report says "ước thực hiện"). Enter the actual figure in the month column when it is known.`,
    );
  },
  agencyFromTitle(sheet: string, cell: string, parent: string, agency: string): Finding {
    const lines = [parent, agency].filter(Boolean).map(q).join(' / ');
    return mk(
      'AGENCY_FROM_TITLE',
      sheet,
      cell,
      `sổ không có trang "Thông tin"; tên cơ quan lấy từ tiêu đề trang này: ${lines}. Để ghi đúng tên cơ quan, người ký, nơi nhận, hãy tạo trang "Thông tin".`,
      `the workbook has no "Thông tin" sheet; the agency names come from this sheet's title block: ${lines}. Create a "Thông tin" sheet to set the agency, signer and recipients.`,
    );
  },
};

export interface FindingsSummary {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Partial<Record<FindingCode, number>>;
}

export function findingsSummary(findings: readonly Finding[]): FindingsSummary {
  const s: FindingsSummary = { errors: 0, warnings: 0, infos: 0, byCode: {} };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'info') s.infos++;
    else s.warnings++;
    s.byCode[f.code] = (s.byCode[f.code] ?? 0) + 1;
  }
  return s;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** The findings an official document may print (errors and warnings; never info). */
export function officialFindings<T extends Finding>(findings: readonly T[]): T[] {
  return findings.filter((f) => f.severity !== 'info');
}
