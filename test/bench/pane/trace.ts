/**
 * Where the time to the period picker goes — a diagnostic companion of
 * paneBench.ts (not part of `npm run bench`). Loads built pane folders in
 * Chromium the way the bench does (CPU 4×, fresh context, fake office.js) and
 * prints the request waterfall, the moments the page changed (boot message
 * gone, spinner, picker, tabs) and, for the last load, the renderer main
 * thread's top-level tasks from a Chromium trace.
 *
 *   npx tsx test/bench/pane/trace.ts build DIR          the bench's pages into DIR (before/, pane/, minimal/, office.js)
 *   npx tsx test/bench/pane/trace.ts min DIR/p1         this checkout's pane only (plain: not minified, readable profiles)
 *   npx tsx test/bench/pane/trace.ts run DIR/p1 [n]     n loads; PROFILE=1 adds a CPU profile of the last one,
 *                                                       PROFILE_DIR=<plain build> its self time per source file,
 *                                                       PROFILE_UNDER=<regexp> only under matching frames
 *   npx tsx test/bench/pane/trace.ts ab RUNS DIR/a DIR/b …   alternating loads, medians (office.js from DIR)
 */
import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from '../../browser/server';
import { buildPages } from './paneBench';

const MARKS = `(function () {
  var seen = {};
  var mark = function (k) { if (!seen[k]) { seen[k] = performance.now(); } };
  window.__marks = seen;
  var check = function () {
    if (!document.getElementById('boot-message') && document.getElementById('container')) mark('bootMessageGone');
    if (document.querySelector('[data-testid="loading"]')) mark('spinner');
    var p = document.querySelector('[data-testid="period-picker"]');
    if (p && p.getBoundingClientRect().height > 0) { mark('picker'); requestAnimationFrame(function(){ mark('pickerFrame'); }); }
    if (document.querySelector('[role="tablist"]')) mark('tabs');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function main(): Promise<void> {
  const [cmd, dir, nArg] = process.argv.slice(2);
  if (cmd === 'plain' || cmd === 'min') {
    // the pane of this checkout, production mode but not minified (readable profiles)
    const { productionConfigFor } = await import('./paneBench');
    const c = await productionConfigFor(dir);
    await new Promise<void>((res, rej) =>
      (require('webpack') as typeof import('webpack'))(
        { ...c, optimization: { ...c.optimization, minimize: cmd === 'min' } },
        (err, st) => (err || st?.hasErrors() ? rej(err ?? new Error(st?.toString('errors-only'))) : res()),
      ),
    );
    return;
  }
  if (cmd === 'ab') {
    // npx tsx trace.ts ab RUNS DIR1 DIR2 …: alternating loads, medians (office.js from DIR1/..)
    const { measurePages } = await import('./paneBench');
    const dirs = process.argv.slice(4);
    const officeJs = readFileSync(path.join(dirs[0], '..', 'office.js'), 'utf8');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const r = await measurePages(
      browser,
      dirs.map((d) => ({ name: d, dir: d, selector: '[data-testid="period-picker"]' })),
      officeJs,
      Number(dir),
    );
    for (const p of r)
      console.log(
        `${p.page}: ${(p.initialGzipBytes / 1024).toFixed(1)} KB gz, median ${p.medianMs.toFixed(0)} ms; runs ${p.runsMs.map((x) => x.toFixed(0)).join(' ')}`,
      );
    await browser.close();
    return;
  }
  if (cmd === 'build') {
    await fs.mkdir(dir, { recursive: true });
    const b = await buildPages(dir);
    writeFileSync(path.join(dir, 'office.js'), b.officeJs);
    return;
  }
  const officeJs = readFileSync(path.join(dir, '..', 'office.js'), 'utf8');
  const served = await serveDir(dir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const n = Number(nArg ?? 3);
  const results: {
    marks: Record<string, number>;
    res: { name: string; start: number; end: number; size: number }[];
    tasks: string[];
  }[] = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs }),
    );
    await page.addInitScript(MARKS);
    const tracing = i === n - 1;
    if (tracing)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'v8.execute',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'loading',
        ],
      });
    const profiling = process.env.PROFILE && i === n - 1;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${served.url}taskpane.html`);
    await page.waitForFunction(
      () => (window as unknown as { __marks: Record<string, number> }).__marks.pickerFrame !== undefined,
      null,
      { timeout: 60000 },
    );
    if (profiling) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      printProfile(profile);
    }
    await page.waitForTimeout(1500);
    const data = await page.evaluate(() => ({
      marks: (window as unknown as { __marks: Record<string, number> }).__marks,
      res: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name.replace(/^.*\//, ''), start: r.startTime, end: r.responseEnd, size: r.encodedBodySize };
      }),
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          domInteractive: n.domInteractive,
          dcl: n.domContentLoadedEventEnd,
          load: n.loadEventEnd,
          respEnd: n.responseEnd,
        };
      })(),
    }));
    let tasks: string[] = [];
    if (tracing) {
      const buf = await browser.stopTracing();
      tasks = summarise(JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }, data.marks.pickerFrame);
    }
    results.push({ ...data, tasks } as never);
    console.log(`load ${i}: nav ${JSON.stringify(data.nav)}`);
    console.log(
      `  marks ${Object.entries(data.marks)
        .map(([k, v]) => `${k}=${v.toFixed(0)}`)
        .join(' ')}`,
    );
    for (const r of data.res)
      console.log(
        `  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.size / 1024).toFixed(1).padStart(7)} KB  ${r.name}`,
      );
    await context.close();
  }
  console.log(results[results.length - 1].tasks.join('\n'));
  await browser.close();
  await served.close();
}

interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

function printProfile(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(p.samples[i])!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const u = n.callFrame.url.replace(/^.*\//, '') || n.callFrame.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  if (process.env.PROFILE_DIR) {
    // self time per source file of the plain build (module headers in the bundle: ";// ./path" or "/***/ id")
    const dir = process.env.PROFILE_DIR;
    const headers = new Map<string, { line: number; name: string }[]>();
    const of = (url: string): { line: number; name: string }[] => {
      const f = url.replace(/^.*\//, '');
      if (!headers.has(f)) {
        let lines: string[] = [];
        try {
          lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
        } catch {
          /* not ours */
        }
        const hs: { line: number; name: string }[] = [];
        lines.forEach((l, i) => {
          const m = /^;\/\/ (\.\/\S+)/.exec(l) ?? /^\/\*\*\*\/ (\d+)$/.exec(l);
          if (m) hs.push({ line: i, name: m[1] });
        });
        headers.set(f, hs);
      }
      return headers.get(f)!;
    };
    const perFile = new Map<string, number>();
    const under = process.env.PROFILE_UNDER ? new RegExp(process.env.PROFILE_UNDER) : null;
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const n = byId.get(p.samples[i])!;
      if (under) {
        let hit = false;
        for (let id: number | undefined = n.id; id !== undefined && !hit; id = parent.get(id)) {
          const f = byId.get(id)!.callFrame;
          hit = under.test(`${f.functionName} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`);
        }
        if (!hit) continue;
      }
      const hs = n.callFrame.url ? of(n.callFrame.url) : [];
      let name = n.callFrame.url ? n.callFrame.url.replace(/^.*\//, '') : n.callFrame.functionName;
      for (const h of hs) if (h.line <= n.callFrame.lineNumber) name = h.name;
      name = name
        .replace(/^\.\/node_modules\//, '')
        .replace(/\/lib\/.*$/, '')
        .replace(/\/dist\/.*$/, '')
        .replace(/\/cjs\/.*$/, '');
      perFile.set(name, (perFile.get(name) ?? 0) + dt);
    }
    console.log('self time per source (plain build):');
    for (const [k, v] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([x, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${x}`);
  console.log('profile self time by script:\n' + top(byUrl, 20).join('\n'));
  console.log('profile self time top:\n' + top(self, 40).join('\n'));
  console.log('profile total time top:\n' + top(total, 60).join('\n'));
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {
    data?: { url?: string; functionName?: string; type?: string; frame?: string };
    beginData?: { url?: string };
  };
}

/** Top-level main-thread tasks of the renderer up to the picker, with what ran inside. */
function summarise(trace: { traceEvents: TraceEvent[] }, pickerMs: number): string[] {
  const ev = trace.traceEvents;
  const ren = ev.filter(
    (e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
  );
  const out: string[] = [];
  // pick the renderer main thread with the most events
  let best: { pid: number; tid: number; n: number } | null = null;
  for (const t of ren) {
    const n = ev.filter(
      (e) =>
        e.pid === t.pid &&
        e.tid === t.tid &&
        e.name === 'ParseHTML' &&
        /taskpane\.html/.test(String(e.args?.beginData?.url ?? '')),
    ).length;
    if (!best || n > best.n) best = { pid: t.pid, tid: t.tid, n };
  }
  if (!best || best.n === 0) return ['no renderer main thread'];
  const mine = ev.filter((e) => e.pid === best!.pid && e.tid === best!.tid && e.ph === 'X' && e.dur !== undefined);
  const navStart = ev.find((e) => e.name === 'navigationStart' && e.pid === best!.pid);
  const t0 = (navStart ?? mine[0]).ts;
  const tops = mine
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const inside = (t: TraceEvent) =>
    mine.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t);
  let busy = 0;
  out.push(`main-thread tasks ≥ 5 ms before picker (${pickerMs.toFixed(0)} ms), t from navigationStart:`);
  for (const t of tops) {
    const start = (t.ts - t0) / 1000;
    if (start > pickerMs + 50) break;
    const d = (t.dur ?? 0) / 1000;
    busy += d;
    if (d < 5) continue;
    const kids = inside(t)
      .filter(
        (e) =>
          (e.dur ?? 0) / 1000 >= 2 &&
          [
            'EvaluateScript',
            'v8.compile',
            'v8.compileModule',
            'FunctionCall',
            'ParseHTML',
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'v8.run',
            'TimerFire',
            'FireAnimationFrame',
            'RunMicrotasks',
            'V8.GCScavenger',
            'MajorGC',
            'MinorGC',
            'ParseAuthorStyleSheet',
            'PrePaint',
            'Commit',
            'v8.parseOnBackground',
            'CompileScript',
            'CompileCode',
            'EventDispatch',
            'HitTest',
            'ScheduleStyleRecalculation',
            'RecalculateStyles',
            'XHRReadyStateChange',
            'ResourceReceivedData',
            'v8.produceCache',
          ].includes(e.name),
      )
      .map((e) => {
        const url =
          e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.functionName ?? e.args?.data?.type ?? '';
        return `${e.name}${url ? `(${String(url).replace(/^.*\//, '')})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
      });
    out.push(`  ${start.toFixed(0).padStart(6)} +${d.toFixed(0).padStart(4)}  ${kids.slice(0, 14).join(', ')}`);
  }
  out.push(`main thread busy before picker: ${busy.toFixed(0)} ms`);
  return out;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
