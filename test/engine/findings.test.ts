/**
 * One example per finding code: the code, its severity, the sheet, the A1 cell, and a
 * Vietnamese message that names the cell (and an English one).
 */
import { computeReport, ERROR_CODES, parsePeriodKey, parseWorkbook, type Finding, type FindingCode, type WorkbookGrid } from '../../src/engine';
import { err, date, infoSheet, months, sectorSheet, sheet, wbWith, workbook, HEADER, monthCol } from './fixtures';

function findingsOf(wb: WorkbookGrid, period?: string): Finding[] {
  const parsed = parseWorkbook(wb);
  if (!period) return parsed.findings;
  return computeReport(parsed, parsePeriodKey(period, parsed.year ?? 2024)!).issues;
}

function only(fs: Finding[], code: FindingCode): Finding[] {
  return fs.filter((f) => f.code === code);
}

function expectFinding(fs: Finding[], code: FindingCode, sheetName: string, cell: string, severity: 'error' | 'warning'): Finding {
  const hits = only(fs, code);
  expect(hits.map((f) => `${f.sheet}!${f.cell}`)).toContain(`${sheetName}!${cell}`);
  const f = hits.find((x) => x.sheet === sheetName && x.cell === cell) as Finding;
  expect(f.severity).toBe(severity);
  expect(f.message.vi).toContain(`Ô ${cell}`);
  expect(f.message.en).toContain(`Cell ${cell}`);
  return f;
}

const SHEET = '2. Giáo dục nghề nghiệp';
const row = (name: string, unit: string | null, plan: unknown, ...vals: unknown[]) =>
  [null, null, name, unit, null, plan, ...months(...(vals as never[]))] as never[];

