/**
 * The reporting chain's three tools in the open workbook, on the fake Excel
 * (test/fakes/excel.ts): "Tạo mẫu nhập liệu", "Chuyển từ sổ theo tháng",
 * "Tổng hợp từ các đơn vị" (src/hosts/office/chain.ts). The fixtures and
 * their hand-worked figures are those of test/chain (fixtures.ts).
 */
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import type { WorkbookGrid } from '../../src/engine/types';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { readWorkbook } from '../../src/hosts/office/read';
import { isChainBlocked, type ChainTools, type PickedFile } from '../../src/pipeline/service';
import { FakeExcel } from '../fakes/excel';
import { monthlyWorkbook, PHU_LOI_INFO, threeReturns } from '../chain/fixtures';

let fx: FakeExcel;
function host(
  grid: WorkbookGrid,
  sets: Record<string, string> = { ExcelApi: '1.18', SharedRuntime: '1.1' },
): ChainTools {
  fx = FakeExcel.fromGrid(grid).install();
  fx.sets = sets;
  const service: OfficeService = createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
  return service.chain!;
}
afterEach(() => fx?.uninstall());

/** The workbook as the add-in would read it now. */
async function readBack(): Promise<WorkbookGrid> {
  const read = await fx.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
  return read.grid;
}

function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

const BLANK: WorkbookGrid = { sheets: [{ name: 'Sheet1', rows: [] }] };

/** Row (1-based) of an indicator code in column A of a fake sheet. */
function rowOfCode(sheet: string, code: string): number {
  const s = fx.sheet(sheet);
  for (let r = 0; r < 200; r++) if (s.get(r, 0)?.value === code) return r + 1;
  throw new Error(`no ${code} on ${sheet}`);
}

const FULL_INFO = { ...PHU_LOI_INFO, sectors: ['VL', 'GN'] };

