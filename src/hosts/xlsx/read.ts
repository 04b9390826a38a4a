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
 * - a merged range → the value on its top-left (master) cell only; the others are
 *   `{ v: null, merged: '<range>' }` (the engine names a figure merged over months);
 * - `indent` = the cell's Format Cells → Alignment → Indent level, when > 0;
 * - `percent: true` on a number whose number format is a percentage ("0.00%"):
 *   Excel stores 2,62% as 0.0262 and the engine scales it.
 *
 * A sheet the program created (marked by a `BCN_GENERATED_…` defined name)
 * gets `generated: true`.
 *
 * Sheets come in workbook (tab) order, each with its `state` when hidden or
 * very hidden (the engine reads hidden sheets — a clerk may hide a finished
 * sector sheet — and skips very hidden ones with a SHEET_SKIPPED finding). A
 * cell covered by a merged range other than its master is `{ v: null, merged:
 * 'E5:G5' }`. Hidden rows and columns are read like any other (hiding is a view
 * setting, not a deletion) and listed in `hiddenRows` / `hiddenColumns` (0-based),
 * so the engine can skip a hidden old copy of a visible column. Chart sheets are
 * not worksheets and are not listed.
 *
 * A file that is not a readable .xlsx throws `XlsxReadError` with a one-line
 * Vietnamese + English message suitable for showing to the user as is.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from './exceljsNode';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../engine/types';
import { generatedSheetNames } from '../../engine/layout/marker';
import { XlsxReadError } from './errors';
import { checkFileSize, findMalformedPart, inspectXlsx, sniffHead, type Inflate } from './inspect';
import { LIMITS } from './limits';
import { fsErrorText } from './fsErrors';

export { XlsxReadError } from './errors';

/**
 * Read an .xlsx file from disk. Never writes to it. The size and the first bytes
 * are checked before the file is read whole (a 1.2 GB file or /dev/zero is
 * refused after one stat and one 512-byte read).
 */
export async function readXlsxFile(filePath: string): Promise<WorkbookGrid> {
  const shown = path.basename(filePath);
  const fail = (e: unknown): never => {
    if (e instanceof XlsxReadError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new XlsxReadError(`Không tìm thấy tệp "${filePath}" — kiểm tra lại đường dẫn (file not found).`);
    throw new XlsxReadError(`Không đọc được tệp "${filePath}": ${fsErrorText(e, 'read')}.`);
  };
  let fh: fs.FileHandle | null = null;
  let data: Buffer;
  try {
    fh = await fs.open(filePath, 'r');
    const st = await fh.stat();
    if (st.isDirectory())
      throw new XlsxReadError(`"${filePath}" là thư mục, không phải tệp Excel (is a directory, not an .xlsx file).`);
    if (!st.isFile())
      throw new XlsxReadError(
        `"${filePath}" không phải tệp thông thường (thiết bị, ống dẫn…), không phải sổ Excel (not a regular file).`,
      );
    checkFileSize(st.size, shown);
    const head = Buffer.alloc(Math.min(512, st.size));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    sniffHead(head.subarray(0, bytesRead), shown);
    // Read at most the budget (+1 byte to notice a file that grew since stat).
    data = Buffer.alloc(Math.min(st.size + 1, LIMITS.fileBytes + 1));
    let n = 0;
    for (;;) {
      const r = await fh.read(data, n, data.length - n, n);
      if (r.bytesRead === 0) break;
      n += r.bytesRead;
      if (n === data.length) break;
    }
    checkFileSize(n, shown);
    data = data.subarray(0, n);
  } catch (e) {
    return fail(e);
  } finally {
    await fh?.close().catch(() => undefined);
  }
  return readXlsx(data, shown);
}

/** Node's inflate for `inspectXlsx`: zlib refuses to produce more than the declared size. */
export const nodeInflate: Inflate = Object.assign(
  (data: Uint8Array, maxBytes: number) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }),
  // Native CRC-32 where Node has it (20.15 and later); else the JavaScript one in inspect.ts.
  { crc32: typeof zlib.crc32 === 'function' ? (data: Uint8Array) => zlib.crc32(data) : undefined },
);

/**
 * Read an .xlsx file held in memory. The bytes are inspected first
 * (src/hosts/xlsx/inspect.ts: file type, size budget, damaged parts); only a
 * workbook inside the budget reaches ExcelJS.
 * @param name shown in error messages (e.g. the file name); optional.
 */
