/**
 * "Layouts met in practice (v2)" (input-format.md): workbooks laid out the way units
 * really lay them out — a title block, merged year headers, a last-year block, estimate
 * columns, numbering rows, hidden columns, "Trong đó" rows — each read as the user meant
 * it or named in a finding. Expected figures are worked out by hand in the comments.
 */
import {
  computeReport,
  parsePeriodKey,
  parseWorkbook,
  reportToJson,
  type Finding,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/engine';
import { buildNarrative, narrativeToText } from '../../src/engine/narrative';
import { buildReportLayout } from '../../src/engine/layout/report';
import { date, infoSheet, sheet, workbook, type Raw } from './fixtures';

const T6 = parsePeriodKey('T6', 2024)!;

function hide(s: SheetGrid, opts: { cols?: number[]; rows?: number[] }): SheetGrid {
  if (opts.cols) s.hiddenColumns = opts.cols;
  if (opts.rows) s.hiddenRows = opts.rows;
  return s;
}

function report(wb: WorkbookGrid, period = T6) {
  const parsed = parseWorkbook(wb);
  return { parsed, report: computeReport(parsed, period) };
}

const codes = (fs: Finding[], sheetName?: string) =>
  fs.filter((f) => sheetName === undefined || f.sheet === sheetName).map((f) => f.code);

/** The title block of a provincial department's form (left: agency; right: the national motto). */
const TITLE: Raw[][] = [
  ['UBND TỈNH SÓC TRĂNG', null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
  ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024'],
  [],
];

// Jobs created, Sóc Trăng 2024 (seed 000): 2310 2450 2680 2402 2570 3932 → 16.344 by June.
// Last year (made up, realistic): 2100 2200 2500 2300 2400 3500 → 15.000 by June.
// Two years ago: 1800 1900 2000 2100 2200 2300 (must never be read).
const Y2024 = [2310, 2450, 2680, 2402, 2570, 3932];
const Y2023 = [2100, 2200, 2500, 2300, 2400, 3500];
const Y2022 = [1800, 1900, 2000, 2100, 2200, 2300];
const M6 = [1, 2, 3, 4, 5, 6];

describe('year-labelled blocks (merged "Năm 2023" / "Năm 2024" over months 1…6)', () => {
  /** Blocks in the given order, each 6 columns from E on; header rows 5–6. */
  function yearBlocks(order: (2022 | 2023 | 2024)[], info = true): WorkbookGrid {
    const data = { 2022: Y2022, 2023: Y2023, 2024: Y2024 };
    const top: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024'];
    const sub: Raw[] = [null, null, null, null];
    const row: Raw[] = [1, 'Số lao động được tạo việc làm', 'người', 28500];
    for (const y of order) {
      top.push(`Năm ${y}`, null, null, null, null, null); // merged E5:J5 keeps its text in E5
      sub.push(...M6);
      row.push(...data[y]);
    }
    const s = sheet('Việc làm', [...TITLE, top, sub, row]);
    return info ? workbook(infoSheet(), s) : workbook(s);
  }

  it('2023 block first, 2024 second: this year and last year read from the right columns', () => {
    const { report: r } = report(yearBlocks([2023, 2024]));
    const [jobs] = r.sectors[0].indicators;
    // June: 3932; year to date 2310+2450+2680+2402+2570+3932 = 16344; 16344 / 28500 = 57.347 % → 57.35
    // last year: June 3500; to date 2100+2200+2500+2300+2400+3500 = 15000
    // change: (16344 − 15000) / 15000 × 100 = 1344 / 150 = 8.96
    expect(jobs).toMatchObject({ period: 3932, ytd: 16344, planPct: 57.35, lastYearPeriod: 3500, lastYearYtd: 15000, changePct: 8.96 });
    expect(r.sectors[0].layout).toMatchObject({
      headerRow: 5,
      headerRowLast: 6,
      columns: {
        name: 'B',
        unit: 'C',
        plan: 'D',
        lastYearMonths: { 1: 'E', 2: 'F', 3: 'G', 4: 'H', 5: 'I', 6: 'J' },
        months: { 1: 'K', 2: 'L', 3: 'M', 4: 'N', 5: 'O', 6: 'P' },
      },
    });
    expect(r.issues.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('block order does not matter: 2024 first gives the same figures', () => {
    const a = report(yearBlocks([2023, 2024])).report.sectors[0].indicators[0];
    const b = report(yearBlocks([2024, 2023])).report.sectors[0].indicators[0];
    expect({ ...b, cell: a.cell }).toEqual(a);
  });

  it('a block of another year (2022) is ignored with an info finding and listed in the layout', () => {
    const { report: r } = report(yearBlocks([2022, 2024, 2023]));
    // 2022 in E–J, 2024 in K–P, 2023 in Q–V
    expect(r.sectors[0].indicators[0]).toMatchObject({ ytd: 16344, lastYearYtd: 15000 });
    const info = r.issues.find((f) => f.code === 'YEAR_BLOCK_IGNORED')!;
    expect(info).toMatchObject({ severity: 'info', sheet: 'Việc làm', cell: 'E6' });
    expect(info.message.vi).toContain('các cột E–J là số liệu năm 2022');
    expect(r.sectors[0].layout!.ignored).toContainEqual({
      cell: 'E6',
      lastCell: 'J6',
      why: expect.objectContaining({ vi: 'số liệu năm 2022, không phải năm báo cáo 2024 hay năm trước' }),
    });
  });

  it('without Thông tin the latest year is this year and the workbook year', () => {
    const { parsed, report: r } = report(yearBlocks([2023, 2024], false));
    expect(parsed.year).toBe(2024);
    expect(r.sectors[0].indicators[0]).toMatchObject({ ytd: 16344, lastYearYtd: 15000 });
  });

  it('"Thực hiện năm 2024" and "Cùng kỳ năm 2023" over "Tháng 1 - Jan." … headers', () => {
    const en = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.'];
    const top: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Cùng kỳ năm 2023', null, null, null, null, null, 'Thực hiện năm 2024', null, null, null, null, null];
    const sub: Raw[] = [null, null, null, null, ...en.map((e, i) => `Tháng ${i + 1} - ${e}`), ...en.map((e, i) => `Tháng ${i + 1} - ${e}`)];
    const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [...TITLE, top, sub, [1, 'Số lao động được tạo việc làm', 'người', 28500, ...Y2023, ...Y2024]])));
    expect(r.sectors[0].indicators[0]).toMatchObject({ period: 3932, ytd: 16344, lastYearYtd: 15000, changePct: 8.96 });
  });

  it('months written "01/2024" as text, or as date cells, under one block', () => {
    const text = Y2024.map((_, i) => `0${i + 1}/2024`);
    const dates = Y2024.map((_, i) => date(`2024-0${i + 1}-01`));
    for (const months of [text, dates]) {
      const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', ...months], [1, 'Số lao động được tạo việc làm', 'người', 28500, ...Y2024]])));
      expect(r.sectors[0].indicators[0]).toMatchObject({ period: 3932, ytd: 16344 });
    }
  });

  it('two unlabelled month blocks (a copied T1…T3) → an error naming both ranges; nothing read silently', () => {
    const header: Raw[] = ['Chỉ tiêu', 'ĐVT', 'T1', 'T2', 'T3', 'T1', 'T2', 'T3'];
    const { parsed } = report(workbook(infoSheet(), sheet('Việc làm', [header, ['Số lao động được tạo việc làm', 'người', 2310, 2450, 2680, 2100, 2200, 2500]])));
    expect(parsed.sectors).toEqual([]);
    const errs = parsed.findings.filter((f) => f.severity === 'error');
    expect(errs.map((f) => f.code)).toEqual(['AMBIGUOUS_MONTH_BLOCKS']);
    expect(errs[0]).toMatchObject({ sheet: 'Việc làm', cell: 'C1' });
    expect(errs[0].message.vi).toContain('cột C–E và cột F–H');
  });
});

describe('estimate columns ("Ước thực hiện tháng 6")', () => {
  const header: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'Ước thực hiện tháng 6', 'Ghi chú'];
  const rows: Raw[][] = [
    header,
    // June not in yet: the estimate 3900 stands in
    [1, 'Số lao động được tạo việc làm', 'người', 28500, 2310, 2450, 2680, 2402, 2570, null, 3900],
    // June in: the estimate is not used
    [2, 'Số người được hỗ trợ đi làm việc ở nước ngoài', 'người', 350, 20, 25, 30, 27, 30, 61, 55],
  ];
  const wb = () => workbook(infoSheet(), sheet('Việc làm', rows));

  it('stands in only for an empty actual, and the figures say so (estimated, info finding)', () => {
    const { report: r } = report(wb());
    const [jobs, abroad] = r.sectors[0].indicators;
    // 2310+2450+2680+2402+2570 = 12412; + 3900 (estimate) = 16312; 16312 / 28500 = 57.235… → 57.24
    expect(jobs).toMatchObject({ period: 3900, ytd: 16312, planPct: 57.24, incomplete: false, estimated: true, estimatedMonths: [6] });
    // 20+25+30+27+30+61 = 193 (the actual 61, not the estimate 55)
    expect(abroad).toMatchObject({ period: 61, ytd: 193 });
    expect(abroad.estimated).toBeUndefined();
    const est = r.issues.filter((f) => f.code === 'ESTIMATE_USED');
    expect(est).toHaveLength(1);
    expect(est[0]).toMatchObject({ severity: 'info', cell: 'K2' });
    expect(codes(r.issues)).not.toContain('MISSING_MONTH');
    expect(r.sectors[0].layout!.columns.estimates).toEqual({ 6: 'K' });
  });

  it('JSON carries "estimated": true; the narrative and the report sheet say "ước thực hiện"', () => {
    const { report: r } = report(wb());
    const json = JSON.parse(JSON.stringify(reportToJson(r, '')));
    expect(json.sectors[0].indicators[0]).toMatchObject({ estimated: true, estimatedMonths: [6] });
    expect(json.sectors[0].indicators[1]).not.toHaveProperty('estimated');
    const text = narrativeToText(buildNarrative(r));
    // whatever the wording (catalogue sentence, template or default), the sentence with the estimate says so
    const sentence = text.split(/(?<=\.) /).find((x) => x.includes('3.900'))!;
    expect(sentence).toContain('16.312');
    expect(sentence).toContain('ước thực hiện tháng 6');
    expect(text.split(/(?<=\.) /).find((x) => x.includes('193 người'))).not.toContain('ước thực hiện');
    const layout = buildReportLayout(r, 'BC T6-2024');
    const notes = layout.cells.map((c) => String(c.value ?? '')).filter((v) => v.includes('ước thực hiện'));
    expect(notes).toEqual(['(ước) Số ước thực hiện tháng 6 (chưa có số thực hiện)']);
  });

  it('a period before the estimated month is not marked', () => {
    const { report: r } = report(wb(), parsePeriodKey('T5', 2024)!);
    expect(r.sectors[0].indicators[0]).toMatchObject({ period: 2570, ytd: 12412 });
    expect(r.sectors[0].indicators[0].estimated).toBeUndefined();
  });

  it.each(['Ước thực hiện tháng 6', 'Ước TH tháng 6', 'Ước tháng 6', 'ƯỚC TH T6', 'Ước thực hiện tháng 6/2024'])('"%s" is the estimate of June', (label) => {
    const { parsed } = report(workbook(infoSheet(), sheet('Việc làm', [['Chỉ tiêu', 'ĐVT', 'T5', label], ['Số lao động được tạo việc làm', 'người', 2570, 3900]])));
    expect(parsed.sectors[0].indicators[0].months.slice(5, 7)).toEqual([2570, 3900]);
    expect(parsed.sectors[0].layout.columns.estimates).toEqual({ 6: 'D' });
  });
});

describe('plan labels', () => {
  it.each(['Chỉ tiêu 2024', 'KH 2024', 'KH giao năm 2024', 'Kế hoạch giao', 'Chỉ tiêu kế hoạch', 'Mục tiêu', 'Kế hoạch năm 2024'])('"%s" is the plan (next to "Chỉ tiêu", the name)', (label) => {
    const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [['STT', 'Chỉ tiêu', 'ĐVT', label, 'T1', 'T2'], [1, 'Số lao động được tạo việc làm', 'người', 28500, 2310, 2450]])), parsePeriodKey('T2', 2024)!);
    // 2310 + 2450 = 4760; 4760 / 28500 = 16.701… % → 16.7
    expect(r.sectors[0].indicators[0]).toMatchObject({ name: 'Số lao động được tạo việc làm', plan: 28500, ytd: 4760, planPct: 16.7 });
    expect(r.sectors[0].layout).toMatchObject({ columns: { name: 'B', plan: 'D' } });
  });
});

