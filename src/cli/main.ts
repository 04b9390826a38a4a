/**
 * Báo cáo ngành on the command line (outputs.md §4):
 *
 *   npm run report -- <workbook.xlsx> [--period <P>] [--out <dir>] [--json] [--force] [--year <YYYY>]
 *   npm run report -- <workbook.xlsx> --explain      (how each sheet was read; writes nothing)
 *
 * Reads the workbook (never writes it), validates and computes with the same
 * engine as the add-in, and writes `<out>/<name> - BC <period>.xlsx` (report
 * sheet + narrative sheet) and `<out>/<name> - BC <period>.docx`.
 *
 * Exit status: 0 report written; 2 validation errors without --force (nothing
 * written, errors printed); 1 unreadable file, wrong arguments, no sector sheet,
 * no year, or the files cannot be written — one line on standard error, never
 * a stack trace (set BCN_DEBUG=1 to get one for an unexpected failure).
 *
 * See README.md in this folder.
 */
import * as path from 'node:path';
import { findingsSummary, hasErrors, latestMonthWithData, parsePeriodKey, reportToJson } from '../engine';
import type { ComputedReport, ParsedWorkbook, Period } from '../engine/types';
import { narrativeToText } from '../engine/narrative';
import { outputSheetNames } from '../engine/layout/naming';
import { lastMonthGap, parseGrid, runReport } from '../pipeline/pipeline';
import { readXlsxFile, XlsxReadError } from '../hosts/xlsx/read';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { formatExplain, formatFigures, formatFindings } from './summary';
import { OutputError, writeOutputs } from './output';
import { forTerminal, jsonForTerminal } from './terminal';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output for text already made safe for the terminal (the JSON, jsonForTerminal): written as is. */
  stdoutSafe?: (text: string) => void;
}

/** A failure with a message meant for the user: printed as one line, exit 1. */
class CliError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_VALIDATION = 2;