export async function readXlsx(
  data: Buffer | ArrayBuffer | Uint8Array,
  name = 'tệp Excel',
  /** Node's zlib by default; the offline page passes a browser one (./inflate.ts). */
  inflate: Inflate = nodeInflate,
): Promise<WorkbookGrid> {
  const buf = Buffer.isBuffer(data)
    ? data
    : data instanceof ArrayBuffer
      ? Buffer.from(data)
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const inspection = await inspectXlsx(buf, name, inflate);
  const wb = new Workbook();
  try {
    // ExcelJS's typings want its own `Buffer` interface; a Node Buffer is one at runtime.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    // Name the part ExcelJS stumbled on when it is broken XML (a sheet by its tab name).
    const bad = await findMalformedPart(buf, inspection, inflate).catch(() => null);
    if (bad)
      throw new XlsxReadError(
        `Không đọc được "${name}": ${bad.sheet !== null ? `trang "${bad.sheet}" (${bad.part})` : `thành phần "${bad.part}"`} bị hỏng (nội dung XML sai ở dòng ${bad.line}, cột ${bad.col}); ` +
          `hãy lấy lại tệp gốc, hoặc mở bằng Excel (Excel có thể đề nghị sửa tệp) và "Lưu thành" một tệp mới ` +
          `(damaged ${bad.sheet !== null ? `sheet "${bad.sheet}"` : `part "${bad.part}"`}: malformed XML at line ${bad.line}, column ${bad.col}).`,
      );
    throw new XlsxReadError(
      `Không đọc được "${name}": tệp .xlsx bị hỏng hoặc có thành phần chưa đọc được; hãy mở bằng Excel và "Lưu thành" một tệp .xlsx mới rồi thử lại ` +
        `(damaged or unsupported .xlsx: ${oneLine(e)}).`,
    );
  }
  let current = '';
  try {
    // Sheets the program created carry its marker (a defined name, see
    // src/engine/layout/marker.ts); the engine skips them.
    const defs = (wb.definedNames.model ?? []).flatMap((d) => (d.ranges ?? []).map((ref) => ({ name: d.name, ref })));
    const generated = generatedSheetNames(defs);
    return {
      sheets: wb.worksheets.map((ws) => {
        current = ws.name;
        const grid = readSheet(ws, name);
        if (generated.has(ws.name)) grid.generated = true;
        return grid;
      }),
    };
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const where = current ? ` trang "${current}"` : '';
    throw new XlsxReadError(
      `Không đọc được nội dung${where} của "${name}" (cannot read the cells${current ? ` of sheet "${current}"` : ''}: ${oneLine(e)}).`,
    );
  }
}

function readSheet(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const rows: (GridCell | null | undefined)[][] = [];
  const sheet = ws.name;
  const limit = (vi: string, en: string) =>
    new XlsxReadError(`Không đọc được "${file}", trang "${sheet}": ${vi} (${en}).`);
  // Merged ranges by every cell they cover except the master ("F5" → "E5:G5").
  const mergedAt = new Map<string, string>();
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const c1 = colIndex(m[1]);
    const c2 = colIndex(m[3]);
    const r1 = Number(m[2]);
    const r2 = Number(m[4]);
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > LIMITS.cellsPerSheet) continue; // a whole-sheet merge: not worth a map
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) mergedAt.set(`${r}:${c}`, range);
  }
  const hiddenRows: number[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > LIMITS.rows)
      throw limit(
        `có dữ liệu ở dòng ${rowNumber}, vượt giới hạn ${LIMITS.rows} dòng; hãy xóa các dòng thừa ở cuối trang`,
        `data in row ${rowNumber}, beyond the ${LIMITS.rows}-row limit`,
      );
    const out: (GridCell | null | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > LIMITS.columns)
        throw limit(
          `ô ${cell.address} nằm ngoài giới hạn ${LIMITS.columns} cột; hãy xóa các cột thừa`,
          `cell ${cell.address} is beyond the ${LIMITS.columns}-column limit`,
        );
      const g = readCell(cell);
      if (g && typeof g.v === 'string' && g.v.length > LIMITS.cellChars)
        throw limit(
          `ô ${cell.address} chứa ${g.v.length} ký tự, quá ${LIMITS.cellChars} ký tự Excel cho phép trong một ô`,
          `cell ${cell.address} holds ${g.v.length} characters, over Excel's ${LIMITS.cellChars}`,
        );
      if (g) out[colNumber - 1] = g;
      else {
        const range = mergedAt.get(`${rowNumber}:${colNumber}`);
        if (range) out[colNumber - 1] = { v: null, merged: range };
      }
    });
    if (out.length > 0) {
      rows[rowNumber - 1] = out;
      width = Math.max(width, out.length);
      if (row.hidden) hiddenRows.push(rowNumber - 1);
    }
  });
  // Hidden columns (an old copy of "Tháng 6" kept out of sight): the engine skips a hidden
  // column only when it repeats a visible one, and tells the user.
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  // Make holes explicit `undefined` entries of a real array (the type allows them);
  // `rows.length` is the last used row.
  const grid: SheetGrid = { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.state = ws.state;
  if (hiddenColumns.length) grid.hiddenColumns = hiddenColumns;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

/** "A" → 1, "AA" → 27. */
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** One cell → GridCell, or null when it is empty (including merged non-master cells). */
export function readCell(cell: ExcelJS.Cell): GridCell | null {
  if (cell.type === ValueType.Merge) return null; // only the master carries the value
  const indent = cell.alignment?.indent;
  let g: GridCell | null;
  if (cell.type === ValueType.Formula) {
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