describe('a plan of another year', () => {
  it('"KH 2023" kept from last year\'s file next to "KH 2024": the 2024 plan is read, the 2023 one listed as ignored', () => {
    const header: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'KH 2024', 'T1', 'T2'];
    const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [header, [1, 'Số lao động được tạo việc làm', 'người', 27000, 28500, 2310, 2450]])), parsePeriodKey('T2', 2024)!);
    // 2310 + 2450 = 4760; 4760 / 28500 = 16.70 % (with the 2023 plan it would have been 17.63 %)
    expect(r.sectors[0].indicators[0]).toMatchObject({ plan: 28500, planPct: 16.7 });
    expect(r.sectors[0].layout!.ignored).toEqual([{ cell: 'D1', why: { vi: 'kế hoạch năm 2023, không phải năm báo cáo 2024', en: 'the plan of 2023, not of the report year 2024' } }]);
  });

  it('only "Kế hoạch năm 2023" in a 2024 workbook: no plan rather than last year\'s', () => {
    const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'T1'], ['Số lao động được tạo việc làm', 'người', 27000, 2310]])), parsePeriodKey('T1', 2024)!);
    expect(r.sectors[0].indicators[0]).toMatchObject({ plan: null, planPct: null, ytd: 2310 });
    expect(r.issues.find((f) => f.code === 'YEAR_BLOCK_IGNORED')).toMatchObject({ severity: 'info', cell: 'C1' });
  });
});

