/**
 * Builders of hostile and disguised files for the read-path tests (inspect,
 * fuzz, heavy): minimal .xlsx parts written by hand with JSZip, so a test can
 * put exactly the bytes it wants in a part.
 */
import JSZip from 'jszip';

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>SHEETS</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export interface RawSheet {
  name: string;
  /** The worksheet XML (whole document), or rows of cell XML inside <sheetData>. */
  xml?: string;
  rows?: string[];
  state?: 'hidden' | 'veryHidden';
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 0-based index. */
export function col(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One row of inline-string / number cells starting at column A. */
export function rowXml(r: number, values: (string | number | null)[]): string {
  const cells = values
    .map((v, c) =>
      v === null
        ? ''
        : typeof v === 'number'
          ? `<c r="${col(c)}${r}"><v>${v}</v></c>`
          : `<c r="${col(c)}${r}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`,
    )
    .join('');
  return `<row r="${r}">${cells}</row>`;
}

export function sheetXml(rows: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** [Content_Types].xml, the relationships and xl/workbook.xml of a workbook with these sheets. */
export function fixedParts(sheets: Pick<RawSheet, 'name' | 'state'>[]): Record<string, string> {
  return {
    '[Content_Types].xml': CT.replace(
      'SHEETS',
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(''),
    ),
    '_rels/.rels': RELS,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  };
}

/** A zip holding a minimal workbook with these sheets (and any extra entries). */
export function rawWorkbookZip(sheets: RawSheet[], extra: Record<string, string | Uint8Array> = {}): JSZip {
  const z = new JSZip();
  for (const [n, text] of Object.entries(fixedParts(sheets))) z.file(n, text);
  sheets.forEach((s, i) => z.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml ?? sheetXml(s.rows ?? [])));
  for (const [n, d] of Object.entries(extra)) z.file(n, d);
  return z;
}

export async function zipBytes(z: JSZip): Promise<Buffer> {
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The header of a sector sheet and a few indicator rows (Sóc Trăng's figures, June 2024). */
export const SECTOR_ROWS = [
  rowXml(1, ['Lĩnh vực: Việc làm']),
  rowXml(3, ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']),
  rowXml(4, ['1', 'Số lao động được tạo việc làm', 'người', 28500, 2100, 1850, 2400, 2650, 3193, 3932]),
  rowXml(5, ['2', 'Số lao động đi làm việc ở nước ngoài', 'người', 700, 40, 52, 61, 58, 66, 61]),
];

/** An OLE compound file whose directory names these streams (enough for sniffing). */
export function oleFile(streams: string[]): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(512);
  const names = streams.map((s) => Buffer.from(s, 'utf16le'));
  return Buffer.concat([head, body, ...names.flatMap((n) => [n, Buffer.alloc(64 - (n.length % 64))])]);
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One entry for `handZip`: stored bytes, or raw deflate data with the sizes it declares. */
export interface HandEntry {
  name: string;
  data?: Uint8Array;
  deflated?: { raw: Uint8Array; size: number; crc: number };
}

/**
 * A zip written by hand (no library), so a test can make an entry declare any
 * size and CRC — a zip bomb that lies about its size — or hold 200 MB of
 * deflated zeros without building them in JSZip.
 */
export function handZip(entries: HandEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const stored = e.data !== undefined;
    const body = stored ? Buffer.from(e.data!) : Buffer.from(e.deflated!.raw);
    const size = stored ? body.length : e.deflated!.size;
    const crc = stored ? crc32Of(body) : e.deflated!.crc;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(stored ? 0 : 8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(stored ? 0 : 8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function crc32Of(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) {
    c ^= b[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A one-sheet workbook ("Việc làm") for handZip: the fixed parts around the given sheet entry. */
export function workbookEntries(sheet: Omit<HandEntry, 'name'>, extra: HandEntry[] = []): HandEntry[] {
  const enc = (t: string) => new TextEncoder().encode(t);
  const fixed = fixedParts([{ name: 'Việc làm' }]);
  return [
    ...Object.entries(fixed).map(([name, text]) => ({ name, data: enc(text) })),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...extra,
  ];
}
