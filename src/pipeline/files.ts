/**
 * Step 5 for hosts that hand the user files (command line, offline page): the
 * report workbook (report sheet + narrative sheet, src/hosts/xlsx/write.ts) and
 * the .docx. The writers load only when called, so they stay out of the code
 * that runs before the user asks for files.
 */
import { outputLayouts, type ReportRun } from './pipeline';
import type { RawDeflate } from '../hosts/zip';

export interface OutputFiles {
  /** The report workbook: report sheet + narrative sheet. */
  xlsx: Uint8Array;
  /** The Word report (NĐ 30/2020 layout). */
  docx: Uint8Array;
}

export async function buildOutputFiles(
  run: ReportRun,
  names: { report: string; narrative: string },
  /** `deflate`: a faster DEFLATE for both zips (the command line passes Node's zlib); default fflate's. */
  opts: { deflate?: RawDeflate } = {},
): Promise<OutputFiles> {
  const [{ renderLayoutsToXlsx }, { buildDocx }] = await Promise.all([
    import('../hosts/xlsx/write'),
    import('../docx/buildDocx'),
  ]);
  const xlsx = await renderLayoutsToXlsx(outputLayouts(run, names), opts);
  const docx = await buildDocx(run.narrative, run.report, opts);
  return { xlsx, docx };
}
