/**
 * Sheets that must not be read as sectors, headers with invisible characters,
 * and cells whose figure cannot be known (issue 13). Figures are Sóc Trăng's
 * June 2024 ones; totals worked out by hand in the comments.
 */
import { computeReport, parsePeriodKey, parseWorkbook, type Finding, type WorkbookGrid } from '../../src/engine';
import type { GridCell, SheetGrid } from '../../src/engine/types';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { rawWorkbookZip, rowXml, sheetXml, zipBytes } from '../hosts/xlsx/hostile';

const c = (v: GridCell['v'], extra: Partial<GridCell> = {}): GridCell => ({ v, ...extra });
const INFO: SheetGrid = { name: 'Thông tin', rows: [[c('Năm báo cáo'), c(2024)]] };
const HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
// 2 100 + 1 850 + 2 400 + 2 650 + 3 193 + 3 932 = 16 125
const JOBS = ['1', 'Số lao động được tạo việc làm', 'người', 28500, 2100, 1850, 2400, 2650, 3193, 3932];

function sheet(name: string, rows: (GridCell['v'] | GridCell)[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name,
    rows: rows.map((r) =>
      r.map((v) => (v !== null && typeof v === 'object' ? (v as GridCell) : v === null ? null : c(v))),
    ),
    ...extra,
  };
}

const T6 = parsePeriodKey('T6', 2024)!;
function run(sheets: SheetGrid[]) {
  const parsed = parseWorkbook({ sheets: [INFO, ...sheets] });
  const report = computeReport(parsed, T6);
  return { parsed, report, codes: report.issues.map((f) => `${f.code} ${f.sheet}!${f.cell}`) };
}
const ytdOf = (wb: ReturnType<typeof run>, name: string) =>
  wb.report.sectors.flatMap((s) => s.indicators).find((i) => i.name === name)?.ytd;

/** A values copy of the report sheet, as kept after sending it ("đã gửi Sở"). */
const REPORT_COPY = sheet('Báo cáo T6 đã gửi Sở', [
  ['BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024'],
  [],
  [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm 2024',
    'Thực hiện T6/2024',
    'Lũy kế đến hết tháng 6/2024',
    '% KH năm',
    'Cùng kỳ năm 2023 (lũy kế)',
    'So cùng kỳ',
    'Tiến độ',
    'Ghi chú',
  ],
  ['I', 'Việc làm'],
  ['1', 'Số lao động được tạo việc làm', 'người', 28500, 3932, 16125, 56.58, 15200, '+6,1%', 'đúng tiến độ', ''],
]);

