/**
 * Issue 12, point 4: a report whose write exceeds Excel on the web's 5 MB
 * request limit. The fake refuses a request over `fx.requestLimit` (UTF-8
 * bytes of the JSON of every queued operation's arguments, plus a fixed
 * overhead per operation) as a whole, with RequestPayloadSizeLimitExceeded or
 * the web's bare GeneralException; responses are limited the same way
 * (`fx.payloadLimit`). The write is then split (src/hosts/office/write.ts):
 * still into hidden temporary sheets, so the final sheets must equal those of
 * a run without a limit, and a failure in a later block must leave the
 * workbook as it was.
 */
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import type { WorkbookGrid } from '../../src/engine/types';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { LARGE_REQUEST_BYTES } from '../../src/hosts/office/errors';
import { FakeExcel } from '../fakes/excel';
import { scaleGrid, withLongNotes } from '../bench/office-syncs';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';

const LIMIT = 5 * 1024 * 1024; // Excel on the web: 5 MB per request and per response

let big: WorkbookGrid;
beforeAll(async () => {
  big = withLongNotes(scaleGrid(await readXlsxFile(SAMPLE_PATH), 5), 20_000);
});

let fx: FakeExcel;
function host(limits: boolean): OfficeService {
  fx = FakeExcel.fromGrid(big).install();
  fx.sets = { ExcelApi: '1.18', SharedRuntime: '1.1' };
  if (limits) {
    fx.requestLimit = LIMIT;
    fx.payloadLimit = LIMIT;
  }
  return createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
}
afterEach(() => fx?.uninstall());

/** BC and ND as the user sees them (chart ids aside). */
function written(): unknown {
  return ['BC T6-2024', 'ND T6-2024'].map((n) => {
    const s = fx.snapshotSheet(n) as { charts: { id: number }[] };
    return { ...s, visibility: fx.sheet(n).visibility, charts: s.charts.map((c) => ({ ...c, id: 0 })) };
  });
}

function userView(): unknown {
  const wb = fx.snapshotWorkbook() as { sheets: { charts: { id: number }[] }[] };
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, charts: s.charts.map((c) => ({ ...c, id: 0 })) })) };
}

/** Syncs of the read alone (with the same limits): the write's are the rest. */
async function readSyncs(service: OfficeService): Promise<number> {
  const before = fx.syncCount;
  await service.load();
  return fx.syncCount - before;
}

let reference: unknown;
let normalW1Bytes = 0;

describe('a report over the 5 MB request limit', () => {
  it('without a limit: one W1 request of more than 5 MB (the workbook really exceeds it)', async () => {
    const service = host(false);
    await service.generate('T6', { force: true });
    expect(fx.syncCount).toBe(4);
    normalW1Bytes = fx.requestBytes[2];
    expect(normalW1Bytes).toBeGreaterThan(LIMIT);
    reference = written();
  });

  it.each(['RequestPayloadSizeLimitExceeded', 'GeneralException'] as const)(
    'refused with %s: split by sheet and row blocks; the final sheets equal the normal run, syncs bounded',
    async (code) => {
      const service = host(true);
      fx.requestLimitCode = code;
      const reads = await readSyncs(service);
      fx.syncCount = 0;
      fx.requestBytes = [];
      const result = await service.generate('T6', { force: true });
      expect(result.reportSheet).toBe('BC T6-2024');
      expect(written()).toEqual(reference);
      expect(fx.model.sheets.filter((s) => s.name.startsWith('_BCN_'))).toEqual([]);
      expect(fx.model.activeSheet).toBe('BC T6-2024');
      // every request that went through stayed under the limit; only the one refused was over it
      const writes = fx.requestBytes.slice(reads);
      expect(writes.filter((b) => b > LIMIT)).toHaveLength(1);
      // write round trips: the refused W1, the new sheets with their settings, the
      // row blocks (each estimated ≤ LARGE_REQUEST_BYTES), merges/chart/notes, the swap
      const blocks = Math.ceil(normalW1Bytes / LARGE_REQUEST_BYTES);
      const writeSyncs = fx.syncCount - reads;
      expect(writeSyncs).toBeGreaterThanOrEqual(5);
      expect(writeSyncs).toBeLessThanOrEqual(4 + blocks + 2);
      console.log(
        `big write (${code}): W1 ${(normalW1Bytes / 1048576).toFixed(1)} MB refused, then ${writeSyncs - 1} round trips (read: ${reads})`,
      );
    },
  );

  it('a failure in a later block leaves the workbook exactly as before; the retry writes "BC T6-2024"', async () => {
    const service = host(true);
    const reads = await readSyncs(service);
    const before = userView();
    // sync reads+1 is the refused W1, +2 the new sheets, +3 the first row block, +4 the second
    fx.failSync = { sync: reads + 4, code: 'GeneralException' };
    const err = (await service.generate('T6', { force: true }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^Excel báo lỗi chung/); // a block below the limit failing: a real error
    expect(userView()).toEqual(before);
    expect(fx.model.sheets.filter((s) => s.name.startsWith('_BCN_'))).toEqual([]);
    const again = await service.generate('T6', { force: true });
    expect(again.reportSheet).toBe('BC T6-2024');
    expect(written()).toEqual(reference);
  });

  it('a block refused again is halved (a host whose real limit is lower than the estimate allows)', async () => {
    const service = host(true);
    fx.requestLimit = 700_000; // below LARGE_REQUEST_BYTES: the first blocks are refused and halved
    const result = await service.generate('T6', { force: true });
    expect(result.reportSheet).toBe('BC T6-2024');
    expect(written()).toEqual(reference);
  });
});
