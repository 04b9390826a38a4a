/**
 * v2 layouts through a real .xlsx (ExcelJS writes it as Excel would store it: merged
 * year header cells, hidden columns and rows in the column/row records), read by the
 * .xlsx reader and by the Office reader over the fake Excel: the same figures both ways.
 */
import ExcelJS from 'exceljs';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { readWorkbook } from '../../../src/hosts/office/read';
import { FakeExcel } from '../../fakes/excel';

/**
 * Sở LĐTBXH's tracking table copied forward from last year: title block, "KH 2024", a
 * merged "Năm 2023" block (E–J) before a merged "Năm 2024" block (K–P) with months 1…6,
 * an estimate column for June (Q), an old "Tháng 6" of 2024 kept hidden (R), a numbering row,
 * and a hidden row left over from an indicator no longer reported.
 */
async function copiedForward(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('Thông tin');
  info.addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  const ws = wb.addWorksheet('1. Việc làm');
  ws.getCell('A1').value = 'UBND TỈNH SÓC TRĂNG';
  ws.getCell('A2').value = 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI';
  ws.getCell('A3').value = 'Lĩnh vực: Việc làm';
  ws.getRow(5).values = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024', 'Năm 2023', null, null, null, null, null, 'Năm 2024', null, null, null, null, null, 'Ước TH tháng 6', 'Tháng 6'];
  for (const r of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:J5', 'K5:P5', 'Q5:Q6', 'R5:R6']) ws.mergeCells(r);
  ws.getRow(6).values = [null, null, null, null, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6];
  // R6 keeps the "Tháng 6" label of the hidden column under its own heading: put it in R6 (R5:R6 merged keeps R5's text)
  ws.getRow(7).values = ['A', 'B', 'C', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  ws.getRow(8).values = [1, 'Số lao động được tạo việc làm', 'người', 28500, 2100, 2200, 2500, 2300, 2400, 3500, 2310, 2450, 2680, 2402, 2570, null, 3900, 3390];
  ws.getRow(9).values = [2, 'Số lao động đi làm việc tại Đài Loan (không còn theo dõi)', 'người'];
  ws.getRow(9).hidden = true;
  ws.getRow(10).values = [3, 'Số người được hỗ trợ đi làm việc ở nước ngoài', 'người', 350, 15, 20, 28, 25, 33, 40, 20, 25, 30, 27, 30, 61, 55, 50];
  ws.getColumn('R').hidden = true;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const T6 = parsePeriodKey('T6', 2024)!;

describe('a copied-forward workbook through the .xlsx reader', () => {
  it('reads the hidden column and row as hidden', async () => {
    const grid = await readXlsx(await copiedForward());
    const s = grid.sheets.find((x) => x.name === '1. Việc làm')!;
    expect(s.hiddenColumns).toEqual([17]); // R
    expect(s.hiddenRows).toEqual([8]); // row 9
  });

  it('reads this year, last year and the estimate from the right columns; the hidden copy is named, not read', async () => {
    const parsed = parseWorkbook(await readXlsx(await copiedForward()));
    const r = computeReport(parsed, T6);
    const [jobs, abroad] = r.sectors[0].indicators;
    // jobs: June empty → estimate 3900; 2310+2450+2680+2402+2570 = 12412, + 3900 = 16312; 16312 / 28500 = 57.235… → 57.24
    // last year June 3500; 2100+2200+2500+2300+2400+3500 = 15000
    // change: the year to date includes an estimate but no month is missing: (16312 − 15000) / 15000 = 8.7466… → 8.75
    expect(jobs).toMatchObject({ period: 3900, ytd: 16312, planPct: 57.24, lastYearPeriod: 3500, lastYearYtd: 15000, changePct: 8.75, estimated: true });
    // abroad: June 61 (not the estimate 55, not the hidden 50); 20+25+30+27+30+61 = 193; 193 / 350 = 55.14
    // last year 15+20+28+25+33+40 = 161; (193 − 161) / 161 = 19.875… → 19.88
    expect(abroad).toMatchObject({ period: 61, ytd: 193, planPct: 55.14, lastYearYtd: 161, changePct: 19.88 });
    expect(abroad.estimated).toBeUndefined();
    // the hidden row with no figure: skipped silently
    expect(r.sectors[0].indicators.map((i) => i.name)).toHaveLength(2);
    const warnings = r.issues.filter((f) => f.severity === 'warning' && f.sheet === '1. Việc làm');
    expect(warnings.map((f) => [f.code, f.cell])).toEqual([['HIDDEN_DUPLICATE_COLUMN', 'R5']]);
    expect(warnings[0].message.vi).toContain('ô P6'); // the visible June of 2024 (under "Năm 2024")
    expect(r.sectors[0].layout).toMatchObject({
      headerRow: 5,
      headerRowLast: 6,
      columns: {
        plan: 'D',
        lastYearMonths: { 1: 'E', 6: 'J' },
        months: { 1: 'K', 6: 'P' },
        estimates: { 6: 'Q' },
      },
    });
  });

  it('the Office reader sees the same hidden column and row in its two syncs, and the engine the same figures', async () => {
    const grid = await readXlsx(await copiedForward());
    const fx = FakeExcel.fromGrid(grid);
    fx.install();
    try {
      const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
      expect(fx.syncCount).toBe(2);
      const s = read.grid.sheets.find((x) => x.name === '1. Việc làm')!;
      expect(s.hiddenColumns).toEqual([17]);
      expect(s.hiddenRows).toEqual([8]);
      const viaOffice = computeReport(parseWorkbook(read.grid), T6);
      const viaXlsx = computeReport(parseWorkbook(grid), T6);
      expect(viaOffice.sectors).toEqual(viaXlsx.sectors);
      expect(viaOffice.issues).toEqual(viaXlsx.issues);
    } finally {
      fx.uninstall();
    }
  });
});
