/** Header detection: aliases, diacritics, line breaks, column order, date cells, years, last-year columns. */
import { classifyHeaderCell, normalizeLabel, parseWorkbook, type WorkbookGrid } from '../../src/engine';
import { date, infoSheet, sheet, workbook, type Raw } from './fixtures';

const jobs = (header: Raw[], dataRow: Raw[], above: Raw[][] = []): WorkbookGrid => workbook(infoSheet(), sheet('Việc làm', [...above, header, dataRow]));

function firstIndicator(wb: WorkbookGrid) {
  const p = parseWorkbook(wb);
  expect(p.sectors).toHaveLength(1);
  return p.sectors[0].indicators[0];
}

describe('normalizeLabel', () => {
  it('trims, collapses white space and line breaks, case-folds, strips diacritics (đ → d)', () => {
    expect(normalizeLabel('  Kế hoạch\nnăm ')).toBe('ke hoach nam');
    expect(normalizeLabel('KE  HOACH NAM')).toBe('ke hoach nam');
    expect(normalizeLabel('Đơn vị\r\n tính')).toBe('don vi tinh');
    expect(normalizeLabel('ĐVT')).toBe('dvt');
    // NFC and NFD input alike
    expect(normalizeLabel('Tỷ lệ'.normalize('NFD'))).toBe(normalizeLabel('Tỷ lệ'.normalize('NFC')));
  });
});

describe('header aliases', () => {
  it.each([
    ['Mã', 'code'],
    ['Mã số', 'code'],
    ['Mã chỉ tiêu', 'code'],
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['Chỉ tiêu', 'name'],
    ['Tên chỉ tiêu', 'name'],
    ['Nội dung', 'name'],
    ['Nội dung chỉ tiêu', 'name'],
    ['ĐVT', 'unit'],
    ['Đơn vị tính', 'unit'],
    ['Đơn vị', 'unit'],
    ['Cách tính', 'kind'],
    ['Loại', 'kind'],
    ['Loại chỉ tiêu', 'kind'],
    ['Kế hoạch', 'plan'],
    ['Kế hoạch năm', 'plan'],
    ['KH', 'plan'],
    ['KH năm', 'plan'],
    ['Chỉ tiêu năm', 'plan'],
    ['Chỉ tiêu giao', 'plan'],
    ['Kế hoạch năm 2024', 'plan'],
    ['Ghi chú', 'note'],
    ['Mẫu câu', 'sentence'],
  ])('%s → %s', (label, field) => {
    expect(classifyHeaderCell({ v: label })).toEqual({ type: 'field', field });
    expect(classifyHeaderCell({ v: normalizeLabel(label).toUpperCase() })).toEqual({ type: 'field', field });
  });

  it.each(['T6', 'Th6', 'Tháng 6', 'T06', 'Tháng 06', 'tháng\n6', 'THANG 6', 'T6/2024', 'Tháng 6/2024', 'Tháng 6\n(2024)', 'Thực hiện T6'])('%s is month 6', (label) => {
    expect(classifyHeaderCell({ v: label })).toMatchObject({ type: 'month', month: 6 });
  });

  it.each(['Cùng kỳ T6', 'CK T6', 'Năm trước T6', 'Cùng kỳ tháng 6', 'Cùng kỳ tháng 06', 'CK Th6', 'cung ky\nT06', 'Cùng kỳ 2023 T6', 'Cùng kỳ năm 2023 tháng 6', 'Cùng kỳ năm trước T6'])('%s is last year’s month 6', (label) => {
    expect(classifyHeaderCell({ v: label })).toEqual({ type: 'lastYear', month: 6 });
  });

  it('T12, T10 and T1 are told apart', () => {
    expect(classifyHeaderCell({ v: 'T12' })).toMatchObject({ month: 12 });
    expect(classifyHeaderCell({ v: 'T10' })).toMatchObject({ month: 10 });
    expect(classifyHeaderCell({ v: 'T1' })).toMatchObject({ month: 1 });
    expect(classifyHeaderCell({ v: 'T13' })).toBeNull();
    expect(classifyHeaderCell({ v: 'Lũy kế' })).toBeNull();
  });

  it('a real date cell counts as its month', () => {
    expect(classifyHeaderCell(date('2024-06-01'))).toEqual({ type: 'month', month: 6, year: 2024 });
  });
});

