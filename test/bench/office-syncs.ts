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

const NOTE_SENTENCE =
  'Số liệu do các phòng chuyên môn cấp huyện tổng hợp, đã đối chiếu với sổ theo dõi của đơn vị; một số xã gửi chậm nên được cập nhật bổ sung trong kỳ sau. ';

/**
 * The workbook with a "Ghi chú" of about `chars` characters on every
 * indicator row (the note is copied to the report's Ghi chú column): with
 * scaleGrid(sample, 5) and 20 000 characters the report sheet's write is
 * ~7 MB, above Excel on the web's 5 MB request limit, while each input sheet
 * stays well below it.
 */
export function withLongNotes(grid: WorkbookGrid, chars: number): WorkbookGrid {
  const sheets = grid.sheets.map((s) => {
    const header = s.rows.findIndex((r) => (r ?? []).some((c) => c?.v === 'Ghi chú'));
    if (header < 0) return s;
    const col = s.rows[header]!.findIndex((c) => c?.v === 'Ghi chú');
    const rows = s.rows.map((row, r) => {
      if (r <= header || !row?.[0] || typeof row[0].v !== 'string' || !/^[A-ZĐ]{2,5}\d{2}/.test(row[0].v)) return row;
      const out = [...row];
      while (out.length <= col) out.push(null);
      const head = `Ghi chú dòng ${r + 1} của trang ${s.name}: `;
      out[col] = { v: (head + NOTE_SENTENCE.repeat(Math.ceil(chars / NOTE_SENTENCE.length))).slice(0, chars) };
      return out;
    });
    return { ...s, rows };
  });
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
  /** Largest write request that went through (bytes, as the fake measures it). */
  maxWriteRequestBytes: number;
  /** Write requests Excel refused as too large (then the write was split). */
  refusedWrites: number;
  ms: number;
}

/** Excel on the web's documented request / response limit. */
export const WEB_LIMIT = 5 * 1024 * 1024;

function cellCount(grid: WorkbookGrid): number {
  return grid.sheets.reduce(
    (n, s) => n + s.rows.reduce((m, r) => m + (r ?? []).filter((c) => c && c.v !== null).length, 0),
    0,
  );
}

async function measure(label: string, grid: WorkbookGrid, limit = 0): Promise<OfficeSyncMeasure> {
  const fx = FakeExcel.fromGrid(grid).install();
  fx.requestLimit = limit;
  fx.payloadLimit = limit;
  try {
    await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    const readSyncs = fx.syncCount;
    // (a response refused as too large is not one Excel sent)
    const maxReadResponseChars = Math.max(...fx.responseBytes.filter((b) => limit === 0 || b <= limit));
    fx.syncCount = 0;
    fx.requestBytes = [];
    const service = createOfficeService({
      run: fx.run as unknown as typeof Excel.run,
      isSetSupported: (n, v) => fx.isSetSupported(n, v),
      displayLanguage: () => 'vi-VN',
    });
    const t0 = performance.now();
    await service.generate('T6', { force: true });
    const ms = performance.now() - t0;
    // the report's requests after its read (readSyncs of them)
    const writes = fx.requestBytes.slice(readSyncs);
    const passed = writes.filter((b) => limit === 0 || b <= limit);
    return {
      workbook: label,
      sheets: grid.sheets.length,
      cells: cellCount(grid),
      readSyncs,
      reportSyncs: fx.syncCount,
      maxReadResponseChars,
      maxWriteRequestBytes: Math.max(...passed),
      refusedWrites: writes.length - passed.length,
      ms,
    };
  } finally {
    fx.uninstall();
  }
}

/**
 * Syncs per report for the sample, the sample 10× larger, and a workbook whose
 * report write exceeds Excel on the web's 5 MB request limit (sample ×5 with a
 * 20 000-character Ghi chú on every indicator) under that limit: the read goes
 * sheet by sheet, the write is refused once and split (write.ts).
 */
export async function measureOfficeSyncs(samplePath = SAMPLE_PATH): Promise<OfficeSyncMeasure[]> {
  const grid = await readXlsxFile(samplePath);
  return [
    await measure('sample', grid),
    await measure('sample ×10', scaleGrid(grid, 10)),
    await measure('×5, long notes, 5 MB limit', withLongNotes(scaleGrid(grid, 5), 20_000), WEB_LIMIT),
  ];
}

if (require.main === module) {
  measureOfficeSyncs()
    .then((rows) => console.table(rows))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
