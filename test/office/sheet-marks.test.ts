/**
 * Issue 12, point 8: "a deleted marker name makes a second (2) report". The
 * program's sheets carry a second, independent mark (src/hosts/office/
 * sheetMarks.ts: a custom XML part listing them by Worksheet.id and name,
 * invisible in Excel's interface), so tidying the Name Manager no longer makes
 * "BC T6-2024 (2)"; and a sheet the user made is never taken for ours.
 */
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import type { WorkbookGrid } from '../../src/engine/types';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { readWorkbook } from '../../src/hosts/office/read';
import { writeSheetsAllOrNothing, type RunWithOptions } from '../../src/hosts/office/write';
import type { SheetLayout } from '../../src/engine/layout/types';
import { markedAsOurs, parseSheetMarks, sheetMarksXml } from '../../src/hosts/office/sheetMarks';
import { generatedMarkerName } from '../../src/engine/layout/marker';
import { FakeExcel, FakeSheet } from '../fakes/excel';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxFile(SAMPLE_PATH);
});

let fx: FakeExcel;
function host(lang = 'vi-VN'): OfficeService {
  fx = FakeExcel.fromGrid(JSON.parse(JSON.stringify(sample)) as WorkbookGrid).install();
  fx.displayLanguage = lang;
  return createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
}
afterEach(() => fx?.uninstall());

/** The user deletes every BCN_GENERATED_… name in the Name Manager. */
function deleteMarkerNames(): void {
  fx.model.names = fx.model.names.filter((n) => !n.name.startsWith('BCN_GENERATED_'));
}

const reportSheets = () => fx.model.sheets.map((s) => s.name).filter((n) => /^(BC|ND) /.test(n));

describe('the second mark of the program’s sheets', () => {
  it('marker names deleted in the Name Manager: the report of the same period is replaced, not "(2)"', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    const oldId = fx.sheet('BC T6-2024').id;
    deleteMarkerNames();
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024');
    expect(result.narrativeSheet).toBe('ND T6-2024');
    expect(reportSheets()).toEqual(['BC T6-2024', 'ND T6-2024']);
    expect(fx.sheet('BC T6-2024').id).not.toBe(oldId); // a new sheet took its place
    // marked again both ways
    expect(fx.model.names.map((n) => n.formula).sort()).toEqual(["='BC T6-2024'!$A$1", "='ND T6-2024'!$A$1"]);
    const marks = parseSheetMarks(fx.model.customXml[0].xml);
    expect(marks).toEqual([
      { id: fx.sheet('BC T6-2024').id, name: 'BC T6-2024' },
      { id: fx.sheet('ND T6-2024').id, name: 'ND T6-2024' },
    ]);
  });

  it('the mark adds nothing the user sees: no sheet, no name, one custom XML part', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    await service.generate('T5', { force: false });
    await service.generate('T6', { force: false });
    expect(fx.model.customXml).toHaveLength(1);
    expect(parseSheetMarks(fx.model.customXml[0].xml).map((m) => m.name)).toEqual([
      'BC T5-2024',
      'ND T5-2024',
      'BC T6-2024',
      'ND T6-2024',
    ]);
    expect(fx.model.names.every((n) => n.name.startsWith('BCN_GENERATED_'))).toBe(true);
  });

  it('read: a sheet known only by its mark is the program’s (no rows read), with its protection flag', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    deleteMarkerNames();
    fx.sheet('ND T6-2024').protected = true;
    fx.syncCount = 0;
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    expect(read.sheets.filter((s) => s.generated).map((s) => [s.name, s.protected])).toEqual([
      ['BC T6-2024', false],
      ['ND T6-2024', true],
    ]);
    expect(read.grid.sheets.find((s) => s.name === 'BC T6-2024')).toMatchObject({ generated: true, rows: [] });
    expect(fx.syncCount).toBe(2);
    // and the protected one stops the report before anything is written, named
    await expect(service.generate('T6', { force: false })).rejects.toThrow(
      'Không ghi được báo cáo vì trang "ND T6-2024" đang được bảo vệ; chưa ghi gì vào sổ làm việc.',
    );
  });

  it('a user\'s own "BC T6-2024" is never ours, even with marks in the workbook', async () => {
    const service = host();
    await service.generate('T5', { force: false }); // marks exist (for T5's sheets)
    const mine = fx.model.addSheet('BC T6-2024');
    mine.ensure(0, 0).value = 'Bảng tự lập của chị Lan';
    const before = fx.snapshotSheet('BC T6-2024');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024 (2)');
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(before);
  });

  it('a copy of our report (a new id) renamed "BC T6-2024" after ours was deleted is the user’s', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    const ours = fx.sheet('BC T6-2024');
    // Excel's Move or Copy: same content, a new sheet (new id); then the user deletes ours and renames the copy
    const copy = new FakeSheet('BC T6-2024 (2)');
    for (const [k, c] of ours.cells) copy.cells.set(k, JSON.parse(JSON.stringify(c)));
    fx.model.sheets.push(copy);
    fx.model.sheets = fx.model.sheets.filter((s) => s !== ours);
    fx.model.retargetNames('BC T6-2024', '#REF!');
    deleteMarkerNames();
    copy.name = 'BC T6-2024';
    copy.ensure(0, 0).value = 'Bản đã sửa tay để gửi Sở';
    const before = fx.snapshotSheet('BC T6-2024');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024 (2)');
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(before);
  });

  it('an id Excel gives again to a new sheet of the same name after ours was deleted does not make it ours', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    const ours = fx.sheet('BC T6-2024');
    // the user deletes our sheet (its marker turns #REF!) and, after reopening, makes a sheet that got the same id
    fx.model.sheets = fx.model.sheets.filter((s) => s !== ours);
    fx.model.retargetNames('BC T6-2024', '#REF!');
    const mine = fx.model.addSheet('BC T6-2024');
    Object.defineProperty(mine, 'id', { value: ours.id });
    mine.ensure(0, 0).value = 'Số liệu riêng của phòng';
    const before = fx.snapshotSheet('BC T6-2024');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024 (2)');
    expect(fx.snapshotSheet('BC T6-2024')).toEqual(before);
  });

  it('renamed AND its marker deleted: not recognised (the safe side), left alone; a fresh report is written', async () => {
    const service = host();
    await service.generate('T6', { force: false });
    fx.sheet('BC T6-2024').name = 'BC T6 gửi Sở';
    deleteMarkerNames();
    const before = fx.snapshotSheet('BC T6 gửi Sở');
    const result = await service.generate('T6', { force: false });
    expect(result.reportSheet).toBe('BC T6-2024');
    expect(fx.snapshotSheet('BC T6 gửi Sở')).toEqual(before);
  });
});

