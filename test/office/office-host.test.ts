/**
 * The Office host end to end on the fake Excel (test/fakes/excel.ts), with the
 * real sample workbook (assets/sample) read by the .xlsx reader.
 */
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../../src/hosts/xlsx/write';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import { buildNarrative } from '../../src/engine/narrative';
import { buildReportLayout } from '../../src/engine/layout/report';
import { buildNarrativeLayout } from '../../src/engine/layout/narrativeSheet';
import type { GridCell, WorkbookGrid } from '../../src/engine/types';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { readWorkbook } from '../../src/hosts/office/read';
import { createOfficeLoad } from '../../src/hosts/office/load';
import { isValidationBlocked } from '../../src/pipeline/service';
import { FakeExcel, parseA1 } from '../fakes/excel';
import { scaleGrid } from '../bench/office-syncs';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxFile(SAMPLE_PATH);
});

function clone(grid: WorkbookGrid): WorkbookGrid {
  return JSON.parse(JSON.stringify(grid)) as WorkbookGrid;
}

function setCell(grid: WorkbookGrid, sheet: string, address: string, v: GridCell['v']): void {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(address);
  while (s.rows.length <= row) s.rows.push([]);
  const r = s.rows[row] ?? (s.rows[row] = []);
  r[col] = { v };
}

function firstIndicator(grid: WorkbookGrid) {
  return parseWorkbook(grid).sectors[0].indicators[0];
}

let fx: FakeExcel;
function host(grid: WorkbookGrid, opts: { lang?: string; sets?: Record<string, string> } = {}): OfficeService {
  fx = FakeExcel.fromGrid(grid).install();
  if (opts.sets) fx.sets = opts.sets;
  fx.displayLanguage = opts.lang ?? 'vi-VN';
  return createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
}
afterEach(() => fx?.uninstall());

const inputNames = (): string[] => sample.sheets.map((s) => s.name);

