/**
 * Benchmarks (`npm run bench`). Speed is measured here, never in timed tests.
 *
 * Sections (each prints a table; add more by pushing onto `SECTIONS` or by
 * importing `benchEngine` / `measure` / `printTable` from another script):
 *  1. engine: parseWorkbook + computeReport for a month period (T6) on the
 *     sample workbook scaled 1×, 10×, 100× (the rows of every sector sheet
 *     replicated in memory with fresh codes). Unit: indicator-months = number
 *     of indicator rows × 12 month columns read. Also the time ratio between
 *     sizes: 10× the data should cost at most 11× the time (linear).
 *  2. xlsx read: readXlsx on the sample file (bytes → WorkbookGrid).
 *  3. command line end to end, in process: read, check, compute, narrative,
 *     write the report .xlsx and the .docx (runCli on the sample, T6).
 *  4. Office host: context.sync() round trips per report on the fake Excel,
 *     for the sample and the sample 10× larger (office-syncs.ts).
 *  5. bundle size: gzipped initial JavaScript of the task pane (bundle-size.ts).
 *  6. command line vs a bare ExcelJS read of the same workbook, each its own
 *     process, at 1×, 5×, 20× the 10-sector × 200-indicator workbook
 *     (cliScale.ts, bigWorkbook.ts): median wall time, ratio, peak memory.
 *  7. .docx build scaling on the same reports: median ms per 1 000 rows.
 *  8. task pane first load in Chromium, CPU throttled 4×: initial JS and
 *     time to the period picker, against the pane before issue 11's
 *     first-load change (built from git in the same run) and a minimal
 *     React + Fluent page, loads alternating (pane/paneBench.ts).
 *  Last: one summary table of the figures issue 11 sets targets for, each with
 *  its target and OK / NOT MET.
 *
 * Method: a few warm-up runs (JIT), then the median of several timed runs.
 * Wall-clock and CPU time are both shown; the linearity verdict uses the
 * median CPU time of this process, which other load on a shared machine does
 * not inflate (the engine is single-threaded, so on an idle machine the two agree
 * up to garbage-collector threads).
 */
import { performance } from 'node:perf_hooks';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../src/engine/types';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';
import { measureOfficeSyncs } from './office-syncs';
import { measureBundle, measurePage } from './bundle-size';
import { benchCliScale, benchDocxScale } from './cliScale';
import { measurePane, PANE_BEFORE } from './pane/paneBench';

/** Loads of each page in the pane section (the issue asks ≥ 10). */
const PANE_RUNS = 11;

/** Rows of the closing summary table: what, measured, target, verdict. */
const SUMMARY: string[][] = [];
function summarise(what: string, measured: string, target: string, ok: boolean): void {
  SUMMARY.push([what, measured, target, ok ? 'OK' : 'NOT MET']);
}
/**
 * Scaling verdicts compare medians of repeated runs and allow this much over
 * linear: the 2-core machine the benchmarks run on is shared, and one slow
 * run must not fail a linear step.
 */
const NOISE = 1.3;

export interface Measurement {
  /** Median milliseconds of the timed runs. */
  medianMs: number;
  /** Fastest run. */
  minMs: number;
  /** Median CPU time (user + system) of this process per run: unaffected by other processes on a busy machine. */
  cpuMedianMs: number;
  runs: number;
}

/** Median time of `fn` after `warmup` untimed runs. */
export async function measure(fn: () => unknown | Promise<unknown>, runs: number, warmup = 3): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { medianMs: median(times), minMs: Math.min(...times), cpuMedianMs: median(cpu), runs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Plain-text table with right-aligned columns after the first. */
export function printTable(headers: string[], rows: string[][]): string[] {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)];
}

/** True when a row is the sample's header row (its code column header). */
function isHeaderRow(row: (GridCell | null | undefined)[]): boolean {
  const v = row[0]?.v;
  return typeof v === 'string' && /^Mã/.test(v);
}

