/**
 * The boot guard inline in src/taskpane/taskpane.html: on a host that cannot
 * run the bundle (Internet Explorer 11 inside Excel 2016/2019 without
 * WebView2), or when the bundle is blocked or damaged, the pane says what is
 * needed instead of staying on "Đang tải…". Real Chromium loads the template
 * with a bundle script injected where HtmlWebpackPlugin puts it (a deferred
 * script in <head>), served from a fake https origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TEMPLATE = fs.readFileSync(path.join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const ORIGIN = 'https://addin.test';
const SHOTS = path.join(__dirname, '../../out/browser');
const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

/** The inline scripts of the template (no src attribute). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Opens the pane page with `bundle` as the deferred bundle (null: the request is blocked). */
async function openWith(bundle: string | null, opts: { userAgent?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 350, height: 600 }, userAgent: opts.userAgent });
  const page = await context.newPage();
  const html = TEMPLATE.replace('</head>', '<script defer src="/taskpane.0123abcd.js"></script></head>');
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/taskpane.html`)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (url === `${ORIGIN}/taskpane.0123abcd.js`) {
      if (bundle === null) return route.abort('blockedbyclient');
      return route.fulfill({ contentType: 'text/javascript', body: bundle });
    }
    // office.js from the CDN: a stub, so the page needs no network.
    if (url.includes('appsforoffice.microsoft.com')) return route.fulfill({ contentType: 'text/javascript', body: '' });
    return route.abort();
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(50);
  return page;
}

const failureBox = (page: Page) => page.getByTestId('boot-failure');

describe('task pane boot guard', () => {
  test('the guard is ES5: Internet Explorer 11 can parse it', () => {
    const scripts = inlineScripts(TEMPLATE);
    expect(scripts.length).toBe(1);
    expect(() => acorn.parse(scripts[0], { ecmaVersion: 5 })).not.toThrow();
    // and it really is checked: an arrow function is not ES5
    expect(() => acorn.parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  test('a bundle that starts: no message, the pane takes over', async () => {
    const page = await openWith(
      "window.__bcnStarted = true; document.getElementById('container').textContent = 'pane';",
    );
    await expect(failureBox(page).isVisible()).resolves.toBe(false);
    await expect(page.locator('#container').textContent()).resolves.toBe('pane');
  });

  test('a blocked bundle: the pane says it could not load the program and points to the offline page', async () => {
    const page = await openWith(null);
    await expect(failureBox(page).isVisible()).resolves.toBe(true);
    const text = await failureBox(page).innerText();
    expect(text).toContain('Không tải được chương trình của add-in');
    expect(text).toContain('bao-cao-nganh.html');
    expect(text).toContain('could not be loaded');
    expect(text).not.toContain('WebView2');
    await expect(page.locator('#boot-message').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'boot-guard-blocked.png'), fullPage: true });
  });

  test('a bundle that does not parse (as ES2020 in Internet Explorer): the same message', async () => {
    const page = await openWith('const f = async () => { await 1; }; window.__bcnStarted = true; var x = ;');
    await expect(failureBox(page).isVisible()).resolves.toBe(true);
    await expect(failureBox(page).innerText()).resolves.toContain('Không tải được chương trình');
  });

  test('Internet Explorer 11 (Excel 2016/2019 without WebView2): names the WebView2 Runtime and the Excel needed', async () => {
    const page = await openWith('window.__bcnStarted = true;', { userAgent: IE11_UA });
    await expect(failureBox(page).isVisible()).resolves.toBe(true);
    const text = await failureBox(page).innerText();
    expect(text).toContain('Microsoft Edge WebView2 Runtime');
    expect(text).toContain('Excel cho Microsoft 365, Excel 2021/2024 hoặc Excel trên web');
    expect(text).toContain('WebView2 Runtime is not installed');
    expect(text).toContain('bao-cao-nganh.html');
    await page.screenshot({ path: path.join(SHOTS, 'boot-guard-ie11.png'), fullPage: true });
  });
});
