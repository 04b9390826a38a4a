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

/** A zip holding a minimal workbook with these sheets (and any extra entries). */
export function rawWorkbookZip(sheets: RawSheet[], extra: Record<string, string | Uint8Array> = {}): JSZip {
  const z = new JSZip();
  z.file(
    '[Content_Types].xml',
    CT.replace(
      'SHEETS',
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(''),
    ),
  );
  z.file('_rels/.rels', RELS);
  z.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  z.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
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