describe('reading through Office.js', () => {
  it('reads every sheet in 2 syncs, with dates, indents and the program marker', async () => {
    const grid = clone(sample);
    host(grid);
    const user = fx.model.addSheet('Ghi chép');
    user.ensure(0, 0).value = 'Tháng 6';
    user.ensure(1, 0).value = 45444; // 01/06/2024
    user.ensure(1, 0).numberFormat = 'dd/mm/yyyy';
    user.ensure(2, 1).value = 'Trong đó: nữ';
    user.ensure(2, 1).format.indent = 2;
    user.ensure(3, 1).value = 0.0227;
    user.ensure(3, 1).numberFormat = '0.00%';
    fx.model.addSheet('BC T5-2024').ensure(0, 0).value = 'báo cáo cũ';
    fx.model.names.push({ name: 'BCN_GENERATED_00000001', formula: "='BC T5-2024'!$A$1", visible: true });
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(fx.syncCount).toBe(2);
    const note = read.grid.sheets.find((s) => s.name === 'Ghi chép')!;
    expect(note.rows[1][0]).toEqual({ v: '2024-06-01', t: 'date' });
    expect(note.rows[2][1]).toEqual({ v: 'Trong đó: nữ', indent: 2 });
    expect(note.rows[3][1]).toEqual({ v: 0.0227, percent: true });
    const old = read.grid.sheets.find((s) => s.name === 'BC T5-2024')!;
    expect(old.generated).toBe(true);
    expect(old.rows).toEqual([]);
    expect(read.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(['BC T5-2024']);
  });

  it('gives the engine the same figures as the .xlsx reader', async () => {
    host(clone(sample));
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    const period = parsePeriodKey('T6', 2024)!;
    const viaOffice = computeReport(parseWorkbook(read.grid), period);
    const viaXlsx = computeReport(parseWorkbook(sample), period);
    expect(viaOffice.sectors).toEqual(viaXlsx.sectors);
    expect(viaOffice.issues).toEqual(viaXlsx.issues);
  });
});

describe('generating the report', () => {
  it('writes the report and narrative sheets in 2 read + 2 write syncs and activates the report', async () => {
    const service = host(clone(sample));
    const result = await service.generate('T6', { force: false });
    expect(fx.syncCount).toBe(4);
    expect(result.reportSheet).toBe('BC T6-2024');
    expect(result.narrativeSheet).toBe('ND T6-2024');
    expect(fx.model.activeSheet).toBe('BC T6-2024');
    expect(fx.model.selection).toEqual({ sheet: 'BC T6-2024', address: 'A1' });
    const bc = fx.sheet('BC T6-2024');
    // the seed's June figures, in the row of "Số lao động được tạo việc làm"
    const row = bc.valuesMatrix().find((r) => r[1] === 'Số lao động được tạo việc làm')!;
    expect(row.slice(2, 7)).toEqual(['người', 28500, 3932, 16344, 57.35]);
    expect(bc.freeze).toEqual({ rows: expect.any(Number), cols: expect.any(Number) });
    expect(bc.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
    });
    expect(bc.charts).toHaveLength(1);
    expect(bc.charts[0].series[0].xValues).toBeDefined();
    // the chart is drawn from the data block below the legends, which is outside the print area
    const lastPrinted = Number(/^A1:K(\d+)$/.exec(bc.printArea ?? '')?.[1]);
    expect(lastPrinted).toBeGreaterThan(20);
    const firstChartRow = Number(/(\d+):/.exec(bc.charts[0].series[0].values.replace(/\$/g, ''))?.[1]);
    expect(firstChartRow).toBeGreaterThan(lastPrinted);
    expect(bc.conditional.length).toBeGreaterThan(0);
    expect(fx.model.customProperties.get('BaoCaoNganh_KyBaoCao')).toBe('T6');
    expect(fx.undoCleared).toBe(false);
  });

  it('keeps text literal even on a host where the Text format does not (apostrophe prefix, within the swap: no extra sync)', async () => {
    const grid = clone(sample);
    const info = grid.sheets.find((x) => x.name === 'Thông tin')!;
    // A unit name Excel would read as a formula ("-" + text → #NAME?) if it were typed in.
    const row = info.rows.find((r) => r?.[0]?.v === 'Cơ quan chủ quản')!;
    row[1] = { v: '-UBND tỉnh Cà Mau' };
    const service = host(grid);
    fx.textFormatIgnored = true;
    await service.generate('T6', { force: false });
    expect(fx.syncCount).toBe(4);
    for (const name of ['BC T6-2024', 'ND T6-2024']) {
      const cells = [...fx.sheet(name).cells.values()];
      expect(cells.filter((c) => c.formula || c.error)).toEqual([]);
    }
    const nd = fx.sheet('ND T6-2024').valuesMatrix().flat();
    expect(nd).toContain('-UBND TỈNH CÀ MAU');
  });

  it('stays at 2 + 2 syncs for the sample 10× larger', async () => {
    const big = scaleGrid(clone(sample), 10);
    expect(big.sheets.length).toBeGreaterThan(80);
    const service = host(big);
    await service.generate('T6', { force: true });
    expect(fx.syncCount).toBe(4);
  });

  it('never changes the input sheets', async () => {
    const service = host(clone(sample));
    const before = inputNames().map((n) => fx.snapshotSheet(n));
    await service.generate('T6', { force: false });
    await service.generate('Q2', { force: false });
    expect(inputNames().map((n) => fx.snapshotSheet(n))).toEqual(before);
  });

  it("gives a new name when a sheet of the same name is the user's own, and leaves it alone", async () => {
    const service = host(clone(sample));
    const mine = fx.model.addSheet('BC T6-2024');
    mine.ensure(0, 0).value = 'Bảng tự lập của chị Lan';
    const before = fx.snapshotSheet('BC T6-2024');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024 (2)');
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(before);
    expect(fx.sheet('BC T6-2024 (2)').value('A1')).not.toBe('');
  });

  it('writes text that looks like a formula as literal text', async () => {
    const grid = clone(sample);
    const ind = firstIndicator(grid);
    setCell(grid, ind.sheet, ind.nameCell, '=1+1');
    const service = host(grid);
    await service.generate('T6', { force: true });
    const bc = fx.sheet('BC T6-2024');
    const cells = [...bc.cells.values()];
    expect(cells.some((c) => c.value === '=1+1' && c.numberFormat === '@')).toBe(true);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(cells.some((c) => c.value === 2 && c.formula)).toBe(false);
  });

  it('regenerates into its own sheet: same cells, no extra sheets, one chart', async () => {
    const service = host(clone(sample));
    await service.generate('T6', { force: false });
    const sheets1 = fx.model.sheets.map((s) => s.name);
    const snap1 = fx.snapshotSheet('BC T6-2024') as { charts: { id: number }[] };
    const nd1 = fx.snapshotSheet('ND T6-2024');
    const names1 = fx.model.names.length;
    await service.generate('T6', { force: false });
    expect(fx.model.sheets.map((s) => s.name)).toEqual(sheets1);
    const snap2 = fx.snapshotSheet('BC T6-2024') as { charts: { id: number }[] };
    expect(snap2.charts).toHaveLength(1);
    const strip = (s: { charts: { id: number }[] }) => ({
      ...s,
      charts: s.charts.map((c) => ({ ...c, id: 0 })),
      comments: [],
    });
    expect(strip(snap2)).toEqual(strip(snap1));
    expect(fx.snapshotSheet('ND T6-2024')).toEqual(nd1);
    expect(fx.model.names).toHaveLength(names1);
    // The old sheets were replaced by new ones at the swap (Worksheet.delete: Excel's undo list is cleared).
    expect(fx.undoCleared).toBe(true);
  });

  it('follows its own sheet when the user renamed it, and writes a fresh one under the usual name', async () => {
    const service = host(clone(sample));
    await service.generate('T6', { force: false });
    const own = fx.sheet('BC T6-2024');
    own.name = 'BC T6 gửi Sở';
    fx.model.names = fx.model.names.map((n) => ({
      ...n,
      formula: n.formula.replace("'BC T6-2024'", "'BC T6 gửi Sở'"),
    }));
    const before = fx.snapshotSheet('BC T6 gửi Sở');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024');
    expect(fx.snapshotSheet('BC T6 gửi Sở')).toEqual(before);
    const markers = fx.model.names.map((n) => n.name);
    expect(new Set(markers).size).toBe(markers.length);
  });

  it('shows the same cell values as the .xlsx host', async () => {
    const service = host(clone(sample));
    await service.generate('T6', { force: false });
    const report = computeReport(parseWorkbook(sample), parsePeriodKey('T6', 2024)!);
    const layouts = [
      buildReportLayout(report, 'BC T6-2024'),
      buildNarrativeLayout(buildNarrative(report), 'ND T6-2024', report.info),
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderLayoutsToXlsx(layouts)) as unknown as ArrayBuffer);
    let compared = 0;
    for (const layout of layouts) {
      const xs = wb.getWorksheet(layout.name)!;
      const office = fx.sheet(layout.name);
      for (const c of layout.cells) {
        const xc = xs.getCell(c.row + 1, c.col + 1);
        if (xc.isMerged && xc.master.address !== xc.address) continue; // ExcelJS repeats the master's value
        const xv = xc.value;
        const ov = office.get(c.row, c.col)?.value ?? '';
        expect({ at: `${layout.name}!${c.row},${c.col}`, v: ov }).toEqual({
          at: `${layout.name}!${c.row},${c.col}`,
          v: xv ?? '',
        });
        if (xv !== null && xv !== '') compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('groups the report into one undo step only where ExcelApi 1.20 is present', async () => {
    let service = host(clone(sample), { sets: { ExcelApi: '1.20', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    expect(fx.runs.at(-1)).toMatchObject({ mergeUndoGroup: true, delayForCellEdit: true });
    fx.uninstall();
    service = host(clone(sample), { sets: { ExcelApi: '1.12', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    expect(fx.runs.at(-1)?.mergeUndoGroup).toBeUndefined();
  });

  it('puts validation warnings next to their rows: notes on ExcelApi 1.18, threaded comments before', async () => {
    let service = host(clone(sample), { sets: { ExcelApi: '1.18', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    await service.generate('T6', { force: false });
    const notes = fx.sheet('BC T6-2024').notes;
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes.map((n) => n.address)).size).toBe(notes.length);
    expect(notes.some((n) => /1\.234/.test(n.content))).toBe(true); // the sample's number typed as text
    expect(fx.sheet('BC T6-2024').comments).toEqual([]);
    fx.uninstall();
    service = host(clone(sample), { sets: { ExcelApi: '1.12', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    await service.generate('T6', { force: false });
    expect(fx.sheet('BC T6-2024').comments.map((c) => c.address)).toEqual(notes.map((n) => n.address));
    expect(fx.sheet('BC T6-2024').notes).toEqual([]);
  });

  it('runs on the manifest minimum (ExcelApi 1.9): no API from a later set is called, warnings are left out', async () => {
    const service = host(clone(sample), { sets: { ExcelApi: '1.9', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false });
    await expect(service.generate('T6', { force: false })).resolves.toMatchObject({ reportSheet: 'BC T6-2024' });
    expect(fx.sheet('BC T6-2024').comments).toEqual([]);
    expect(fx.sheet('BC T6-2024').notes).toEqual([]);
    expect(fx.runs.every((r) => r.mergeUndoGroup === undefined)).toBe(true);
  });

  it('writes without undo grouping when Excel refuses to group (UndoNotSupported)', async () => {
    const service = host(clone(sample), { sets: { ExcelApi: '1.20', SharedRuntime: '1.1' } });
    fx.refuseUndoGroup = true;
    await expect(service.generate('T6', { force: false })).resolves.toMatchObject({ reportSheet: 'BC T6-2024' });
    // the read, the grouped write (refused), its clean-up, the write again without grouping
    expect(fx.runs.map((r) => Boolean(r.mergeUndoGroup))).toEqual([false, true, false, false]);
    expect(fx.model.sheets.filter((s) => s.name.startsWith('_BCN_'))).toEqual([]);
    expect(fx.model.sheets.filter((s) => s.name.startsWith('BC ')).map((s) => s.name)).toEqual(['BC T6-2024']);
  });

  it('waits for cell edit mode instead of failing (delayForCellEdit)', async () => {
    const service = host(clone(sample));
    fx.cellEditMode = true;
    await expect(service.generate('T6', { force: false })).resolves.toMatchObject({ reportSheet: 'BC T6-2024' });
  });
});

describe('errors', () => {
  it('blocks on validation errors with the findings and writes nothing', async () => {
    const grid = clone(sample);
    const ind = firstIndicator(grid);
    setCell(grid, ind.sheet, ind.monthCells[6]!, 'khoảng 50');
    const service = host(grid);
    const err = await service.generate('T6', { force: false }).catch((e: unknown) => e);
    expect(isValidationBlocked(err)).toBe(true);
    const findings = (err as { findings: { code: string; cell: string; severity: string }[] }).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'NOT_A_NUMBER', cell: ind.monthCells[6], severity: 'error' }),
    );
    expect((err as Error).message).toMatch(/lỗi/);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(inputNames());
    // the user may go on anyway
    await expect(service.generate('T6', { force: true })).resolves.toMatchObject({ reportSheet: 'BC T6-2024' });
  });

  it('explains a protected report sheet in Vietnamese, and in English for an English Office', async () => {
    let service = host(clone(sample));
    await service.generate('T6', { force: false });
    fx.sheet('BC T6-2024').protected = true;
    await expect(service.generate('T6', { force: false })).rejects.toThrow(/đang được bảo vệ.*Bỏ bảo vệ/);
    fx.uninstall();
    service = host(clone(sample), { lang: 'en-US' });
    await service.generate('T6', { force: false });
    fx.sheet('BC T6-2024').protected = true;
    await expect(service.generate('T6', { force: false })).rejects.toThrow(/protected/);
  });

  it('rejects an unknown period with a clear message', async () => {
    const service = host(clone(sample));
    await expect(service.check('T13')).rejects.toThrow('Kỳ báo cáo không hợp lệ: "T13".');
  });
});

describe('task pane actions', () => {
  it('load() lists the periods with data and remembers the last one generated', async () => {
    const service = host(clone(sample));
    let state = await service.load();
    expect(state.year).toBe(2024);
    expect(state.defaultPeriod).toBe('T6');
    expect(state.periods.find((p) => p.key === 'T6')?.hasData).toBe(true);
    expect(state.periods.find((p) => p.key === 'T7')?.hasData).toBe(false);
    expect(state.sectorCount).toBe(9);
    await service.generate('Q2', { force: false });
    state = await service.load();
    expect(state.defaultPeriod).toBe('Q2');
  });

  it("the pane's first read on its own (load.ts, the preloaded chunk): the service's state, 2 syncs, errors in the display language", async () => {
    const service = host(clone(sample));
    const whole = await service.load();
    fx.syncCount = 0;
    const load = createOfficeLoad({ run: fx.run as unknown as typeof Excel.run, displayLanguage: () => 'en-US' });
    await expect(load()).resolves.toEqual(whole);
    expect(fx.syncCount).toBe(2);
    expect(whole.periods.filter((p) => p.hasData).map((p) => p.key)).toContain('T6');
    // a cell being edited: Excel refuses the batch; the message is the user's, in English here
    fx.failSync = { sync: 1, code: 'InvalidOperationInCellEditMode' };
    await expect(load()).rejects.toThrow('Excel is in cell edit mode. Press Enter or Esc');
  });

  it('selectCell activates the sheet and selects the cell', async () => {
    const service = host(clone(sample));
    const ind = firstIndicator(sample);
    await service.selectCell(ind.sheet, ind.monthCells[6]!);
    expect(fx.model.activeSheet).toBe(ind.sheet);
    expect(fx.model.selection).toEqual({ sheet: ind.sheet, address: ind.monthCells[6] });
  });

  it('saveInfo rewrites "Thông tin" as literal key | value rows and keeps the user\'s other rows', async () => {
    const service = host(clone(sample));
    const info = parseWorkbook(sample).info;
    const sheetBefore = fx.sheet('Thông tin').valuesMatrix();
    fx.sheet('Thông tin').ensure(sheetBefore.length + 1, 0).value = 'Điện thoại';
    fx.sheet('Thông tin').ensure(sheetBefore.length + 1, 1).value = '0299 3822 100';
    await service.saveInfo({
      ...info,
      soKyHieu: '=/BC-SNV',
      nguoiKy: 'Trần Thị Thu Hà',
      noiNhan: ['- Bộ Nội vụ;', '- Lưu: VT.'],
    });
    const s = fx.sheet('Thông tin');
    const rows = s.valuesMatrix();
    expect(rows).toContainEqual(['Số ký hiệu', '=/BC-SNV']);
    expect(rows).toContainEqual(['Người ký', 'Trần Thị Thu Hà']);
    expect(rows).toContainEqual(['Điện thoại', '0299 3822 100']);
    const i = rows.findIndex((r) => r[0] === 'Nơi nhận');
    expect(rows.slice(i, i + 2)).toEqual([
      ['Nơi nhận', '- Bộ Nội vụ;'],
      ['', '- Lưu: VT.'],
    ]);
    expect([...s.cells.values()].filter((c) => c.formula)).toEqual([]);
    const again = parseWorkbook({
      sheets: [{ name: 'Thông tin', rows: rows.map((r) => r.map((v) => (v === '' ? null : { v }))) }],
    }).info;
    expect(again).toMatchObject({
      soKyHieu: '=/BC-SNV',
      nguoiKy: 'Trần Thị Thu Hà',
      noiNhan: ['- Bộ Nội vụ;', '- Lưu: VT.'],
      namBaoCao: 2024,
    });
  });

  it('saveInfo keeps a note the user wrote in column B when column A is empty', async () => {
    const grid = clone(sample);
    grid.sheets = grid.sheets.filter((s) => s.name !== 'Thông tin');
    grid.sheets.push({ name: 'Thông tin', rows: [[], [], [null, { v: 'Ghi chú: số liệu tạm tính' }]] });
    const service = host(grid);
    await service.saveInfo({ ...parseWorkbook(sample).info, phamVi: 'toàn xã' });
    const rows = fx.sheet('Thông tin').valuesMatrix();
    expect(rows).toContainEqual(['Phạm vi', 'toàn xã']);
    expect(rows).toContainEqual(['', 'Ghi chú: số liệu tạm tính']);
  });

  it('saveInfo creates "Thông tin" when the workbook has none', async () => {
    const grid = clone(sample);
    grid.sheets = grid.sheets.filter((s) => s.name !== 'Thông tin');
    const service = host(grid);
    await service.saveInfo({ ...parseWorkbook(sample).info, phamVi: 'toàn xã' });
    expect(fx.sheet('Thông tin').valuesMatrix()).toContainEqual(['Phạm vi', 'toàn xã']);
  });
});

describe('very large workbooks on the web', () => {
  it('reads sheet by sheet when one response would exceed the payload limit', async () => {
    const service = host(clone(sample));
    fx.payloadLimit = 40000; // the whole sample at once is ~150 000 characters, each sheet less
    const state = await service.load();
    expect(state.sectorCount).toBe(9);
    expect(fx.syncCount).toBe(2 + sample.sheets.length); // names, the refused batch, then one per sheet
    fx.syncCount = 0;
    fx.payloadLimit = 0;
    expect((await service.load()).sectorCount).toBe(9);
    expect(fx.syncCount).toBe(2);
  });

  it('explains a sheet too large even for one round trip', async () => {
    const service = host(clone(sample));
    fx.payloadLimit = 100;
    await expect(service.load()).rejects.toThrow(/quá lớn/);
  });
});

describe('protection checked before writing, one run at a time, errors by code', () => {
  it('only ND protected: writes NOTHING (BC not rewritten) and names the ND sheet', async () => {
    const grid = clone(sample);
    const service = host(grid);
    const first = await service.generate('T6', { force: false });
    expect(first.narrativeSheet).toBe('ND T6-2024');
    const bcBefore = fx.snapshotSheet('BC T6-2024');
    const ndBefore = fx.snapshotSheet('ND T6-2024');
    // a figure changes, so a rewrite of BC would show
    const ind = firstIndicator(grid);
    const { row, col } = parseA1(ind.monthCells[5]!);
    const cell = fx.sheet(ind.sheet).ensure(row, col);
    cell.value = Number(cell.value || 0) + 1000;
    fx.sheet('ND T6-2024').protected = true;
    fx.syncCount = 0;
    const err = (await service.generate('T6', { force: false }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      'Không ghi được báo cáo vì trang "ND T6-2024" đang được bảo vệ; chưa ghi gì vào sổ làm việc. Vào thẻ Xem lại (Review) → Bỏ bảo vệ trang tính rồi thử lại.',
    );
    expect(err.message).not.toMatch(/BC T6-2024/);
    expect(fx.syncCount).toBe(2); // the read's two syncs; no write round trip
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(bcBefore);
    expect(fx.snapshotSheet('ND T6-2024')).toEqual(ndBefore);
    // unprotected again → written
    fx.sheet('ND T6-2024').protected = false;
    await expect(service.generate('T6', { force: false })).resolves.toMatchObject({ reportSheet: 'BC T6-2024' });
    expect(fx.snapshotSheet('BC T6-2024')).not.toEqual(bcBefore);
  });

  it('both protected: names both, in English for an English Office; a protected sheet of the user is no obstacle', async () => {
    const service = host(clone(sample), { lang: 'en-US' });
    await service.generate('T6', { force: false });
    fx.sheet('BC T6-2024').protected = true;
    fx.sheet('ND T6-2024').protected = true;
    fx.sheet(sample.sheets[0].name).protected = true; // input sheets are only read
    await expect(service.generate('T6', { force: false })).rejects.toThrow(
      'The report was not written because sheet "BC T6-2024", "ND T6-2024" is protected; nothing was changed.',
    );
    // another period's sheets are new: protection of T6's sheets does not matter
    await expect(service.generate('T5', { force: false })).resolves.toMatchObject({ reportSheet: 'BC T5-2024' });
  });

  it('protection flags of our sheets come with the read (no extra sync), also after the payload fallback', async () => {
    const service = host(clone(sample));
    await service.generate('T6', { force: false });
    fx.sheet('ND T6-2024').protected = true;
    fx.syncCount = 0;
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(fx.syncCount).toBe(2);
    expect(read.sheets.filter((s) => s.generated)).toEqual([
      {
        name: 'BC T6-2024',
        generated: true,
        protected: false,
        id: fx.sheet('BC T6-2024').id,
        visibility: 'Visible',
        position: sample.sheets.length,
      },
      {
        name: 'ND T6-2024',
        generated: true,
        protected: true,
        id: fx.sheet('ND T6-2024').id,
        visibility: 'Visible',
        position: sample.sheets.length + 1,
      },
    ]);
    expect(read.sheets.find((s) => !s.generated)).not.toHaveProperty('protected');
    fx.payloadLimit = 40000; // as in 'reads sheet by sheet' below: the one batched read is refused
    fx.syncCount = 0;
    const again = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(fx.syncCount).toBe(2 + sample.sheets.length); // the flags rode with the first sheet's round trip
    expect(again.sheets.find((s) => s.name === 'ND T6-2024')).toMatchObject({ protected: true });
  });

  it('the pane and the ribbon at once: one report, one chart, no note error; the second is told to wait', async () => {
    const service = host(clone(sample), { sets: { ExcelApi: '1.18', SharedRuntime: '1.1' } });
    await service.generate('T6', { force: false }); // BC exists: both runs would replace it
    const { makeGenerateHandler } = await import('../../src/commands/commands');
    const shown: string[] = [];
    const event = { completed: jest.fn() };
    const ribbon = makeGenerateHandler({
      service: () => service,
      showTaskpane: async () => void shown.push('pane'),
      showFindings: (k) => shown.push(`findings:${k}`),
      showResult: (k) => shown.push(`result:${k}`),
      showError: (m) => shown.push(`error:${m}`),
      lang: () => 'vi',
    });
    const [pane] = await Promise.allSettled([
      service.generate('T6', { force: false }),
      ribbon(event as unknown as Office.AddinCommands.Event),
    ]);
    expect(pane.status).toBe('fulfilled');
    expect(shown).toEqual(['pane', 'error:Đang tạo báo cáo, hãy chờ lần tạo trước xong.']);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fx.model.sheets.map((s) => s.name)).toEqual([...inputNames(), 'BC T6-2024', 'ND T6-2024']);
    expect(fx.sheet('BC T6-2024').charts).toHaveLength(1);
    const addresses = fx.sheet('BC T6-2024').notes.map((n) => n.address);
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses).size).toBe(addresses.length);
    // the lock is released: the ribbon now writes (and in English says so in English)
    await ribbon(event as unknown as Office.AddinCommands.Event);
    expect(shown[2]).toBe('result:T6');
    fx.displayLanguage = 'en-US';
    const both = await Promise.allSettled([
      service.generate('T6', { force: false }),
      service.generate('T6', { force: false }),
    ]);
    expect(both.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((both[1] as PromiseRejectedResult).reason.message).toBe(
      'A report is being generated; wait for it to finish.',
    );
    expect(fx.sheet('BC T6-2024').charts).toHaveLength(1);
  });

  it('a write failing with a Vietnamese GeneralException on a normal-size report says "busy", by code', async () => {
    const service = host(clone(sample));
    fx.failSync = { sync: 3, code: 'GeneralException' }; // the first write round trip
    const err = (await service.generate('T6', { force: false }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^Excel báo lỗi chung/);
    // an in-cell-edit refusal arriving with Excel's Vietnamese text
    fx.failSync = { sync: 1, code: 'InvalidOperationInCellEditMode' };
    await expect(service.generate('T6', { force: false })).rejects.toThrow(/^Excel đang ở chế độ sửa ô/);
    fx.failSync = { sync: 2, code: 'InactiveWorkbook' };
    await expect(service.load()).rejects.toThrow(/quay lại sổ làm việc này/);
  });
});
