/** The ribbon command "Tạo báo cáo": every path ends with event.completed(). */
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { parseWorkbook } from '../../src/engine';
import type { WorkbookGrid } from '../../src/engine/types';
import { createOfficeService, type OfficeService } from '../../src/hosts/office/service';
import { FakeExcel, parseA1 } from '../fakes/excel';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxFile(SAMPLE_PATH);
});

let fx: FakeExcel;
afterEach(() => fx?.uninstall());

function setup(grid: WorkbookGrid): { service: OfficeService; calls: string[]; event: { completed: jest.Mock } } {
  fx = FakeExcel.fromGrid(grid).install();
  const service = createOfficeService({
    run: fx.run as unknown as typeof Excel.run,
    isSetSupported: (n, v) => fx.isSetSupported(n, v),
    displayLanguage: () => fx.displayLanguage,
  });
  return { service, calls: [], event: { completed: jest.fn() } };
}

async function loadCommands(): Promise<typeof import('../../src/commands/commands')> {
  let mod: typeof import('../../src/commands/commands') | undefined;
  jest.isolateModules(() => {
    mod = require('../../src/commands/commands') as typeof import('../../src/commands/commands');
  });
  return mod!;
}

function handler(
  mod: typeof import('../../src/commands/commands'),
  service: OfficeService | (() => OfficeService),
  calls: string[],
  opts: { paneFails?: boolean } = {},
) {
  return mod.makeGenerateHandler({
    service: typeof service === 'function' ? service : () => service,
    showTaskpane: async () => {
      calls.push('pane');
      if (opts.paneFails) throw new Error('host refused');
    },
    showFindings: (k) => calls.push(`findings:${k}`),
    showResult: (k, r) => calls.push(`result:${k}:${r.reportSheet}`),
    showError: (m) => calls.push(`error:${m}`),
    lang: () => (fx.displayLanguage.startsWith('en') ? 'en' : 'vi'),
  });
}

describe('ribbon command', () => {
  it('associates the handler at load, before Office.onReady resolves (first click is not lost)', async () => {
    fx = FakeExcel.fromGrid(sample).deferReady().install();
    let readyResolved = false;
    void Office.onReady().then(() => (readyResolved = true));
    const mod = await loadCommands();
    await Promise.resolve();
    expect(readyResolved).toBe(false);
    expect(fx.associated.get('generateReport')).toBe(mod.generateReport);
    fx.becomeReady();
    await Promise.resolve();
    expect(readyResolved).toBe(true);
  });

  it('registers the handler under the manifest FunctionName when Office is ready', async () => {
    setup(sample);
    const mod = await loadCommands();
    expect(mod.GENERATE_ACTION_ID).toBe('generateReport');
    expect(fx.associated.get('generateReport')).toBe(mod.generateReport);
  });

  it('writes the latest month with data, activates the report and completes', async () => {
    const { service, calls, event } = setup(JSON.parse(JSON.stringify(sample)) as WorkbookGrid);
    const mod = await loadCommands();
    await handler(mod, service, calls)(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    // The pane is not forced open; it is handed the result to show when opened.
    expect(calls).toEqual(['result:T6:BC T6-2024']);
    expect(fx.model.activeSheet).toBe('BC T6-2024');
    expect(fx.syncCount).toBe(4);
  });

  it('uses the period last chosen in this workbook', async () => {
    const { service, calls, event } = setup(JSON.parse(JSON.stringify(sample)) as WorkbookGrid);
    await service.generate('Q1', { force: false });
    const mod = await loadCommands();
    await handler(mod, service, calls)(event as unknown as Office.AddinCommands.Event);
    expect(fx.model.activeSheet).toBe('BC Q1-2024');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('on validation errors opens the pane on the findings, writes nothing and completes', async () => {
    const grid = JSON.parse(JSON.stringify(sample)) as WorkbookGrid;
    const ind = parseWorkbook(grid).sectors[0].indicators[0];
    const { row, col } = parseA1(ind.monthCells[6]!);
    grid.sheets.find((s) => s.name === ind.sheet)!.rows[row][col] = { v: 'n/a' };
    const { service, calls, event } = setup(grid);
    const mod = await loadCommands();
    await handler(mod, service, calls)(event as unknown as Office.AddinCommands.Event);
    expect(calls).toEqual(['pane', 'findings:T6']);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('on an Excel error shows the message in the pane (Vietnamese) and completes', async () => {
    const { service, calls, event } = setup(JSON.parse(JSON.stringify(sample)) as WorkbookGrid);
    await service.generate('T6', { force: false });
    fx.sheet('BC T6-2024').protected = true;
    const mod = await loadCommands();
    await handler(mod, service, calls)(event as unknown as Office.AddinCommands.Event);
    expect(calls[0]).toBe('pane');
    expect(calls[1]).toMatch(/^error:Không ghi được báo cáo vì trang "BC T6-2024" đang được bảo vệ/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when the service cannot be created and the pane cannot open', async () => {
    const { calls, event } = setup(sample);
    const mod = await loadCommands();
    const broken = () => {
      throw new TypeError('Excel is not defined');
    };
    await handler(mod, broken, calls, { paneFails: true })(event as unknown as Office.AddinCommands.Event);
    expect(calls).toEqual(['pane']);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('on an empty workbook says there is no data (English Office → English)', async () => {
    const { service, calls, event } = setup({ sheets: [{ name: 'Sheet1', rows: [] }] });
    fx.displayLanguage = 'en-GB';
    const mod = await loadCommands();
    await handler(mod, service, calls)(event as unknown as Office.AddinCommands.Event);
    expect(calls[1]).toMatch(/^error:No month has figures/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
