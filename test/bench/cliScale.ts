/**
 * Command line vs a bare ExcelJS read, and the .docx build, at 1×, 5× and 20×
 * the 10-sector × 200-indicator workbook (bigWorkbook.ts), for `npm run bench`.
 *
 * Both sides run as their own Node process, as a user runs them, timed from
 * spawn to exit (wall clock), with the process's peak resident memory
 * (`process.resourceUsage().maxRSS`, reported by a small preload script):
 *   - bare read: `new ExcelJS.Workbook().xlsx.readFile(file)` and nothing else;
 *   - command line: `node build/src/cli/main.js <file> --period T6 --force --json`
 *     (the compiled tool `npm run report` runs; --force because the generated
 *     workbook has warnings — nothing is skipped), both files written.
 * Each size is run `runs` times, the two alternating, and medians compared.
 * The .docx build is timed in this process on the same reports
 * (read + compute once, then buildDocx `runs` times).
 */
import { spawn } from 'node:child_process';
import { promises as fs, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBigWorkbook, scaleGrid } from './bigWorkbook';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { parseGrid, runReport } from '../../src/pipeline/pipeline';
import { buildDocx } from '../../src/docx/buildDocx';
import { parsePeriodKey } from '../../src/engine';

const ROOT = path.resolve(__dirname, '../..');

export interface ProcessRun {
  ms: number;
  /** Peak resident set size, bytes. */
  peakBytes: number;
  code: number | null;
}

const PEAK_REPORTER = `process.on('exit', () => {
  require('fs').writeFileSync(process.env.BCN_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024));
});`;

async function timeProcess(
  args: string[],
  peakScript: string,
  keep?: { stdout?: string[]; stderr?: string[] },
): Promise<ProcessRun> {
  const peakFile = path.join(os.tmpdir(), `bcn-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', peakScript, ...args], {
      cwd: ROOT,
      env: { ...process.env, BCN_PEAK_FILE: peakFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let out = '';
    child.stdout.on('data', (d) => (out += keep?.stdout ? d : ''));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (c) => {
      keep?.stdout?.push(out);
      keep?.stderr?.push(err);
      if (c !== 0 && !keep?.stderr) process.stderr.write(err.slice(-2000));
      resolve(c);
    });
  });
  const ms = performance.now() - t0;
  const peakBytes = Number(await fs.readFile(peakFile, 'utf8').catch(() => '0'));
  await fs.rm(peakFile, { force: true });
  return { ms, peakBytes, code };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export interface CliScaleRow {
  factor: number;
  cells: number;
  bareMs: number;
  cliMs: number;
  /** cliMs / bareMs (medians). */
  ratio: number;
  barePeakBytes: number;
  cliPeakBytes: number;
  cliOk: boolean;
  /** The CLI's one-line message when it refused the file (exit 1), e.g. the read path's cell budget. */
  cliRefused: string | null;
  /** When refused: the same report from the 1× grid repeated in memory, in its own default-heap process. */
  inMemory: { ms: number; heapUsedPeakBytes: number; peakBytes: number; ok: boolean } | null;
  runs: number;
}

/** CLI vs bare read, median of `runsOf(factor)` alternating pairs per size. */
export async function benchCliScale(
  factors = [1, 5, 20],
  runsOf = (f: number) => (f >= 20 ? 3 : f >= 5 ? 5 : 7),
): Promise<CliScaleRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-cli-scale-'));
  const peakScript = path.join(dir, 'peak.js');
  writeFileSync(peakScript, PEAK_REPORTER);
  const bareScript = path.join(dir, 'bare.js');
  writeFileSync(
    bareScript,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\n` +
      `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((e) => { console.error(e); process.exitCode = 1; });\n`,
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureBuilt } = require(path.join(ROOT, 'bin/report.js')) as { ensureBuilt: (quiet?: boolean) => string };
  const main = ensureBuilt(true);
  const rows: CliScaleRow[] = [];
  try {
    for (const factor of factors) {
      const file = await ensureBigWorkbook(factor);
      const bare: ProcessRun[] = [];
      const cli: ProcessRun[] = [];
      const cliErr: string[] = [];
      for (let i = 0; i < runsOf(factor); i++) {
        bare.push(await timeProcess([bareScript, file], peakScript));
        cli.push(
          await timeProcess([main, file, '--period', 'T6', '--force', '--json', '--out', dir], peakScript, {
            stderr: cliErr,
          }),
        );
        if (cli[cli.length - 1].code !== 0) break; // refused: once is enough
      }
      const refused = cli.some((r) => r.code !== 0) ? (cliErr.find((e) => e.trim()) ?? '').trim().split('\n')[0] : null;
      let inMemory: CliScaleRow['inMemory'] = null;
      if (refused) {
        const out: string[] = [];
        const r = await timeProcess(
          ['--import', 'tsx', path.join(__dirname, 'pipelineAt.ts'), String(factor)],
          peakScript,
          {
            stdout: out,
            stderr: [],
          },
        );
        const j = r.code === 0 ? (JSON.parse(out.join('').trim()) as { ms: number; heapUsedPeak: number }) : null;
        inMemory = {
          ms: j?.ms ?? r.ms,
          heapUsedPeakBytes: j?.heapUsedPeak ?? 0,
          peakBytes: r.peakBytes,
          ok: r.code === 0,
        };
      }
      const bareMs = median(bare.map((r) => r.ms));
      const cliMs = median(cli.map((r) => r.ms));
      rows.push({
        factor,
        cells: 10 * 200 * factor * 29,
        bareMs,
        cliMs,
        ratio: cliMs / bareMs,
        barePeakBytes: Math.max(...bare.map((r) => r.peakBytes)),
        cliPeakBytes: Math.max(...cli.map((r) => r.peakBytes)),
        cliOk: cli.every((r) => r.code === 0),
        cliRefused: refused,
        inMemory,
        runs: cli.length,
      });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export interface DocxScaleRow {
  factor: number;
  /** Indicator rows in the appendix. */
  rows: number;
  medianMs: number;
  /** Milliseconds per 1 000 appendix rows (median). */
  msPer1000Rows: number;
  bytes: number;
}

/** buildDocx on the report of the big workbook at each size (median of `runs`). */
export async function benchDocxScale(
  factors = [1, 5, 20],
  runsOf = (f: number) => (f >= 20 ? 3 : f >= 5 ? 5 : 9),
): Promise<DocxScaleRow[]> {
  const out: DocxScaleRow[] = [];
  // The 1× file read once and repeated in memory: 20× is over the read path's cell budget.
  const base = await readXlsxFile(await ensureBigWorkbook(1));
  for (const factor of factors) {
    const parsed = parseGrid(scaleGrid(base, factor));
    const run = runReport(parsed, parsePeriodKey('T6', parsed.year ?? 2024)!);
    let rows = 0;
    const count = (list: { children?: unknown[] }[]): void => {
      for (const i of list) {
        rows++;
        count((i.children ?? []) as { children?: unknown[] }[]);
      }
    };
    for (const s of run.report.sectors) count(s.indicators);
    await buildDocx(run.narrative, run.report); // warm-up
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runsOf(factor); i++) {
      const t0 = performance.now();
      const docx = await buildDocx(run.narrative, run.report);
      times.push(performance.now() - t0);
      bytes = docx.length;
    }
    const medianMs = median(times);
    out.push({ factor, rows, medianMs, msPer1000Rows: (medianMs / rows) * 1000, bytes });
  }
  return out;
}
