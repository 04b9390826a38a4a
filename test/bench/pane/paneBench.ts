/**
 * Task pane first load, measured in Chromium (`npm run bench`, or
 * `npx tsx test/bench/pane/paneBench.ts` alone):
 *
 * - builds, with the production webpack config (webpack.config.js) into a temp
 *   folder: the add-in as shipped (taskpane.html + its scripts); the pane as it
 *   was before the first-load work of issue 11 (`PANE_BEFORE`, the parent of
 *   commit 45745bf: its files taken with `git archive`, built with its own
 *   webpack config and this node_modules, the same way, in the same run); and
 *   the yardstick — a minimal React + Fluent page with one button
 *   (minimal.tsx), same config, same HTML template; plus the fake office.js
 *   (fakeOffice.ts: test/fakes/excel.ts over the sample workbook);
 * - serves them on 127.0.0.1 and loads each page ≥ 10 times in Debian's
 *   chromium, the pages alternating (before, now, yardstick, before, …) so
 *   that a change in the machine's load hits all three alike; a fresh browser
 *   context (empty cache) per load, CPU throttled 4× through the DevTools
 *   protocol (Emulation.setCPUThrottlingRate), the Microsoft CDN's office.js
 *   answered with the fake; one warm-up round not counted;
 * - reports per page: initial JavaScript (the <script> files of the HTML, raw
 *   and gzip -9), the JavaScript fetched before the picker (or the button)
 *   showed, and the median time from navigation start to the first animation
 *   frame after the period picker (`data-testid="period-picker"`) is in the
 *   page and has a size — what the user waits for.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync, symlinkSync } from 'node:fs';
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
/**
 * The pane to compare with: the commit before issue 11's first-load change
 * (45745bf, "Task pane first load: …"). BCN_BENCH_PANE_BEFORE names another.
 */
export const PANE_BEFORE = process.env.BCN_BENCH_PANE_BEFORE ?? '45745bf^';

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

async function productionConfig(outDir: string, root = ROOT): Promise<Config> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(path.join(root, 'webpack.config.js')) as (env: object, argv: object) => Promise<Config>;
  const built = (await build({}, { mode: 'production' })) as Config | Config[];
  // The add-in's config (the file also builds the offline page, `name: 'web'`, since issue 12).
  const config = Array.isArray(built) ? built.find((c) => c.name !== 'web')! : built;
  return { ...config, context: root, output: { ...config.output, path: outDir }, stats: 'errors-only' };
}

/** The add-in's production config of this checkout, writing to `outDir`. */
export const productionConfigFor = (outDir: string): Promise<Config> => productionConfig(outDir);

/**
 * The source tree at `rev` (git archive: the repository is not touched),
 * with this checkout's node_modules linked in; returns its folder.
 */
function checkoutAt(rev: string, dir: string): string {
  const src = path.join(dir, 'before-src');
  execFileSync('mkdir', ['-p', src]);
  const tar = execFileSync('git', ['archive', '--format=tar', rev], { cwd: ROOT, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', src], { input: tar });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  return src;
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

/** Builds the pane, the pane before (`PANE_BEFORE`), the yardstick page and the fake office.js into `dir`. */
export async function buildPages(
  dir: string,
): Promise<{ pane: string; before: string; minimal: string; officeJs: string }> {
  const pane = path.join(dir, 'pane');
  const before = path.join(dir, 'before');
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
  // One after the other: two webpack builds at once would not fit two cores any faster.
  await run([await productionConfig(before, checkoutAt(PANE_BEFORE, dir))]);
  const grid = await readXlsxFile(SAMPLE_PATH);
  const officeJs = `window.__BCN_BENCH_GRID = ${JSON.stringify(grid)};\n${readFileSync(path.join(fake, 'office.js'), 'utf8')}`;
  return { pane, before, minimal, officeJs };
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

interface PageUnderTest {
  name: string;
  dir: string;
  selector: string;
}

/** One load of `url` in a fresh context: ms from navigation start to the first frame showing `selector`, JS bytes by then. */
async function loadOnce(
  browser: Browser,
  name: string,
  url: string,
  selector: string,
  officeJs: string,
): Promise<{ shown: number; js: number }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  try {
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
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bcnShown?: number }).__bcnShown !== undefined, null, {
      timeout: 60_000,
    });
    return await page.evaluate(() => {
      const w = window as unknown as { __bcnShown: number; __bcnJs: number };
      return { shown: w.__bcnShown, js: w.__bcnJs };
    });
  } finally {
    await context.close();
  }
}

/**
 * Loads every page `runs` times, the pages taking turns (one round: each page
 * once), after one warm-up round that warms the server and the browser's code
 * caches and is not counted.
 */
export async function measurePages(
  browser: Browser,
  pages: PageUnderTest[],
  officeJs: string,
  runs: number,
): Promise<PaneLoad[]> {
  const served = await Promise.all(pages.map((p) => serveDir(p.dir)));
  const times: number[][] = pages.map(() => []);
  const jsBytes: number[][] = pages.map(() => []);
  try {
    for (let i = 0; i < runs + 1; i++) {
      for (let k = 0; k < pages.length; k++) {
        const r = await loadOnce(browser, pages[k].name, `${served[k].url}taskpane.html`, pages[k].selector, officeJs);
        if (i > 0) {
          times[k].push(r.shown);
          jsBytes[k].push(r.js);
        }
      }
    }
  } finally {
    await Promise.all(served.map((s) => s.close()));
  }
  return pages.map((p, k) => {
    const s = initialScripts(p.dir);
    return {
      page: p.name,
      initialFiles: s.files,
      initialBytes: s.raw,
      initialGzipBytes: s.gz,
      jsBeforePickerBytes: median(jsBytes[k]),
      medianMs: median(times[k]),
      runsMs: [...times[k]].sort((a, b) => a - b),
    };
  });
}

/** Builds the three pages and measures them (`runs` loads each, ≥ 10, alternating). */
export async function measurePane(runs = 11): Promise<{ pane: PaneLoad; before: PaneLoad; minimal: PaneLoad }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-pane-bench-'));
  let browser: Browser | undefined;
  try {
    const built = await buildPages(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const picker = '[data-testid="period-picker"]';
    const [before, pane, minimal] = await measurePages(
      browser,
      [
        { name: `task pane before (${PANE_BEFORE})`, dir: built.before, selector: picker },
        { name: 'Báo cáo ngành task pane', dir: built.pane, selector: picker },
        { name: 'React + Fluent button', dir: built.minimal, selector: '[data-testid="bench-ready"]' },
      ],
      built.officeJs,
      runs,
    );
    return { pane, before, minimal };
  } finally {
    await browser?.close();
    if (!process.env.BCN_BENCH_DEBUG) await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measurePane(Number(process.argv[2] ?? 11))
    .then((r) => {
      for (const p of [r.before, r.pane, r.minimal]) {
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