describe('errors', () => {
  it('MISSING_COLUMN: a header without ĐVT', () => {
    const s = sheet(SHEET, [['STT', 'Chỉ tiêu', 'T1', 'T2'], [1, 'Tuyển sinh giáo dục nghề nghiệp', 754, 800]]);
    const fs = findingsOf(wbWith(s));
    const f = expectFinding(fs, 'MISSING_COLUMN', SHEET, 'E1', 'error');
    expect(f.message.vi).toContain('ĐVT');
    // one error for the column, not one MISSING_UNIT per row
    expect(only(fs, 'MISSING_UNIT')).toEqual([]);
  });

  it('MISSING_COLUMN: month columns but no indicator-name column', () => {
    // the sheet is dropped: the finding points at its header row (the table), not past it
    const s = sheet(SHEET, [['STT', 'ĐVT', 'T1', 'T2'], [1, 'người', 754, 800]]);
    const fs = findingsOf(wbWith(s));
    const f = expectFinding(fs, 'MISSING_COLUMN', SHEET, 'A1', 'error');
    expect(f.message.vi).toContain('Chỉ tiêu');
  });

  it.each([
    ['khoảng 50', 'I2'],
    ['n/a', 'I2'],
  ])('NOT_A_NUMBER: %s', (text, cell) => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', null, 754, 800, text)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'NOT_A_NUMBER', SHEET, cell, 'error');
    expect(f.message.vi).toBe(`Ô ${cell}: '${text}' không phải là số. Hãy nhập một số (để trống nếu chưa có số liệu).`);
  });

  it('NOT_A_NUMBER: a date where a figure belongs (1.6 auto-converted by Excel)', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', null, date('2024-06-01'))]);
    const f = expectFinding(findingsOf(wbWith(s)), 'NOT_A_NUMBER', SHEET, 'G2', 'error');
    expect(f.message.vi).toContain('01/06/2024');
  });

  it.each(['#REF!', '#N/A', '#DIV/0!', '#VALUE!'])('EXCEL_ERROR: %s', (e) => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', null, 754, err(e))]);
    const f = expectFinding(findingsOf(wbWith(s)), 'EXCEL_ERROR', SHEET, 'H2', 'error');
    expect(f.message.vi).toContain(e);
  });

  it('EXCEL_ERROR in the plan cell', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', err('#REF!'), 754)]);
    expectFinding(findingsOf(wbWith(s)), 'EXCEL_ERROR', SHEET, 'F2', 'error');
  });

  it('EXCEL_ERROR in a code or note cell is reported too, and the row still counts', () => {
    const header = [...HEADER, 'Ghi chú'];
    const s = sectorSheet(SHEET, [[1, err('#REF!'), 'Tuyển sinh', 'người', null, null, ...months(754), err('#NAME?')]], header);
    const parsed = parseWorkbook(wbWith(s));
    expectFinding(parsed.findings, 'EXCEL_ERROR', SHEET, 'B2', 'error');
    expectFinding(parsed.findings, 'EXCEL_ERROR', SHEET, 'S2', 'error');
    expect(parsed.sectors[0].indicators[0]).toMatchObject({ code: null, note: null, months: expect.arrayContaining([754]) });
  });

  it('EXCEL_ERROR in the unit or code cell of a row without figures (read as a group heading) is still reported', () => {
    const s = sectorSheet(SHEET, [
      [null, null, 'Đào tạo nghề cho lao động nông thôn', err('#REF!'), null, null],
      [null, err('#N/A'), 'Hỗ trợ học nghề', null, null, null],
      [null, null, 'Tuyển sinh', 'người', null, null, ...months(754)],
    ]);
    const fs = parseWorkbook(wbWith(s)).findings;
    expectFinding(fs, 'EXCEL_ERROR', SHEET, 'D2', 'error');
    expectFinding(fs, 'EXCEL_ERROR', SHEET, 'B3', 'error');
  });

  it('NEGATIVE', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', null, 754, -5)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'NEGATIVE', SHEET, 'H2', 'error');
    expect(f.message.vi).toContain('-5');
  });

  it('DUPLICATE_CODE across sheets names the first occurrence', () => {
    const a = sectorSheet('1. Việc làm', [[1, 'VL01', 'Tạo việc làm', 'người', null, null, 100]]);
    const b = sectorSheet(SHEET, [[1, 'VL01', 'Tuyển sinh', 'người', null, null, 200]]);
    const f = expectFinding(findingsOf(wbWith(a, b)), 'DUPLICATE_CODE', SHEET, 'B2', 'error');
    expect(f.message.vi).toContain("ô B2 trang '1. Việc làm'");
  });

  it('CHILDREN_EXCEED_PARENT: the parts of June add up to more than the whole', () => {
    const s = sectorSheet(SHEET, [
      [1, 'GDNN01', 'Tuyển sinh giáo dục nghề nghiệp', 'người', null, null, ...months(2500, 2600, 2700, 2800, 2900, 2971)],
      [null, 'GDNN01.1', '- Sơ cấp', 'người', null, null, ...months(700, 700, 700, 700, 700, 754)],
      [null, 'GDNN01.2', '- Dưới 3 tháng', 'người', null, null, ...months(1800, 1900, 2000, 2100, 2200, 2300)],
    ]);
    const fs = only(findingsOf(wbWith(s)), 'CHILDREN_EXCEED_PARENT');
    expect(fs).toHaveLength(1);
    const f = expectFinding(fs, 'CHILDREN_EXCEED_PARENT', SHEET, 'L2', 'error');
    expect(f.message.vi).toContain('3.054');
    expect(f.message.vi).toContain('2.971');
  });

  it('RATE_OUT_OF_RANGE', () => {
    const s = sectorSheet(SHEET, [row('Tỷ lệ lao động qua đào tạo', '%', null, 69.5, 120)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'RATE_OUT_OF_RANGE', SHEET, 'H2', 'error');
    expect(f.message.vi).toContain('120');
  });

  it('BAD_PLAN', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', 'khoảng 30 nghìn', 754)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'BAD_PLAN', SHEET, 'F2', 'error');
    expect(f.message.vi).toContain("'khoảng 30 nghìn'");
  });

  it('NO_SECTOR_SHEETS', () => {
    const fs = findingsOf(workbook(infoSheet(), sheet('Ghi chép', [['Ghi chú riêng của cán bộ']])));
    const f = expectFinding(fs, 'NO_SECTOR_SHEETS', 'Ghi chép', 'A1', 'error');
    expect(f.message.vi).toContain('không tìm thấy trang lĩnh vực');
  });
});

