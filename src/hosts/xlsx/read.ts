/**
 * Reads an .xlsx file into the engine's plain `WorkbookGrid` (ExcelJS, Node).
 *
 * What a cell becomes (see `GridCell` in src/engine/types.ts):
 * - numbers, strings, booleans as they are;
 * - a formula cell → its cached result, with `formula: true` (a formula Excel
 *   never calculated has no cached result → `v: null`);
 * - an error value (#REF!, #N/A, …), also as a formula result → `t: 'error'`, `v: '#REF!'`;
 * - a date → `t: 'date'`, `v: 'YYYY-MM-DD'` (from the UTC parts: ExcelJS turns
 *   the serial number into a UTC instant, so local time zones never shift the day);
 * - rich text → its plain text; a hyperlink → its display text;
 * - a merged range → the value on its top-left (master) cell only, the others empty;
 * - `indent` = the cell's Format Cells → Alignment → Indent level, when > 0;
 * - `percent: true` on a number whose number format is a percentage ("0.00%"):
 *   Excel stores 2,62% as 0.0262 and the engine scales it.
 *
 * A sheet the program created (marked by a `BCN_GENERATED_…` defined name)
 * gets `generated: true`.
 *
 * Sheets come in workbook (tab) order. Hidden and very hidden sheets are read
 * too: a clerk may hide a finished sector sheet, and it still belongs in the
 * report. Hidden rows and columns are read like any other (hiding is a view
 * setting, not a deletion). Chart sheets are not worksheets and are not listed.
 *
 * A file that is not a readable .xlsx throws `XlsxReadError` with a one-line
 * Vietnamese + English message suitable for showing to the user as is.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../engine/types';
import { generatedSheetNames } from '../../engine/layout/marker';

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/** Read an .xlsx file from disk. Never writes to it. */
export async function readXlsxFile(filePath: string): Promise<WorkbookGrid> {
  const shown = path.basename(filePath);
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new XlsxReadError(`Không tìm thấy tệp "${filePath}" (file not found).`);
    }
    if (code === 'EISDIR') {
      throw new XlsxReadError(`"${filePath}" là thư mục, không phải tệp Excel (is a directory, not an .xlsx file).`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new XlsxReadError(`Không có quyền đọc tệp "${filePath}" (permission denied).`);
    }
    throw new XlsxReadError(`Không đọc được tệp "${filePath}" (cannot read the file: ${oneLine(e)}).`);
  }
  return readXlsx(data, shown);
}

/**
 * Read an .xlsx file held in memory.
 * @param name shown in error messages (e.g. the file name); optional.
 */
export async function readXlsx(data: Buffer | ArrayBuffer | Uint8Array, name = 'tệp Excel'): Promise<WorkbookGrid> {
  const buf = Buffer.isBuffer(data)
    ? data
    : data instanceof ArrayBuffer
      ? Buffer.from(data)
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length === 0) {
    throw new XlsxReadError(`Tệp "${name}" rỗng (the file is empty).`);
  }
  // Old binary workbooks (.xls, Excel 97-2003) and password-protected .xlsx
  // files are OLE compound files, not zip archives.
  if (buf.length >= 4 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu; hãy mở bằng Excel và lưu lại dạng .xlsx không mật khẩu ` +
        `(an .xls or password-protected file; save it as a plain .xlsx).`,
    );
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) {
    throw new XlsxReadError(`Không đọc được "${name}": không phải tệp Excel .xlsx (not an .xlsx file).`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own `Buffer` interface; a Node Buffer is one at runtime.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxReadError(
      `Không đọc được "${name}": tệp .xlsx bị hỏng hoặc có thành phần chưa đọc được; hãy mở bằng Excel và "Lưu thành" một tệp .xlsx mới rồi thử lại ` +
        `(damaged or unsupported .xlsx: ${oneLine(e)}).`,
    );
  }
  try {
    // Sheets the program created carry its marker (a defined name, see
    // src/engine/layout/marker.ts); the engine skips them.
    const defs = (wb.definedNames.model ?? []).flatMap((d) => (d.ranges ?? []).map((ref) => ({ name: d.name, ref })));
    const generated = generatedSheetNames(defs);
    return {
      sheets: wb.worksheets.map((ws) => {
        const grid = readSheet(ws);
        if (generated.has(ws.name)) grid.generated = true;
        return grid;
      }),
    };
  } catch (e) {
    throw new XlsxReadError(`Không đọc được nội dung "${name}" (cannot read the workbook's cells: ${oneLine(e)}).`);
  }
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (GridCell | null | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | null | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = readCell(cell);
      if (g) out[colNumber - 1] = g;
    });
    if (out.length > 0) rows[rowNumber - 1] = out;
  });
  // Make holes explicit `undefined` entries of a real array (the type allows them);
  // `rows.length` is the last used row.
  return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
}

/** One cell → GridCell, or null when it is empty (including merged non-master cells). */
export function readCell(cell: ExcelJS.Cell): GridCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null; // only the master carries the value
  const indent = cell.alignment?.indent;
  let g: GridCell | null;
  if (cell.type === ExcelJS.ValueType.Formula) {
    // Not `cell.value.result`: ExcelJS's formula value drops a falsy cached result
    // (a SUM that is 0, a FALSE), which would turn a real 0 into a missing figure.
    // `cell.result` keeps it.
    const result = cell.result as ExcelJS.CellValue | undefined;
    const inner = result === undefined || result === null ? null : convertValue(result);
    g = { ...(inner ?? { v: null }), formula: true };
  } else {
    g = convertValue(cell.value);
  }
  if (!g) {
    // An empty cell that is only formatted is empty; a formula without a cached result
    // is reported as an empty formula cell.
    return null;
  }
  if (typeof indent === 'number' && indent > 0) g.indent = indent;
  if (typeof g.v === 'number' && g.t === undefined && isPercentFormat(cell.numFmt)) g.percent = true;
  return g;
}

/** A number format that shows a percentage ("0.00%", "0%"), ignoring a % inside quotes or escaped. */
export function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

function convertValue(value: ExcelJS.CellValue): GridCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { v: value } : null;
  if (typeof value === 'string') return value === '' ? null : { v: value };
  if (typeof value === 'boolean') return { v: value };
  if (value instanceof Date) return dateCell(value);
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { v: value.error, t: 'error' };
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((r) => r.text ?? '').join('');
      return text === '' ? null : { v: text };
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      const inner = result === undefined || result === null ? null : convertValue(result as ExcelJS.CellValue);
      return { ...(inner ?? { v: null }), formula: true };
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      if (typeof text === 'string') return text === '' ? null : { v: text };
      if (text && typeof text === 'object') return convertValue(text as ExcelJS.CellValue);
      return null;
    }
    if ('text' in value && typeof (value as { text: unknown }).text === 'string') {
      const text = (value as { text: string }).text;
      return text === '' ? null : { v: text };
    }
  }
  return null;
}

function dateCell(d: Date): GridCell | null {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return { v: `${String(y).padStart(4, '0')}-${m}-${day}`, t: 'date' };
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split(/\r?\n/)[0].slice(0, 200);
}
