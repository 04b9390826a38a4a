/**
 * "Chuyển từ sổ theo tháng" on the command line:
 *
 *   npm run convert -- so-theo-thang.xlsx --out so-ca-nam.xlsx [--year 2025] [--force]
 *
 * Reads the one-sheet-per-month workbook (never writes it), writes the yearly
 * layout as a new file, and lists what could not be matched (sheet and cell).
 * Exit 0 written; 2 errors (nothing written); 1 unreadable file / wrong arguments.
 */
import * as path from 'node:path';
import { chainFindingLine } from '../engine/chain';
import { convertStep } from '../pipeline/chain';
import { readXlsxFile } from '../hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../hosts/xlsx/write';
import { ChainError, chainMain, parseChainArgs, runChain, writeWorkbook } from './chainCli';
import type { CliIO } from './main';

export const CONVERT_USAGE = `Cách dùng / Usage:
  npm run convert -- <sổ-theo-tháng.xlsx> --out <sổ-cả-năm.xlsx> [--year <năm>] [--force]

  Chuyển sổ ghi mỗi tháng một trang ("T1" … "T12", "Tháng 6") sang mẫu cả năm
  (mỗi lĩnh vực một trang, các tháng là cột). Tệp gốc không bị sửa.
  --year    năm của số liệu khi tên trang và tiêu đề không ghi năm
  --force   ghi đè tệp không do chương trình tạo`;

export async function runConvertCli(argv: string[], io: CliIO): Promise<number> {
  return runChain(io, CONVERT_USAGE, argv, async () => {
    const { values, positionals } = parseChainArgs(argv, {
      out: { type: 'string', short: 'o' },
      year: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (positionals.length !== 1) throw new ChainError('cần đúng một tệp sổ theo tháng (one input workbook).');
    const out = values.out as string | undefined;
    if (!out) throw new ChainError('cần --out <tệp.xlsx> (the output file is required).');
    const yearText = values.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText))
      throw new ChainError(`--year "${yearText}" không phải năm (not a year).`);
    const input = positionals[0];
    const grid = await readXlsxFile(input);
    const step = convertStep(grid, { year: yearText ? Number(yearText) : null });
    const result = step.result;
    const lines = [
      ...result.findings.map(chainFindingLine),
      ...result.cellFindings.map((f) => `Cảnh báo [${f.code}] ${f.sheet}: ${f.message.vi}`),
    ];
    for (const l of lines) io.stdout(l + '\n');
    if (step.stop) {
      io.stderr(`Lỗi: chưa chuyển được "${path.basename(input)}" (xem các lỗi ở trên; nothing written).\n`);
      return 2;
    }
    const data = await renderLayoutsToXlsx(step.layouts);
    const written = await writeWorkbook(out, data, [input], values.force === true);
    const n = result.sectors.reduce((a, s) => a + s.rows.filter((r) => !r.heading).length, 0);
    io.stdout(
      `Đã chuyển ${result.months.length} trang tháng (${result.months.map((m) => `T${m}`).join(', ')}) thành ${result.sectors.length} lĩnh vực, ${n} chỉ tiêu, năm ${result.year}: ${written}\n`,
    );
    return 0;
  });
}

/** `npm run convert` (bin/report.js --entry=convert, compiled) or `npx tsx src/cli/convert.ts`. */
export function main(): void {
  chainMain(runConvertCli);
}

if (require.main === module) main();