describe('warnings', () => {
  it('FRACTIONAL_COUNT: 3.932 người typed with a decimal point → suggest 3932', () => {
    const s = sectorSheet(SHEET, [row('Số lao động được tạo việc làm', 'người', null, 2310, 3.932)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'FRACTIONAL_COUNT', SHEET, 'H2', 'warning');
    expect(f.suggestion).toBe(3932);
    expect(f.message.vi).toContain('3932');
  });

  it('FRACTIONAL_COUNT does not fire for a non-count unit', () => {
    const s = sectorSheet(SHEET, [row('Kinh phí hỗ trợ', 'triệu đồng', null, 1250.5)]);
    expect(only(findingsOf(wbWith(s)), 'FRACTIONAL_COUNT')).toEqual([]);
  });

  it('NUMBER_AS_TEXT: "16.344" stored as text is converted', () => {
    const s = sectorSheet(SHEET, [row('Số lao động được tạo việc làm', 'người', null, '16.344')]);
    const parsed = parseWorkbook(wbWith(s));
    const f = expectFinding(parsed.findings, 'NUMBER_AS_TEXT', SHEET, 'G2', 'warning');
    expect(f.suggestion).toBe(16344);
    expect(parsed.sectors[0].indicators[0].months[1]).toBe(16344);
  });

  it.each([
    ['16.344', 16344],
    ['57,35', 57.35],
    ['1.234,5', 1234.5],
    ['57,35%', 57.35],
  ])('NUMBER_AS_TEXT: text %s reads as %d', (t, n) => {
    const s = sectorSheet(SHEET, [row('Kinh phí chi trả trợ cấp', 'triệu đồng', null, t)]);
    const parsed = parseWorkbook(wbWith(s));
    expect(parsed.findings.map((f) => [f.code, f.cell, f.suggestion])).toEqual([['NUMBER_AS_TEXT', 'G2', n]]);
    expect(parsed.sectors[0].indicators[0].months[1]).toBe(n);
  });

  it('MISSING_MONTH (flow): every empty month up to the reporting month, one finding at the first', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', 'người', null, 754, 800, null, 900, null, 1000)]);
    const fs = findingsOf(wbWith(s), 'T6');
    const f = expectFinding(fs, 'MISSING_MONTH', SHEET, 'I2', 'warning');
    expect(f.message.vi).toContain('tháng 3, 5');
    // parseWorkbook alone never reports missing months: they depend on the period
    expect(only(findingsOf(wbWith(s)), 'MISSING_MONTH')).toEqual([]);
  });

  it('MISSING_MONTH (stock): only the reporting month itself', () => {
    const s = sectorSheet(SHEET, [[null, null, 'Số đối tượng đang nuôi dưỡng tại cơ sở', 'đối tượng', 'Thời điểm', null, ...months(100, null, 104, 106)]]);
    expect(only(findingsOf(wbWith(s), 'T4'), 'MISSING_MONTH')).toEqual([]);
    const f = expectFinding(findingsOf(wbWith(s), 'T5'), 'MISSING_MONTH', SHEET, 'K2', 'warning');
    expect(f.message.vi).toContain('tạm dùng số tháng 4');
  });

  it('OUTLIER: a month more than 10 × the median of the others', () => {
    const s = sectorSheet(SHEET, [row('Tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp', 'hồ sơ', null, 1210, 1250, 1300, 13700, 1370)]);
    const fs = only(findingsOf(wbWith(s)), 'OUTLIER');
    expect(fs).toHaveLength(1);
    expectFinding(fs, 'OUTLIER', SHEET, 'J2', 'warning');
  });

  it('LOOKS_CUMULATIVE: monthly values entered as running totals', () => {
    const s = sectorSheet(SHEET, [row('Số lao động được tạo việc làm', 'người', 28500, 2310, 4760, 7440, 9842, 12412, 16344)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'LOOKS_CUMULATIVE', SHEET, 'L2', 'warning');
    expect(f.message.vi).toContain('lũy kế');
  });

  it('MISSING_UNIT', () => {
    const s = sectorSheet(SHEET, [row('Tuyển sinh giáo dục nghề nghiệp', null, null, 754)]);
    const f = expectFinding(findingsOf(wbWith(s)), 'MISSING_UNIT', SHEET, 'D2', 'warning');
    expect(f.message.vi).toContain('đơn vị tính');
  });

  it('ORPHAN_CODE', () => {
    const s = sectorSheet(SHEET, [[null, 'GDNN02.1', 'Trong đó: nữ', 'người', null, null, 300]]);
    const f = expectFinding(findingsOf(wbWith(s)), 'ORPHAN_CODE', SHEET, 'B2', 'warning');
    expect(f.message.vi).toContain('"GDNN02"');
  });

  it('RATE_PLAN_AS_MINIMUM: a plain number as the plan of a rate reads as ≥', () => {
    const s = sectorSheet(SHEET, [row('Tỷ lệ lao động qua đào tạo', '%', 70, 69.5)]);
    const parsed = parseWorkbook(wbWith(s));
    expectFinding(parsed.findings, 'RATE_PLAN_AS_MINIMUM', SHEET, 'F2', 'warning');
    expect(parsed.sectors[0].indicators[0]).toMatchObject({ plan: null, target: { op: '>=', value: 70 } });
  });

  it('MISSING_INFO_KEY: one finding listing the missing keys, at the first free cell', () => {
    const wb = workbook(infoSheet({}, ['Người ký', 'Phạm vi']), sectorSheet(SHEET, [row('Tuyển sinh', 'người', null, 754)]));
    const fs = only(findingsOf(wb), 'MISSING_INFO_KEY');
    expect(fs).toHaveLength(1);
    // 8 keys + 2 continuation rows of Nơi nhận = 10 rows → first free row is 11
    const f = expectFinding(fs, 'MISSING_INFO_KEY', 'Thông tin', 'A11', 'warning');
    expect(f.message.vi).toContain('Phạm vi, Người ký');
  });

  it('MISSING_INFO_KEY: no "Thông tin" sheet at all → one warning', () => {
    const fs = only(findingsOf(workbook(sectorSheet(SHEET, [row('Tuyển sinh', 'người', null, 754)]))), 'MISSING_INFO_KEY');
    expect(fs).toHaveLength(1);
    expectFinding(fs, 'MISSING_INFO_KEY', 'Thông tin', 'A1', 'warning');
  });

  it('UNKNOWN_PLACEHOLDER in a "Mẫu câu"', () => {
    const header = [...HEADER, 'Mẫu câu'];
    const s = sectorSheet(SHEET, [[...row('Tuyển sinh', 'người', null, 754), 'Trong {ky}, {pham_vi} tuyển sinh {so_luong} {dvt}']], header);
    const f = expectFinding(findingsOf(wbWith(s)), 'UNKNOWN_PLACEHOLDER', SHEET, 'S2', 'warning');
    expect(f.message.vi).toContain('không hợp lệ {so_luong}.');
  });

  it('no UNKNOWN_PLACEHOLDER for the seed-style extensions {ky_luy_ke} {nam_truoc} {chi_tiet} {chi_tiet_luy_ke}', () => {
    const header = [...HEADER, 'Mẫu câu'];
    const template =
      'Trong {ky}, {pham_vi} tuyển sinh được {thuc_hien} {dvt} {chi_tiet}. Lũy kế đến hết {ky_luy_ke}: {luy_ke} {dvt} {chi_tiet_luy_ke}, so với năm {nam_truoc} {so_cung_ky}';
    const s = sectorSheet(SHEET, [[...row('Tuyển sinh', 'người', null, 754), template]], header);
    expect(only(findingsOf(wbWith(s)), 'UNKNOWN_PLACEHOLDER')).toEqual([]);
  });

  it('BAD_CONTENT and UNKNOWN_SECTOR on the "Nội dung" sheet', () => {
    const content = sheet('Nội dung', [
      ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
      ['Giáo dục nghề nghiệp', 'tháng sáu', 'Kết quả', 'Tổ chức lễ khai giảng.'],
      ['Giáo dục nghề nghiệp', 6, 'Ghi nhận', 'Đoạn văn.'],
      ['Du lịch', 6, 'Kết quả', 'Không thuộc lĩnh vực nào.'],
    ]);
    const fs = findingsOf(wbWith(sectorSheet(SHEET, [row('Tuyển sinh', 'người', null, 754)]), content));
    expectFinding(fs, 'BAD_CONTENT', 'Nội dung', 'B2', 'warning');
    expectFinding(fs, 'BAD_CONTENT', 'Nội dung', 'C3', 'warning');
    expectFinding(fs, 'UNKNOWN_SECTOR', 'Nội dung', 'A4', 'warning');
  });
});

describe('Nội dung without a Tháng column', () => {
  it('says so once (BAD_CONTENT at the end of the header row) instead of dropping every paragraph silently', () => {
    const content = sheet('Nội dung', [
      ['Lĩnh vực', 'Phần', 'Nội dung'],
      ['Việc làm', 'Kết quả', 'Tổ chức 02 phiên giao dịch việc làm.'],
      ['Việc làm', 'Nhiệm vụ', 'Tiếp tục tư vấn, giới thiệu việc làm.'],
    ]);
    const parsed = parseWorkbook(wbWith(sectorSheet(SHEET, [row('Tuyển sinh', 'người', null, 754)]), content));
    const f = expectFinding(only(parsed.findings, 'BAD_CONTENT'), 'BAD_CONTENT', 'Nội dung', 'D1', 'warning');
    expect(only(parsed.findings, 'BAD_CONTENT')).toHaveLength(1);
    expect(f.message.vi).toContain('Tháng');
    expect(parsed.content).toEqual([]);
  });
});

describe('messages', () => {
  it('every message is Vietnamese with diacritics and never leaks undefined/NaN', () => {
    const s = sectorSheet(SHEET, [
      row('Tuyển sinh', null, 'abc', 'khoảng 50', err('#N/A'), -1, 3.5),
      row('Tỷ lệ', '%', 70, 150),
    ]);
    const fs = findingsOf(workbook(s), 'Y');
    expect(fs.length).toBeGreaterThan(5);
    for (const f of fs) {
      expect(f.message.vi).toMatch(/[ảạấầẩậắằẳặẻẽếềểệỉịỏọốồổộớờởợủụứừửựỳỵỷỹđà]/);
      expect(f.message.vi + f.message.en).not.toMatch(/undefined|NaN|null/);
      expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
      expect(f.severity).toBe(ERROR_CODES.includes(f.code) ? 'error' : 'warning');
    }
  });

  it(`a stable month column helper: T6 is ${monthCol(6)}`, () => {
    expect(monthCol(6)).toBe('L');
  });
});

describe('ORPHAN_CODE with the parent below the child', () => {
  it('names the parent’s cell and never loses a row', () => {
    const s = sectorSheet(SHEET, [
      [null, 'A.1.1', 'Thị trường Nhật Bản', 'người', null, null, 30],
      [null, 'A.1', 'Trong đó: đi làm việc ở nước ngoài', 'người', null, null, 61],
    ]);
    const parsed = parseWorkbook(wbWith(s));
    const f = expectFinding(parsed.findings, 'ORPHAN_CODE', SHEET, 'B2', 'warning');
    expect(f.message.vi).toContain('ô B3');
    // A.1 has no parent "A" either; its "Trong đó" then makes it a part of the row above
    const [top] = parsed.sectors[0].indicators;
    expect([top.code, top.children.map((c) => c.code)]).toEqual(['A.1.1', ['A.1']]);
  });
});
