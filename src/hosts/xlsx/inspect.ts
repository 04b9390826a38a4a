/**
 * Looks at a file's bytes before any workbook library sees them: what kind of
 * file it is (magic bytes, zip entry names), and whether it keeps inside the
 * size budget (src/hosts/xlsx/limits.ts) — compressed size, number of zip
 * entries, expanded size of every part (the zip's central directory, then the
 * real inflated bytes, checked against the declared size and CRC), cells per
 * sheet. A zip bomb, a 200 MB shared string or a 100 000-row sheet is refused
 * here with a clear message instead of running ExcelJS out of memory.
 *
 * Pure: Uint8Array in, no Node and no DOM, so the same checks run in the CLI,
 * the add-in's file features and the offline page. Inflating is injected
 * (`Inflate`): Node passes zlib's inflateRawSync with `maxOutputLength`, a
 * browser can pass DecompressionStream('deflate-raw') with a byte counter.
 */
import { LIMITS, mb } from './limits';
import { XlsxReadError } from './errors';

/** One zip entry as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/**
 * Inflate raw deflate data; must throw (any error) rather than produce more than
 * `maxBytes`. May be async. A host with a native CRC-32 (Node's `zlib.crc32`)
 * gives it as `crc32`, used for the check of every inflated part instead of
 * the JavaScript one here.
 */
export type Inflate = ((data: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>) & {
  crc32?: (data: Uint8Array) => number;
};

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

function startsWith(b: Uint8Array, bytes: number[]): boolean {
  return b.length >= bytes.length && bytes.every((x, i) => b[i] === x);
}

/** The UTF-16LE bytes of `s` occur in `b` (names in an OLE compound file's directory). */
function hasUtf16(b: Uint8Array, s: string): boolean {
  const pat: number[] = [];
  for (const ch of s) pat.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pat.length <= b.length; i++) {
    if (b[i] !== pat[0]) continue;
    for (let j = 1; j < pat.length; j++) if (b[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

const SAVE_AS = 'hãy mở bằng Excel và "Lưu thành" (Save As) dạng "Excel Workbook (*.xlsx)" rồi chạy lại';

/**
 * The first check, on the first bytes only (and the size): refuses what is not a
 * zip archive with a message that says what the file is. Call it before reading a
 * large file whole.
 */
export function sniffHead(head: Uint8Array, name: string): void {
  if (head.length === 0) throw new XlsxReadError(`Tệp "${name}" rỗng (the file is empty).`);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return; // OLE: told apart by refuseOle on the whole file
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return;
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46]))
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp PDF, không phải sổ Excel; hãy chọn tệp .xlsx (a PDF file, not an .xlsx workbook).`,
    );
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21]) || startsWith(head, [0x37, 0x7a, 0xbc, 0xaf]))
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp nén RAR/7z; hãy giải nén và chọn tệp .xlsx bên trong (a RAR/7z archive, not an .xlsx workbook).`,
    );
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 512)).replace(/^\ufeff/, '');
  if (/^\s*</.test(text))
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp HTML/XML (có thể là "XML Spreadsheet 2003" hoặc trang web lưu từ Excel), không phải .xlsx; ${SAVE_AS} ` +
        `(an HTML/XML file, not an .xlsx workbook; save it as .xlsx).`,
    );
  if (!head.subarray(0, 512).some((c) => c <= 0x08 || (c >= 0x0e && c <= 0x1a)))
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp văn bản (có thể là .csv hoặc .txt), không phải sổ Excel .xlsx; ${SAVE_AS} ` +
        `(a text/CSV file, not an .xlsx workbook; save it as .xlsx).`,
    );
  throw new XlsxReadError(`Không đọc được "${name}": không phải tệp Excel .xlsx; ${SAVE_AS} (not an .xlsx workbook).`);
}

/** An OLE compound file (.xls, .doc, or an .xlsx encrypted with a password): always refused, with the reason. */
function refuseOle(b: Uint8Array, name: string): never {
  if (hasUtf16(b, 'EncryptedPackage') || hasUtf16(b, 'EncryptionInfo'))
    throw new XlsxReadError(
      `Không đọc được "${name}": sổ được đặt mật khẩu mở tệp; hãy mở bằng Excel, bỏ mật khẩu (File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu), lưu lại rồi chạy lại ` +
        `(the workbook is encrypted with a password; remove the password and save it again).`,
    );
  if (hasUtf16(b, 'WordDocument'))
    throw new XlsxReadError(
      `Không đọc được "${name}": đây là tệp Word 97-2003 (.doc), không phải sổ Excel (a Word .doc file, not an Excel workbook).`,
    );
  throw new XlsxReadError(
    `Không đọc được "${name}": đây là tệp Excel 97-2003 (.xls); ${SAVE_AS} (an old .xls workbook; save it as .xlsx).`,
  );
}