describe('column-numbering rows under the header', () => {
  it.each([
    [['A', 'B', 'C', 1, 2, 3, 4, '5=2+3+4']],
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']],
    [['A', 'B', 'C', '1', '2', '3', '4', '15=14/1']],
  ])('%j is not an indicator ("b là 07 D" never again)', (numbering) => {
    const header: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'Lũy kế'];
    const { report: r } = report(workbook(infoSheet(), sheet('Việc làm', [...TITLE, header, numbering, [1, 'Số lao động được tạo việc làm', 'người', 28500, 2310, 2450, 2680, 7440]])), parsePeriodKey('T3', 2024)!);
    expect(r.sectors[0].indicators.map((i) => i.name)).toEqual(['Số lao động được tạo việc làm']);
    // 2310 + 2450 + 2680 = 7440
    expect(r.sectors[0].indicators[0].ytd).toBe(7440);
    expect(r.issues.filter((f) => f.sheet === 'Việc làm' && f.severity !== 'info')).toEqual([]);
    expect(r.sectors[0].layout!.ignored.map((i) => i.cell)).toEqual(['H5', 'B6']); // "Lũy kế" (not read); the numbering row
  });
});

describe('hidden columns and rows', () => {
  // E–J: T1…T6; K: an old copy of "Tháng 6" the clerk hid instead of deleting
  const header: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'Tháng 6', 'Tháng 6'];
  const row: Raw[] = [1, 'Số lao động được tạo việc làm', 'người', 28500, ...Y2024, 3390];

  it('a hidden column repeating a visible one is skipped, with a warning naming both cells', () => {
    const { report: r } = report(workbook(infoSheet(), hide(sheet('Việc làm', [header, row]), { cols: [10] })));
    expect(r.sectors[0].indicators[0]).toMatchObject({ period: 3932, ytd: 16344 });
    const w = r.issues.find((f) => f.code === 'HIDDEN_DUPLICATE_COLUMN')!;
    expect(w).toMatchObject({ severity: 'warning', sheet: 'Việc làm', cell: 'K1' });
    expect(w.message.vi).toContain('trùng với cột đang hiện ở ô J1');
    expect(r.sectors[0].layout!.ignored).toEqual([{ cell: 'K1', why: { vi: "cột ẩn trùng 'Tháng 6' (ô J1)", en: "hidden column repeating 'Tháng 6' (cell J1)" } }]);
  });

  it('the hidden copy placed before the visible one is skipped all the same', () => {
    const h: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Tháng 6', 'T1', 'T2', 'T3', 'T4', 'T5', 'Tháng 6'];
    const d: Raw[] = [1, 'Số lao động được tạo việc làm', 'người', 28500, 3390, ...Y2024];
    const { report: r } = report(workbook(infoSheet(), hide(sheet('Việc làm', [h, d]), { cols: [4] })));
    expect(r.sectors[0].indicators[0]).toMatchObject({ period: 3932, ytd: 16344 });
    expect(r.issues.find((f) => f.code === 'HIDDEN_DUPLICATE_COLUMN')).toMatchObject({ cell: 'E1' });
  });

  it('other hidden columns (past months hidden to print) are read as usual', () => {
    const h: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
    const { report: r } = report(workbook(infoSheet(), hide(sheet('Việc làm', [h, row.slice(0, 10)]), { cols: [4, 5, 6, 7] })));
    expect(r.sectors[0].indicators[0]).toMatchObject({ ytd: 16344 });
    expect(codes(r.issues, 'Việc làm')).toEqual([]);
  });

  it('a hidden row with a name but no figure is skipped silently; a hidden row with figures is read', () => {
    const h: Raw[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2'];
    const s = sheet('Việc làm', [
      h,
      [1, 'Số lao động được tạo việc làm', 'người', 28500, 2310, 2450],
      [2, 'Số lao động đi làm việc tại Hàn Quốc (chỉ tiêu cũ)', 'người'], // hidden, empty
      [3, 'Số người được hỗ trợ đi làm việc ở nước ngoài', 'người', 350, 20, 25], // hidden, with figures
    ]);
    const { report: r } = report(workbook(infoSheet(), hide(s, { rows: [2, 3] })), parsePeriodKey('T2', 2024)!);
    expect(r.sectors[0].indicators.map((i) => [i.name, i.ytd])).toEqual([
      ['Số lao động được tạo việc làm', 4760], // 2310 + 2450
      ['Số người được hỗ trợ đi làm việc ở nước ngoài', 45], // 20 + 25
    ]);
    expect(codes(r.issues, 'Việc làm')).toEqual([]);
  });
});

