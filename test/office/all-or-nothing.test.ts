/**
 * Issue 12, point 8: the report's write is all or nothing from the user's
 * view (src/hosts/office/write.ts). Every round trip of a report's write, and
 * cut points inside them (`fx.failSync.afterOps`: Excel applies a batch in
 * order and stops at the failure), is made to fail on the fake Excel; the
 * workbook — every sheet's name, values, formats and visibility, the defined
 * names, the document properties — must then be exactly as before the run,
 * the message the one mapped from the error's code, and a retry must write
 * "BC T6-2024", never "BC T6-2024 (2)".
 *
 * Round trips of a report: 1–2 the read, 3 = W1 (new sheets, very hidden),
 * 4 = W2 (the swap); after a failure the clean-up run's 1–2.
 */
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import type { WorkbookGrid } from '../../src/engine/types';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { FakeExcel, parseA1 } from '../fakes/excel';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';
import { parseWorkbook } from '../../src/engine';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxFile(SAMPLE_PATH);
});

let fx: FakeExcel;
function host(opts: { lang?: string; sets?: Record<string, string> } = {}): OfficeService {
  fx = FakeExcel.fromGrid(JSON.parse(JSON.stringify(sample)) as WorkbookGrid).install();
  if (opts.sets) fx.sets = opts.sets;
  fx.displayLanguage = opts.lang ?? 'vi-VN';
  return createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
}
afterEach(() => fx?.uninstall());

const SETS_NOTES = { ExcelApi: '1.18', SharedRuntime: '1.1' };
const MESSAGES: Record<string, RegExp> = {
  GeneralException: /^Excel báo lỗi chung/,
  AccessDenied: /^Không ghi được báo cáo vì trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ/,
  InvalidOperation: /^Excel từ chối thao tác ghi báo cáo \(trang "BC T6-2024"\)/,
  InactiveWorkbook: /quay lại sổ làm việc này/,
};

/** A figure of June changes, so that a rewritten report differs from the old one. */
function changeAFigure(): void {
  const ind = parseWorkbook(sample).sectors[0].indicators[0];
  const { row, col } = parseA1(ind.monthCells[5]!);
  const cell = fx.sheet(ind.sheet).ensure(row, col);
  cell.value = Number(cell.value || 0) + 1000;
}

/** The workbook as the user sees it, without the ids Excel gives new sheets, charts and comments. */
function userView(): unknown {
  const wb = fx.snapshotWorkbook() as {
    sheets: { charts: { id: number }[]; comments: { id: string }[] }[];
    customXml: string[];
  };
  // Worksheet ids differ between fakes: a sheet mark names the sheet holding that id instead
  const byId = (id: string) => fx.model.sheets.find((x) => x.id === id)?.name ?? `missing ${id}`;
  return {
    ...wb,
    activeSheet: fx.model.activeSheet,
    customXml: wb.customXml.map((x) => x.replace(/id="([^"]*)"/g, (_, id: string) => `id="${byId(id)}"`)),
    sheets: wb.sheets.map((s) => ({
      ...s,
      charts: s.charts.map((c) => ({ ...c, id: 0 })),
      comments: s.comments.map((c) => ({ ...c, id: '' })),
    })),
  };
}

const ourTempSheets = () => fx.model.sheets.filter((s) => s.name.startsWith('_BCN_')).map((s) => s.name);

async function expectFailsCleanly(service: OfficeService, code: string, before: unknown): Promise<void> {
  const err = (await service.generate('T6', { force: false }).catch((e: unknown) => e)) as Error;
  expect(err).toBeInstanceOf(Error);
  expect(err.message).toMatch(MESSAGES[code]);
  expect(userView()).toEqual(before);
  expect(ourTempSheets()).toEqual([]);
}

