/**
 * The offline page (dist/web.html with its scripts, and the single file
 * dist/bao-cao-nganh.html alone in an empty folder) in Debian's Chromium via
 * playwright-core, opened from file:// like a clerk double-clicking it: pick the
 * sample workbook, create the report, download both files and read them back.
 * Every request the page makes is recorded: only file:, data: and blob: URLs
 * are allowed (nothing leaves the computer). Screenshots: out/browser/web-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { webBuild } from './build';
import { threeReturns } from '../chain/fixtures';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { parseWorkbook } from '../../src/engine';
import { outputSheetNames } from '../../src/engine/layout/naming';
import { parseGrid, periodFor, runReport } from '../../src/pipeline/pipeline';
import { buildOutputFiles, type OutputFiles } from '../../src/pipeline/files';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../out/browser');
const SAMPLE = path.resolve(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');

let built: string;
let tmp: string;
let browser: Browser;
/** The page URLs under test: web.html beside its scripts; the single file alone in a folder. */
const pages: Record<'web' | 'single', string> = { web: '', single: '' };
/** The sample with VL01's March figure replaced by the text "khoảng 50" (a validation error). */
let withError: string;
let withErrorCell: string;

jest.setTimeout(120_000);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the page tests need Debian's chromium package (apt-get install chromium); they are never skipped.`,
    );
  }
  built = await webBuild();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-webtest-'));
  pages.web = pathToFileURL(path.join(built, 'web.html')).href;
  const alone = path.join(tmp, 'usb');
  fs.mkdirSync(alone);
  fs.copyFileSync(path.join(built, 'bao-cao-nganh.html'), path.join(alone, 'bao-cao-nganh.html'));
  pages.single = pathToFileURL(path.join(alone, 'bao-cao-nganh.html')).href;

  // A workbook with an error, made the way a clerk would: a figure typed as text.
  const parsed = parseWorkbook(await readXlsxFile(SAMPLE));
  const vl01 = parsed.sectors.flatMap((s) => s.indicators.map((i) => ({ s, i }))).find((x) => x.i.code === 'VL01');
  if (!vl01 || !vl01.i.monthCells[3]) throw new Error('sample: VL01 has no March cell');
  withErrorCell = vl01.i.monthCells[3];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.getWorksheet(vl01.s.sheet)!.getCell(withErrorCell).value = 'khoảng 50';
  withError = path.join(tmp, 'so-lieu-co-loi.xlsx');
  await wb.xlsx.writeFile(withError);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}
const open: Opened[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.context.close();
});

async function openPage(url: string, opts: { locale?: string; init?: string } = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 1000 },
    locale: opts.locale ?? 'vi-VN',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  if (opts.init) await page.addInitScript(opts.init);
  const o: Opened = { page, context, requests: [], errors: [] };
  page.on('request', (r) => o.requests.push(r.url()));
  page.on('pageerror', (e) => o.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') o.errors.push(m.text());
  });
  open.push(o);
  await page.goto(url);
  return o;
}

/** Nothing but the page's own files, inline data and the downloads' blobs. */
function expectOffline(o: Opened): void {
  expect(o.requests.length).toBeGreaterThan(0);
  expect(o.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `web-${name}.png`), fullPage: true });
}

async function save(d: Download, name: string): Promise<string> {
  const f = path.join(tmp, name);
  await d.saveAs(f);
  return f;
}

async function pickFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
}

async function generateButton(page: Page) {
  return page.getByRole('button', { name: /^(Tạo báo cáo|Create report)$/ });
}

/** The report sheet's row for an indicator name, as plain values. */
function rowValues(ws: ExcelJS.Worksheet, name: string): unknown[] {
  let found: unknown[] | null = null;
  ws.eachRow((row) => {
    const vals = (row.values as unknown[]).map((v) =>
      v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v,
    );
    if (!found && vals.some((v) => typeof v === 'string' && v.includes(name))) found = vals;
  });
  if (!found) throw new Error(`no row "${name}" on ${ws.name}`);
  return found;
}

/** What the command line's pipeline writes for the sample, T6 (computed in Node). */
let cliCache: Promise<OutputFiles> | null = null;
function cliFiles(): Promise<OutputFiles> {
  cliCache ??= (async () => {
    const parsed = parseGrid(await readXlsxFile(SAMPLE));
    const period = periodFor(parsed, 'T6')!;
    return buildOutputFiles(runReport(parsed, period), outputSheetNames(period));
  })();
  return cliCache;
}

function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).map((v) => (v instanceof Date ? 'date' : v));
  });
  return rows;
}

