/**
 * Command-line arguments of `npm run report` (outputs.md §4):
 *
 *   <workbook.xlsx> [--period <P>] [--out <dir>] [--json] [--force] [--year <YYYY>] [--explain]
 *
 * Parsing only: no file is touched here. Wrong arguments give one clear
 * Vietnamese line (with the English gist) for standard error.
 */
import { parseArgs } from 'node:util';
import { parsePeriodKey } from '../engine';

export interface CliOptions {
  /** Path of the input workbook as given. */
  file: string;
  /** Period key as given (`6`, `T6`, `Q2`, `H1`, `9M`, `Y`); null = latest month with data. */
  period: string | null;
  /** Output directory (default `./out`). */
  out: string;
  json: boolean;
  force: boolean;
  /** Year to use when the workbook does not say; null = none given. */
  year: number | null;
  /** Print how each sheet was read (outputs.md §4 v2) and write nothing. */
  explain: boolean;
  /** Stop (exit 2, nothing written) when the period's last month has no data at all, instead of warning. */
  requireData: boolean;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `Cách dùng / Usage:
  npm run report -- <sổ-số-liệu.xlsx> [--period <kỳ>] [--out <thư mục>] [--json] [--force] [--year <năm>]
  npm run report -- <sổ-số-liệu.xlsx> --explain

  <kỳ> / period: 6 hoặc T6 (tháng 6), Q2 (quý II), H1 (6 tháng đầu năm), 9M (9 tháng), Y (cả năm).
                 Bỏ trống: tháng gần nhất có số liệu (the latest month with data).
  --out <dir>    thư mục ghi tệp (output folder), mặc định ./out
  --json         in một đối tượng JSON ra stdout (print one JSON object; với npm dùng "npm run -s report -- …")
  --force        vẫn ghi báo cáo khi có lỗi dữ liệu (write the report despite validation errors)
  --require-data dừng, không ghi, khi tháng cuối của kỳ chưa có số liệu nào; mặc định chỉ cảnh báo
                 (stop with exit 2 when the period's last month has no data; by default a warning)
  --year <năm>   năm báo cáo khi sổ không ghi năm (year when the workbook has none)
  --explain      in cách chương trình đọc từng trang (cột nào là tháng, cùng kỳ, kế hoạch; cột nào bỏ qua),
                 không ghi tệp nào (print how each sheet was read; writes nothing)

Mã thoát / exit status: 0 đã ghi báo cáo; 2 có lỗi dữ liệu, chưa ghi (validation errors, nothing written);
                        1 không đọc được tệp hoặc sai tham số (unreadable file or wrong arguments).`;

/** A year the tool accepts for `--year`. */
const YEAR_RE = /^\d{4}$/;

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        period: { type: 'string', short: 'p' },
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        year: { type: 'string' },
        explain: { type: 'boolean' },
        'require-data': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { kind: 'error', message: explainParseError(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) {
    return {
      kind: 'error',
      message: 'Thiếu tệp sổ số liệu .xlsx (missing the workbook). Ví dụ: npm run report -- so-lieu.xlsx --period T6',
    };
  }
  if (positionals.length > 1) {
    return {
      kind: 'error',
      message: `Chỉ nhận một tệp sổ số liệu, nhưng có ${positionals.length}: ${positionals.map((p) => `"${p}"`).join(', ')} (only one workbook; quote a path that contains spaces).`,
    };
  }
  const period = values.period === undefined ? null : values.period.trim();
  if (period !== null && parsePeriodKey(period, 2000) === null) {
    return {
      kind: 'error',
      message: `Kỳ báo cáo "${values.period}" không hợp lệ; dùng 1–12 hoặc T1–T12, Q1–Q4, H1, 9M, Y (invalid period).`,
    };
  }
  let year: number | null = null;
  if (values.year !== undefined) {
    const y = values.year.trim();
    if (!YEAR_RE.test(y) || Number(y) < 1900 || Number(y) > 2200) {
      return {
        kind: 'error',
        message: `Năm "${values.year}" không hợp lệ; ghi 4 chữ số, ví dụ --year 2024 (invalid year).`,
      };
    }
    year = Number(y);
  }
  if (values.explain && values.json) {
    return {
      kind: 'error',
      message:
        'Dùng --explain hoặc --json, không dùng cả hai; JSON đã có "layout" của từng trang (use one of --explain, --json).',
    };
  }
  const out = values.out === undefined ? 'out' : values.out;
  if (out.trim() === '') return { kind: 'error', message: 'Thư mục --out để trống (empty --out).' };
  return {
    kind: 'run',
    options: {
      file: positionals[0],
      period,
      out,
      json: values.json === true,
      force: values.force === true,
      year,
      explain: values.explain === true,
      requireData: values['require-data'] === true,
    },
  };
}

function explainParseError(e: unknown): string {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  const opt = /--[\w-]+/.exec(msg)?.[0] ?? /'(-[^' ,]+)/.exec(msg)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không có: ${opt ?? msg} (unknown option). Dùng --help để xem cách dùng.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take/.test(msg))
        return `Tùy chọn ${opt ?? ''} không nhận giá trị (takes no value).`.replace('  ', ' ');
      return `Tùy chọn ${opt ?? ''} thiếu giá trị (option needs a value), ví dụ --period T6.`.replace('  ', ' ');
    default:
      return `Sai tham số: ${msg.split('\n')[0]} (wrong arguments).`;
  }
}