async function expectRetryWritesTheUsualNames(service: OfficeService): Promise<void> {
  const again = await service.generate('T6', { force: false });
  expect(again).toMatchObject({ reportSheet: 'BC T6-2024', narrativeSheet: 'ND T6-2024' });
  const names = fx.model.sheets.map((s) => s.name);
  expect(names.filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
  expect(names.filter((n) => n === 'BC T6-2024' || n === 'ND T6-2024')).toEqual(['BC T6-2024', 'ND T6-2024']);
  expect(ourTempSheets()).toEqual([]);
  expect(fx.sheet('BC T6-2024').visibility).toBe('Visible');
  expect(fx.model.activeSheet).toBe('BC T6-2024');
}

describe('a first report of the period: every write round trip fails cleanly', () => {
  it.each([
    [3, 'GeneralException'],
    [3, 'AccessDenied'],
    [4, 'GeneralException'],
    [4, 'InvalidOperation'],
    [4, 'InactiveWorkbook'],
  ])('sync %i failing with %s leaves the workbook as it was; the retry writes "BC T6-2024"', async (sync, code) => {
    const service = host({ sets: SETS_NOTES });
    const before = userView();
    fx.failSync = { sync, code };
    await expectFailsCleanly(service, code, before);
    await expectRetryWritesTheUsualNames(service);
  });

  it('the issue case: a failure after the report sheet is added but before it is marked leaves no empty "BC T6-2024"', async () => {
    const service = host({ sets: SETS_NOTES });
    const before = userView();
    // W1's first operation adds the (temporary, very hidden) report sheet; the failure comes right after it.
    fx.failSync = { sync: 3, code: 'GeneralException', afterOps: 1 };
    await expectFailsCleanly(service, 'GeneralException', before);
    expect(fx.model.find('BC T6-2024')).toBeUndefined();
    await expectRetryWritesTheUsualNames(service);
  });

  it('cut points inside W1 (after the add, the hiding, half of it, all but the last operation) roll back', async () => {
    host({ sets: SETS_NOTES });
    const probe = createOfficeService({
      run: fx.run as unknown as typeof Excel.run,
      isSetSupported: (n, v) => fx.isSetSupported(n, v),
      displayLanguage: () => fx.displayLanguage,
    });
    await probe.generate('T6', { force: false });
    const w1Ops = fx.opCounts[2];
    expect(w1Ops).toBeGreaterThan(100);
    fx.uninstall();
    for (const afterOps of [1, 2, 3, Math.floor(w1Ops / 2), w1Ops - 1]) {
      const service = host({ sets: SETS_NOTES });
      const before = userView();
      fx.failSync = { sync: 3, code: 'GeneralException', afterOps };
      await expectFailsCleanly(service, 'GeneralException', before);
      await expectRetryWritesTheUsualNames(service);
      fx.uninstall();
    }
  });

  it('with ExcelApi 1.20 the write is one undo group and deletes nothing (the undo list is kept)', async () => {
    const service = host({ sets: { ExcelApi: '1.20', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    expect(fx.runs.map((r) => Boolean(r.mergeUndoGroup))).toEqual([false, true]);
    expect(fx.undoCleared).toBe(false);
  });
});

describe('replacing the report of the same period: the old one stays intact on any failure', () => {
  async function withOldReport(): Promise<{ service: OfficeService; before: unknown }> {
    const service = host({ sets: SETS_NOTES });
    await service.generate('T6', { force: false });
    changeAFigure();
    fx.syncCount = 0;
    fx.opCounts = [];
    return { service, before: userView() };
  }

  it.each([
    [3, 'GeneralException'],
    [4, 'GeneralException'],
    [4, 'InvalidOperation'],
  ])('sync %i failing with %s: old BC and ND unchanged, nothing else left', async (sync, code) => {
    const { service, before } = await withOldReport();
    const oldBc = fx.snapshotSheet('BC T6-2024');
    fx.failSync = { sync, code };
    await expectFailsCleanly(service, code, before);
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(oldBc);
    await expectRetryWritesTheUsualNames(service);
    expect(fx.snapshotSheet('BC T6-2024')).not.toEqual(oldBc);
  });

  it('EVERY cut point inside the swap (W2): rolled back before the commit point, finished after it', async () => {
    // What a successful replacement writes, to compare the finished swaps with.
    const ok = await withOldReport();
    await ok.service.generate('T6', { force: false });
    const w2Ops = fx.opCounts[3];
    const written = userView();
    fx.uninstall();
    expect(w2Ops).toBeGreaterThan(10);
    let rolledBack = 0;
    let finished = 0;
    for (let afterOps = 1; afterOps < w2Ops; afterOps++) {
      const { service, before } = await withOldReport();
      fx.failSync = { sync: 4, code: 'InvalidOperation', afterOps };
      const outcome = await service.generate('T6', { force: false }).then(
        () => 'written',
        (e: Error) => e,
      );
      expect(ourTempSheets()).toEqual([]);
      if (outcome === 'written') {
        // an old sheet was already deleted: the clean-up finished the swap
        expect(userView()).toEqual(written);
        finished++;
      } else {
        expect((outcome as Error).message).toMatch(MESSAGES.InvalidOperation);
        expect({ afterOps, view: userView() }).toEqual({ afterOps, view: before });
        rolledBack++;
      }
      await expectRetryWritesTheUsualNames(service);
      fx.uninstall();
    }
    expect(rolledBack).toBeGreaterThan(5);
    expect(finished).toBeGreaterThan(0);
  });

  it("the new report takes the old one's place in the tab bar (the user moved BC first, ND after the 3rd sheet)", async () => {
    const service = host({ sets: SETS_NOTES });
    await service.generate('T6', { force: false });
    const move = (name: string, at: number) => {
      const s = fx.sheet(name);
      const rest = fx.model.sheets.filter((x) => x !== s);
      rest.splice(at, 0, s);
      fx.model.sheets = rest;
    };
    move('BC T6-2024', 0);
    move('ND T6-2024', 3);
    const order = fx.model.sheets.map((s) => s.name);
    const oldBc = fx.sheet('BC T6-2024');
    await service.generate('T6', { force: false });
    expect(fx.sheet('BC T6-2024')).not.toBe(oldBc);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(order);
  });

  it('a protected structure is refused before anything is written, naming it (vi and en)', async () => {
    let { service, before } = await withOldReport();
    fx.workbookProtected = true;
    const err = (await service.generate('T6', { force: false }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      'Không ghi được báo cáo vì cấu trúc sổ làm việc đang được bảo vệ (không thêm được trang tính); chưa ghi gì vào sổ làm việc. Vào thẻ Xem lại (Review) → Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ rồi thử lại.',
    );
    expect(fx.syncCount).toBe(2); // the read only
    expect(userView()).toEqual(before);
    fx.uninstall();
    ({ service, before } = await withOldReport());
    fx.displayLanguage = 'en-US';
    fx.workbookProtected = true;
    await expect(service.generate('T6', { force: false })).rejects.toThrow(
      'The report was not written because the workbook structure is protected (no sheet can be added); nothing was changed.',
    );
    fx.workbookProtected = false;
    await expectRetryWritesTheUsualNames(service);
  });
});

describe('when the clean-up fails too', () => {
  it('the temporary sheets stay very hidden (the user sees the workbook as before) and the next run removes them', async () => {
    const service = host({ sets: SETS_NOTES });
    await service.generate('T6', { force: false });
    changeAFigure();
    const before = userView() as { sheets: unknown[]; names: unknown[] };
    // W2 fails, then the clean-up's first round trip fails as well
    fx.failSync = [
      { sync: 4, code: 'GeneralException' },
      { sync: 1, code: 'GeneralException' },
    ];
    await expect(service.generate('T6', { force: false })).rejects.toThrow(MESSAGES.GeneralException);
    const left = fx.model.sheets.filter((s) => s.name.startsWith('_BCN_TMP_'));
    expect(left).toHaveLength(2);
    expect(left.map((s) => s.visibility)).toEqual(['VeryHidden', 'VeryHidden']);
    const seen = (userView() as { sheets: { visibility: string }[]; names: unknown[] }).sheets.filter(
      (s) => s.visibility !== 'VeryHidden',
    );
    expect(seen).toEqual(before.sheets);
    // the next run: leftovers are not read as input (no "very hidden sheet skipped" finding) and are removed
    const check = await service.check('T6');
    expect(check.report.issues.filter((i) => /_BCN_/.test(i.sheet ?? ''))).toEqual([]);
    await expectRetryWritesTheUsualNames(service);
    expect((userView() as { names: unknown[] }).names).toHaveLength(before.names.length);
  });

  it("a user's sheet with a temporary-looking name is never removed unless very hidden", async () => {
    const service = host({ sets: SETS_NOTES });
    const visible = fx.model.addSheet('_BCN_TMP_abcd1234_1');
    visible.ensure(0, 0).value = 'Bảng nháp của anh Minh';
    const hidden = fx.model.addSheet('_BCN_OLD_abcd1234_2');
    hidden.visibility = 'Hidden';
    hidden.ensure(0, 0).value = 'Bản cũ';
    const snapVisible = fx.snapshotSheet(visible.name);
    const snapHidden = fx.snapshotSheet(hidden.name);
    await service.generate('T6', { force: false });
    expect(fx.snapshotSheet(visible.name)).toEqual(snapVisible);
    expect(fx.snapshotSheet(hidden.name)).toEqual(snapHidden);
    expect(fx.sheet(hidden.name).visibility).toBe('Hidden');
  });
});
