/**
 * Integration entry: the real pane + the real Office.js service
 * (src/hosts/office/service.ts) + the real engine, over the fake Excel API of
 * test/fakes/excel.ts loaded with a workbook grid served as /grid.json (the
 * test writes it from assets/sample/so-lieu-nganh-2024.xlsx). This is where the
 * pane and owner O's service meet without Excel.
 *   lang=en-US   Office display language
 *   grid=blank   load /blank.json instead (a test writes other grids beside grid.json)
 */
import { FakeExcel } from '../fakes/excel';
import { createOfficeService } from '../../src/hosts/office/service';
import { boot, type OfficeLike } from '../../src/taskpane/boot';
import type { WorkbookGrid } from '../../src/engine/types';

const q = new URLSearchParams(location.search);

async function main(): Promise<void> {
  const name = (q.get('grid') ?? 'grid').replace(/[^a-z0-9-]/gi, '');
  const grid = (await (await fetch(`/${name}.json`)).json()) as WorkbookGrid;
  const fx = FakeExcel.fromGrid(grid);
  fx.displayLanguage = q.get('lang') ?? 'vi-VN';
  fx.install();
  (window as unknown as { __bcn: unknown }).__bcn = { fx };
  const container = document.getElementById('container');
  const office = (globalThis as unknown as { Office: OfficeLike }).Office;
  if (container) await boot(container, office, () => createOfficeService());
}

main().catch((e: unknown) => {
  document.body.textContent = `integration harness failed: ${e instanceof Error ? e.message : String(e)}`;
});