/**
 * The workbook with every sector sheet's data rows repeated `factor` times;
 * copy k ≥ 1 gets codes prefixed "K<k>" (children keep their parent:
 * K3VL01.1 under K3VL01). Other sheets are kept as they are.
 */
export function scaleWorkbook(wb: WorkbookGrid, factor: number): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s): SheetGrid => {
      const h = s.rows.findIndex(isHeaderRow);
      if (h < 0 || factor === 1) return s;
      const data = s.rows.slice(h + 1);
      const rows = s.rows.slice(0, h + 1).concat(data);
      for (let k = 1; k < factor; k++) {
        for (const r of data) {
          const copy = r.slice();
          const code = copy[0]?.v;
          if (typeof code === 'string' && code) copy[0] = { ...copy[0]!, v: `K${k}${code}` };
          rows.push(copy);
        }
      }
      return { ...s, rows };
    }),
  };
}

function countIndicators(wb: WorkbookGrid): number {
  const parsed = parseWorkbook(wb);
  let n = 0;
  const visit = (list: { children: unknown[] }[]) => {
    for (const i of list) {
      n++;
      visit(i.children as { children: unknown[] }[]);
    }
  };
  for (const s of parsed.sectors) visit(s.indicators);
  return n;
}

export interface EngineBenchRow {
  factor: number;
  indicators: number;
  indicatorMonths: number;
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  perSecond: number;
}

export async function benchEngine(base: WorkbookGrid, factors = [1, 10, 100]): Promise<EngineBenchRow[]> {
  const out: EngineBenchRow[] = [];
  for (const factor of factors) {
    const wb = scaleWorkbook(base, factor);
    const indicators = countIndicators(wb);
    const year = parseWorkbook(wb).year ?? 2024;
    const period = parsePeriodKey('T6', year)!;
    const runs = factor >= 100 ? 11 : factor >= 10 ? 21 : 51;
    const m = await measure(() => computeReport(parseWorkbook(wb), period), runs, factor >= 100 ? 3 : 5);
    const indicatorMonths = indicators * 12;
    out.push({
      factor,
      indicators,
      indicatorMonths,
      medianMs: m.medianMs,
      minMs: m.minMs,
      cpuMedianMs: m.cpuMedianMs,
      perSecond: indicatorMonths / (m.medianMs / 1000),
    });
  }
  return out;
}

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const nf0 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export interface Section {
  title: string;
  run: () => Promise<string[]>;
}

async function loadSample(): Promise<{ bytes: Buffer; grid: WorkbookGrid }> {
  const bytes = await fs.readFile(SAMPLE_PATH);
  return { bytes, grid: await readXlsx(bytes) };
}

export const engineSection: Section = {
  title: 'Engine: parseWorkbook + computeReport (T6), sample scaled',
  run: async () => {
    const { grid } = await loadSample();
    const rows = await benchEngine(grid);
    const lines = printTable(
      [
        'size',
        'indicators',
        'indicator-months',
        'median ms',
        'min ms',
        'CPU ms (median)',
        'indicator-months/s (median)',
      ],
      rows.map((r) => [
        `${r.factor}×`,
        nf0.format(r.indicators),
        nf0.format(r.indicatorMonths),
        nf.format(r.medianMs),
        nf.format(r.minMs),
        nf.format(r.cpuMedianMs),
        nf0.format(r.perSecond),
      ]),
    );
    lines.push('');
    const last = rows[rows.length - 1];
    summarise('engine throughput at 100× (median)', `${nf0.format(last.perSecond)} indicator-months/s`, '—', true);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      const sizeRatio = b.indicatorMonths / a.indicatorMonths;
      const timeRatio = b.medianMs / a.medianMs;
      const cpuRatio = b.cpuMedianMs / a.cpuMedianMs;
      const ok = cpuRatio <= sizeRatio * NOISE;
      lines.push(
        `time ${b.factor}× / ${a.factor}×: CPU ${nf.format(cpuRatio)}, wall ${nf.format(timeRatio)} for ${nf.format(sizeRatio)}× the data ` +
          `(limit ${nf.format(sizeRatio * NOISE)}, judged on median CPU time) ${ok ? 'OK' : 'SLOWER THAN LINEAR'}`,
      );
      summarise(
        `engine time ${b.factor}× / ${a.factor}× (median CPU)`,
        `${nf.format(cpuRatio)} for ${nf.format(sizeRatio)}× data`,
        `≤ ${nf.format(sizeRatio * NOISE)}`,
        ok,
      );
    }
    return lines;
  },
};