describe('sheets that are not sectors', () => {
  it('a values copy of an old report is skipped with a finding naming it, and nothing is counted twice', () => {
    const wb = run([sheet('Việc làm', [HEADER, JOBS]), REPORT_COPY]);
    expect(wb.parsed.sectors.map((s) => s.sheet)).toEqual(['Việc làm']);
    expect(ytdOf(wb, 'Số lao động được tạo việc làm')).toBe(16125);
    const f = wb.report.issues.find((x) => x.code === 'SHEET_SKIPPED')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Báo cáo T6 đã gửi Sở', cell: 'B3' });
    expect(f.message.vi).toMatch(/bản sao số liệu của một báo cáo đã lập/);
  });

  it('a sector sheet that also keeps a Lũy kế and a % KH column beside its months is still a sector', () => {
    const wb = run([
      sheet('Việc làm', [
        [...HEADER, 'Lũy kế', '% KH năm'],
        [...JOBS, 16125, 56.58],
      ]),
    ]);
    expect(wb.parsed.sectors).toHaveLength(1);
    expect(wb.codes.filter((x) => x.startsWith('SHEET_SKIPPED'))).toEqual([]);
  });

  it('a data sheet carrying an output name (BC T5-2024) or the program marker is not read, and says so', () => {
    const wb = run([
      sheet('Việc làm', [HEADER, JOBS]),
      sheet('BC T5-2024', [HEADER, ['1', 'Số người được hỗ trợ', 'người', 100, 10, 10, 10, 10, 10, 10]]),
      sheet('Số liệu huyện', [[], HEADER, ['1', 'Số hộ nghèo', 'hộ', 100, 5, 5, 5, 5, 5, 5]], { generated: true }),
    ]);
    expect(wb.parsed.sectors.map((s) => s.sheet)).toEqual(['Việc làm']);
    expect(wb.codes).toEqual(expect.arrayContaining(['SHEET_SKIPPED BC T5-2024!B1', 'SHEET_SKIPPED Số liệu huyện!B2']));
  });

  it("the program's own report sheet is skipped without a word", () => {
    const own = { ...REPORT_COPY, name: 'BC T6-2024', generated: true };
    const wb = run([sheet('Việc làm', [HEADER, JOBS]), own]);
    expect(wb.codes.filter((x) => x.startsWith('SHEET_SKIPPED'))).toEqual([]);
  });

  it('a very hidden sector sheet is not read, with a finding; an ordinary hidden one is read', () => {
    const wb = run([
      sheet('Việc làm', [HEADER, JOBS], { state: 'hidden' }),
      sheet('Dự phòng', [HEADER, ['1', 'Số lao động được tạo việc làm (bản cũ)', 'người', 1, 1, 1, 1, 1, 1, 1]], {
        state: 'veryHidden',
      }),
    ]);
    expect(wb.parsed.sectors.map((s) => s.sheet)).toEqual(['Việc làm']);
    const f = wb.report.issues.find((x) => x.code === 'SHEET_SKIPPED')!;
    expect(f).toMatchObject({ sheet: 'Dự phòng', cell: 'B1' });
    expect(f.message.vi).toMatch(/ẩn sâu \(very hidden/);
  });
});

describe('headers with invisible characters', () => {
  it.each([
    ['LRM', '\u200e'],
    ['RLM', '\u200f'],
    ['ZWJ', '\u200d'],
    ['ZWNJ', '\u200c'],
    ['ZWSP', '\u200b'],
    ['soft hyphen', '\u00ad'],
    ['word joiner', '\u2060'],
    ['BOM', '\ufeff'],
  ])('%s inside "Chỉ tiêu", "ĐVT" and "T6" still reads the sheet', (_n, ch) => {
    const header = HEADER.map((h) =>
      h === 'Chỉ tiêu' ? `${ch}Chỉ ti${ch}êu` : h === 'ĐVT' ? `ĐV${ch}T${ch}` : h === 'T6' ? `T${ch}6` : h,
    );
    const wb = run([sheet('Việc làm', [header, JOBS])]);
    expect(wb.parsed.sectors).toHaveLength(1);
    expect(ytdOf(wb, 'Số lao động được tạo việc làm')).toBe(16125);
  });

  it('NBSP between the words of a header', () => {
    const header = HEADER.map((h) =>
      h === 'Kế hoạch năm' ? 'Kế\u00a0hoạch\u00a0năm' : h === 'Chỉ tiêu' ? 'Chỉ\u00a0tiêu' : h,
    );
    const wb = run([sheet('Việc làm', [header, JOBS])]);
    expect(wb.parsed.sectors[0].indicators[0].plan).toBe(28500);
  });
});

describe('figures that cannot be known', () => {
  it('a formula never calculated is said as such (not "chưa có số liệu, hãy nhập"), and the row stays an indicator', () => {
    const row = [...JOBS.slice(0, 9), c(null, { formula: true })];
    const onlyFormulas = ['2', 'Số người tham gia BHXH tự nguyện', 'người', c(null, { formula: true })];
    const wb = run([sheet('Việc làm', [HEADER, row, onlyFormulas])]);
    const f = wb.report.issues.filter((x) => x.code === 'FORMULA_NOT_CALCULATED');
    expect(f.map((x) => `${x.cell} ${x.severity}`)).toEqual(['J2 error', 'D3 error']);
    expect(f[0].message.vi).toMatch(/chưa từng được tính.*F9/);
    expect(wb.report.issues.filter((x) => x.code === 'MISSING_MONTH' && x.cell === 'J2')).toEqual([]);
    expect(wb.parsed.sectors[0].indicators.map((i) => i.name)).toContain('Số người tham gia BHXH tự nguyện');
  });

  it('a figure merged across month cells is named as a merge; an empty merge over future months is not', () => {
    const m = (range: string) => c(null, { merged: range });
    // T4 holds 7 243 for T4–T6 merged (a quarter's figure in one merged block)
    const row = ['1', 'Số lao động được tạo việc làm', 'người', 28500, 2100, 1850, 2400, 7243, m('H2:J2'), m('H2:J2')];
    const header = [...HEADER, 'T7', 'T8'];
    const later = ['2', 'Số hộ thoát nghèo', 'hộ', 500, 40, 40, 40, 40, 40, 40, null, m('K3:L3')];
    const wb = run([sheet('Việc làm', [header, row, later])]);
    const f = wb.report.issues.filter((x) => x.code === 'MERGED_FIGURE');
    expect(f.map((x) => `${x.cell} ${x.severity}`)).toEqual(['I2 error']);
    expect(f[0].message.vi).toMatch(/vùng ô gộp H2:J2/);
    expect(wb.report.issues.some((x) => x.code === 'MISSING_MONTH' && /^[IJ]2$/.test(x.cell))).toBe(false);
  });

  it('two figures whose sum overflows do not silently lose the year to date', () => {
    const row = ['1', 'Số tiền chi trả', 'đồng', null, 1e308, 1e308, 1, 1, 1, 1];
    const wb = run([sheet('Việc làm', [HEADER, row])]);
    const f = wb.report.issues.find((x) => x.code === 'SUM_OVERFLOW')!;
    expect(f).toMatchObject({ severity: 'error', cell: 'E2' });
    expect(f.message.vi).toMatch(/E2, F2, G2, H2, I2, J2/);
    expect(ytdOf(wb, 'Số tiền chi trả')).toBeNull();
  });
});

describe('through the .xlsx reader', () => {
  it('very hidden state, merges and uncalculated formulas come from the file itself', async () => {
    const rows = [
      rowXml(1, HEADER),
      rowXml(2, JOBS.slice(0, 9)).replace('</row>', '<c r="J2"><f>SUM(E2:I2)</f></c></row>'),
      rowXml(3, ['2', 'Số hộ thoát nghèo', 'hộ', 500, 40, 40, 120]),
    ];
    const xml = sheetXml(rows).replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="G3:J3"/></mergeCells>',
    );
    const bytes = await zipBytes(
      rawWorkbookZip([
        { name: 'Thông tin', rows: [rowXml(1, ['Năm báo cáo', 2024])] },
        { name: 'Việc làm', xml },
        { name: 'Ẩn', rows: [rowXml(1, HEADER), rowXml(2, JOBS)], state: 'veryHidden' },
      ]),
    );
    const grid: WorkbookGrid = await readXlsx(bytes, 'so-lieu.xlsx');
    const report = computeReport(parseWorkbook(grid), T6);
    const codes = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(codes(report.issues)).toEqual(
      expect.arrayContaining([
        'FORMULA_NOT_CALCULATED Việc làm!J2',
        'MERGED_FIGURE Việc làm!H3',
        'SHEET_SKIPPED Ẩn!B1',
      ]),
    );
    expect(report.sectors.map((s) => s.sheet)).toEqual(['Việc làm']);
  });
});