describe('header rows', () => {
  const plain = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3'];
  const data = ['Số lao động được tạo việc làm', 'người', 28500, 2310, 2450, 2680];

  it('reads the standard header', () => {
    expect(firstIndicator(jobs(plain, data))).toMatchObject({ name: 'Số lao động được tạo việc làm', unit: 'người', plan: 28500, months: [undefined, 2310, 2450, 2680, ...Array(9).fill(undefined)] });
  });

  it('diacritics stripped, upper case and line breaks give the same figures', () => {
    const variant = ['CHI TIEU', 'DON VI\nTINH', 'ke  hoach\nnam', 'THANG 01', 'Th2', 'tháng 3'];
    expect(firstIndicator(jobs(variant, data))).toMatchObject({ plan: 28500, months: firstIndicator(jobs(plain, data)).months });
  });

  it('permuted columns give the same figures; unknown columns are ignored', () => {
    const header = ['T3', 'Ghi chép nội bộ', 'ĐVT', 'T1', 'Chỉ tiêu', 'T2', 'Kế hoạch năm'];
    const row = [2680, 'xyz', 'người', 2310, 'Số lao động được tạo việc làm', 2450, 28500];
    expect(firstIndicator(jobs(header, row))).toMatchObject({ name: 'Số lao động được tạo việc làm', plan: 28500, months: firstIndicator(jobs(plain, data)).months });
  });

  it('date-cell month headers count by their month and give the year', () => {
    const header = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', date('2024-01-01'), date('2024-02-01'), date('2024-03-01')];
    const p = parseWorkbook(workbook(sheet('Việc làm', [header, data])));
    expect(p.sectors[0].indicators[0].months.slice(1, 4)).toEqual([2310, 2450, 2680]);
    expect(p.year).toBe(2024);
  });

  it('T1/2024 headers give the year; T1/2023 next to them are last year', () => {
    const header = ['Chỉ tiêu', 'ĐVT', 'T1/2023', 'T1/2024', 'T2/2023', 'T2/2024'];
    const p = parseWorkbook(workbook(sheet('Việc làm', [header, ['Tạo việc làm', 'người', 2000, 2310, 2100, 2450]])));
    expect(p.year).toBe(2024);
    const i = p.sectors[0].indicators[0];
    expect(i.months.slice(1, 3)).toEqual([2310, 2450]);
    expect(i.lastYear.slice(1, 3)).toEqual([2000, 2100]);
  });

  it('"Năm báo cáo" in Thông tin wins over the headers; no year anywhere → null', () => {
    const header = ['Chỉ tiêu', 'ĐVT', 'T1/2023'];
    expect(parseWorkbook(workbook(infoSheet({ 'Năm báo cáo': 2025 }), sheet('X', [header, ['A', 'người', 1]]))).year).toBe(2025);
    expect(parseWorkbook(workbook(sheet('X', [['Chỉ tiêu', 'ĐVT', 'T1'], ['A', 'người', 1]]))).year).toBeNull();
  });

  it('last-year columns are read into lastYear', () => {
    const header = ['Chỉ tiêu', 'ĐVT', 'T1', 'Cùng kỳ T1', 'CK T2', 'T2', 'Năm trước T3', 'Cùng kỳ tháng 4'];
    const i = firstIndicator(jobs(header, ['Tạo việc làm', 'người', 2310, 2000, 2100, 2450, 2200, 2300]));
    expect(i.months.slice(1, 3)).toEqual([2310, 2450]);
    expect(i.lastYear.slice(1, 5)).toEqual([2000, 2100, 2200, 2300]);
    expect(i.lastYearCells[1]).toBe('D2');
  });

  it('finds the header below title rows and takes the sector title after "Lĩnh vực:"', () => {
    const above = [['UBND TỈNH SÓC TRĂNG'], ['BIỂU SỐ LIỆU NĂM 2024'], [null, 'Lĩnh vực:  Việc làm – Tiền lương'], []];
    const p = parseWorkbook(workbook(infoSheet(), sheet('1. VL', [...above, plain, data])));
    expect(p.sectors[0].title).toBe('Việc làm – Tiền lương');
    expect(p.sectors[0].indicators[0].row).toBe(6);
    expect(p.sectors[0].indicators[0].nameCell).toBe('A6');
  });

  it('sector title falls back to the sheet name without its numbering', () => {
    for (const [name, title] of [
      ['1. Việc làm', 'Việc làm'],
      ['2 - Giáo dục nghề nghiệp', 'Giáo dục nghề nghiệp'],
      ['3) Người có công', 'Người có công'],
      ['Trẻ em', 'Trẻ em'],
    ]) {
      expect(parseWorkbook(workbook(sheet(name, [plain, data]))).sectors[0].title).toBe(title);
    }
  });

  it('a header in row 16 or later is not a header (only the first 15 rows are searched)', () => {
    const above = Array.from({ length: 15 }, () => ['…']);
    const p = parseWorkbook(workbook(infoSheet(), sheet('Việc làm', [...above, plain, data])));
    expect(p.sectors).toHaveLength(0);
    expect(p.findings.map((f) => f.code)).toContain('NO_SECTOR_SHEETS');
  });

  it('a two-row header ("Thực hiện" over T1…T12, "Chỉ tiêu" merged) is read', () => {
    const rows: Raw[][] = [
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Thực hiện', null, null],
      [null, null, null, 'T1', 'T2', 'T3'],
      data,
    ];
    const p = parseWorkbook(workbook(sheet('Việc làm', rows)));
    expect(p.sectors[0].indicators[0]).toMatchObject({ plan: 28500, row: 3 });
    expect(p.sectors[0].indicators[0].months.slice(1, 4)).toEqual([2310, 2450, 2680]);
  });

  it('a two-row header may number the months 1…12 under "Thực hiện năm 2024" and "Cùng kỳ năm trước"', () => {
    const rows: Raw[][] = [
      ['Chỉ tiêu', 'ĐVT', 'Thực hiện các tháng năm 2024', null, null, 'Cùng kỳ năm trước', null],
      [null, null, 1, 2, '3', 1, 2],
      ['Tạo việc làm', 'người', 2310, 2450, 2680, 2000, 2100],
    ];
    const p = parseWorkbook(workbook(sheet('Việc làm', rows)));
    const i = p.sectors[0].indicators[0];
    expect(i.months.slice(1, 4)).toEqual([2310, 2450, 2680]);
    expect(i.lastYear.slice(1, 3)).toEqual([2000, 2100]);
    expect(p.year).toBe(2024);
  });

  it.each([
    [['A', 'B', 'C', 1, 2, 3]],
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
    [[1, 2, 3, 4, 5, 6]],
  ])('a column-numbering row under the header (%j) is not an indicator', (numbering) => {
    const p = parseWorkbook(workbook(sheet('Việc làm', [plain, numbering, data])));
    expect(p.sectors[0].indicators.map((i) => i.name)).toEqual(['Số lao động được tạo việc làm']);
    expect(p.findings.filter((f) => f.sheet === 'Việc làm')).toEqual([]);
  });

  it('skips generated sheets and the Thông tin / Nội dung sheets, keeps sheet order', () => {
    const wb = workbook(
      sheet('Bảo trợ xã hội', [plain, ['Trợ cấp xã hội hằng tháng', 'người', null, 1, 2, 3]]),
      sheet('BC T6-2024', [plain, data], { generated: true }),
      sheet('THONG TIN', [plain, data]),
      sheet('Nội  dung', [plain, data]),
      sheet('Việc làm', [plain, data]),
    );
    expect(parseWorkbook(wb).sectors.map((s) => s.sheet)).toEqual(['Bảo trợ xã hội', 'Việc làm']);
  });

  it('a sheet named like the program’s output (BC T6-2024, ND 2024 (2)) is never read as input, even unmarked', () => {
    const wb = workbook(sheet('BC T6-2024', [plain, data]), sheet('ND 2024 (2)', [plain, data]), sheet('BC tháng 6 của tôi', [plain, data]));
    expect(parseWorkbook(wb).sectors.map((s) => s.sheet)).toEqual(['BC tháng 6 của tôi']);
  });

  it('months beyond the data are empty, not zero', () => {
    const i = firstIndicator(jobs([...plain, 'T4'], [...data, null]));
    expect(i.months[4]).toBeUndefined();
    expect(i.monthCells[4]).toBe('G2');
    expect(i.monthCells[5]).toBeUndefined();
  });

  it('reads the "Kế hoạch" targets of every documented form', () => {
    const cases: [Raw, unknown][] = [
      ['≥ 90', { op: '>=', value: 90 }],
      ['>= 90', { op: '>=', value: 90 }],
      ['Trên 90', { op: '>', value: 90 }],
      ['> 60', { op: '>', value: 60 }],
      ['Dưới 2,1', { op: '<', value: 2.1 }],
      ['dưới 2,1%', { op: '<', value: 2.1 }],
      ['< 1,5', { op: '<', value: 1.5 }],
      ['≤ 1,76', { op: '<=', value: 1.76 }],
      ['Tối thiểu 90', { op: '>=', value: 90 }],
      ['Tối đa 2', { op: '<=', value: 2 }],
    ];
    for (const [plan, target] of cases) {
      const i = firstIndicator(jobs(['Chỉ tiêu', 'ĐVT', 'KH', 'T1'], ['Tỷ lệ hộ nghèo', '%', plan, 2.27]));
      expect({ plan, target: i.target, p: i.plan }).toEqual({ plan, target, p: null });
    }
  });

  it('kinds: Cộng dồn, Thời điểm, Tỷ lệ, and % defaults to a rate', () => {
    const rows: Raw[][] = [
      ['Chỉ tiêu', 'ĐVT', 'Cách tính', 'T1'],
      ['Tạo việc làm', 'người', 'Cộng dồn', 1],
      ['Đối tượng đang nuôi dưỡng', 'người', 'Thời điểm', 1],
      ['Tỷ lệ bao phủ', 'người', 'Tỷ lệ', 1],
      ['Tỷ lệ hộ nghèo', '%', null, 1],
      ['Hồ sơ', 'hồ sơ', null, 1],
    ];
    expect(parseWorkbook(workbook(sheet('X', rows))).sectors[0].indicators.map((i) => i.kind)).toEqual(['flow', 'stock', 'rate', 'rate', 'flow']);
  });

  it('a percentage-formatted cell (Excel stores 0.0227 for 2,27%) reads as 2.27', () => {
    const i = firstIndicator(jobs(['Chỉ tiêu', 'ĐVT', 'KH', 'T1'], ['Tỷ lệ hộ nghèo', '%', { v: 0.9, percent: true }, { v: 0.0227, percent: true }]));
    expect(i.months[1]).toBe(2.27);
    expect(i.target).toEqual({ op: '>=', value: 90 });
  });

  it('formula cells count by their cached value', () => {
    const i = firstIndicator(jobs(plain, ['Tạo việc làm', 'người', { v: 28500, formula: true }, { v: 2310, formula: true }, null, null]));
    expect(i.plan).toBe(28500);
    expect(i.months[1]).toBe(2310);
  });
});