describe('Tạo mẫu nhập liệu in the open workbook', () => {
  it('adds the template as new sheets in 4 syncs: validation, protection without a password, frozen header, no marker', async () => {
    const chain = host(BLANK);
    const steps: string[] = [];
    const out = await chain.makeTemplate(FULL_INFO, (s) => steps.push(s));
    expect(out.sheets).toEqual(['Hướng dẫn', 'Thông tin', '1. Việc làm', '7. Giảm nghèo']);
    expect(out.kept).toEqual([]);
    expect(steps[steps.length - 1]).toBe('done');
    // the read (2), then the all-or-nothing write's two round trips
    expect(fx.syncCount).toBe(4);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(['Sheet1', ...out.sheets]);
    // input sheets: no program marker (the engine reads them like the staff's own)
    expect(fx.model.names.filter((n) => n.name.startsWith('BCN_GENERATED'))).toEqual([]);

    const vl = fx.sheet('1. Việc làm');
    expect(vl.value('A4')).toBe('Mã');
    expect(vl.value('G4')).toBe('Tháng 1');
    expect(vl.freeze).toEqual({ rows: 4, cols: 4 });
    expect(vl.protected).toBe(true);
    expect(vl.protectionOptions).toEqual({
      options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true },
    }); // no password
    const r = rowOfCode('1. Việc làm', 'VL01');
    // header and indicator columns locked; kind, plan, months, notes unlocked
    expect(vl.lockedAt('A4')).toBe(true);
    expect(vl.lockedAt(`C${r}`)).toBe(true);
    expect(vl.lockedAt(`E${r}`)).toBe(false);
    expect(vl.lockedAt(`G${r}`)).toBe(false);
    expect(vl.lockedAt(`AE${r}`)).toBe(false);
    // figure cells: a number ≥ 0, refused otherwise with the Vietnamese message
    expect(vl.validationAt(`G${r}`)).toMatchObject({
      rule: { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Số liệu không hợp lệ' },
      ignoreBlanks: true,
    });
    expect(vl.validationAt(`E${r}`)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'Cộng dồn,Thời điểm,Tỷ lệ' } },
    });
    expect(vl.validationAt(`F${r}`)).toMatchObject({
      rule: { decimal: { formula1: 0 } },
      prompt: { showPrompt: true, title: 'Kế hoạch năm' },
    });
    // a rate: 0–100
    const gn = rowOfCode('7. Giảm nghèo', 'GN01');
    expect(fx.sheet('7. Giảm nghèo').validationAt(`H${gn}`)).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 100, operator: 'Between' } },
    });
    expect(fx.sheet('Hướng dẫn').showGridlines).toBe(false);
    // the sheet the user had is untouched, and the first added sheet is shown
    expect(fx.sheet('Sheet1').cells.size).toBe(0);
    expect(fx.model.activeSheet).toBe('Hướng dẫn');
  });

  it('the template written in Excel reads back with no findings', async () => {
    const chain = host(BLANK);
    await chain.makeTemplate(FULL_INFO);
    const parsed = parseWorkbook(await readBack());
    expect(parsed.findings).toEqual([]);
    expect(parsed.year).toBe(2025);
    expect(parsed.info.tenCoQuan).toBe('UBND phường Phú Lợi');
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    const codes = parsed.sectors.flatMap((s) =>
      s.indicators.flatMap((i) => [i.code, ...i.children.map((c) => c.code)]),
    );
    expect(codes.slice(0, 2)).toEqual(['VL01', 'VL01.1']);
  });

  it('keeps the "Thông tin" the workbook already has, exactly as it is', async () => {
    const chain = host({
      sheets: [
        {
          name: 'Thông tin',
          rows: [
            [{ v: 'Tên cơ quan' }, { v: 'UBND xã Tân Thạnh' }],
            [{ v: 'Năm báo cáo' }, { v: 2025 }],
          ],
        },
      ],
    });
    const before = fx.snapshotSheet('Thông tin');
    const out = await chain.makeTemplate({ year: 2025, unit: 'Đơn vị khác', sectors: ['VL'] });
    expect(out.kept).toEqual(['Thông tin']);
    expect(out.sheets).toEqual(['Hướng dẫn', '1. Việc làm']);
    expect(fx.snapshotSheet('Thông tin')).toEqual(before);
  });

  it("a sector sheet already in the workbook: nothing written, the sheet named (the read's 2 syncs only)", async () => {
    const chain = host({ sheets: [{ name: '1. Việc làm', rows: [[{ v: 'số liệu của tôi' }]] }] });
    const before = fx.snapshotSheet('1. Việc làm');
    const err = await chain.makeTemplate({ year: 2025, sectors: ['VL', 'GN'] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SHEET_EXISTS' });
    expect((err as Error).message).toContain('"1. Việc làm"');
    expect((err as Error).message).toContain('Chưa ghi gì');
    expect(fx.syncCount).toBe(2);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(['1. Việc làm']);
    expect(fx.snapshotSheet('1. Việc làm')).toEqual(before);
  });

  it.each([3, 4])(
    "all or nothing (the report's writer): a failure at round trip %i leaves the workbook as it was, and a retry works",
    async (sync) => {
      const chain = host(BLANK);
      const before = fx.model.sheets.map((s) => fx.snapshotSheet(s.name));
      const names = JSON.stringify(fx.model.names);
      // round trips: 1–2 the read, 3 = W1 (hidden temporary sheets), 4 = W2 (the swap)
      fx.failSync = { sync, code: 'GeneralException', afterOps: sync === 4 ? 5 : 40 };
      await expect(chain.makeTemplate({ year: 2025, sectors: ['VL', 'GN'] })).rejects.toMatchObject({
        code: 'EXCEL_BUSY',
      });
      expect(fx.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
      expect(fx.model.sheets.map((s) => fx.snapshotSheet(s.name))).toEqual(before);
      expect(JSON.stringify(fx.model.names)).toBe(names);
      const out = await chain.makeTemplate({ year: 2025, sectors: ['VL', 'GN'] });
      expect(out.sheets).toEqual(['Hướng dẫn', 'Thông tin', '1. Việc làm', '7. Giảm nghèo']);
      expect(fx.sheet('1. Việc làm').protected).toBe(true);
    },
  );

  it('Excel\'s error during a tool names the new sheets, never "the report" (vi and en)', async () => {
    const chain = host(BLANK);
    fx.failSync = { sync: 3, code: 'MemoryLimitReached' };
    const vi = (await chain.makeTemplate({ year: 2025, sectors: ['VL'] }).catch((e: unknown) => e)) as Error;
    expect(vi.message).toBe('Excel đã hết bộ nhớ khi ghi các trang mới. Hãy đóng các sổ làm việc khác rồi thử lại.');
    fx.displayLanguage = 'en-US';
    fx.failSync = { sync: 3, code: 'InvalidOperation' };
    const en = (await chain.makeTemplate({ year: 2025, sectors: ['VL'] }).catch((e: unknown) => e)) as Error;
    expect(en.message).toContain('Excel refused an operation while writing the new sheets');
    expect(`${vi.message} ${en.message}`).not.toMatch(/báo cáo|report/i);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('one tool at a time: a second action while one runs is refused by the shared lock', async () => {
    const chain = host(BLANK);
    const first = chain.makeTemplate({ year: 2025, sectors: ['VL'] });
    await expect(chain.makeTemplate({ year: 2025, sectors: ['GN'] })).rejects.toMatchObject({
      code: 'GENERATION_RUNNING',
    });
    await first;
    expect(fx.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Hướng dẫn', 'Thông tin', '1. Việc làm']);
  });

  it('English Office: the clash message is in English', async () => {
    const chain = host({ sheets: [{ name: 'Hướng dẫn', rows: [] }] });
    fx.displayLanguage = 'en-US';
    await expect(chain.makeTemplate({ year: 2025, sectors: ['VL'] })).rejects.toThrow(
      /already has sheet\(s\) "Hướng dẫn".*Nothing was written/,
    );
  });
});

describe('Chuyển từ sổ theo tháng in the open workbook', () => {
  let monthly: WorkbookGrid;
  beforeAll(async () => {
    const bytes = await monthlyWorkbook().xlsx.writeBuffer();
    monthly = await readXlsx(new Uint8Array(bytes as ArrayBuffer), 'so-theo-thang.xlsx');
  });

  it('adds the yearly sheets (4 syncs), leaves T1–T3 as they were, and the quarter is the hand-worked one', async () => {
    const chain = host(JSON.parse(JSON.stringify(monthly)) as WorkbookGrid);
    const before = ['T1', 'T2', 'T3'].map((n) => fx.snapshotSheet(n));
    const out = await chain.convertMonthly({});
    // read (2) + render (2)
    expect(fx.syncCount).toBe(4);
    expect(out.year).toBe(2025);
    expect(out.months).toEqual([1, 2, 3]);
    expect(out.sheets).toEqual(['Thông tin', '1. VIỆC LÀM', '2. GIẢM NGHÈO']);
    expect(['T1', 'T2', 'T3'].map((n) => fx.snapshotSheet(n))).toEqual(before);
    // the five findings of the conversion, with their cells, and the "120" typed as text
    expect(out.findings.map((f) => [f.code, f.sheet])).toEqual(
      expect.arrayContaining([
        ['LUY_KE_MISMATCH', 'T3'],
        ['NOT_IN_MONTH', 'T1'],
        ['NOT_IN_MONTH', 'T3'],
        ['NOT_IN_MONTH', 'T2'],
        ['PLAN_CHANGED', 'T3'],
      ]),
    );
    expect(out.findings.find((f) => f.code === 'LUY_KE_MISMATCH')!.message.vi).toContain('được 325 (chênh 5)');

    // The report reads the whole workbook as it now is: the month sheets, whose every indicator
    // is on the new yearly sheets, are set aside with a warning (no error blocks the report).
    const grid = await readBack();
    const parsed = parseWorkbook(grid);
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. VIỆC LÀM', '2. GIẢM NGHÈO']);
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(parsed.findings.find((f) => f.code === 'MONTH_SHEETS_SET_ASIDE')).toMatchObject({
      severity: 'warning',
      sheet: 'T1',
      cell: 'A1',
    });
    expect(parsed.year).toBe(2025);
    const q1 = computeReport(parsed, parsePeriodKey('Q1', 2025)!);
    const flat = q1.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const by = (name: string) => flat.find((i) => i.name === name)!;
    // 95 + 110 + 120 = 325 of 1200 → 27,08 %; child 3 + 4 + 2 = 9; stock at the end of March 298
    expect(by('Số lao động được tạo việc làm')).toMatchObject({ ytd: 325, plan: 1200, planPct: 27.08 });
    expect(by('Số lao động được tạo việc làm').children.map((c) => c.ytd)).toEqual([9]);
    expect(by('Số hộ nghèo')).toMatchObject({ kind: 'stock', ytd: 298 });
    // 12 + 10 + 15 = 37 of the March plan 160 → 23,13 %
    expect(by('Lượt hộ nghèo được vay vốn')).toMatchObject({ ytd: 37, plan: 160, planPct: 23.13 });
    // new in February: January empty, never 0
    expect(by('Phiên giao dịch việc làm')).toMatchObject({ ytd: 3, incomplete: true, missingMonths: [1] });
  });

  it('a workbook without month sheets: nothing written, the finding says why', async () => {
    const chain = host({ sheets: [{ name: 'Số liệu', rows: [[{ v: 'Chỉ tiêu' }]] }] });
    const err = await chain.convertMonthly({}).catch((e: unknown) => e);
    expect(isChainBlocked(err)).toBe(true);
    expect((err as Error).message).toContain('chưa ghi gì');
    expect((err as { findings: { code: string }[] }).findings.map((f) => f.code)).toContain('NO_MONTH_SHEETS');
    expect(fx.model.sheets.map((s) => s.name)).toEqual(['Số liệu']);
  });
});

describe('Tổng hợp từ các đơn vị into the open workbook', () => {
  let files: PickedFile[];
  beforeAll(async () => {
    files = (await threeReturns()).map((f) => picked(f.name, f.bytes));
  }, 60_000);

  const DEPARTMENT: WorkbookGrid = {
    sheets: [
      {
        name: 'Thông tin',
        rows: [
          [{ v: 'Tên cơ quan' }, { v: 'Sở Nội vụ thành phố Cần Thơ' }],
          [{ v: 'Năm báo cáo' }, { v: 2025 }],
        ],
      },
    ],
  };

  it("adds the sums (by hand) as new sheets in 4 syncs, keeps the department's Thông tin, never writes the returns", async () => {
    const chain = host(JSON.parse(JSON.stringify(DEPARTMENT)) as WorkbookGrid);
    const info = fx.snapshotSheet('Thông tin');
    const bytesBefore = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
    const out = await chain.consolidate(files, { unit: 'Sở Nội vụ thành phố Cần Thơ' });
    // the read (2) + the write (2); the returns are read in the pane, not through Excel
    expect(fx.syncCount).toBe(4);
    expect(out.units).toEqual(['UBND phường An Hòa', 'UBND phường Tân An', 'UBND xã Mỹ Khánh']);
    expect(out.picked).toBe(3);
    expect(out.sheets).toEqual(['1. Việc làm', '7. Giảm nghèo', 'Chi tiết đơn vị']);
    expect(out.kept).toEqual(['Thông tin']);
    expect(fx.snapshotSheet('Thông tin')).toEqual(info);
    expect(await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())))).toEqual(bytesBefore);
    // Mỹ Khánh has not sent March's job figures: one warning naming its file, sheet and cells
    const empty = out.findings.filter((f) => f.code === 'UNIT_MONTH_EMPTY');
    expect(empty.map((f) => [f.file, f.sheet, f.cell])).toEqual([['my-khanh.xlsx', '1. Việc làm', 'I6']]);

    const parsed = parseWorkbook(await readBack());
    // "Chi tiết đơn vị" is the program's own (marked): never read as a sector
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    const flat = parsed.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const m = (code: string) => flat.find((i) => i.code === code)!.months.slice(1, 4);
    // VL01: 120+80+60 = 260; 95+70+55 = 220; March incomplete (Mỹ Khánh) → empty, never the partial 200
    expect(m('VL01')).toEqual([260, 220, undefined]);
    expect(m('VL01.1')).toEqual([3, 2, undefined]);
    expect(m('VL02')).toEqual([85, 70, undefined]);
    expect(m('GN02')).toEqual([660, 649, 635]);
    expect(m('GN08')).toEqual([19000, 19000, 19000]);
    // tỷ lệ hộ nghèo = 660/19000 … (not the average of the units' rates)
    const gn01 = m('GN01');
    expect(gn01[0]).toBeCloseTo(3.4737, 4);
    expect(gn01[2]).toBeCloseTo(3.3421, 4);
    // plans 1400 + 1000 + 800
    expect(flat.find((i) => i.code === 'VL01')!.plan).toBe(3200);
    // the partial sum and the missing unit in the March cell's note (ExcelApi 1.18 notes)
    const vl01Row = rowOfCode('1. Việc làm', 'VL01');
    const note = fx.sheet('1. Việc làm').notes.find((n) => n.address === `I${vl01Row}`);
    expect(note?.content).toContain('Tạm cộng các đơn vị đã gửi: 200');
    expect(note?.content).toContain('UBND xã Mỹ Khánh');
    // the per-unit sheet: the program's marker, each unit's VL01 and the partial "Cộng"
    expect(fx.model.names.filter((n) => n.name.startsWith('BCN_GENERATED'))).toHaveLength(1);
    const detail = fx.sheet('Chi tiết đơn vị').valuesMatrix();
    expect(detail.filter((r) => r[1] === 'VL01').map((r) => r.slice(4, 8))).toEqual([
      ['UBND phường An Hòa', 120, 95, 110],
      ['UBND phường Tân An', 80, 70, 90],
      ['UBND xã Mỹ Khánh', 60, 55, ''],
      ['Cộng', 260, 220, 200],
    ]);
  });

  it('consolidating again into the same workbook overwrites nothing: refused, the sheets named', async () => {
    const chain = host(JSON.parse(JSON.stringify(DEPARTMENT)) as WorkbookGrid);
    await chain.consolidate(files, {});
    const names = fx.model.sheets.map((s) => s.name);
    const snaps = names.map((n) => fx.snapshotSheet(n));
    fx.syncCount = 0;
    const err = await chain.consolidate(files, {}).catch((e: unknown) => e);
    expect(isChainBlocked(err)).toBe(true);
    expect((err as Error).message).toContain('"1. Việc làm", "7. Giảm nghèo", "Chi tiết đơn vị"');
    expect(fx.syncCount).toBe(2);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(names);
    expect(names.map((n) => fx.snapshotSheet(n))).toEqual(snaps);
  });

  it('a picked file that is not an .xlsx is named and left out; the others are still added', async () => {
    const chain = host(JSON.parse(JSON.stringify(DEPARTMENT)) as WorkbookGrid);
    const bad = picked('anh-chup.xlsx', new TextEncoder().encode('không phải tệp Excel'));
    const out = await chain.consolidate([files[0], bad, files[1]], {});
    expect(out.units).toEqual(['UBND phường An Hòa', 'UBND phường Tân An']);
    const err = out.findings.find((f) => f.code === 'UNREADABLE_RETURN')!;
    expect(err).toMatchObject({ severity: 'error', file: 'anh-chup.xlsx' });
    expect(err.message.vi).toContain('Tệp "anh-chup.xlsx"');
  });
});
