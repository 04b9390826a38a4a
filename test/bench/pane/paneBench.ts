/**
 * Task pane first load, measured in Chromium (`npm run bench`, or
 * `npx tsx test/bench/pane/paneBench.ts` alone):
 *
 * - builds, with the production webpack config (webpack.config.js) into a temp
 *   folder: the add-in as shipped (taskpane.html + its scripts), and the
 *   yardstick — a minimal React + Fluent page with one button (minimal.tsx),
 *   same config, same HTML template; plus the fake office.js (fakeOffice.ts:
 *   test/fakes/excel.ts over the sample workbook);
 * - serves both on 127.0.0.1 and loads each page ≥ 10 times in Debian's
 *   chromium, a fresh browser context (empty cache) per load, CPU throttled 4×
 *   through the DevTools protocol (Emulation.setCPUThrottlingRate), the
 *   Microsoft CDN's office.js answered with the fake;
 * - reports per page: initial JavaScript (the <script> files of the HTML, raw
 *   and gzip -9), the JavaScript fetched before the picker (or the button)
 *   showed, and the median time from navigation start to the first animation
 *   frame after the period picker (`data-testid="period-picker"`) is in the
 *   page and has a size — what the user waits for.
 */
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';
import { serveDir } from '../../browser/server';
import { readXlsxFile } from '../../../src/hosts/xlsx/read';
import { SAMPLE_PATH } from '../../../assets/sample/build-sample';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

export interface PaneLoad {
  page: string;
  /** <script src> files of the HTML page. */
  initialFiles: string[];
  initialBytes: number;
  initialGzipBytes: number;
  /** JavaScript fetched before the picker showed (median over runs, raw bytes). */
  jsBeforePickerBytes: number;
  /** Median ms from navigation start to the picker's first frame; all runs sorted. */
  medianMs: number;
  runsMs: number[];
}

type Config = webpack.Configuration;

async function productionConfig(outDir: string): Promise<Config> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Config>;
  const config = await build({}, { mode: 'production' });
  return { ...config, context: ROOT, output: { ...config.output, path: outDir }, stats: 'errors-only' };
}

function run(configs: Config[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString('errors-only') ?? 'webpack failed'));
      resolve();
    });
  });
}

/** Builds the pane, the yardstick page and the fake office.js into `dir`. */
export async function buildPages(dir: string): Promise<{ pane: string; minimal: string; officeJs: string }> {
  const pane = path.join(dir, 'pane');
  const minimal = path.join(dir, 'minimal');
  const fake = path.join(dir, 'fake');
  const paneConfig = await productionConfig(pane);
  const base = await productionConfig(minimal);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const HtmlWebpackPlugin = require('html-webpack-plugin') as typeof import('html-webpack-plugin');
  const minimalConfig: Config = {
    ...base,
    entry: { taskpane: path.join(__dirname, 'minimal.tsx') },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
    ],
  };
  const fakeConfig: Config = {
    ...base,
    entry: { office: path.join(__dirname, 'fakeOffice.ts') },
    output: { path: fake, filename: '[name].js', clean: true },
    optimization: { minimize: false },
    plugins: [],
  };
  await run([paneConfig, minimalConfig, fakeConfig]);
  const grid = await readXlsxFile(SAMPLE_PATH);
  const officeJs = `window.__BCN_BENCH_GRID = ${JSON.stringify(grid)};\n${readFileSync(path.join(fake, 'office.js'), 'utf8')}`;
  return { pane, minimal, officeJs };
}

function initialScripts(dir: string): { files: string[]; raw: number; gz: number } {
  const html = readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc=(["']?)([^"'\s>]+\.js)\1/g)]
    .map((m) => m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gz };
}

/** Runs in the page before its scripts: notes the first frame in which `sel` is shown, and the JS fetched by then. */
const DETECTOR = `function (sel) {
  var check = function () {
    var el = document.querySelector(sel);
    if (!el || el.getBoundingClientRect().height === 0) return false;
    requestAnimationFrame(function () {
      window.__bcnShown = performance.now();
      window.__bcnJs = performance.getEntriesByType('resource')
        .filter(function (e) { return /\\.js(\\?|$)/.test(e.name) && e.name.indexOf('appsforoffice') < 0; })
        .reduce(function (n, e) { return n + e.encodedBodySize; }, 0);
    });
    return true;
  };
  var observer = new MutationObserver(function () { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Loads `dir`/taskpane.html `runs` times; time to the first frame showing `selector`. */
async function measurePage(
  browser: Browser,
  name: string,
  dir: string,
  selector: string,
  officeJs: string,
  runs: number,
): Promise<PaneLoad> {
  const served = await serveDir(dir);
  const times: number[] = [];
  const jsBytes: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      const page = await context.newPage();
      if (process.env.BCN_BENCH_DEBUG) {
        page.on('console', (m) => console.error(`[${name}] ${m.text()}`));
        page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`));
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.route(OFFICE_CDN, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs }),
      );
      // A string, not a function: the TypeScript loader would add helpers the page does not have.
      await page.addInitScript(`(${DETECTOR})(${JSON.stringify(selector)})`);
      await page.goto(`${served.url}taskpane.html`);
      await page.waitForFunction(() => (window as unknown as { __bcnShown?: number }).__bcnShown !== undefined, null, {
        timeout: 60_000,
      });
      const r = await page.evaluate(() => {
        const w = window as unknown as { __bcnShown: number; __bcnJs: number };
        return { shown: w.__bcnShown, js: w.__bcnJs };
      });
      // The first load warms the server and the browser's code caches for nothing else: not counted.
      if (i > 0) {
        times.push(r.shown);
        jsBytes.push(r.js);
      }
      await context.close();
    }
  } finally {
    await served.close();
  }
  const s = initialScripts(dir);
  return {
    page: name,
    initialFiles: s.files,
    initialBytes: s.raw,
    initialGzipBytes: s.gz,
    jsBeforePickerBytes: median(jsBytes),
    medianMs: median(times),
    runsMs: [...times].sort((a, b) => a - b),
  };
}

/** Builds both pages and measures them (`runs` loads each, ≥ 10). */
export async function measurePane(runs = 11): Promise<{ pane: PaneLoad; minimal: PaneLoad }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-pane-bench-'));
  let browser: Browser | undefined;
  try {
    const built = await buildPages(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // Interleaved would be fairer to a drifting machine load; pairs of blocks are close enough here.
    const minimal = await measurePage(
      browser,
      'React + Fluent button',
      built.minimal,
      '[data-testid="bench-ready"]',
      built.officeJs,
      runs,
    );
    const pane = await measurePage(
      browser,
      'Báo cáo ngành task pane',
      built.pane,
      '[data-testid="period-picker"]',
      built.officeJs,
      runs,
    );
    return { pane, minimal };
  } finally {
    await browser?.close();
    if (!process.env.BCN_BENCH_DEBUG) await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measurePane(Number(process.argv[2] ?? 11))
    .then((r) => {
      for (const p of [r.minimal, r.pane]) {
        console.log(
          `${p.page}: initial JS ${(p.initialGzipBytes / 1024).toFixed(1)} KB gzip (${(p.initialBytes / 1024).toFixed(1)} KB raw, ${p.initialFiles.length} files); ` +
            `JS before shown ${(p.jsBeforePickerBytes / 1024).toFixed(1)} KB; median ${p.medianMs.toFixed(0)} ms; runs ${p.runsMs.map((x) => x.toFixed(0)).join(' ')}`,
        );
      }
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
