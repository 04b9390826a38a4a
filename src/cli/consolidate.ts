/**
 * "Tổng hợp từ các đơn vị" on the command line:
 *
 *   npm run consolidate -- a.xlsx b.xlsx c.xlsx --out tong-hop.xlsx [--year 2025] [--unit "Sở Nội vụ"] [--force]
 *
 * Reads the units' returns (never writes them), adds them up (src/engine/chain/
 * consolidate.ts) and writes the consolidated workbook as a new file: Thông
 * tin, one sheet per sector with the sums, "Chi tiết đơn vị". Lists the
 * findings with file, sheet and cell. Exit 0 written (findings or not, unless
 * no return could be added); 2 nothing to add; 1 unreadable file / wrong arguments.
 */
import * as path from 'node:path';
import { chainFindingLine, type UnitReturn } from '../engine/chain';
import { consolidateStep } from '../pipeline/chain';
import { readXlsxFile } from '../hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../hosts/xlsx/write';
import { ChainError, chainMain, parseChainArgs, runChain, writeWorkbook } from './chainCli';
import type { CliIO } from './main';

export const CONSOLIDATE_USAGE = `Cách dùng / Usage:
  npm run consolidate -- <đơn-vị-1.xlsx> <đơn-vị-2.xlsx> … --out <tổng-hợp.xlsx>
                         [--year <năm>] [--unit "<cơ quan tổng hợp>"] [--parent "<cơ quan chủ quản>"] [--place "<địa danh>"] [--force]

  Cộng số liệu các đơn vị gửi về (mẫu nhập liệu đã điền) thành sổ tổng hợp: mỗi lĩnh vực một trang
  và trang "Chi tiết đơn vị". Các tệp của đơn vị không bị sửa.
  --year    năm tổng hợp (mặc định: năm của đa số tệp); tệp năm khác không được cộng`;

export async function runConsolidateCli(argv: string[], io: CliIO): Promise<number> {
  return runChain(io, CONSOLIDATE_USAGE, argv, async () => {
    const { values, positionals } = parseChainArgs(argv, {
      out: { type: 'string', short: 'o' },
      year: { type: 'string' },
      unit: { type: 'string' },
      parent: { type: 'string' },
      place: { type: 'string' },
      scope: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (positionals.length === 0) throw new ChainError('cần ít nhất một tệp của đơn vị (at least one return).');
    const out = values.out as string | undefined;
    if (!out) throw new ChainError('cần --out <tệp.xlsx> (the output file is required).');
    const yearText = values.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText))
      throw new ChainError(`--year "${yearText}" không phải năm (not a year).`);
    const returns: UnitReturn[] = [];
    for (const f of positionals) returns.push({ file: path.basename(f), grid: await readXlsxFile(f) });
    const step = consolidateStep(returns, {
      year: yearText ? Number(yearText) : null,
      unit: values.unit as string | undefined,
      parent: values.parent as string | undefined,
      place: values.place as string | undefined,
      scope: values.scope as string | undefined,
    });
    const result = step.result;
    for (const f of result.findings) io.stdout(chainFindingLine(f) + '\n');
    if (step.stop) {
      io.stderr('Lỗi: không có tệp nào cộng được (xem các lỗi ở trên; nothing written).\n');
      return 2;
    }
    const written = await writeWorkbook(
      out,
      await renderLayoutsToXlsx(step.layouts),
      positionals,
      values.force === true,
    );
    io.stdout(
      `Đã tổng hợp ${result.units.length}/${returns.length} tệp (${result.units.join('; ')}), năm ${result.year}: ${written}\n`,
    );
    return 0;
  });
}

/** `npm run consolidate` (bin/report.js --entry=consolidate, compiled) or `npx tsx src/cli/consolidate.ts`. */
export function main(): void {
  chainMain(runConsolidateCli);
}

if (require.main === module) main();