/** Runs the tool; returns the exit status. Never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Cell text and sheet names never reach the terminal as control sequences (terminal.ts).
  const safe: CliIO = {
    stdout: (t) => io.stdout(forTerminal(t)),
    stderr: (t) => io.stderr(forTerminal(t)),
    // The JSON is escaped once (jsonForTerminal), not scanned a second time: tens of MB on a large report.
    stdoutSafe: io.stdout,
  };
  try {
    const args = parseCliArgs(argv);
    if (args.kind === 'help') {
      io.stdout(USAGE + '\n');
      return EXIT_OK;
    }
    if (args.kind === 'error') {
      safe.stderr(`Lỗi: ${args.message}\n`);
      return EXIT_FAILURE;
    }
    return await run(args.options, safe);
  } catch (e) {
    const msg =
      e instanceof CliError || e instanceof XlsxReadError || e instanceof OutputError ? e.message : unexpected(e);
    safe.stderr(`Lỗi: ${oneLine(msg)}\n`);
    if (process.env.BCN_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return EXIT_FAILURE;
  }
}

async function run(opts: CliOptions, io: CliIO): Promise<number> {
  const inputPath = path.resolve(opts.file);
  const grid = await readXlsxFile(opts.file);
  const parsed = parseGrid(grid);
  const fileName = path.basename(opts.file);

  if (opts.explain) {
    // a diagnosis, not a report: no period, no year needed, nothing written, exit 0
    io.stdout(formatExplain(parsed, fileName).join('\n') + '\n');
    return EXIT_OK;
  }

  if (parsed.sectors.length === 0) {
    // Still a readable workbook: with --json, give the findings when a period can be named.
    const year = parsed.year ?? opts.year;
    const period = year !== null && opts.period ? parsePeriodKey(opts.period, year) : null;
    if (opts.json && period) printJson(io, runReport(parsed, period).report, '', []);
    // the finding that says why nothing was read: no sector sheet, one sheet per month, two unlabelled blocks
    const f = ['NO_SECTOR_SHEETS', 'ONE_SHEET_PER_MONTH', 'AMBIGUOUS_MONTH_BLOCKS']
      .map((code) => parsed.findings.find((x) => x.code === code))
      .find((x) => x !== undefined);
    throw new CliError(`"${fileName}": ${f ? f.message.vi : 'không có trang lĩnh vực nào (no sector sheet).'}`);
  }

  const year = resolveYear(parsed, opts, fileName);
  const { period, defaulted } = resolvePeriod(parsed, opts, year, fileName);
  const run = runReport(parsed, period);
  const report = run.report;
  const narrativeText = narrativeToText(run.narrative);

  // A period whose last month has no figure at all (a year report asked in July):
  // said loudly on standard error; written anyway unless --require-data.
  const gap = lastMonthGap(parsed, period);
  if (gap) {
    const upTo =
      gap.latest === null
        ? 'sổ chưa có số liệu tháng nào'
        : `số liệu mới có đến hết tháng ${gap.latest}/${period.year}`;
    const head = `chưa có số liệu tháng ${gap.month}/${period.year} (tháng cuối của kỳ ${period.label}); ${upTo}`;
    const en = `no figure for ${gap.month}/${period.year}, the period's last month${gap.latest === null ? '' : `; data runs to ${gap.latest}/${period.year}`}`;
    if (opts.requireData) {
      if (opts.json) printJson(io, report, narrativeText, []);
      io.stderr(`Lỗi: ${head} — chưa ghi báo cáo (--require-data) (${en}; nothing written).\n`);
      return EXIT_VALIDATION;
    }
    io.stderr(
      `CẢNH BÁO: ${head} — báo cáo vẫn được ghi, các số liệu thiếu được đánh dấu chưa đầy đủ; ` +
        `chọn kỳ khác bằng --period hoặc dùng --require-data để dừng (WARNING: ${en}; the report is written anyway).\n`,
    );
  }

  if (hasErrors(report.issues) && !opts.force) {
    const n = findingsSummary(report.issues).errors;
    if (opts.json) printJson(io, report, narrativeText, []);
    else io.stdout(formatFindings(report.issues).join('\n') + '\n');
    io.stderr(
      `Có ${n} lỗi dữ liệu trong "${fileName}": chưa ghi báo cáo. Sửa các ô nêu trên, hoặc chạy lại với --force để vẫn ghi ` +
        `(${n} validation error(s); nothing written; fix them or use --force).\n`,
    );
    return EXIT_VALIDATION;
  }

  // Output files.
  const names = outputSheetNames(period);
  const base = path.basename(opts.file, path.extname(opts.file));
  const outDir = path.resolve(opts.out);
  const xlsxPath = path.join(outDir, `${base} - ${names.report}.xlsx`);
  const docxPath = path.join(outDir, `${base} - ${names.report}.docx`);
  const written: string[] = [];
  try {
    // The writers (and the docx library) load only when there is something to write.
    const [{ buildOutputFiles }, { nodeRawDeflate }] = await Promise.all([
      import('../pipeline/files'),
      import('../hosts/xlsx/nodeDeflate'),
    ]);
    // Node's native zlib compresses both files (~5× fflate's JavaScript on a large report).
    const { xlsx, docx } = await buildOutputFiles(run, names, { deflate: nodeRawDeflate });
    // Both files or neither; never through a link, over the input, or over a file
    // the tool did not write unless --force (output.ts).
    await writeOutputs(
      [
        { path: xlsxPath, data: xlsx },
        { path: docxPath, data: docx },
      ],
      { inputPath, force: opts.force },
    );
    written.push(shownPath(xlsxPath), shownPath(docxPath));
  } catch (e) {
    // The workbook was read and the report computed: --json still gets its object
    // (with no files: nothing was written).
    if (opts.json) printJson(io, report, narrativeText, written);
    throw e;
  }

  if (opts.json) {
    printJson(io, report, narrativeText, written);
  } else {
    const lines: string[] = [];
    lines.push(...formatFigures(report));
    if (defaulted) {
      lines.push('');
      lines.push(
        `Kỳ báo cáo: ${period.label} — tháng gần nhất có số liệu (chọn kỳ khác bằng --period, ví dụ --period Q2).`,
      );
    }
    lines.push('');
    lines.push(...formatFindings(report.issues));
    if (hasErrors(report.issues))
      lines.push('  (--force: báo cáo vẫn được ghi dù có lỗi; hãy kiểm tra lại các số liệu trên.)');
    lines.push('');
    lines.push('Đã ghi:');
    for (const w of written) lines.push(`  ${w}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return EXIT_OK;
}

function resolveYear(parsed: ParsedWorkbook, opts: CliOptions, fileName: string): number {
  if (parsed.year !== null && opts.year !== null && parsed.year !== opts.year) {
    throw new CliError(
      `"${fileName}" là sổ năm ${parsed.year} nhưng --year là ${opts.year}; bỏ --year hoặc sửa "Năm báo cáo" trong trang Thông tin (year mismatch).`,
    );
  }
  const year = parsed.year ?? opts.year;
  if (year === null) {
    throw new CliError(
      `Không xác định được năm báo cáo của "${fileName}": ghi "Năm báo cáo" trong trang Thông tin, hoặc chạy với --year 2024 (no year in the workbook; give --year).`,
    );
  }
  return year;
}

function resolvePeriod(
  parsed: ParsedWorkbook,
  opts: CliOptions,
  year: number,
  fileName: string,
): { period: Period; defaulted: boolean } {
  if (opts.period) {
    const p = parsePeriodKey(opts.period, year);
    // The syntax was checked with the arguments; this cannot fail for a valid key.
    if (!p) throw new CliError(`Kỳ báo cáo "${opts.period}" không hợp lệ (invalid period).`);
    return { period: p, defaulted: false };
  }
  const m = latestMonthWithData(parsed);
  if (m === null) {
    throw new CliError(
      `"${fileName}" chưa có số liệu tháng nào; chọn kỳ bằng --period (no month has data yet; give --period).`,
    );
  }
  const p = parsePeriodKey(`T${m}`, year);
  if (!p) throw new CliError(`Không lập được kỳ tháng ${m} (cannot build the period).`);
  return { period: p, defaulted: true };
}

function printJson(io: CliIO, report: ComputedReport, narrativeText: string, files: string[]): void {
  // `files` is an extension of the §4 object: the paths written (empty when nothing was).
  const obj = { ...(reportToJson(report, narrativeText) as Record<string, unknown>), files };
  (io.stdoutSafe ?? io.stdout)(jsonForTerminal(JSON.stringify(obj, null, 2)) + '\n');
}

/** Relative to the working directory when inside it, else absolute. */
function shownPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function unexpected(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `lỗi không mong đợi khi lập báo cáo: ${msg} (unexpected failure; BCN_DEBUG=1 shows details).`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/**
 * Runs the tool on this process's arguments and sets its exit status. Called by
 * bin/report.js (the compiled build, `npm run report`) and when this file is run directly.
 */
export function main(): void {
  // `… --json | head`: a closed pipe is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`Lỗi: không ghi được ra stdout (${e.message}).\n`);
    process.exit(process.exitCode ?? EXIT_FAILURE);
  });
  const lastResort = (e: unknown) => {
    process.stderr.write(`Lỗi: ${oneLine(unexpected(e))}\n`);
    process.exit(EXIT_FAILURE);
  };
  process.on('uncaughtException', lastResort);
  process.on('unhandledRejection', lastResort);
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_FAILURE;
    },
  );
}

if (require.main === module) main();
