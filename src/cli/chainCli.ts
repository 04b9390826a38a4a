/**
 * Shared plumbing of the reporting-chain commands (`npm run template`,
 * `npm run convert`, `npm run consolidate`): argument parsing with one clear
 * line for a mistake, the exit status, and writing the one output workbook
 * safely through ./output.ts (never over an input, never over a file the tool
 * did not write unless --force).
 */
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIO } from './main';
import { forTerminal } from './terminal';
import { OutputError, writeOutputs } from './output';
import { XlsxReadError } from '../hosts/xlsx/errors';

/** A failure with a message meant for the user: printed as one line, exit 1. */
export class ChainError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parseChainArgs(
  argv: string[],
  options: Options,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, unknown>, positionals: r.positionals };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const opt = /'(-{1,2}[^']+)'/.exec(msg)?.[1];
    if (/Unknown option/i.test(msg)) throw new ChainError(`tùy chọn không hợp lệ ${opt ?? ''} (unknown option).`);
    if (/argument missing/i.test(msg))
      throw new ChainError(`thiếu giá trị sau ${opt ?? 'một tùy chọn'} (option needs a value).`);
    throw new ChainError(`sai tham số (${msg.split('\n')[0]}).`);
  }
}

/** Write one .xlsx safely (see ./output.ts); `inputs` are never written. */
export async function writeWorkbook(out: string, data: Uint8Array, inputs: string[], force: boolean): Promise<string> {
  const target = path.resolve(out);
  for (const i of inputs) {
    if (path.resolve(i) === target) {
      throw new ChainError(
        `--out "${out}" trùng với tệp đầu vào; hãy chọn tên khác (the output would overwrite an input).`,
      );
    }
  }
  if (!/\.xlsx$/i.test(target))
    throw new ChainError(`--out phải là tệp .xlsx (the output must be an .xlsx file): "${out}".`);
  // The first input guards "never over the input" inside writeOutputs; the loop above covers the others.
  await writeOutputs([{ path: target, data }], { inputPath: inputs[0] ?? target + '.none', force });
  return target;
}

/** Runs a command body; maps the user-facing errors to one line and exit 1. Never throws. */
export async function runChain(io: CliIO, usage: string, argv: string[], body: () => Promise<number>): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(usage + '\n');
    return 0;
  }
  try {
    return await body();
  } catch (e) {
    const known = e instanceof ChainError || e instanceof XlsxReadError || e instanceof OutputError;
    const msg = known
      ? (e as Error).message
      : `lỗi không mong đợi (unexpected error): ${e instanceof Error ? e.message : String(e)}`;
    io.stderr(`Lỗi: ${msg.split('\n')[0]}\n`);
    if (!known) io.stderr(usage.split('\n')[0] + '\n');
    if (process.env.BCN_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 1;
  }
}

/** The terminal; text from cells and sheet names never reaches it as control sequences (terminal.ts). */
export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(forTerminal(t)),
  stderr: (t) => process.stderr.write(forTerminal(t)),
};

/**
 * The entry point of a chain command (called by bin/report.js `--entry=<name>`,
 * the compiled build `npm run template|convert|consolidate` runs, and when the
 * file is run directly through tsx): runs it on this process's arguments and
 * sets the exit status; a closed pipe or an unexpected failure is one line,
 * never a stack trace (BCN_DEBUG=1 for one).
 */
export function chainMain(run: (argv: string[], io: CliIO) => Promise<number>): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`Lỗi: không ghi được ra stdout (${e.message}).\n`);
    process.exit(process.exitCode ?? 1);
  });
  const lastResort = (e: unknown) => {
    process.stderr.write(`Lỗi: lỗi không mong đợi (unexpected error): ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.BCN_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
    process.exit(1);
  };
  process.on('uncaughtException', lastResort);
  process.on('unhandledRejection', lastResort);
  run(process.argv.slice(2), processIO).then((code) => {
    process.exitCode = code;
  }, lastResort);
}
