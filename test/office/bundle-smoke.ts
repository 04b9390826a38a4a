/**
 * Smoke check of the BUILT add-in (run after `npm run build`):
 *   npx tsx test/office/bundle-smoke.ts
 * Opens dist/taskpane.html in headless Chromium with a stub office.js (no
 * network), then checks that the bundle associates the manifest's
 * FunctionName, that the ribbon handler calls event.completed() when Excel
 * fails (here: a protected sheet), and that the pane shows a Vietnamese message.
 * Exit status 1 on any failure.
 */
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '../../dist');

const OFFICE_STUB = `
  window.__assoc = {};
  window.Office = {
    onReady: (cb) => { const r = { host: 'Excel', platform: 'PC' }; if (cb) cb(r); return Promise.resolve(r); },
    HostType: { Excel: 'Excel' },
    actions: { associate: (id, fn) => { window.__assoc[id] = fn; } },
    addin: { showAsTaskpane: () => Promise.resolve() },
    context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: () => true }, host: 'Excel', platform: 'PC',
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0' } },
  };
  window.Excel = { run: () => Promise.reject(Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' })) };`;

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/taskpane.html missing: run `npm run build` first');
  const functionName = /<FunctionName>([^<]+)<\/FunctionName>/.exec(
    readFileSync(join(DIST, 'manifest.xml'), 'utf8'),
  )?.[1];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'appsforoffice.microsoft.com') {
        return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB });
      }
      if (url.hostname === 'addin.test') {
        const file = join(DIST, url.pathname);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({
          body: readFileSync(file),
          contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html',
        });
      }
      return route.abort();
    });
    await page.goto('https://addin.test/taskpane.html');
    await page.waitForFunction(`Object.keys(window.__assoc).length > 0`, undefined, { timeout: 15000 });
    const ids = (await page.evaluate(`Object.keys(window.__assoc)`)) as string[];
    if (!functionName || !ids.includes(functionName))
      throw new Error(`associated ${JSON.stringify(ids)}, manifest FunctionName ${functionName}`);
    const completed = await page.evaluate(
      `(async () => { let c = 0; await window.__assoc[${JSON.stringify(functionName)}]({ completed: () => { c++; } }); return c; })()`,
    );
    if (completed !== 1) throw new Error(`event.completed() called ${String(completed)} times`);
    await page.waitForFunction(`document.body.innerText.includes('đang được bảo vệ')`, undefined, { timeout: 10000 });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    if (await page.locator('#bcn-boot-failure').isVisible())
      throw new Error('the boot guard says the bundle did not start, but it did');
    console.log(
      `ok: ${functionName} associated, completed() once, protection message shown in the pane, boot guard quiet`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bundle smoke check failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
