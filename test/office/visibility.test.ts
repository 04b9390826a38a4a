/**
 * The Office host tells the engine which sheets are hidden or very hidden
 * (Worksheet.visibility), so the add-in skips a very hidden sector sheet with
 * a SHEET_SKIPPED finding, like the command line — and still reads an ordinary
 * hidden one.
 */
import { readWorkbook } from '../../src/hosts/office/read';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import type { GridCell, WorkbookGrid } from '../../src/engine/types';
import { FakeExcel } from '../fakes/excel';

const c = (v: GridCell['v']): GridCell => ({ v });
const HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map(c);
const row = (name: string) => ['1', name, 'người', 28500, 2100, 1850, 2400, 2650, 3193, 3932].map(c);

it('reads visibility in the same two syncs; the engine skips the very hidden sheet and reads the hidden one', async () => {
  const grid: WorkbookGrid = {
    sheets: [
      { name: 'Thông tin', rows: [[c('Năm báo cáo'), c(2024)]] },
      { name: 'Việc làm', rows: [HEADER, row('Số lao động được tạo việc làm')] },
      { name: 'Bản cũ', rows: [HEADER, row('Số lao động được tạo việc làm (bản cũ)')] },
    ],
  };
  const fx = FakeExcel.fromGrid(grid).install();
  try {
    fx.model.sheets.find((s) => s.name === 'Việc làm')!.visibility = 'Hidden';
    fx.model.sheets.find((s) => s.name === 'Bản cũ')!.visibility = 'VeryHidden';
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(fx.syncCount).toBe(2);
    expect(read.grid.sheets.map((s) => [s.name, s.state ?? 'visible'])).toEqual([
      ['Thông tin', 'visible'],
      ['Việc làm', 'hidden'],
      ['Bản cũ', 'veryHidden'],
    ]);
    const report = computeReport(parseWorkbook(read.grid), parsePeriodKey('T6', 2024)!);
    expect(report.sectors.map((s) => s.sheet)).toEqual(['Việc làm']);
    expect(report.issues.find((f) => f.code === 'SHEET_SKIPPED')).toMatchObject({ sheet: 'Bản cũ', cell: 'B1' });
  } finally {
    fx.uninstall();
  }
});
