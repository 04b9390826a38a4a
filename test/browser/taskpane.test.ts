/**
 * The task pane in a real browser (Debian's Chromium via playwright-core),
 * driven like a clerk would: pick a period, check, click a finding, create the
 * report, copy, download. The pane runs against FakeService (fakeService.ts);
 * what the pane asked Excel to do is read back from window.__bcn.calls.
 * Screenshots (350×800, a task pane's size) go to out/browser/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FileChooser, type Page } from 'playwright-core';
import { buildHarness, PACKAGE_VERSION } from './harnessBuild';
import { threeReturns } from '../chain/fixtures';
import { serveDir, type Served } from './server';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import type { Finding, WorkbookGrid } from '../../src/engine/types';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../out/browser');
const SAMPLE = path.resolve(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');

/** The sample workbook with one figure of "1. Việc làm" replaced by "khoảng 50" (an error). */
let sampleGrid: WorkbookGrid;
/** What the engine itself finds for T6 in that grid (the pane must show the same). */
let expectedErrors: Finding[];

async function prepareSample(dir: string): Promise<void> {
  sampleGrid = await readXlsxFile(SAMPLE);
  const sheet = sampleGrid.sheets.find((sh) => sh.name.startsWith('1.'));
  if (!sheet) throw new Error('sample has no sheet "1. …"');
  const parsed = parseWorkbook(sampleGrid);
  const ind = parsed.sectors.find((x) => x.sheet === sheet.name)?.indicators[0];
  const cell = ind?.monthCells[3]; // March of the first indicator
  if (!ind || !cell) throw new Error('sample: first indicator of "1. …" has no March cell');
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  sheet.rows[Number(m[2]) - 1][col] = { v: 'khoảng 50' };
  const period = parsePeriodKey('T6', 2024)!;
  const report = computeReport(parseWorkbook(sampleGrid), period);
  expectedErrors = report.issues.filter((f) => f.severity === 'error');
  fs.writeFileSync(path.join(dir, 'grid.json'), JSON.stringify(sampleGrid));
}

let outDir: string;
let served: Served;
let browser: Browser;