/** Reads the zip's central directory (entry names and declared sizes), never the entries' data. */
export function readCentralDirectory(b: Uint8Array, name: string): ZipEntry[] {
  const damaged = (why: { vi: string; en: string }) =>
    new XlsxReadError(
      `Không đọc được "${name}": tệp .xlsx bị hỏng (${why.vi}); có thể tệp chưa tải/chép xong — hãy lấy lại tệp gốc, hoặc mở bằng Excel và "Lưu thành" một tệp mới ` +
        `(damaged .xlsx: ${why.en}).`,
    );
  // End of central directory: 22 bytes + a comment of up to 65 535 bytes, at the end.
  let eocd = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged({ vi: 'không thấy mục lục của tệp nén', en: 'no zip central directory; truncated?' });
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw new XlsxReadError(
      `Không đọc được "${name}": tệp nén dạng ZIP64 (dành cho tệp trên 4 GB), vượt giới hạn ${mb(LIMITS.fileBytes)} của chương trình ` +
        `(a ZIP64 archive; beyond the ${mb(LIMITS.fileBytes)} limit).`,
    );
  if (count > LIMITS.zipEntries)
    throw new XlsxReadError(
      `Không đọc được "${name}": tệp có ${count} thành phần nén, vượt giới hạn ${LIMITS.zipEntries} (more than ${LIMITS.zipEntries} zip entries).`,
    );
  if (cdOffset + cdSize > eocd)
    throw damaged({ vi: 'mục lục tệp nén sai vị trí', en: 'central directory out of bounds' });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
      throw damaged({ vi: 'mục lục tệp nén bị hỏng', en: 'bad central directory entry' });
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const entry: ZipEntry = {
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      crc32: u32(b, p + 16),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(p + 46, p + 46 + nameLen)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new XlsxReadError(
        `Không đọc được "${name}": thành phần "${entry.name}" dạng ZIP64 (trên 4 GB), vượt giới hạn của chương trình (a ZIP64 entry; beyond the limits).`,
      );
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export type ZipKind = 'xlsx' | 'xlsb' | 'opendocument' | 'docx' | 'pptx' | 'zip';

/** What a zip archive holds, by its entry names. */
export function zipKind(entries: readonly ZipEntry[]): ZipKind {
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('mimetype') && names.has('content.xml')) return 'opendocument';
  return 'zip';
}

/** Refuses a zip that is not an .xlsx workbook, naming what it is. */
function refuseKind(kind: ZipKind, name: string): void {
  switch (kind) {
    case 'xlsx':
      return;
    case 'xlsb':
      throw new XlsxReadError(
        `Không đọc được "${name}": đây là sổ Excel dạng nhị phân (.xlsb); ${SAVE_AS} (an .xlsb binary workbook; save it as .xlsx).`,
      );
    case 'opendocument':
      throw new XlsxReadError(
        `Không đọc được "${name}": đây là tệp OpenDocument (.ods của LibreOffice/OpenOffice); trong LibreOffice chọn File → Save As → "Excel 2007-365 (.xlsx)" rồi chạy lại ` +
          `(an OpenDocument .ods file; save it as .xlsx).`,
      );
    case 'docx':
      throw new XlsxReadError(
        `Không đọc được "${name}": đây là văn bản Word (.docx) đổi tên thành .xlsx, không phải sổ Excel; hãy chọn đúng sổ số liệu (a Word document, not an Excel workbook).`,
      );
    case 'pptx':
      throw new XlsxReadError(
        `Không đọc được "${name}": đây là tệp PowerPoint, không phải sổ Excel (a PowerPoint file, not an Excel workbook).`,
      );
    default:
      throw new XlsxReadError(
        `Không đọc được "${name}": tệp nén .zip không chứa sổ Excel (không có xl/workbook.xml); nếu sổ nằm trong tệp nén, hãy giải nén trước ` +
          `(a zip archive that is not an Excel workbook: no xl/workbook.xml).`,
      );
  }
}

/** Is this part parsed as XML by ExcelJS (the expensive kind)? */
function isXmlPart(n: string): boolean {
  return /\.(?:xml|rels|vml)$/i.test(n);
}

function isSheetPart(n: string): boolean {
  return /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(n);
}

/** xl/worksheets/sheetN.xml → the sheet's name, from xl/workbook.xml and its relationships. */
export function sheetPartNames(workbookXml: string, relsXml: string): Map<string, string> {
  const attr = (tag: string, a: string) => {
    const m = new RegExp(`\\s${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
    return m ? decodeXml(m[1] ?? m[2]) : null;
  };
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const sheet = attr(m[0], 'name');
    const rid = attr(m[0], '(?:\\w+:)?id');
    const part = rid ? targets.get(rid) : undefined;
    if (sheet !== null && part) out.set(part.toLowerCase(), sheet);
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (all, hex, dec, named) => {
    if (hex || dec) {
      const cp = parseInt(hex ?? dec, hex ? 16 : 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[(named as string).toLowerCase()] ?? all;
  });
}

/** Number of cells (`<c …>` elements) in a worksheet's XML. */
export function countCells(xml: Uint8Array): number {
  return countSheet(xml).cells;
}

/**
 * Cells (`<c …>` elements) and rows holding at least one of them (a `<row>`
 * that is only formatted, with no cell, is not counted) in a worksheet's XML.
 */
export function countSheet(xml: Uint8Array): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  let rowCounted = false;
  for (let i = 0; i + 2 < xml.length; i++) {
    if (xml[i] !== 0x3c) continue; // <
    let j = i + 1;
    // an optional namespace prefix ("x:c")
    while (j < xml.length && j - i < 12 && xml[j] !== 0x3a && xml[j] !== 0x20 && xml[j] !== 0x3e && xml[j] !== 0x2f)
      j++;
    const k = xml[j] === 0x3a ? j + 1 : i + 1;
    if (xml[k] === 0x63 && (xml[k + 1] === 0x20 || xml[k + 1] === 0x3e || xml[k + 1] === 0x2f)) {
      cells++;
      if (!rowCounted) {
        rows++;
        rowCounted = true;
      }
    } else if (
      xml[k] === 0x72 && // r
      xml[k + 1] === 0x6f && // o
      xml[k + 2] === 0x77 && // w
      (xml[k + 3] === 0x20 || xml[k + 3] === 0x3e || xml[k + 3] === 0x2f)
    ) {
      rowCounted = false;
    }
  }
  return { cells, rows };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** What the inspection learnt, for the reader's own checks and messages. */
export interface Inspection {
  entries: ZipEntry[];
  /** Part path (lower case, no leading slash) → sheet name. */
  sheetParts: Map<string, string>;
  /** Cells per sheet name, counted in the XML. */
  cells: Map<string, number>;
}

/**
 * Every check before a workbook library sees the bytes: file size, magic bytes,
 * zip directory, kind of document, declared and real expanded sizes, CRCs,
 * cells per sheet and in all. Throws `XlsxReadError` (Vietnamese, English in
 * brackets, naming the file and, for a damaged or oversized sheet, the sheet).
 */
export async function inspectXlsx(b: Uint8Array, name: string, inflate: Inflate): Promise<Inspection> {
  sniffHead(b.subarray(0, 512), name);
  if (b.length > LIMITS.fileBytes) throw tooBig(name, b.length);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])) refuseOle(b, name);
  const entries = readCentralDirectory(b, name);
  refuseKind(zipKind(entries), name);

  const tooLarge = (what: string, size: number, limit: number, whatEn: string) =>
    new XlsxReadError(
      `Không đọc được "${name}": ${what} khi giải nén lớn ${mb(size)}, vượt giới hạn ${mb(limit)} — sổ số liệu của một tỉnh thường chỉ vài MB; ` +
        `hãy xóa các trang, ảnh hay dữ liệu thừa (${whatEn} expands to ${mb(size)}, over the ${mb(limit)} limit).`,
    );
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1)
      throw new XlsxReadError(
        `Không đọc được "${name}": thành phần "${e.name}" được mã hóa (đặt mật khẩu); hãy bỏ mật khẩu rồi lưu lại (an encrypted zip entry).`,
      );
    total += e.size;
    const limit = isXmlPart(e.name) ? LIMITS.xmlPartBytes : LIMITS.totalExpandedBytes;
    if (e.size > limit) throw tooLarge(`thành phần "${e.name}"`, e.size, limit, `part "${e.name}"`);
  }
  if (total > LIMITS.totalExpandedBytes)
    throw tooLarge('toàn bộ tệp', total, LIMITS.totalExpandedBytes, 'the workbook');

  // Sheet names first (small parts), so a damaged or oversized sheet can be named.
  const textOf = async (n: string): Promise<string> => {
    const e = entries.find((x) => x.name.replace(/^\//, '').toLowerCase() === n);
    if (!e) return '';
    return new TextDecoder('utf-8', { fatal: false }).decode(await entryData(b, e, name, inflate, null));
  };
  const sheetParts = sheetPartNames(await textOf('xl/workbook.xml'), await textOf('xl/_rels/workbook.xml.rels'));
  const cells = new Map<string, number>();
  let totalCells = 0;
  let totalRows = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue;
    const part = e.name.replace(/^\//, '').toLowerCase();
    const sheet = sheetParts.get(part) ?? null;
    const data = await entryData(b, e, name, inflate, sheet);
    if (isSheetPart(e.name)) {
      const counted = countSheet(data);
      const n = counted.cells;
      const shown = sheet ?? e.name;
      cells.set(shown, n);
      totalCells += n;
      totalRows += counted.rows;
      if (n > LIMITS.cellsPerSheet)
        throw new XlsxReadError(
          `Không đọc được "${name}": trang "${shown}" có ${n.toLocaleString('vi-VN')} ô dữ liệu, vượt giới hạn ${LIMITS.cellsPerSheet.toLocaleString('vi-VN')} ô một trang; ` +
            `sổ số liệu một tỉnh thường vài nghìn ô — hãy xóa các dòng, cột thừa hoặc tách sổ ` +
            `(sheet "${shown}" has ${n} cells, over the ${LIMITS.cellsPerSheet} per-sheet limit).`,
        );
    }
  }
  if (totalCells > LIMITS.cells)
    throw new XlsxReadError(
      `Không đọc được "${name}": sổ có ${totalCells.toLocaleString('vi-VN')} ô dữ liệu, vượt giới hạn ${LIMITS.cells.toLocaleString('vi-VN')} ô; hãy xóa các trang, dòng thừa ` +
        `(the workbook has ${totalCells} cells, over the ${LIMITS.cells} limit).`,
    );
  // Each row with data can become a row of the report sheet and of the .docx
  // appendix: the report's memory grows with the rows (README.md here).
  if (totalRows > LIMITS.dataRows)
    throw new XlsxReadError(
      `Không đọc được "${name}": sổ có ${totalRows.toLocaleString('vi-VN')} dòng có dữ liệu, vượt giới hạn ${LIMITS.dataRows.toLocaleString('vi-VN')} dòng ` +
        `(quá lớn để lập báo cáo trong bộ nhớ của chương trình); hãy xóa các trang, dòng thừa hoặc tách sổ ` +
        `(the workbook has ${totalRows} rows with data, over the ${LIMITS.dataRows} limit).`,
    );
  return { entries, sheetParts, cells };
}

/** The inflated bytes of one entry, checked against its declared size and CRC. */
async function entryData(
  b: Uint8Array,
  e: ZipEntry,
  name: string,
  inflate: Inflate,
  sheet: string | null,
): Promise<Uint8Array> {
  const where = sheet !== null ? `trang "${sheet}" (${e.name})` : `thành phần "${e.name}"`;
  const whereEn = sheet !== null ? `sheet "${sheet}" (${e.name})` : `part "${e.name}"`;
  const damaged = () =>
    new XlsxReadError(
      `Không đọc được "${name}": ${where} bị hỏng; hãy lấy lại tệp gốc, hoặc mở bằng Excel (Excel có thể đề nghị sửa tệp) và "Lưu thành" một tệp mới ` +
        `(damaged ${whereEn}).`,
    );
  const o = e.localOffset;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) throw damaged();
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw damaged();
  const raw = b.subarray(start, end);
  let data: Uint8Array;
  if (e.method === 0) data = raw;
  else if (e.method === 8) {
    try {
      data = await inflate(raw, e.size);
    } catch {
      throw damaged();
    }
  } else
    throw new XlsxReadError(
      `Không đọc được "${name}": ${where} dùng kiểu nén ${e.method} mà Excel không dùng; hãy mở bằng Excel và lưu lại (unsupported compression method ${e.method} in ${whereEn}).`,
    );
  if (data.length !== e.size || (inflate.crc32 ?? crc32)(data) !== e.crc32) throw damaged();
  return data;
}

function tooBig(name: string, size: number): XlsxReadError {
  return new XlsxReadError(
    `Không đọc được "${name}": tệp lớn ${mb(size)}, vượt giới hạn ${mb(LIMITS.fileBytes)} — sổ số liệu của một tỉnh thường dưới 5 MB; ` +
      `hãy kiểm tra đã chọn đúng tệp, hoặc xóa ảnh và trang thừa (the file is ${mb(size)}, over the ${mb(LIMITS.fileBytes)} limit).`,
  );
}

/** Refuses a file larger than the budget before it is read (call with the size from stat). */
export function checkFileSize(size: number, name: string): void {
  if (size > LIMITS.fileBytes) throw tooBig(name, size);
}

/**
 * An `Inflate` on the web-standard DecompressionStream('deflate-raw') (browsers,
 * WebView2, Node ≥ 20): stops reading, and throws, as soon as the output passes
 * `maxBytes`, so a zip bomb never expands in memory. For the add-in's file
 * features and the offline page; Node code may use zlib (`nodeInflate`).
 */
export const streamInflate: Inflate = async (data, maxBytes) => {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // The write is not awaited: the readable side must be drained at the same time.
  void writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error('inflated data larger than declared');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
};

/**
 * Where an XML part is not well-formed (unbalanced or mismatched tags, a tag cut
 * in the middle, an attribute without a quoted value), as "dòng L, cột C"; null
 * when it is. A light check, to name the damaged sheet when ExcelJS refuses a
 * workbook whose zip is sound.
 */
export function xmlProblem(xml: string): { line: number; col: number } | null {
  const at = (i: number) => {
    const before = xml.slice(0, i);
    const line = before.split('\n').length;
    return { line, col: i - before.lastIndexOf('\n') };
  };
  const stack: string[] = [];
  let roots = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (
      xml.startsWith('<?', i) ||
      xml.startsWith('<!--', i) ||
      xml.startsWith('<![CDATA[', i) ||
      xml.startsWith('<!', i)
    ) {
      const close = xml.startsWith('<?', i)
        ? '?>'
        : xml.startsWith('<!--', i)
          ? '-->'
          : xml.startsWith('<![CDATA[', i)
            ? ']]>'
            : '>';
      const end = xml.indexOf(close, i + 2);
      if (end < 0) return at(i);
      i = xml.indexOf('<', end + close.length);
      continue;
    }
    const closing = xml[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < xml.length && /[^\s/>=<"']/.test(xml[j])) j++;
    const name = xml.slice(nameStart, j);
    if (!name) return at(i);
    if (closing) {
      while (j < xml.length && /\s/.test(xml[j])) j++;
      if (xml[j] !== '>' || stack.pop() !== name) return at(i);
      i = xml.indexOf('<', j + 1);
      continue;
    }
    // attributes: name = "value" | 'value'
    for (;;) {
      while (j < xml.length && /\s/.test(xml[j])) j++;
      if (xml[j] === '>' || (xml[j] === '/' && xml[j + 1] === '>')) break;
      const a = j;
      while (j < xml.length && /[^\s/>=<"']/.test(xml[j])) j++;
      if (j === a) return at(j);
      while (j < xml.length && /\s/.test(xml[j])) j++;
      if (xml[j] !== '=') return at(j);
      j++;
      while (j < xml.length && /\s/.test(xml[j])) j++;
      const q = xml[j];
      if (q !== '"' && q !== "'") return at(j);
      const end = xml.indexOf(q, j + 1);
      if (end < 0 || xml.slice(j + 1, end).includes('<')) return at(j);
      j = end + 1;
    }
    if (j >= xml.length) return at(i);
    if (stack.length === 0) roots++;
    if (roots > 1) return at(i);
    if (xml[j] === '>') stack.push(name);
    i = xml.indexOf('<', j + 1);
  }
  return stack.length ? at(xml.length) : null;
}

/**
 * The first XML part (sheets first) that is not well-formed, with its sheet name
 * when it is a sheet; for naming what ExcelJS could not read.
 */
export async function findMalformedPart(
  b: Uint8Array,
  ins: Inspection,
  inflate: Inflate,
): Promise<{ part: string; sheet: string | null; line: number; col: number } | null> {
  const xmlEntries = ins.entries.filter((e) => isXmlPart(e.name));
  xmlEntries.sort((x, y) => Number(isSheetPart(y.name)) - Number(isSheetPart(x.name)));
  for (const e of xmlEntries) {
    const data = await entryData(b, e, '', inflate, null);
    const problem = xmlProblem(new TextDecoder('utf-8', { fatal: false }).decode(data));
    if (problem)
      return { part: e.name, sheet: ins.sheetParts.get(e.name.replace(/^\//, '').toLowerCase()) ?? null, ...problem };
  }
  return null;
}
