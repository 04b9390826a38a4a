/**
 * "Tạo mẫu nhập liệu" on the command line:
 *
 *   npm run template -- --year 2025 [--unit "UBND phường Phú Lợi"] [--sectors VL,GDNN] --out mau-2025.xlsx
 *
 * Writes a new workbook: Hướng dẫn, Thông tin (pre-filled), one sheet per
 * sector from the indicator catalogue (src/engine/template). Exit 0 written,
 * 1 wrong arguments or the file cannot be written (one line on stderr).
 */
import type { TemplateOptions } from '../engine/template';
import { templateStep } from '../pipeline/chain';
import { renderLayoutsToXlsx } from '../hosts/xlsx/write';
import { ChainError, chainMain, parseChainArgs, runChain, writeWorkbook } from './chainCli';
import type { CliIO } from './main';

export const TEMPLATE_USAGE = `Cách dùng / Usage:
  npm run template -- --year <năm> --out <tệp.xlsx> [--unit "<tên đơn vị>"] [--parent "<cơ quan chủ quản>"]
                      [--place "<địa danh>"] [--scope "<phạm vi>"] [--sectors <1,2,… hoặc VL,GDNN,…>] [--force]

  --year      năm của mẫu (the year), ví dụ 2025
  --out       tệp mẫu sẽ tạo (the template file to write)
  --unit      tên đơn vị, ghi vào sheet Thông tin (e.g. "UBND phường Phú Lợi")
  --parent    cơ quan chủ quản; --place địa danh; --scope phạm vi (mặc định suy từ tên đơn vị: "toàn phường")
  --sectors   lĩnh vực: số 1–9 hoặc mã VL, GDNN, NCC, BTXH, TE, BDG, GN, TNXH, TT (mặc định: cả chín)
  --force     ghi đè tệp không do chương trình tạo (overwrite a file the tool did not write)`;

export async function runTemplateCli(argv: string[], io: CliIO): Promise<number> {
  return runChain(io, TEMPLATE_USAGE, argv, async () => {
    const { values, positionals } = parseChainArgs(argv, {
      year: { type: 'string' },
      out: { type: 'string', short: 'o' },
      unit: { type: 'string' },
      parent: { type: 'string' },
      place: { type: 'string' },
      scope: { type: 'string' },
      sectors: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (positionals.length) throw new ChainError(`tham số thừa "${positionals[0]}" (unexpected argument).`);
    const yearText = String(values.year ?? '');
    if (!/^\d{4}$/.test(yearText)) throw new ChainError('cần --year <năm>, ví dụ --year 2025 (the year is required).');
    const out = values.out as string | undefined;
    if (!out) throw new ChainError('cần --out <tệp.xlsx> (the output file is required).');
    const opts: TemplateOptions = {
      year: Number(yearText),
      unit: values.unit as string | undefined,
      parent: values.parent as string | undefined,
      place: values.place as string | undefined,
      scope: values.scope as string | undefined,
      sectors: values.sectors as string[] | undefined,
    };
    const step = templateStep(opts);
    if (step.stop) throw new ChainError(step.stop.vi);
    const data = await renderLayoutsToXlsx(step.layouts);
    const written = await writeWorkbook(out, data, [], values.force === true);
    const sectors = step.result.sectors;
    io.stdout(`Đã tạo mẫu nhập liệu năm ${opts.year} (${sectors} lĩnh vực): ${written}\n`);
    return 0;
  });
}

/** `npm run template` (bin/report.js --entry=template, compiled) or `npx tsx src/cli/template.ts`. */
export function main(): void {
  chainMain(runTemplateCli);
}

if (require.main === module) main();