jest.setTimeout(60_000);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install chromium). ` +
        'They are not skipped on purpose — without a browser the task pane is untested.',
    );
  }
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-harness-'));
  await buildHarness(outDir); // (cleans outDir first)
  await prepareSample(outDir);
  served = await serveDir(outDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

interface Call {
  method: string;
  args: unknown[];
}

const contexts: BrowserContext[] = [];
afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
});

async function openPane(
  query = '',
  opts: { permissions?: string[]; locale?: string; page?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 800 },
    locale: opts.locale ?? 'vi-VN',
    acceptDownloads: true,
    permissions: opts.permissions,
  });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as unknown as { __errors: string[] }).__errors = errors;
  await page.goto(`${served.url}${opts.page ?? ''}?${query}`);
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}

async function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() =>
    JSON.parse(JSON.stringify((window as unknown as { __bcn: { calls: Call[] } }).__bcn.calls)),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function waitReady(page: Page): Promise<void> {
  try {
    await page.getByRole('button', { name: /Kiểm tra dữ liệu|Check data/ }).waitFor({ timeout: 10_000 });
  } catch {
    const body = await page.evaluate(() => document.body.innerText);
    throw new Error(
      `The pane did not become ready. Page text: ${JSON.stringify(body)}; page errors: ${JSON.stringify(pageErrors(page))}`,
    );
  }
}

/** Opens a tab of the pane ("Kiểm tra", "Nội dung", "Thông tin đơn vị") like a clerk: a click. */
async function openTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Chooses a period in the picker (a native <select>: what a click and a pick in its list do). */
async function choosePeriod(page: Page, optionName: string): Promise<void> {
  await page.getByRole('combobox', { name: /Kỳ báo cáo|Reporting period/ }).selectOption({ label: optionName });
}

/** The text of the period the picker shows as chosen. */
function chosenPeriod(page: Page): Promise<string | undefined> {
  return page.getByRole('combobox').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
}

/** The picker's options, in order, as "group › option". */
function periodOptions(page: Page): Promise<string[]> {
  return page
    .getByRole('combobox')
    .evaluate((el) =>
      [...(el as HTMLSelectElement).options]
        .filter((o) => !o.hidden)
        .map((o) => `${(o.parentElement as HTMLOptGroupElement).label} › ${o.text}`),
    );
}

describe('task pane in Chromium', () => {
  test('period picker: defaults to the remembered period, marks months without data', async () => {
    const page = await openPane();
    await waitReady(page);
    await expect(chosenPeriod(page)).resolves.toContain('Tháng 6 năm 2024');
    // Named like the add-in (the ribbon's "Bảng điều khiển" opens "Báo cáo ngành").
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Báo cáo ngành');
    // Before any check the Kiểm tra tab says what to do, not an empty space.
    await expect(page.getByTestId('check-empty').textContent()).resolves.toContain('Kiểm tra dữ liệu');
    await expect(page.getByTestId('workbook-summary').textContent()).resolves.toBe(
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI · Năm\u00a02024 · 9\u00a0lĩnh\u00a0vực',
    );
    const options = await periodOptions(page);
    expect(options).toContain('Tháng › Tháng 8 năm 2024 (chưa có số liệu)');
    expect(options).toContain('Tháng › Tháng 5 năm 2024');
    expect(options.filter((o) => /Quý II năm 2024$/.test(o))).toHaveLength(1);
    expect(options[0]).toBe('Tháng › Tháng 1 năm 2024');
    await shot(page, '01-period-picker');
    await choosePeriod(page, 'Tháng 8 năm 2024 (chưa có số liệu)');
    await expect(
      page.getByText('Tháng 8 năm 2024 chưa có số liệu: báo cáo sẽ thiếu số', { exact: false }).count(),
    ).resolves.toBe(1);
    await shot(page, '01b-period-without-data');
    // Refresh re-reads the workbook (new figures typed since the pane opened) and keeps the choice.
    await page.getByRole('button', { name: 'Đọc lại sổ (cập nhật danh sách kỳ có số liệu)' }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __bcn: { calls: { method: string }[] } }).__bcn.calls.filter((c) => c.method === 'load')
          .length === 2,
    );
    await expect(chosenPeriod(page)).resolves.toContain('Tháng 8 năm 2024');
    expect(pageErrors(page)).toEqual([]);
  });

  test('check: findings grouped by sheet with counts; clicking one selects its cell', async () => {
    const page = await openPane();
    await waitReady(page);
    await choosePeriod(page, 'Tháng 5 năm 2024');
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const groups = page.getByTestId('finding-group');
    await groups.first().waitFor();
    await expect(groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))).resolves.toEqual([
      '1. Việc làm',
      '2. Giáo dục nghề nghiệp',
      '4. Bảo trợ xã hội',
      'Thông tin',
    ]);
    const viecLam = groups.filter({ has: page.getByText('1. Việc làm', { exact: true }) });
    await expect(viecLam.getByText('1 lỗi', { exact: true }).count()).resolves.toBe(1);
    await expect(viecLam.getByText('1 cảnh báo', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId('findings').getByText('2 lỗi, 4 cảnh báo', { exact: false }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByTestId('live').textContent()).resolves.toContain('2 lỗi, 4 cảnh báo');
    // Checking again with nothing fixed announces the result again (a new node in the live region).
    const liveNode = await page.getByTestId('live').evaluateHandle((el) => el.firstElementChild);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.waitForFunction((old) => {
      const now = document.querySelector('[data-testid="live"]')?.firstElementChild;
      return now != null && now !== old;
    }, liveNode);
    await expect(page.getByTestId('live').textContent()).resolves.toContain('2 lỗi, 4 cảnh báo');
    // The tab carries the counts (a badge; its accessible name says what they are).
    await expect(
      page.getByRole('tab', { name: 'Kiểm tra (2 lỗi, 4 cảnh báo)' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // Cell address and message are separate columns; the code is in the tooltip.
    const c7 = page.getByRole('button', { name: /C7 — Tư vấn việc làm, tháng 2/ });
    await expect(c7.getAttribute('title')).resolves.toMatch(/^Chuyển tới ô C7 trang 1\. Việc làm \(mã [A-Z_]+\)$/);
    await shot(page, '02-findings');

    await c7.click();
    const c = await calls(page);
    expect(c.filter((x) => x.method === 'check')).toEqual([
      { method: 'check', args: ['T5'] },
      { method: 'check', args: ['T5'] },
    ]);
    expect(c.filter((x) => x.method === 'selectCell')).toEqual([{ method: 'selectCell', args: ['1. Việc làm', 'C7'] }]);
    // The narrative for the chosen period is previewed in the Nội dung tab.
    await openTab(page, 'Nội dung');
    await page.getByTestId('preview').waitFor();
    await expect(page.getByTestId('preview').textContent()).resolves.toContain(
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 5 NĂM 2024',
    );
    await expect(page.getByTestId('findings').isVisible()).resolves.toBe(false);
    await shot(page, '02c-text-tab');
    expect(pageErrors(page)).toEqual([]);
  });

  test('long lists: 8 findings per sheet until "Xem thêm", and an errors-only switch', async () => {
    const page = await openPane('many=1');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const tnxh = page.locator('[data-testid="finding-group"][data-sheet="8. Phòng chống TNXH"]');
    await tnxh.waitFor();
    await expect(tnxh.getByTestId('finding').count()).resolves.toBe(8);
    await shot(page, '02b-long-list');
    await tnxh.getByRole('button', { name: 'Xem thêm 12 mục' }).click();
    await expect(tnxh.getByTestId('finding').count()).resolves.toBe(20);
    await page.getByRole('switch', { name: 'Chỉ hiện lỗi (2)' }).click();
    await expect(page.getByTestId('finding').count()).resolves.toBe(2);
    await expect(
      page.getByTestId('finding-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet'))),
    ).resolves.toEqual(['1. Việc làm', '4. Bảo trợ xã hội']);
    await page.getByRole('switch', { name: 'Chỉ hiện lỗi (2)' }).click();
    // Back to everything; the sheet opened with "Xem thêm" stays open.
    await expect(page.getByTestId('finding').count()).resolves.toBe(2 + 4 + 20);
  });

  test('generate with errors: the dialog asks, "Vẫn tạo báo cáo" forces, progress then summary', async () => {
    const page = await openPane('stepDelay=400');
    await waitReady(page);
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Số liệu còn 2 lỗi');
    // The findings that blocked it are already listed behind the dialog.
    await expect(page.getByTestId('finding').count()).resolves.toBe(6);
    await shot(page, '03-confirm-dialog');
    await dialog.getByRole('button', { name: 'Vẫn tạo báo cáo' }).click();
    const progress = page.getByTestId('progress');
    await progress.waitFor();
    await expect(progress.textContent()).resolves.toMatch(/Đang (đọc|kiểm tra|tính|ghi)/);
    await page.getByRole('progressbar', { name: 'Đang tạo báo cáo…' }).waitFor();
    await shot(page, '04-progress');
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      'Đã ghi trang “BC T6-2024” (bảng số liệu) và trang “ND T6-2024” (nội dung).',
    );
    await expect(page.getByTestId('count-ahead').textContent()).resolves.toBe('12');
    await expect(page.getByTestId('count-on-schedule').textContent()).resolves.toBe('9');
    await expect(page.getByTestId('count-behind').textContent()).resolves.toBe('6');
    await expect(page.getByTestId('count-completed').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('count-incomplete').textContent()).resolves.toBe('2');
    await expect(progress.count()).resolves.toBe(0);
    await expect(page.getByTestId('forced-note').textContent()).resolves.toContain('số liệu còn 2 lỗi');
    await shot(page, '05-summary');
    const gens = (await calls(page)).filter((x) => x.method === 'generate');
    expect(gens).toEqual([
      { method: 'generate', args: ['T6', { force: false }] },
      { method: 'generate', args: ['T6', { force: true }] },
    ]);
    await summary.getByRole('button', { name: 'Mở trang báo cáo' }).click();
    expect((await calls(page)).at(-1)).toEqual({ method: 'selectCell', args: ['BC T6-2024', 'A1'] });
  });

  test('blocked with a plain Error: the dialog still appears when the last check found errors, else the message', async () => {
    const page = await openPane('plainBlock=1&stepDelay=10');
    await waitReady(page);
    // No check yet: nothing tells the pane these are validation errors → the service's message.
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('Số liệu còn 2 lỗi; chưa tạo báo cáo.');
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Vẫn tạo báo cáo' }).click();
    await page.getByTestId('summary').waitFor();
    expect((await calls(page)).filter((x) => x.method === 'generate').map((x) => x.args[1])).toEqual([
      { force: false },
      { force: false },
      { force: true },
    ]);
  });

  test('a period whose last month has no data: the pane asks first ("Chưa có số liệu tháng 12/2024 … Vẫn tạo?")', async () => {
    const page = await openPane('stepDelay=10');
    await waitReady(page);
    await choosePeriod(page, 'Năm 2024 (chưa có số liệu)');
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Chưa có số liệu tháng 12/2024');
    await expect(dialog.textContent()).resolves.toContain(
      'Kỳ năm 2024 kết thúc ở tháng 12/2024, nhưng sổ chưa có số liệu tháng này; số liệu mới có đến hết tháng 6/2024. ' +
        'Báo cáo sẽ tính trên các tháng đã có và đánh dấu các số liệu chưa đầy đủ. Vẫn tạo?',
    );
    await shot(page, '03c-no-data-dialog');
    // "Chọn kỳ khác": nothing generated, the picker is there to choose again
    await dialog.getByRole('button', { name: 'Chọn kỳ khác' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await calls(page)).filter((x) => x.method === 'generate')).toEqual([]);
    // keyboard: Enter on the focused primary button goes on
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Vẫn tạo báo cáo' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { __bcn: { calls: { method: string }[] } }).__bcn.calls.some(
        (c) => c.method === 'generate',
      ),
    );
    expect((await calls(page)).filter((x) => x.method === 'generate')).toEqual([
      { method: 'generate', args: ['Y', { force: false }] },
    ]);
    // a month with data is generated without the question
    expect(pageErrors(page)).toEqual([]);
  });

  test('a month with data is generated without the no-data question', async () => {
    const page = await openPane('stepDelay=10');
    await waitReady(page);
    await choosePeriod(page, 'Tháng 5 năm 2024');
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { __bcn: { calls: { method: string }[] } }).__bcn.calls.some(
        (c) => c.method === 'generate',
      ),
    );
    await expect(page.getByText('Chưa có số liệu tháng', { exact: false }).count()).resolves.toBe(0);
  });

  test('generate with errors: "Quay lại sửa" writes nothing', async () => {
    const page = await openPane('stepDelay=10');
    await waitReady(page);
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Quay lại sửa' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await calls(page)).filter((x) => x.method === 'generate')).toEqual([
      { method: 'generate', args: ['T6', { force: false }] },
    ]);
    await expect(page.getByTestId('summary').count()).resolves.toBe(0);
  });

  test('keyboard only: Tab to the buttons and press Enter', async () => {
    const page = await openPane('errors=0&stepDelay=10');
    await waitReady(page);
    const tabTo = async (name: string): Promise<void> => {
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const active = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
        );
        if (active === name) return;
      }
      throw new Error(`Tab never reached the “${name}” button`);
    };
    await tabTo('Kiểm tra dữ liệu');
    await page.keyboard.press('Enter');
    await page.getByTestId('findings').waitFor();
    expect((await calls(page)).filter((x) => x.method === 'check')).toEqual([{ method: 'check', args: ['T6'] }]);
    // A finding is reachable by keyboard too.
    await tabTo('Cảnh báo H5 — Tạo việc làm, tháng 6: 3,932 người có phần lẻ; có lẽ là 3.932.');
    await page.keyboard.press('Enter');
    expect((await calls(page)).at(-1)).toEqual({ method: 'selectCell', args: ['1. Việc làm', 'H5'] });
    await page.keyboard.press('Shift+Tab'); // move back up is possible; go to the primary button from the top
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('Tạo báo cáo');
    await page.keyboard.press('Enter');
    await page.getByTestId('summary').waitFor();
    // Focus stayed on the button while it was busy (not lost to <body>).
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Tạo báo cáo');
    await expect(page.getByTestId('live').textContent()).resolves.toContain('Đã ghi trang “BC T6-2024”');
    expect((await calls(page)).filter((x) => x.method === 'generate')).toEqual([
      { method: 'generate', args: ['T6', { force: false }] },
    ]);
    await expect(page.getByTestId('forced-note').count()).resolves.toBe(0);
    // The report is written: the Nội dung tab (copy, download, preview) is open…
    await expect(page.getByRole('tab', { name: 'Nội dung' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Sao chép' }).isVisible()).resolves.toBe(true);
    await shot(page, '06-keyboard-summary');
    // …and the arrow keys move between tabs (Fluent TabList), back to the warnings.
    await page.getByRole('tab', { name: 'Nội dung' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByTestId('findings')
        .getByText('4 cảnh báo. Cảnh báo không ngăn việc tạo báo cáo.', { exact: false })
        .isVisible(),
    ).resolves.toBe(true);
  });

  test('copy: rich clipboard when allowed', async () => {
    const page = await openPane('errors=0', { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    await openTab(page, 'Nội dung');
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('Đã sao chép nội dung (giữ định dạng)');
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const html = await (await items[0].getType('text/html')).text();
      const text = await (await items[0].getType('text/plain')).text();
      return { html, text };
    });
    // Both flavours start with the subject line, as the preview does.
    expect(clip.text.split('\n')[0]).toBe(
      'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024',
    );
    expect(clip.html).toContain('Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024');
    expect(clip.text).toContain('I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024');
    expect(clip.text).toContain('lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch)');
    expect(clip.html).toMatch(/<h\d[^>]*>[^<]*I\. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024/);
  });

  test('copy: falls back to execCommand when the Clipboard API is blocked (Excel on the web)', async () => {
    const page = await openPane('errors=0&clipboard=blocked');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    await openTab(page, 'Nội dung');
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect(page.getByTestId('notice').textContent()).resolves.toBe(
      'Đã sao chép nội dung. Dán vào Word bằng Ctrl+V.',
    );
    const copies = await page.evaluate(
      () => (window as unknown as { __bcn: { copies: { html: string; text: string }[] } }).__bcn.copies,
    );
    expect(copies).toHaveLength(1);
    expect(copies[0].text).toContain('Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người');
    expect(copies[0].html).toContain('II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024');
    // The user's own selection is not left on the hidden helper.
    await expect(page.evaluate(() => document.querySelectorAll('[contenteditable="true"]').length)).resolves.toBe(0);
  });

  test('copy: when nothing can copy, the preview is selected and the user is told to press Ctrl+C', async () => {
    const page = await openPane('errors=0&clipboard=none');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    await openTab(page, 'Nội dung');
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('hãy nhấn Ctrl+C');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024');
    expect(selected).toContain('16.344 người');
    await shot(page, '07-copy-manual');
  });

  test('download on Excel on the web: a .docx from the lazily loaded chunk', async () => {
    const page = await openPane('errors=0&stepDelay=10&platform=OfficeOnline');
    await waitReady(page);
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByTestId('summary').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Tải file Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo tháng 6 năm 2024.docx');
    const file = path.join(outDir, 'downloaded.docx');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container (.docx)
    expect(bytes.length).toBeGreaterThan(2000);
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('Báo cáo tháng 6 năm 2024.docx');
    // The docx library was a separate chunk, fetched only now.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.some((s) => /\.chunk\.js$/.test(s))).toBe(true);
    await shot(page, '08-downloaded');
  });

  test('Mac: no download button, the narrative sheet and copy are offered', async () => {
    const page = await openPane('errors=0&stepDelay=10&platform=Mac');
    await waitReady(page);
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByTestId('summary').waitFor();
    await expect(page.getByRole('button', { name: 'Tải file Word' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('download-note').textContent()).resolves.toBe(
      'Excel trên máy này không cho phần bổ trợ tải file xuống. Hãy dùng nút Sao chép rồi dán vào Word, hoặc mở trang “ND T6-2024” trong sổ.',
    );
    await page.getByRole('button', { name: 'Mở trang nội dung' }).click();
    expect((await calls(page)).at(-1)).toEqual({ method: 'selectCell', args: ['ND T6-2024', 'A1'] });
    await shot(page, '09-mac');
  });

  test('Windows desktop: download offered with a warning that it may not work', async () => {
    const page = await openPane('errors=0&stepDelay=10&platform=PC');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    await openTab(page, 'Nội dung');
    await page.getByRole('button', { name: 'Tải file Word' }).waitFor();
    await expect(page.getByTestId('download-note').textContent()).resolves.toContain(
      'việc tải file có thể không hoạt động',
    );
  });

  test('the version line at the foot of the pane names the build (package.json), in both languages', async () => {
    const vi = await openPane();
    await waitReady(vi);
    await expect(vi.getByTestId('version').textContent()).resolves.toBe(`Báo cáo ngành, phiên bản ${PACKAGE_VERSION}`);
    await shot(vi, 'version-footer');
    const en = await openPane('lang=en-US');
    await waitReady(en);
    await expect(en.getByTestId('version').textContent()).resolves.toBe(`Sector Report, version ${PACKAGE_VERSION}`);
  });

  test('English UI when Office display language is en-US', async () => {
    const page = await openPane('lang=en-US');
    await waitReady(page);
    await expect(page.getByRole('button', { name: 'Create report' }).count()).resolves.toBe(1);
    await expect(chosenPeriod(page)).resolves.toContain('June 2024');
    await page.getByRole('button', { name: 'Check data' }).click();
    await page.getByTestId('findings').waitFor();
    await expect(
      page.getByRole('button', { name: /C7 — Job counselling, month 2: “khoảng 50” is not a number\./ }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByTestId('findings').getByText('2 errors, 4 warnings', { exact: false }).count(),
    ).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sector Report');
    await expect(page.getByRole('tab', { name: 'Check (2 errors, 4 warnings)' }).count()).resolves.toBe(1);
    await openTab(page, 'Text');
    await expect(page.getByRole('button', { name: 'Download Word file' }).count()).resolves.toBe(1);
    await openTab(page, 'Unit information');
    await expect(
      page.getByRole('group', { name: 'Signature' }).getByLabel('Signer', { exact: true }).count(),
    ).resolves.toBe(1);
    await openTab(page, /^Check/);
    await shot(page, '10-english');
  });

  test("Office's dark theme gives a dark pane", async () => {
    const page = await openPane('theme=dark&errors=0');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
    );
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await shot(page, '14-dark-theme');
  });

  test('old Excel: a clear message instead of a blank pane', async () => {
    const page = await openPane('old=1');
    const msg = page.getByTestId('old-host');
    await msg.waitFor();
    const text = await msg.textContent();
    expect(text).toContain('Phiên bản Excel này quá cũ');
    expect(text).toContain('cần Excel for Microsoft 365, Excel 2021/2024 hoặc Excel trên web');
    expect(text).toContain('Chi tiết kỹ thuật: thiếu ExcelApi 1.9.');
    expect((await calls(page)).length).toBe(0); // the service is never touched
    await shot(page, '11-old-host');
  });

  test('first screen: a quick read goes from "Đang tải…" straight to the picker (no spinner in between), a slow one shows the spinner; the workbook is read once', async () => {
    const seen = (p: Page): Promise<string[]> =>
      p.evaluate(() => (window as unknown as { __bcn: { seen: string[] } }).__bcn.seen);
    const loads = async (p: Page): Promise<number> => (await calls(p)).filter((c) => c.method === 'load').length;
    const quick = await openPane();
    await waitReady(quick);
    await expect(seen(quick)).resolves.toEqual(['boot-message', 'picker']);
    await expect(loads(quick)).resolves.toBe(1);

    const slow = await openPane('loadDelay=2000');
    await expect(slow.getByTestId('loading').textContent()).resolves.toContain('Đang đọc sổ số liệu…');
    await waitReady(slow);
    await expect(seen(slow)).resolves.toEqual(['boot-message', 'spinner', 'picker']);
    await expect(loads(slow)).resolves.toBe(1);
    await expect(chosenPeriod(slow)).resolves.toContain('Tháng 6 năm 2024');
    expect([...pageErrors(quick), ...pageErrors(slow)]).toEqual([]);
  });

  test('Office slow to start: a message first, then the pane when Office is ready', async () => {
    const page = await openPane('readyDelay=1200&readyTimeout=200');
    await page.getByTestId('office-missing').waitFor();
    await waitReady(page);
    await expect(page.getByTestId('office-missing').count()).resolves.toBe(0);
  });

  test('opened outside Excel: says so', async () => {
    const page = await openPane('host=none');
    await expect(page.getByTestId('not-excel').textContent()).resolves.toContain('Cần mở trong Excel');
    expect((await calls(page)).length).toBe(0);
  });

  test('office.js not loaded: a clear message (language from the browser, as Office is unknown)', async () => {
    const page = await openPane('noOffice=1');
    await expect(page.getByTestId('office-missing').textContent()).resolves.toContain('Không tải được Office.js');
    const pageEn = await openPane('noOffice=1', { locale: 'en-GB' });
    await expect(pageEn.getByTestId('office-missing').textContent()).resolves.toContain(
      'Office.js could not be loaded',
    );
  });

  test('ribbon hand-off: bcn:show-findings checks that period and shows the findings', async () => {
    const page = await openPane();
    await waitReady(page);
    await page.evaluate(() =>
      (window as unknown as { __bcn: { requestShowFindings(k: string): void } }).__bcn.requestShowFindings('Q1'),
    );
    await page.getByTestId('findings').waitFor();
    expect((await calls(page)).filter((x) => x.method === 'check')).toEqual([{ method: 'check', args: ['Q1'] }]);
    await expect(chosenPeriod(page)).resolves.toContain('Quý I năm 2024');
    // focus moves once the lazily loaded findings panel has rendered
    await page.waitForFunction(() => document.activeElement?.id === 'bcn-findings-title', undefined, {
      timeout: 10_000,
    });
  });

  test('ribbon result hand-off: the report the ribbon wrote is shown with copy/download', async () => {
    const page = await openPane();
    await waitReady(page);
    await page.evaluate(() => (window as unknown as { __bcn: { showRibbonResult(): void } }).__bcn.showRibbonResult());
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Đã ghi trang “BC T5-2024”');
    await expect(page.getByTestId('count-behind').textContent()).resolves.toBe('7');
    await expect(chosenPeriod(page)).resolves.toContain('Tháng 5 năm 2024');
    await expect(page.getByTestId('preview').textContent()).resolves.toContain(
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 5 NĂM 2024',
    );
    await expect(page.getByRole('button', { name: 'Tải file Word' }).count()).resolves.toBe(1);
    // The pane did not write anything itself.
    expect((await calls(page)).filter((x) => x.method === 'generate')).toEqual([]);
  });

  test('ribbon error hand-off: the message the ribbon could not show appears in the pane', async () => {
    const page = await openPane();
    await waitReady(page);
    await page.evaluate(() =>
      (window as unknown as { __bcn: { reportRibbonError(m: string): void } }).__bcn.reportRibbonError(
        'Trang “BC T6-2024” đang được bảo vệ; hãy bỏ bảo vệ rồi thử lại.',
      ),
    );
    const bar = page.getByTestId('problem');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toBe(
      'Lệnh Tạo báo cáo trên Ribbon không thực hiện đượcTrang “BC T6-2024” đang được bảo vệ; hãy bỏ bảo vệ rồi thử lại.',
    );
    await bar.getByRole('button', { name: 'Đóng' }).click();
    await expect(bar.count()).resolves.toBe(0);
  });

  test('unit information: every key editable, Nơi nhận one per line, saved through the service', async () => {
    const page = await openPane();
    await waitReady(page);
    await page.getByRole('tab', { name: 'Thông tin đơn vị' }).click();
    // Grouped as on the printed report: the header block, the signature block, then Nơi nhận.
    const groups: [string, string[]][] = [
      ['Tiêu đề văn bản', ['Cơ quan chủ quản', 'Tên cơ quan', 'Số ký hiệu', 'Địa danh', 'Năm báo cáo', 'Phạm vi']],
      ['Người ký', ['Quyền hạn ký', 'Chức vụ người ký', 'Người ký']],
    ];
    for (const [group, labels] of groups) {
      const fieldset = page.getByRole('group', { name: group, exact: true });
      for (const label of labels) {
        await expect(fieldset.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
      }
    }
    await expect(page.getByLabel('Nơi nhận', { exact: true }).count()).resolves.toBe(1);
    // Each field says what it is for.
    await expect(
      page
        .getByRole('group', { name: 'Người ký', exact: true })
        .getByText('Ví dụ “KT. GIÁM ĐỐC”', { exact: false })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByLabel('Tên cơ quan', { exact: true }).inputValue()).resolves.toBe(
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    );
    await page.getByLabel('Tên cơ quan', { exact: true }).fill('SỞ NỘI VỤ');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Thị Hồng Nhung');
    await page.getByLabel('Nơi nhận', { exact: true }).fill('- Bộ Nội vụ;\n- UBND tỉnh;\n\n- Lưu: VT.');
    await page.getByLabel('Năm báo cáo', { exact: true }).fill('24');
    await expect(page.getByText('Năm phải là số có 4 chữ số').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Lưu thông tin' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Năm báo cáo', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByTestId('info-saved').waitFor();
    const save = (await calls(page)).find((x) => x.method === 'saveInfo');
    expect(save?.args[0]).toEqual({
      coQuanChuQuan: 'UBND TỈNH SÓC TRĂNG',
      tenCoQuan: 'SỞ NỘI VỤ',
      diaDanh: 'Sóc Trăng',
      namBaoCao: 2025,
      soKyHieu: '/BC-SLĐTBXH',
      phamVi: 'toàn tỉnh',
      quyenHanKy: 'KT. GIÁM ĐỐC',
      chucVuNguoiKy: 'PHÓ GIÁM ĐỐC',
      nguoiKy: 'Nguyễn Thị Hồng Nhung',
      noiNhan: ['- Bộ Nội vụ;', '- UBND tỉnh;', '- Lưu: VT.'],
    });
    await shot(page, '12-info-form');
    // In the 800 px pane (not a full-page shot): Lưu thông tin stays in view at the bottom.
    await page.getByLabel('Cơ quan chủ quản', { exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Lưu thông tin' }).isVisible()).resolves.toBe(true);
    const saveBox = await page.getByRole('button', { name: 'Lưu thông tin' }).boundingBox();
    expect(saveBox && saveBox.y + saveBox.height).toBeLessThanOrEqual(800);
    await page.screenshot({ path: path.join(SHOTS, '12b-info-form-viewport.png') });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, '12c-info-form-end.png') });
  });

  test('service errors are shown in a message bar, never a blank pane', async () => {
    const page = await openPane('failCheck=1');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const bar = page.getByTestId('problem');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain('Không kiểm tra được dữ liệu');
    await expect(bar.textContent()).resolves.toContain('Trang “4. Bảo trợ xã hội” đang được bảo vệ');

    // A finding whose sheet was renamed since the check: said so, with Office's error code.
    const page3 = await openPane('failSelect=1');
    await waitReady(page3);
    await page3.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page3.getByRole('button', { name: /C7 — Tư vấn việc làm/ }).click();
    await expect(page3.getByTestId('problem').textContent()).resolves.toBe(
      'Không chuyển được tới ô C7 trang “1. Việc làm”Không tìm thấy trang “1. Việc làm” (có thể đã đổi tên hoặc bị xóa). (ItemNotFound)',
    );

    // The ribbon is generating: the pane says so, even when the last check found errors (not the "continue anyway?" dialog).
    const page4 = await openPane('generationRunning=1');
    await waitReady(page4);
    await page4.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page4.getByRole('button', { name: /C7 — Tư vấn việc làm/ }).waitFor();
    await page4.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await expect(page4.getByTestId('problem').textContent()).resolves.toContain(
      'Đang tạo báo cáo, hãy chờ lần tạo trước xong.',
    );
    await expect(page4.getByRole('dialog').count()).resolves.toBe(0);

    const page2 = await openPane('failLoad=1');
    const loadErr = page2.getByTestId('load-error');
    await loadErr.waitFor();
    await expect(loadErr.textContent()).resolves.toContain('sổ đang ở chế độ chỉnh sửa ô');
    await expect(loadErr.getByRole('button', { name: 'Thử lại' }).count()).resolves.toBe(1);
    await shot(page2, '13-load-error');
  });
});

describe('task pane + real Office service + engine, over the fake Excel API (sample workbook)', () => {
  test('check, click a finding, generate with the dialog: sheets written, cell selected', async () => {
    expect(expectedErrors.length).toBeGreaterThan(0);
    const err = expectedErrors[0];
    const page = await openPane('', { page: 'integration.html' });
    await waitReady(page);
    await expect(chosenPeriod(page)).resolves.toContain('Tháng 6 năm 2024');
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    const group = page.locator(`[data-testid="finding-group"][data-sheet="${err.sheet}"]`);
    await expect(group.count()).resolves.toBe(1);
    // "Ô I5: …" from the engine is shown as "I5" + the rest, capitalised (no cell twice).
    const rest = err.message.vi.replace(new RegExp(`^Ô ${err.cell}: `), '');
    const shown = rest.charAt(0).toLocaleUpperCase('vi-VN') + rest.slice(1);
    expect(shown).not.toBe('');
    // Accessible name = severity (icon label) + cell + message.
    const button = group.getByRole('button', { name: `Lỗi ${err.cell} — ${shown}`, exact: true });
    await button.click();
    const selection = await page.evaluate(
      () => (window as unknown as { __bcn: { fx: { model: { selection: unknown } } } }).__bcn.fx.model.selection,
    );
    expect(selection).toEqual({ sheet: err.sheet, address: err.cell });
    await shot(page, '20-integration-findings');

    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Vẫn tạo báo cáo' }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(summary.textContent()).resolves.toContain(
      'Đã ghi trang “BC T6-2024” (bảng số liệu) và trang “ND T6-2024” (nội dung).',
    );
    const sheets = await page.evaluate(() =>
      (window as unknown as { __bcn: { fx: { model: { sheets: { name: string }[] } } } }).__bcn.fx.model.sheets.map(
        (x) => x.name,
      ),
    );
    expect(sheets).toEqual(expect.arrayContaining(['BC T6-2024', 'ND T6-2024']));
    const indicators = Number(await page.getByTestId('count-indicators').textContent());
    expect(indicators).toBeGreaterThan(10);
    // The narrative preview shows the engine's sentence with the seed's June figure; March now
    // holds "khoảng 50" (an error the user forced past), so the year to date is a gap the staff
    // must fill, marked incomplete, never a silently short figure.
    const preview = await page.getByTestId('preview').textContent();
    expect(preview).toContain('tạo việc làm cho 3.932 lao động');
    expect(preview).toContain('lũy kế đến hết tháng 6/2024 là … người [cần kiểm tra số liệu] (số liệu chưa đầy đủ)');
    await shot(page, '21-integration-summary');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('task pane: how the sheets were read, and what the program decided (v2)', () => {
  test('"Cách đọc số liệu" per sheet with column links; info findings apart, collapsed', async () => {
    const page = await openPane('infos=1&errors=0');
    await waitReady(page);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor();
    // Info findings are neither errors nor warnings: the counts and the tab name leave them out.
    await expect(page.getByTestId('findings').getByText('4 cảnh báo', { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'Kiểm tra (4 cảnh báo)' }).count()).resolves.toBe(1);
    await expect(
      page.locator('[data-testid="finding-group"][data-sheet="4. Bảo trợ xã hội"]').getByText('1 cảnh báo').count(),
    ).resolves.toBe(1);
    // …and they sit in their own box, collapsed until asked for.
    const infoBox = page.getByTestId('info-findings');
    const infoHeader = infoBox.getByRole('button', { name: 'Chương trình đã tự quyết định (2)' });
    await expect(infoHeader.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByTestId('info-finding').count()).resolves.toBe(0);

    // The reading of each sheet, at a glance (collapsed, a summary line each).
    const layout = page.getByTestId('layout-view');
    await expect(layout.getByRole('heading', { name: 'Cách đọc số liệu' }).count()).resolves.toBe(1);
    await expect(
      page.getByTestId('layout-sheet').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet'))),
    ).resolves.toEqual(['1. Việc làm', '2. Giáo dục nghề nghiệp']);
    await expect(page.getByTestId('layout-summary').allTextContents()).resolves.toEqual([
      'Tháng 1–12/2024 · cùng kỳ 2023 · 1 ô bỏ qua',
      'Tháng 1–6/2024 · không có cùng kỳ · 1 cột ước tính · 1 ô bỏ qua',
    ]);
    await shot(page, '30-layout-collapsed');

    // Keyboard: open the first sheet's reading with Enter, follow a column link with Enter.
    await page
      .getByTestId('layout-view')
      .getByRole('button', { name: /^1\. Việc làm/ })
      .focus();
    await page.keyboard.press('Enter');
    const lines = page.locator('[data-testid="layout-sheet"][data-sheet="1. Việc làm"] [data-testid="layout-line"]');
    await expect(lines.allTextContents()).resolves.toEqual([
      'cột A: mã chỉ tiêu',
      'cột B: tên chỉ tiêu',
      'cột C: đơn vị tính',
      'cột D: kế hoạch năm',
      'cột E–P: tháng 1–12/2024',
      'cột Q–AB: cùng kỳ tháng 1–12/2023',
      'ô AC4 bỏ qua: cột ẩn trùng “Tháng 6” (đọc cột J)',
    ]);
    const months = page.getByRole('button', { name: 'Chọn cột E–P trang 1. Việc làm (tháng 1–12/2024)' });
    await months.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Chọn ô AC4 trang 1\. Việc làm/ }).click();
    await page
      .getByTestId('layout-view')
      .getByRole('button', { name: /^2\. Giáo dục nghề nghiệp/ })
      .click();
    await page
      .getByRole('button', { name: /^Chọn cột K trang 2\. Giáo dục nghề nghiệp \(ước thực hiện tháng 6/ })
      .click();
    const selected = (await calls(page)).filter((c) => c.method === 'selectCell').map((c) => c.args);
    expect(selected).toEqual([
      ['1. Việc làm', 'E4:P4'],
      ['1. Việc làm', 'AC4'],
      ['2. Giáo dục nghề nghiệp', 'K5:K6'],
    ]);

    // The info box opens with the keyboard too; its lines jump to their cells.
    await infoHeader.focus();
    await page.keyboard.press('Enter');
    await expect(infoHeader.getAttribute('aria-expanded')).resolves.toBe('true');
    const infos = page.getByTestId('info-finding');
    await expect(infos.count()).resolves.toBe(2);
    await infos.first().click();
    const last = (await calls(page)).filter((c) => c.method === 'selectCell').pop();
    expect(last?.args).toEqual(['4. Bảo trợ xã hội', 'B9']);
    await infoBox.scrollIntoViewIfNeeded();
    await shot(page, '31-layout-and-info-open');
    expect(pageErrors(page)).toEqual([]);
  });

  test('in English', async () => {
    const page = await openPane('infos=1&errors=0&lang=en-US', { locale: 'en-US' });
    await page.getByRole('button', { name: 'Check data' }).waitFor();
    await page.getByRole('button', { name: 'Check data' }).click();
    await page.getByTestId('layout-view').waitFor();
    await expect(page.getByRole('heading', { name: 'How the sheets were read' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('layout-summary').first().textContent()).resolves.toBe(
      'Months 1–12 of 2024 · last year 2023 · 1 cell ignored',
    );
    await page
      .getByTestId('layout-view')
      .getByRole('button', { name: /^1\. Việc làm/ })
      .click();
    await expect(
      page.locator('[data-testid="layout-line"]').filter({ hasText: 'columns E–P' }).textContent(),
    ).resolves.toBe('columns E–P: months 1–12 of 2024');
    await expect(page.getByRole('button', { name: 'Decided for you (2)' }).count()).resolves.toBe(1);
    // let the accordion's opening motion finish so the screenshot shows the settled panel
    await page.waitForTimeout(400);
    await shot(page, '32-layout-en');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('task pane: the reporting chain\'s tools ("Công cụ"), real Office service over the fake Excel', () => {
  beforeAll(async () => {
    // A blank workbook (Tệp → Mới) and the three units' returns of test/chain/fixtures.ts.
    fs.writeFileSync(path.join(outDir, 'blank.json'), JSON.stringify({ sheets: [{ name: 'Sheet1', rows: [] }] }));
    for (const f of await threeReturns()) fs.writeFileSync(path.join(outDir, f.name), f.bytes);
  }, 60_000);

  type Model = { sheets: { name: string; protected: boolean }[]; names: { name: string }[] };
  const model = (page: Page): Promise<Model> =>
    page.evaluate(() => {
      const m = (window as unknown as { __bcn: { fx: { model: Model } } }).__bcn.fx.model;
      return JSON.parse(
        JSON.stringify({
          sheets: m.sheets.map((s) => ({ name: s.name, protected: s.protected })),
          names: m.names.map((n) => ({ name: n.name })),
        }),
      ) as Model;
    });

  /** Presses Tab until the element with `testId` has the focus (at most 60 times). */
  async function tabTo(page: Page, testId: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${testId}`);
  }

  test('by keyboard only: the Công cụ tab, the template form, the result; the template is written in new sheets', async () => {
    const page = await openPane('grid=blank', { page: 'integration.html' });
    await waitReady(page);
    // From the first tab, the arrow keys reach "Công cụ" (Fluent TabList); Enter opens it.
    await page.getByRole('tab', { name: 'Kiểm tra' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Công cụ' }).getAttribute('aria-selected')).resolves.toBe('true');
    await tabTo(page, 'template-year');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab');
    await page.keyboard.type('UBND phường Phú Lợi');
    await tabTo(page, 'template-go');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('chain-result-template');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(
      'Đã thêm 11 trang: Hướng dẫn, Thông tin, 1. Việc làm, 2. Giáo dục nghề nghiệp,',
    );
    const m = await model(page);
    expect(m.sheets.map((s) => s.name).slice(0, 4)).toEqual(['Sheet1', 'Hướng dẫn', 'Thông tin', '1. Việc làm']);
    expect(m.sheets.filter((s) => s.protected).map((s) => s.name)).toHaveLength(9);
    expect(m.names.filter((n) => n.name.startsWith('BCN_GENERATED'))).toEqual([]);
    // The workbook now has its nine sectors: the pane re-read it.
    await expect(page.getByTestId('workbook-summary').textContent()).resolves.toContain('9');
    await shot(page, '40-chain-template');
    expect(pageErrors(page)).toEqual([]);
  });

  test('Tổng hợp: three returns picked (keyboard opens the picker), the hand totals in new sheets, findings with file and cell', async () => {
    const page = await openPane('grid=blank', { page: 'integration.html' });
    // Listen for the picker from the start: Playwright intercepts file choosers only once a
    // listener is in place (set up asynchronously), so a fast Enter could beat a late one.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await waitReady(page);
    await openTab(page, 'Công cụ');
    // The lazily loaded panel is there once its button is; Tab reaches it, Enter opens the picker.
    await page.getByTestId('consolidate-pick').waitFor();
    await tabTo(page, 'consolidate-pick');
    await page.keyboard.press('Enter');
    for (let waited = 0; choosers.length === 0 && waited < 30_000; waited += 100) await page.waitForTimeout(100);
    expect(choosers).toHaveLength(1);
    await choosers[0].setFiles(['an-hoa.xlsx', 'tan-an.xlsx', 'my-khanh.xlsx'].map((f) => path.join(outDir, f)));
    await expect(page.getByTestId('consolidate-files').textContent()).resolves.toContain('Đã chọn 3 tệp:');
    await tabTo(page, 'consolidate-go');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('chain-result-consolidate');
    await result.waitFor({ timeout: 30_000 });
    const text = await result.textContent();
    expect(text).toContain('Đã cộng 3/3 tệp, năm 2025: UBND phường An Hòa; UBND phường Tân An; UBND xã Mỹ Khánh.');
    expect(text).toContain('Đã thêm 4 trang: Thông tin, 1. Việc làm, 7. Giảm nghèo, Chi tiết đơn vị.');
    // Mỹ Khánh's March: the finding names the file, the sheet and the cells
    await expect(page.getByTestId('chain-findings-consolidate').textContent()).resolves.toContain(
      'Tệp "my-khanh.xlsx", trang \'1. Việc làm\', ô I6',
    );
    // The sums by hand (test/chain/consolidate.test.ts): VL01 260, 220, March left empty; GN02 660, 649, 635.
    const vals = await page.evaluate(() => {
      const fx = (window as unknown as { __bcn: { fx: { sheet(n: string): { valuesMatrix(): unknown[][] } } } }).__bcn
        .fx;
      const rows = (n: string) => fx.sheet(n).valuesMatrix();
      const pick = (n: string, code: string) =>
        rows(n)
          .find((r) => r[0] === code)
          ?.slice(6, 9);
      return { vl01: pick('1. Việc làm', 'VL01'), gn02: pick('7. Giảm nghèo', 'GN02') };
    });
    expect(vals).toEqual({ vl01: [260, 220, ''], gn02: [660, 649, 635] });
    await shot(page, '41-chain-consolidate');
    expect(pageErrors(page)).toEqual([]);
  });
});
