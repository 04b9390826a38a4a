/**
 * Files the user picked in the browser (<input type="file">), read locally with
 * the same .xlsx read path as the command line (src/hosts/xlsx/read.ts: size
 * budget and file-type checks first, fflate's inflate instead of Node's zlib).
 * Nothing is sent anywhere. Used by the offline page and, loaded on demand, by
 * the task pane's "Tổng hợp từ các đơn vị" (this module pulls in ExcelJS).
 */
import type { WorkbookGrid } from '../../engine/types';
import type { UnitReturn } from '../../engine/chain';
import type { PickedFile, ToolFinding } from '../../pipeline/service';
import { readXlsx } from '../xlsx/read';
import { checkFileSize } from '../xlsx/inspect';
import { streamInflate } from '../xlsx/inflate';
import { XlsxReadError } from '../xlsx/errors';

/** One picked workbook → its grid; rejects with XlsxReadError (one line, Vietnamese + English) for a file that is not a readable .xlsx. */
export async function readPickedFile(file: PickedFile): Promise<WorkbookGrid> {
  checkFileSize(file.size, file.name);
  return readXlsx(new Uint8Array(await file.arrayBuffer()), file.name, streamInflate);
}

/**
 * The units' returns, read one after the other (one workbook in memory at a
 * time while it is parsed). A file that cannot be read is not added: it
 * becomes an error naming the file, and the others are still read.
 */
export async function readPickedReturns(
  files: PickedFile[],
): Promise<{ returns: UnitReturn[]; unreadable: ToolFinding[] }> {
  const returns: UnitReturn[] = [];
  const unreadable: ToolFinding[] = [];
  for (const f of files) {
    try {
      returns.push({ file: f.name, grid: await readPickedFile(f) });
    } catch (e) {
      if (!(e instanceof XlsxReadError) && (e as { name?: unknown })?.name !== 'XlsxReadError') throw e;
      const why = (e as Error).message;
      unreadable.push({
        severity: 'error',
        code: 'UNREADABLE_RETURN',
        file: f.name,
        sheet: '',
        cell: '',
        message: {
          vi: `Tệp "${f.name}": ${why} Tệp này không được cộng.`,
          en: `File "${f.name}": ${why} This file is not added.`,
        },
      });
    }
  }
  return { returns, unreadable };
}