describe('input sheets written by the program (layout.generated === false)', () => {
  it('get no sheet mark (custom XML): only the program’s own output is listed', async () => {
    host();
    const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
    const layout = (name: string, generated?: boolean): SheetLayout => ({
      name,
      styles: {},
      cells: [{ row: 0, col: 0, value: 'Chỉ tiêu' }],
      merges: [],
      columnWidths: [20],
      conditional: [],
      print: {
        orientation: 'portrait',
        paper: 'A4',
        fitToWidth: 1,
        margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
      },
      ...(generated === undefined ? {} : { generated }),
    });
    await writeSheetsAllOrNothing(fx.run as unknown as RunWithOptions, read, [
      { layout: layout('Mẫu nhập T7', false), replaces: false },
      { layout: layout('BC mẫu'), replaces: false },
    ]);
    // (the marker NAME of an input sheet is the chain writer's business: s7-10a's queueProtection path)
    expect(parseSheetMarks(fx.model.customXml[0].xml).map((m) => m.name)).toEqual(['BC mẫu']);
  });
});

describe('sheetMarks.ts', () => {
  it('writes and reads back names with XML special characters', () => {
    const marks = [{ id: '{A&B}', name: 'BC "T6" <2024> & \'x\'' }];
    expect(parseSheetMarks(sheetMarksXml(marks))).toEqual(marks);
    expect(sheetMarksXml(marks)).toMatch(/^<sheets xmlns="urn:bao-cao-nganh:sheets:1">/);
  });

  it('recognises a sheet only by id AND name, never after a stale marker for that name', () => {
    const marks = [{ id: '{1}', name: 'BC T6-2024' }];
    expect(markedAsOurs({ id: '{1}', name: 'bc t6-2024' }, marks, [])).toBe(true);
    expect(markedAsOurs({ id: '{2}', name: 'BC T6-2024' }, marks, [])).toBe(false);
    expect(markedAsOurs({ id: '{1}', name: 'BC T6 gửi Sở' }, marks, [])).toBe(false);
    expect(markedAsOurs({ name: 'BC T6-2024' }, marks, [])).toBe(false);
    expect(markedAsOurs({ id: '{1}', name: 'BC T6-2024' }, marks, [generatedMarkerName('BC T6-2024')])).toBe(false);
    expect(markedAsOurs({ id: '{1}', name: 'BC T6-2024' }, marks, [generatedMarkerName('BC T6-2024#2')])).toBe(false);
  });
});
