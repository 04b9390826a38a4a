/**
 * "Chuyển từ sổ theo tháng": a commune's workbook kept as one sheet per month
 * (T1, T2, T3 of 2025, copied forward each month, sections "I. LĨNH VỰC VIỆC
 * LÀM" / "II. GIẢM NGHÈO", columns Thực hiện tháng | Lũy kế | Kế hoạch năm),
 * converted to the yearly layout; the quarter's figures worked out by hand.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { computeReport, parseWorkbook, parsePeriodKey } from '../../src/engine';
import { convertMonthlyWorkbook, monthOfSheetName } from '../../src/engine/chain';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { runConvertCli } from '../../src/cli/convert';
import { monthlyWorkbook, rowOf } from './fixtures';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-convert-'));
  input = path.join(dir, 'so-theo-thang-2025.xlsx');
  await monthlyWorkbook().xlsx.writeFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

describe('npm run convert', () => {
  it('converts T1–T3 into the yearly layout with the quarter figures worked out by hand', async () => {
    const out = path.join(dir, 'so-ca-nam.xlsx');
    const before = await fs.readFile(input);
    const r = io();
    expect(await runConvertCli([input, '--out', out], r.io)).toBe(0);
    expect(r.out.stdout).toContain('Đã chuyển 3 trang tháng (T1, T2, T3) thành 2 lĩnh vực');
    expect(await fs.readFile(input)).toEqual(before); // the input is never written

    const parsed = parseWorkbook(await readXlsxFile(out));
    expect(parsed.year).toBe(2025);
    expect(parsed.info.coQuanChuQuan).toBe('UBND XÃ TÂN THẠNH');
    expect(parsed.sectors.map((s) => s.title)).toEqual(['VIỆC LÀM', 'GIẢM NGHÈO']);
    const q1 = computeReport(parsed, parsePeriodKey('Q1', 2025)!);
    const flat = q1.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const by = (name: string) => flat.find((i) => i.name === name)!;
    // 95 + 110 + 120 ("120" typed as text) = 325; 325 / 1200 = 27,08 %
    expect(by('Số lao động được tạo việc làm')).toMatchObject({ kind: 'flow', ytd: 325, plan: 1200, planPct: 27.08 });
    // 3 + 4 + 2, a child of the row above
    expect(by('Số lao động được tạo việc làm').children.map((c) => c.ytd)).toEqual([9]);
    // stock: the value at the end of March
    expect(by('Số hộ nghèo')).toMatchObject({ kind: 'stock', ytd: 298 });
    expect(by('Tỷ lệ hộ nghèo')).toMatchObject({
      kind: 'rate',
      ytd: 2.8,
      target: { op: '<', value: 2.5 },
      targetMet: false,
    });
    // 12 + 10 + 15 = 37 of the March plan 160 → 23,13 %
    expect(by('Lượt hộ nghèo được vay vốn')).toMatchObject({ ytd: 37, plan: 160, planPct: 23.13 });
    // renamed in March: two rows, each with its months only, never a 0
    expect(by('Tư vấn việc làm')).toMatchObject({ ytd: 75, incomplete: true });
    expect(by('Tư vấn việc làm, học nghề')).toMatchObject({ ytd: 50, incomplete: true });
    // new in February: January empty, not 0
    expect(by('Phiên giao dịch việc làm')).toMatchObject({ ytd: 3, incomplete: true, missingMonths: [1] });
  });

  it('names the sheet and cell of a lũy kế that is not the running sum, of what it could not match, and of a changed plan', () => {
    return readXlsxFile(input).then((grid) => {
      const res = convertMonthlyWorkbook(grid);
      const found = res.findings.map((f) => [f.code, f.sheet, f.cell]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['LUY_KE_MISMATCH', 'T3', `F${rowOf('T3', 'Số lao động được tạo việc làm')}`],
          ['NOT_IN_MONTH', 'T1', `B${rowOf('T1', 'Tư vấn việc làm')}`],
          ['NOT_IN_MONTH', 'T3', `B${rowOf('T3', 'Tư vấn việc làm, học nghề')}`],
          ['NOT_IN_MONTH', 'T2', `B${rowOf('T2', 'Phiên giao dịch việc làm')}`],
          ['PLAN_CHANGED', 'T3', `D${rowOf('T3', 'Lượt hộ nghèo được vay vốn')}`],
        ]),
      );
      expect(found).toHaveLength(5);
      const mismatch = res.findings.find((f) => f.code === 'LUY_KE_MISMATCH')!;
      expect(mismatch.message.vi).toContain(
        'lũy kế ghi 330 nhưng cộng "Thực hiện tháng" từ tháng 1 đến tháng 3 được 325 (chênh 5)',
      );
      const renamed = res.findings.find((f) => f.code === 'NOT_IN_MONTH' && f.sheet === 'T1')!;
      expect(renamed.message.vi).toContain('không có ở trang của tháng 3');
      // "120" stored as text: converted, and said
      expect(res.cellFindings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['NUMBER_AS_TEXT', 'T3', 'E7']]);
    });
  });

  it('the report refuses the monthly workbook with a finding that names this conversion; the converted file has none', async () => {
    const refused = parseWorkbook(await readXlsxFile(input));
    const f = refused.findings.find((x) => x.code === 'ONE_SHEET_PER_MONTH')!;
    expect(f.message.vi).toContain('"Chuyển từ sổ theo tháng"');
    expect(f.message.vi).toContain('npm run convert -- <sổ theo tháng.xlsx> --out <sổ cả năm.xlsx>');
    const converted = parseWorkbook(await readXlsxFile(path.join(dir, 'so-ca-nam.xlsx')));
    expect(converted.findings.map((x) => x.code).filter((c) => c !== 'MISSING_INFO_KEY')).toEqual([]);
  });

  it('reads month sheet names as staff write them', () => {
    expect(monthOfSheetName('T1')).toEqual({ month: 1, year: null });
    expect(monthOfSheetName('Tháng 6')).toEqual({ month: 6, year: null });
    expect(monthOfSheetName('Thang 12')).toEqual({ month: 12, year: null });
    expect(monthOfSheetName('T06-2024')).toEqual({ month: 6, year: 2024 });
    expect(monthOfSheetName('Thông tin')).toBeNull();
    expect(monthOfSheetName('T13')).toBeNull();
  });

  it('refuses a workbook without month sheets (exit 2, nothing written) and a year it cannot find without --year', async () => {
    const yearly = path.join(dir, 'ca-nam.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Việc làm').getRow(1).values = ['Chỉ tiêu', 'ĐVT', 'T1'];
    await wb.xlsx.writeFile(yearly);
    const r = io();
    const out = path.join(dir, 'khong-co.xlsx');
    expect(await runConvertCli([yearly, '--out', out], r.io)).toBe(2);
    expect(r.out.stdout).toContain('NO_MONTH_SHEETS');
    await expect(fs.access(out)).rejects.toThrow();

    const noYear = path.join(dir, 'khong-nam.xlsx');
    const w2 = new ExcelJS.Workbook();
    const ws = w2.addWorksheet('Tháng 1');
    ws.getRow(1).values = ['Chỉ tiêu', 'ĐVT', 'Thực hiện tháng'];
    ws.getRow(2).values = ['Số lao động được tạo việc làm', 'người', 10];
    await w2.xlsx.writeFile(noYear);
    const r2 = io();
    expect(await runConvertCli([noYear, '--out', out], r2.io)).toBe(2);
    expect(r2.out.stdout).toContain('NO_YEAR');
    expect(await runConvertCli([noYear, '--out', out, '--year', '2025'], io().io)).toBe(0);
  });
});