describe.each([
  ['web', 'web.html (scripts beside it)'],
  ['single', 'bao-cao-nganh.html alone in a folder'],
] as const)('%s: %s', (which, _label) => {
  test('the sample workbook → report workbook and .docx downloaded, read back; no request leaves the page', async () => {
    const o = await openPage(pages[which]);
    const { page } = o;
    await expect(page.getByTestId('privacy').innerText()).resolves.toMatch(/không rời khỏi máy này/);
    await expect(page.locator('input[type=file]').getAttribute('accept')).resolves.toContain('.xlsx');
    if (which === 'web') await shot(page, '01-start');

    const t0 = Date.now();
    await pickFile(page, SAMPLE);
    await expect(page.getByTestId('file-name').innerText()).resolves.toBe('so-lieu-nganh-2024.xlsx');
    // The latest month with data is offered first.
    await expect(
      page.getByRole('combobox').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
    ).resolves.toMatch(/^Tháng 6 năm 2024/);
    await (await generateButton(page)).click();
    const xlsxButton = page.getByTestId('download-xlsx');
    await xlsxButton.waitFor();
    const [xlsxDl] = await Promise.all([page.waitForEvent('download'), xlsxButton.click()]);
    const [docxDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    // the build's version at the foot of the page, as in the task pane
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    await expect(page.getByTestId('version').textContent()).resolves.toBe(`Báo cáo ngành, phiên bản ${version}`);
    const xlsxFile = await save(xlsxDl, `${which}.xlsx`);
    const docxFile = await save(docxDl, `${which}.docx`);
    const ms = Date.now() - t0;
    fs.writeFileSync(path.join(SHOTS, `web-timing-${which}.json`), JSON.stringify({ fileSetToBothDownloadsMs: ms }));
    await shot(page, `02-${which}-generated`);

    // Named as the command line names them.
    expect(xlsxDl.suggestedFilename()).toBe('so-lieu-nganh-2024 - BC T6-2024.xlsx');
    expect(docxDl.suggestedFilename()).toBe('so-lieu-nganh-2024 - BC T6-2024.docx');

    // Report workbook: report sheet + narrative sheet; VL01 worked out by hand from the
    // sample's months 2105+1876+2540+2698+3193+3932 = 16 344, plan 28 500 → 57,35 %.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['BC T6-2024', 'ND T6-2024']);
    const vl01 = rowValues(wb.getWorksheet('BC T6-2024')!, 'Số lao động được tạo việc làm');
    expect(vl01).toContain(3932);
    expect(vl01).toContain(16344);
    expect(vl01).toContain(57.35);
    // …and every cell of both sheets is what the command line writes for the same file.
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load((await cliFiles()).xlsx as unknown as ExcelJS.Buffer);
    for (const name of ['BC T6-2024', 'ND T6-2024']) {
      expect(sheetValues(wb.getWorksheet(name)!)).toEqual(sheetValues(cli.getWorksheet(name)!));
    }

    // The .docx opens (a zip with word/document.xml) and holds the narrative the page previews.
    const doc = await JSZip.loadAsync(fs.readFileSync(docxFile));
    const xml = await doc.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    const preview = await page.getByTestId('preview').innerText();
    const sentence = preview
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 80 && /việc làm/.test(l) && !/[&<>"']/.test(l));
    expect(sentence).toBeDefined();
    expect(text).toContain(sentence!.slice(0, 60));

    // The workbook the user picked is unchanged.
    expect((await readXlsxFile(SAMPLE)).sheets.some((s) => s.name.startsWith('BC '))).toBe(false);
    expectOffline(o);
    expect(o.errors).toEqual([]);
  });

  test('a workbook with an error: findings name sheet and cell; "Vẫn tạo báo cáo" still gives the files', async () => {
    const o = await openPage(pages[which]);
    const { page } = o;
    await pickFile(page, withError);
    await (await generateButton(page)).click();
    const go = page.getByRole('button', { name: 'Vẫn tạo báo cáo' });
    await go.waitFor();
    // The finding is text (no cell to jump to) under its sheet's group, naming the cell.
    const group = page.locator('[data-testid=finding-group][data-sheet="1. Việc làm"]');
    await expect(group.count()).resolves.toBe(1);
    const finding = group.locator('[data-testid=finding][data-severity=error]').first();
    await expect(finding.innerText()).resolves.toContain(withErrorCell);
    await expect(finding.innerText()).resolves.toMatch(/khoảng 50/);
    await page.waitForTimeout(600); // the dialog's fade-in, for the screenshot only
    await shot(page, `03-${which}-errors`);
    await go.click();
    await page.getByTestId('download-xlsx').waitFor();
    await expect(page.getByTestId('forced-note').innerText()).resolves.toMatch(/lỗi/);
    expectOffline(o);
  });

  test('.xls, encrypted and non-Excel files get a clear message, and a good file can follow', async () => {
    const o = await openPage(pages[which]);
    const { page } = o;
    // The OLE/CFB signature: an Excel 97-2003 .xls, and a password-protected .xlsx (an encrypted CFB container).
    const cfb = (names: string[]) => {
      const b = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      let at = 1024;
      for (const n of names) at += b.write(n, at, 'utf16le') + 16;
      return b;
    };
    const cases = [
      {
        name: 'bao-cao-2003.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: cfb(['Workbook']),
        expect: /\.xls|97-2003/,
      },
      {
        name: 'so-lieu-co-mat-khau.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: cfb(['EncryptionInfo', 'EncryptedPackage']),
        expect: /mật khẩu/,
      },
      {
        name: 'cong-van.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
        expect: /không phải/,
      },
    ];
    for (const c of cases) {
      await pickFile(page, { name: c.name, mimeType: c.mimeType, buffer: c.buffer });
      const bar = page.getByTestId('open-error');
      await bar.waitFor();
      const msg = await bar.innerText();
      expect(msg).toContain(`Không mở được “${c.name}”`);
      expect(msg).toMatch(c.expect);
      expect(msg).not.toMatch(/at \w+ \(|Error:/); // no stack trace
      if (c.name.endsWith('.xls')) await shot(page, `04-${which}-xls`);
    }
    await pickFile(page, SAMPLE);
    await (await generateButton(page)).waitFor();
    await expect(page.getByTestId('open-error').count()).resolves.toBe(0);
    expectOffline(o);
  });
});

test('English browser → English page; too old a browser → a message, not a blank page', async () => {
  const en = await openPage(pages.single, { locale: 'en-US' });
  await expect(en.page.locator('h1').innerText()).resolves.toBe('Sector Report');
  await expect(en.page.getByTestId('privacy').innerText()).resolves.toMatch(/never leaves this computer/);
  await pickFile(en.page, SAMPLE);
  await en.page.getByRole('button', { name: 'Create report' }).waitFor();
  await shot(en.page, '05-english');

  // A browser without Array.prototype.at (Chrome < 92, Firefox < 90).
  const old = await openPage(pages.single, { init: 'delete Array.prototype.at;' });
  await old.page.getByTestId('old-browser').waitFor({ state: 'visible' });
  await expect(old.page.getByTestId('old-browser').innerText()).resolves.toMatch(/quá cũ/);
  await expect(old.page.locator('#container').innerHTML()).resolves.toBe('');
  await shot(old.page, '06-old-browser');
});

describe('the reporting chain on the page (Công cụ)', () => {
  test('three units\' returns picked → one consolidated workbook to download, the sums by hand; the returns never change, nothing leaves the page', async () => {
    const returns = await threeReturns();
    const paths = returns.map((f) => {
      const p = path.join(tmp, f.name);
      fs.writeFileSync(p, f.bytes);
      return p;
    });
    const o = await openPage(pages.single);
    const { page } = o;
    // The tools need no workbook opened first: the section is there from the start, collapsed.
    await page.getByRole('button', { name: /^Công cụ: tạo mẫu nhập liệu/ }).click();
    await page.getByTestId('consolidate-input').setInputFiles(paths);
    await expect(page.getByTestId('consolidate-files').textContent()).resolves.toContain('Đã chọn 3 tệp:');
    await page.getByTestId('consolidate-unit').fill('Sở Nội vụ thành phố Cần Thơ');
    await page.getByTestId('consolidate-place').fill('Cần Thơ');
    await page.getByTestId('consolidate-go').click();
    const result = page.getByTestId('chain-result-consolidate');
    await result.waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toContain(
      'Đã cộng 3/3 tệp, năm 2025: UBND phường An Hòa; UBND phường Tân An; UBND xã Mỹ Khánh.',
    );
    await expect(page.getByTestId('chain-findings-consolidate').textContent()).resolves.toContain(
      'Tệp "my-khanh.xlsx", trang \'1. Việc làm\', ô I6',
    );
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chain-download').click()]);
    expect(dl.suggestedFilename()).toBe('Tổng hợp 2025 - Sở Nội vụ thành phố Cần Thơ.xlsx');
    const file = await save(dl, 'tong-hop-page.xlsx');
    await shot(page, '10-chain-consolidated');

    const parsed = parseWorkbook(await readXlsxFile(file));
    expect(parsed.year).toBe(2025);
    expect(parsed.info.tenCoQuan).toBe('Sở Nội vụ thành phố Cần Thơ');
    expect(parsed.info.diaDanh).toBe('Cần Thơ');
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    const flat = parsed.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const m = (code: string) => flat.find((i) => i.code === code)!.months.slice(1, 4);
    // by hand (test/chain/consolidate.test.ts): 120+80+60 = 260, 95+70+55 = 220, March incomplete → empty
    expect(m('VL01')).toEqual([260, 220, undefined]);
    expect(m('VL02')).toEqual([85, 70, undefined]);
    expect(m('GN02')).toEqual([660, 649, 635]);
    expect(m('GN01')[0]).toBeCloseTo(3.4737, 4); // 660 / 19000, never the average of the rates
    expect(flat.find((i) => i.code === 'VL01')!.plan).toBe(3200);
    // the picked returns are unchanged
    returns.forEach((f, i) => expect(new Uint8Array(fs.readFileSync(paths[i]))).toEqual(f.bytes));
    expectOffline(o);
    expect(o.errors).toEqual([]);
  });
});