describe('kind from the name', () => {
  // people receiving monthly social allowance: 11.850 … 12.010 at the end of each month, plan 12.000
  const allowance = [11850, 11900, 11920, 11950, 11990, 12010];

  it('"đang hưởng" without a Cách tính column is a stock (June value, not the sum), with an info finding', () => {
    const { report: r } = report(workbook(infoSheet(), sheet('Bảo trợ xã hội', [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'], [1, 'Số người đang hưởng trợ cấp xã hội hằng tháng', 'người', 12000, ...allowance]])));
    // stock: June's 12010; 12010 / 12000 = 100.083 % → 100.08 (summed it would have been 71620, 596.83 %)
    expect(r.sectors[0].indicators[0]).toMatchObject({ kind: 'stock', period: 12010, ytd: 12010, planPct: 100.08 });
    const f = r.issues.find((x) => x.code === 'KIND_INFERRED')!;
    expect(f).toMatchObject({ severity: 'info', sheet: 'Bảo trợ xã hội', cell: 'B2' });
    expect(f.message.vi).toContain('thêm cột "Cách tính" và ghi "Cộng dồn"');
  });

  it.each(['Số đối tượng hiện đang quản lý tại cơ sở', 'Số hộ nghèo', 'Tổng số hộ trên địa bàn', 'Số trẻ em có hoàn cảnh đặc biệt có hồ sơ quản lý', 'Số người có công tính đến cuối tháng'])('"%s" is a stock', (name) => {
    const { parsed } = report(workbook(infoSheet(), sheet('X', [['Chỉ tiêu', 'ĐVT', 'T1'], [name, 'người', 5]])));
    expect(parsed.sectors[0].indicators[0].kind).toBe('stock');
  });

  it.each(['Số hộ nghèo phát sinh mới', 'Số hộ thoát nghèo', 'Số lao động được tạo việc làm'])('"%s" stays a flow', (name) => {
    const { parsed } = report(workbook(infoSheet(), sheet('X', [['Chỉ tiêu', 'ĐVT', 'T1'], [name, 'hộ', 5]])));
    expect(parsed.sectors[0].indicators[0].kind).toBe('flow');
    expect(codes(parsed.findings)).not.toContain('KIND_INFERRED');
  });

  it('a Cách tính column overrides the name, without a finding', () => {
    const { parsed } = report(workbook(infoSheet(), sheet('X', [['Chỉ tiêu', 'ĐVT', 'Cách tính', 'T1'], ['Số người đang hưởng trợ cấp', 'người', 'Cộng dồn', 5]])));
    expect(parsed.sectors[0].indicators[0].kind).toBe('flow');
    expect(codes(parsed.findings)).not.toContain('KIND_INFERRED');
  });

  it('a flow whose year to date passes 3× its plan gets a warning (maybe a stock)', () => {
    const { report: r } = report(workbook(infoSheet(), sheet('Bảo trợ xã hội', [['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'], ['Số đối tượng bảo trợ xã hội', 'người', 1000, 990, 990, 990, 990, 990, 990]])));
    // 6 × 990 = 5940 > 3 × 1000
    expect(r.sectors[0].indicators[0]).toMatchObject({ kind: 'flow', ytd: 5940, planPct: 594 });
    expect(r.issues.find((f) => f.code === 'MAYBE_STOCK')).toMatchObject({ severity: 'warning', cell: 'A2' });
  });
});

describe('"Trong đó" breakdowns', () => {
  const header: Raw[] = ['Mã', 'Chỉ tiêu', 'ĐVT', 'T1'];

  it('consecutive "Trong đó …" rows are siblings under the row above, each checked against it alone', () => {
    // 1200 women and 1500 young people out of 2310: they overlap, 1200 + 1500 = 2700 > 2310 is no error
    const { parsed } = report(workbook(infoSheet(), sheet('Việc làm', [
      header,
      ['VL01', 'Số lao động được tạo việc làm', 'người', 2310],
      ['VL02', 'Trong đó: lao động nữ', 'người', 1200], // its own code says top level: the name wins
      [null, 'Trong đó: thanh niên', 'người', 1500],
    ])));
    const [jobs] = parsed.sectors[0].indicators;
    expect(parsed.sectors[0].indicators).toHaveLength(1);
    expect(jobs.children.map((c) => c.name)).toEqual(['Trong đó: lao động nữ', 'Trong đó: thanh niên']);
    expect(codes(parsed.findings)).not.toContain('CHILDREN_EXCEED_PARENT');
  });

  it('one breakdown above its parent is an error', () => {
    const { parsed } = report(workbook(infoSheet(), sheet('Việc làm', [header, ['VL01', 'Số lao động được tạo việc làm', 'người', 2310], [null, 'Trong đó: lao động nữ', 'người', 2400]])));
    expect(parsed.findings.find((f) => f.code === 'CHILDREN_EXCEED_PARENT')).toMatchObject({ cell: 'D2' });
  });

  it('a bare "Gồm:" line is no group heading: its items are parts of the row above and are summed', () => {
    const { parsed } = report(workbook(infoSheet(), sheet('Việc làm', [
      header,
      [null, 'Số người được hỗ trợ học nghề', 'người', 100],
      [null, 'Gồm:', null, null],
      [null, '- Nam', 'người', 40],
      [null, '- Nữ', 'người', 70],
      [null, 'Số phiên giao dịch việc làm', 'phiên', 4],
    ])));
    const inds = parsed.sectors[0].indicators;
    expect(inds.map((i) => [i.name, i.group, i.children.map((c) => c.name)])).toEqual([
      ['Số người được hỗ trợ học nghề', null, ['- Nam', '- Nữ']],
      ['Số phiên giao dịch việc làm', null, []],
    ]);
    // 40 + 70 = 110 > 100
    expect(parsed.findings.filter((f) => f.code === 'CHILDREN_EXCEED_PARENT').map((f) => f.cell)).toEqual(['D2']);
  });
});

describe('decimal slips in money units', () => {
  it('19,08 among values near 19.000 (triệu đồng) gets a warning suggesting 19.080', () => {
    const { parsed } = report(workbook(infoSheet(), sheet('Người có công', [['Chỉ tiêu', 'ĐVT', 'T1', 'T2', 'T3', 'T4', 'T5'], ['Kinh phí chi trả trợ cấp ưu đãi hằng tháng', 'triệu đồng', 19050, 19120, 19.08, 19200, 19180], ['Kinh phí hỗ trợ xây nhà', 'tỷ đồng', 1.2, 1.5, 1.3, 1.4, 1.1]])));
    // others 19050 19120 19180 19200 → median (19120 + 19180) / 2 = 19150; 19,08 < 191,5
    const slips = parsed.findings.filter((f) => f.code === 'DECIMAL_SLIP');
    expect(slips).toHaveLength(1);
    expect(slips[0]).toMatchObject({ severity: 'warning', cell: 'E2', suggestion: 19080 });
    expect(slips[0].message.vi).toContain('19.080');
  });
});

describe('one sheet per month', () => {
  const monthSheet = (name: string, figure: number) =>
    sheet(name, [['UBND TỈNH SÓC TRĂNG'], ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], [], ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng', 'Lũy kế'], [1, 'Số lao động được tạo việc làm', 'người', figure, figure]]);

  it('"T1" … "T3", "Tháng 4", "Thang 5" are refused once, naming the sheets, never read as sectors', () => {
    const { parsed } = report(workbook(infoSheet(), monthSheet('T1', 2310), monthSheet('T2', 2450), monthSheet('T3', 2680), monthSheet('Tháng 4', 2402), monthSheet('Thang 5', 2570)));
    expect(parsed.sectors).toEqual([]);
    expect(codes(parsed.findings.filter((f) => f.severity === 'error'))).toEqual(['ONE_SHEET_PER_MONTH']);
    const f = parsed.findings.find((x) => x.code === 'ONE_SHEET_PER_MONTH')!;
    expect(f).toMatchObject({ sheet: 'T1', cell: 'A1' });
    expect(f.message.vi).toContain("các trang 'T1', 'T2', 'T3', 'Tháng 4', 'Thang 5' là mẫu mỗi tháng một trang");
  });

  it('a yearly sector sheet next to them is read; a sheet "T6" with twelve month columns is a sector', () => {
    const yearly = sheet('T6', [['Chỉ tiêu', 'ĐVT', 'T1', 'T2'], ['Số lao động được tạo việc làm', 'người', 2310, 2450]]);
    const { parsed } = report(workbook(infoSheet(), yearly, monthSheet('Tháng 6', 3932)));
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['T6']);
    // the month sheet's one indicator is on the yearly sheet: set aside with a warning, not an error
    expect(parsed.findings.filter((x) => x.severity === 'error')).toEqual([]);
    const f = parsed.findings.find((x) => x.code === 'MONTH_SHEETS_SET_ASIDE')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Tháng 6', cell: 'A1' });
    expect(f.message.vi).toContain("các trang 'Tháng 6' là sổ theo tháng");
    expect(f.message.vi).toContain("báo cáo chỉ dùng các trang cả năm ('T6')");
  });

  it('a month sheet with an indicator no yearly sheet has stays an error: that figure would be missing from the report', () => {
    const yearly = sheet('1. Việc làm', [['Chỉ tiêu', 'ĐVT', 'T1', 'T2'], ['Số lao động được tạo việc làm', 'người', 2310, 2450]]);
    const extra = sheet('T3', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng', 'Lũy kế'],
      ['A', 'B', 'C', 1, 2],
      [1, 'Số lao động được tạo việc làm', 'người', 2680, 7440],
      [2, 'Số hộ nghèo', 'hộ', 8700, 8700],
    ]);
    const { parsed } = report(workbook(infoSheet(), yearly, extra));
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm']);
    expect(parsed.findings.find((x) => x.code === 'ONE_SHEET_PER_MONTH')).toMatchObject({ severity: 'error', sheet: 'T3' });
    expect(parsed.findings.find((x) => x.code === 'MONTH_SHEETS_SET_ASIDE')).toBeUndefined();
  });
});

describe('agency names from the title block (no Thông tin sheet)', () => {
  it('"UBND TỈNH …" / "SỞ …" become the agency lines, with an info finding', () => {
    const { parsed } = report(workbook(sheet('Việc làm', [...TITLE, ['Chỉ tiêu', 'ĐVT', 'T1'], ['Số lao động được tạo việc làm', 'người', 2310]])));
    expect(parsed.info).toMatchObject({ coQuanChuQuan: 'UBND TỈNH SÓC TRĂNG', tenCoQuan: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' });
    expect(parsed.findings.find((f) => f.code === 'AGENCY_FROM_TITLE')).toMatchObject({ severity: 'info', sheet: 'Việc làm', cell: 'A1' });
  });

  it('a commune office: "UBND XÃ …" alone is the agency', () => {
    const { parsed } = report(workbook(sheet('Việc làm', [['UBND XÃ GIA HÒA 2'], ['BÁO CÁO SỐ LIỆU NĂM 2024'], [], ['Chỉ tiêu', 'ĐVT', 'T1'], ['Số lao động được tạo việc làm', 'người', 12]])));
    expect(parsed.info).toMatchObject({ coQuanChuQuan: '', tenCoQuan: 'UBND XÃ GIA HÒA 2' });
  });

  it('no title block: no agency invented, no info finding', () => {
    const { parsed } = report(workbook(sheet('Việc làm', [['BIỂU SỐ LIỆU NĂM 2024'], ['Chỉ tiêu', 'ĐVT', 'T1'], ['Số lao động được tạo việc làm', 'người', 12]])));
    expect(parsed.info).toMatchObject({ coQuanChuQuan: '', tenCoQuan: '' });
    expect(codes(parsed.findings)).not.toContain('AGENCY_FROM_TITLE');
  });
});

describe('info findings never reach the official documents', () => {
  it('KIND_INFERRED is in the issues but not in the report sheet or the narrative', () => {
    const { report: r } = report(workbook(infoSheet(), sheet('Bảo trợ xã hội', [['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T6'], ['Số người đang hưởng trợ cấp xã hội hằng tháng', 'người', 12000, 12010]])));
    expect(r.issues.map((f) => [f.code, f.severity])).toEqual([['KIND_INFERRED', 'info']]);
    const cells = buildReportLayout(r, 'BC T6-2024').cells.map((c) => String(c.value ?? '') + String(c.comment ?? ''));
    // (the "Cùng kỳ" legend names the kinds of indicator — "chỉ tiêu thời điểm" — and is not a finding)
    const legend = (v: string) => v.startsWith('- Cùng kỳ năm');
    expect(cells.filter((v) => !legend(v) && (v.includes('thời điểm') || v.includes('Thông tin') || v.includes('KIND_INFERRED')))).toEqual([]);
    expect(cells.some((v) => v.includes('Lưu ý khác'))).toBe(false);
    expect(narrativeToText(buildNarrative(r))).not.toContain('được hiểu là');
  });
});