export const readSection: Section = {
  title: 'xlsx read: readXlsx(sample bytes) → WorkbookGrid',
  run: async () => {
    const { bytes } = await loadSample();
    const m = await measure(() => readXlsx(bytes), 15, 3);
    return printTable(
      ['file', 'KB', 'median ms'],
      [['so-lieu-nganh-2024.xlsx', nf0.format(bytes.length / 1024), nf.format(m.medianMs)]],
    );
  },
};

export const cliSection: Section = {
  title: 'Command line end to end (runCli: read → report .xlsx + .docx), sample, T6',
  run: async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-bench-'));
    const io = { stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
    try {
      const m = await measure(
        async () => {
          const code = await runCli([SAMPLE_PATH, '--period', 'T6', '--out', dir, '--json'], io);
          if (code !== 0) throw new Error(`runCli exited ${code}`);
        },
        7,
        2,
      );
      return printTable(
        ['run', 'median ms', 'min ms', 'CPU ms (median)'],
        [['report T6', nf.format(m.medianMs), nf.format(m.minMs), nf.format(m.cpuMedianMs)]],
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};

export const officeSection: Section = {
  title:
    'Office host: context.sync() round trips per report (fake Excel), sample, sample ×10, and a report over the 5 MB request limit',
  run: async () => {
    const rows = await measureOfficeSyncs();
    const lines = printTable(
      [
        'workbook',
        'sheets',
        'cells',
        'read syncs',
        'report syncs',
        'largest read response (chars)',
        'largest write request (bytes)',
        'refused writes',
      ],
      rows.map((r) => [
        r.workbook,
        nf0.format(r.sheets),
        nf0.format(r.cells),
        String(r.readSyncs),
        String(r.reportSyncs),
        nf0.format(r.maxReadResponseChars),
        nf0.format(r.maxWriteRequestBytes),
        String(r.refusedWrites),
      ]),
    );
    const [a, b, split] = rows;
    lines.push(
      '',
      `syncs per report equal for the sample and ×10: ${a.reportSyncs === b.reportSyncs ? 'yes' : 'NO'}; at most 4: ${a.reportSyncs <= 4 && b.reportSyncs <= 4 ? 'yes' : 'NO'}`,
      `over the limit: the read goes sheet by sheet (${split.readSyncs} syncs), the write is refused ${split.refusedWrites}× and split (${split.reportSyncs - split.readSyncs} write round trips, every request ≤ 5 MB: ${split.maxWriteRequestBytes <= 5 * 1024 * 1024 ? 'yes' : 'NO'})`,
    );
    return lines;
  },
};

export const bundleSection: Section = {
  title: 'Task pane bundle and offline page (dist/, production build)',
  run: async () => {
    const b = measureBundle();
    const kb = (n: number) => nf.format(n / 1024);
    return printTable(
      ['what', 'KB', 'KB gzipped'],
      [
        [`initial JavaScript (${b.initialFiles.length} files)`, kb(b.initialBytes), kb(b.initialGzipBytes)],
        ['loaded on demand (docx, …)', kb(b.lazyBytes), kb(b.lazyGzipBytes)],
        ...(() => {
          const p = measurePage();
          return [
            ['offline page: web.html + web.*.js', kb(p.web.raw), kb(p.web.gz)],
            ['offline page: bao-cao-nganh.html (single file)', kb(p.single.raw), kb(p.single.gz)],
          ];
        })(),
      ],
    );
  },
};

const mb = (n: number) => nf0.format(n / 1024 / 1024);

export const cliScaleSection: Section = {
  title:
    'Command line vs bare ExcelJS read of the same workbook (own processes, wall clock), 10 sectors × 200·N indicators',
  run: async () => {
    const rows = await benchCliScale();
    const lines = printTable(
      ['size', 'cells', 'runs', 'bare read ms', 'CLI ms', 'CLI / bare', 'bare peak MB', 'CLI peak MB', 'CLI exit'],
      rows.map((r) => [
        `${r.factor}×`,
        nf0.format(r.cells),
        String(r.runs),
        nf0.format(r.bareMs),
        nf0.format(r.cliMs),
        r.cliRefused ? '—' : nf.format(r.ratio),
        mb(r.barePeakBytes),
        r.cliRefused ? '—' : mb(r.cliPeakBytes),
        r.cliRefused ? 'refused (1)' : r.cliOk ? '0' : 'FAILED',
      ]),
    );
    for (const r of rows) {
      if (r.cliRefused) {
        lines.push('', `${r.factor}×: the CLI refused the file — ${r.cliRefused}`);
        summarise(`CLI / bare read, ${r.factor}×`, 'refused by the read-path cell budget', '≤ 3', false);
        if (r.inMemory) {
          lines.push(
            `${r.factor}× from the 1× grid repeated in memory (parse → compute → narrative → .xlsx + .docx, own process, default heap): ` +
              `${nf0.format(r.inMemory.ms)} ms, heap peak ${mb(r.inMemory.heapUsedPeakBytes)} MB, RSS peak ${mb(r.inMemory.peakBytes)} MB, ` +
              `${r.inMemory.ok ? 'completed' : 'FAILED'}`,
          );
          summarise(
            `${r.factor}× report in the default heap (after reading)`,
            `${r.inMemory.ok ? 'completed' : 'FAILED'}, heap peak ${mb(r.inMemory.heapUsedPeakBytes)} MB`,
            'completes',
            r.inMemory.ok,
          );
        }
        continue;
      }
      summarise(
        `CLI / bare read, ${r.factor}× (median of ${r.runs})`,
        nf.format(r.ratio),
        '≤ 3',
        r.ratio <= 3 && r.cliOk,
      );
      summarise(
        `CLI peak memory (RSS), ${r.factor}×`,
        `${mb(r.cliPeakBytes)} MB`,
        'completes in the default heap',
        r.cliOk,
      );
    }
    return lines;
  },
};

export const docxScaleSection: Section = {
  title: '.docx build (buildDocx) on the same reports, in process',
  run: async () => {
    const rows = await benchDocxScale();
    const lines = printTable(
      ['size', 'appendix rows', 'median ms', 'ms per 1 000 rows', 'file KB'],
      rows.map((r) => [
        `${r.factor}×`,
        nf0.format(r.rows),
        nf0.format(r.medianMs),
        nf.format(r.msPer1000Rows),
        nf0.format(r.bytes / 1024),
      ]),
    );
    lines.push('');
    const base = rows[0];
    for (const r of rows.slice(1)) {
      const growth = r.msPer1000Rows / base.msPer1000Rows;
      const ok = growth <= NOISE;
      lines.push(
        `per-row time ${r.factor}× / ${base.factor}×: ${nf.format(growth)} (linear = 1, limit ${nf.format(NOISE)}) ${ok ? 'OK' : 'SLOWER THAN LINEAR'}`,
      );
      summarise(
        `docx per-row time ${r.factor}× / ${base.factor}× (medians)`,
        nf.format(growth),
        `≤ ${nf.format(NOISE)}`,
        ok,
      );
    }
    return lines;
  },
};

export const paneSection: Section = {
  title: `Task pane first load in Chromium (CPU 4× slower, fresh cache, fake Excel as office.js): the pane now, the pane before issue 11 (${PANE_BEFORE}, built in this run) and the yardstick, loads alternating, median of ${PANE_RUNS}`,
  run: async () => {
    const { pane, before, minimal } = await measurePane(PANE_RUNS);
    const kb = (n: number) => nf.format(n / 1024);
    const lines = printTable(
      ['page', 'initial JS KB gzip', 'initial JS KB', 'JS before shown KB', 'median ms to shown', 'fastest', 'slowest'],
      [before, pane, minimal].map((p) => [
        p.page,
        kb(p.initialGzipBytes),
        kb(p.initialBytes),
        kb(p.jsBeforePickerBytes),
        nf0.format(p.medianMs),
        nf0.format(p.runsMs[0]),
        nf0.format(p.runsMs[p.runsMs.length - 1]),
      ]),
    );
    lines.push(
      '',
      `pane / before: bytes ${nf.format(pane.initialGzipBytes / before.initialGzipBytes)}×, time ${nf.format(pane.medianMs / before.medianMs)}×`,
      `pane / yardstick: bytes ${nf.format(pane.initialGzipBytes / minimal.initialGzipBytes)}×, time ${nf.format(pane.medianMs / minimal.medianMs)}×`,
    );
    summarise(
      'pane initial JavaScript',
      `${kb(pane.initialGzipBytes)} KB gzip (before ${kb(before.initialGzipBytes)}, yardstick ${kb(minimal.initialGzipBytes)})`,
      '≤ 120 KB gzip',
      pane.initialGzipBytes <= 120 * 1024,
    );
    summarise(
      `pane time to period picker (median of ${PANE_RUNS})`,
      `${nf0.format(pane.medianMs)} ms (before ${nf0.format(before.medianMs)}: ${nf0.format((100 * (pane.medianMs - before.medianMs)) / before.medianMs)} %, yardstick ${nf0.format(minimal.medianMs)})`,
      'no later than before',
      pane.medianMs <= before.medianMs,
    );
    return lines;
  },
};

export const SECTIONS: Section[] = [
  engineSection,
  readSection,
  cliSection,
  officeSection,
  bundleSection,
  cliScaleSection,
  docxScaleSection,
  paneSection,
];

export async function main(sections: Section[] = SECTIONS): Promise<void> {
  console.log(`Báo cáo ngành — benchmarks (Node ${process.version}, ${process.platform}/${process.arch})`);
  for (const s of sections) {
    console.log('');
    console.log(`== ${s.title}`);
    for (const line of await s.run()) console.log(line);
  }
  if (SUMMARY.length) {
    console.log('');
    console.log('== Summary (issue 11 targets)');
    for (const line of printTable(['figure', 'measured', 'target', 'verdict'], SUMMARY)) console.log(line);
  }
}

/** `npm run bench -- --only pane` (or `--only cliScale,docxScale`): those sections alone, still one table. */
const BY_NAME: Record<string, Section> = {
  engine: engineSection,
  read: readSection,
  cli: cliSection,
  office: officeSection,
  bundle: bundleSection,
  cliScale: cliScaleSection,
  docxScale: docxScaleSection,
  pane: paneSection,
};

function chosenSections(argv: string[]): Section[] {
  const i = argv.indexOf('--only');
  if (i < 0) return SECTIONS;
  const names = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !BY_NAME[n]);
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`--only wants section names from: ${Object.keys(BY_NAME).join(', ')} (got "${argv[i + 1] ?? ''}")`);
  return names.map((n) => BY_NAME[n]);
}

if (require.main === module) {
  Promise.resolve()
    .then(() => main(chosenSections(process.argv.slice(2))))
    .catch((e: unknown) => {
      console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
