/**
 * Office host round trips per report (for `npm run bench`, called by the lead's
 * test/bench/run.ts): generates the June report through the Office host on
 * the fake Excel (test/fakes/excel.ts) for the sample workbook and for the
 * sample made 10× larger, and counts context.sync() calls and the size of
 * what Excel had to send back.
 */
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/types';
import { INFO_SHEET, CONTENT_SHEET, normalizeLabel } from '../../src/engine';
import { createOfficeService } from '../../src/hosts/office/service';
import { readWorkbook } from '../../src/hosts/office/read';
import { FakeExcel } from '../fakes/excel';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';

/**
 * The workbook `factor` times larger: every sector sheet repeated `factor`
 * times (copies named "<name> (k)", their codes suffixed so they stay unique).
 */
export function scaleGrid(grid: WorkbookGrid, factor: number): WorkbookGrid {
  const fixed = new Set([normalizeLabel(INFO_SHEET.name), normalizeLabel(CONTENT_SHEET.name)]);
  const sheets: SheetGrid[] = [];
  for (const s of grid.sheets) {
    sheets.push(s);
    if (fixed.has(normalizeLabel(s.name)) || s.generated) continue;
    for (let k = 2; k <= factor; k++) {
      const name = `${s.name.slice(0, 25)} (${k})`;
      const rows = s.rows.map((row) =>
        (row ?? []).map((cell) =>
          cell && typeof cell.v === 'string' && /^[A-ZĐ]{2,5}\d{2}(\.\d+)*$/.test(cell.v)
            ? { ...cell, v: `${cell.v}K${k}` }
            : cell,
        ),
      );
      sheets.push({ name, rows });
    }
  }
  return { sheets };
}

export interface OfficeSyncMeasure {
  workbook: string;
  sheets: number;
  cells: number;
  readSyncs: number;
  reportSyncs: number;
  /** Largest single sync response (JSON characters) while reading. */
  maxReadResponseChars: number;
  ms: number;
}

function cellCount(grid: WorkbookGrid): number {
  return grid.sheets.reduce(
    (n, s) => n + s.rows.reduce((m, r) => m + (r ?? []).filter((c) => c && c.v !== null).length, 0),
    0,
  );
}

async function measure(label: string, grid: WorkbookGrid): Promise<OfficeSyncMeasure> {
  const fx = FakeExcel.fromGrid(grid).install();
  try {
    await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    const readSyncs = fx.syncCount;
    const maxReadResponseChars = Math.max(...fx.responseBytes);
    fx.syncCount = 0;
    const service = createOfficeService({
      run: fx.run as unknown as typeof Excel.run,
      isSetSupported: (n, v) => fx.isSetSupported(n, v),
      displayLanguage: () => 'vi-VN',
    });
    const t0 = performance.now();
    await service.generate('T6', { force: true });
    const ms = performance.now() - t0;
    return {
      workbook: label,
      sheets: grid.sheets.length,
      cells: cellCount(grid),
      readSyncs,
      reportSyncs: fx.syncCount,
      maxReadResponseChars,
      ms,
    };
  } finally {
    fx.uninstall();
  }
}

/** Syncs per report for the sample and the sample 10× larger. */
export async function measureOfficeSyncs(samplePath = SAMPLE_PATH): Promise<OfficeSyncMeasure[]> {
  const grid = await readXlsxFile(samplePath);
  return [await measure('sample', grid), await measure('sample ×10', scaleGrid(grid, 10))];
}

if (require.main === module) {
  measureOfficeSyncs()
    .then((rows) => console.table(rows))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
