/**
 * The narrative as a Word document in the administrative layout of
 * Nghị định 30/2020/NĐ-CP (Phụ lục I), with the report table as a landscape
 * appendix. Pure: no fs, no DOM — the same code runs in Node (CLI) and in the
 * task pane (browser); the result is the .docx file's bytes.
 *
 * Measurements and layout decisions: see README.md in this folder.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { ComputedIndicator, ComputedReport, Period, UnitInfo } from '../engine/types';
import type { Block, NarrativeDoc } from '../engine/narrative/model';
import { fmtChange, fmtNumber, fmtPct } from '../engine/format';
import {
  type ColumnKey,
  headerTexts,
  noteLines,
  reportColumns,
  roman,
  sameTimeLegend,
  statusText,
  targetText,
  unitNote,
  unitTableHeaders,
  unitTableSubtitle,
  unitTableTitle,
  unitTotalNote,
  unitTotals,
} from '../engine/layout/report';
import { subjectLines } from '../engine/layout/subject';
import { zipWriter, type RawDeflate } from '../hosts/zip';

export interface BuildDocxOptions {
  /** Add the report table as a landscape appendix (Phụ lục). Default true. */
  appendix?: boolean;
  /** DEFLATE for the zip (src/hosts/zip.ts); default fflate's. The command line passes Node's zlib. */
  deflate?: RawDeflate;
}

// ---------------------------------------------------------------------------
// Measurements (twips: 1 pt = 20 twips, 1 mm ≈ 56.7 twips; font sizes in half-points)
// ---------------------------------------------------------------------------

const mm = (v: number): number => Math.round(v * 56.7);
const pt = (v: number): number => v * 2; // half-points for font sizes

/** A4 portrait (210 × 297 mm). */
export const A4 = { width: 11906, height: 16838 } as const;
/** NĐ30: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
/** Appendix (landscape): the long edge is horizontal; binding at the top. */
const APPENDIX_MARGINS = {
  top: mm(20),
  bottom: mm(15),
  left: mm(20),
  right: mm(15),
  header: mm(10),
  footer: mm(8),
};

const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right; // 9354
const APPENDIX_TEXT_WIDTH = A4.height - APPENDIX_MARGINS.left - APPENDIX_MARGINS.right; // 14853

/**
 * Header table: left = agency (≈ 7.06 cm: "SỞ LAO ĐỘNG - THƯƠNG BINH" fits on one
 * line at 13 pt bold), right = national motto (≈ 9.44 cm: the 12 pt Quốc hiệu is
 * 8.8 cm wide in Times New Roman).
 */
const HEADER_COLUMNS = [4000, TEXT_WIDTH - 4000];
/** Closing table: left = "Nơi nhận", right = signature block. */
const CLOSING_COLUMNS = [4536, TEXT_WIDTH - 4536];
/**
 * Appendix table columns, in DXA (LibreOffice ignores other units): the report
 * sheet's columns for the period (`reportColumns`: STT, Chỉ tiêu (the rest),
 * ĐVT, Kế hoạch, Thực hiện, [Lũy kế,] % KH, Cùng kỳ, So cùng kỳ, Tiến độ, Ghi
 * chú — no Lũy kế when the period starts in January). At 11 pt "16.344 (*)",
 * "Đúng tiến độ" and "giảm 1,29 điểm %" (two lines) fit; they add up to the
 * text width.
 */
const APPENDIX_WIDTH: Record<Exclude<ColumnKey, 'name'>, number> = {
  stt: 600,
  unit: 1100,
  plan: 1050,
  period: 1150,
  ytd: 1150,
  planPct: 1050,
  lastYear: 1100,
  change: 1300,
  schedule: 1300,
  note: 2150,
};
function appendixColumns(p: Period): { key: ColumnKey; width: number }[] {
  const keys = reportColumns(p);
  const used = keys.reduce((a, k) => a + (k === 'name' ? 0 : APPENDIX_WIDTH[k]), 0);
  return keys.map((key) => ({ key, width: key === 'name' ? APPENDIX_TEXT_WIDTH - used : APPENDIX_WIDTH[key] }));
}

const FONT = 'Times New Roman';
const BODY_SIZE = pt(14);
const FIRST_LINE_INDENT = mm(10); // 1 cm
const PARA_AFTER = 120; // 6 pt
const LINE_SINGLE_15 = 276; // 1.15 lines (240 = single)

// ---------------------------------------------------------------------------
// Text hygiene
// ---------------------------------------------------------------------------

/** Printable ASCII only (a figure such as "1.234" or "98,50 (*)"): nothing for docxText to change. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** What docxText replaces or strips: CR/LF and tabs, control characters, surrogates (paired or not), U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const NEEDS_REPLACING = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Makes any value safe to print: no `undefined`/`null`/`NaN`, NFC (Excel can
 * hold decomposed Vietnamese), tabs → space, CR/LF → "\n", and every other
 * control character (which makes Word refuse the file) removed.
 */
export function docxText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  const text = String(value);
  // Printable ASCII (most figures: "1.234", "98,50 (*)") has nothing to normalise, replace or strip.
  if (PRINTABLE_ASCII.test(text)) return text;
  const nfc = text.normalize('NFC');
  // Most Vietnamese text has no line break, tab, control character or surrogate: nothing to replace.
  if (!NEEDS_REPLACING.test(nfc)) return nfc;
  return (
    nfc
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // Stripping control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      // Lone surrogates out, pairs kept (no look-behind: older Safari/WKWebView on Mac lacks it).
      .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : ''))
  );
}

/** Vietnamese upper case (handles đ → Đ and all tone marks). */
const upper = (s: string): string => docxText(s).toLocaleUpperCase('vi-VN');

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
  color?: string;
}

/** TextRuns for a text, "\n" becoming line breaks. */
function runs(text: unknown, style: RunStyle = {}): TextRun[] {
  const lines = docxText(text).split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: style.bold || undefined,
        italics: style.italics || undefined,
        size: style.size,
        underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
        color: style.color,
      }),
  );
}

function centred(text: unknown, style: RunStyle = {}, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: runs(text, style),
  });
}

/** A short centred horizontal rule (NĐ30: under the agency name and under the subject). */
function shortRule(width: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // 3 pt clear of the text above, so the rule does not read as an underline.
    spacing: { before: 60, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: pt(6) })],
  });
}

const NO_BORDERS = TableBorders.NONE;
/** Space between the last body paragraph and the "Nơi nhận" / signature block. */
const CLOSING_GAP = 240;
/** Width of "- " at 11 pt, for the recipients' hanging indent. */
const RECIPIENT_HANG = 113;
const dxa = (size: number) => ({ size, type: WidthType.DXA });

// ---------------------------------------------------------------------------
// Document parts
// ---------------------------------------------------------------------------

/** "Số:      /BC-SLĐTBXH" — room left before the slash for the registry number. */
function soKyHieuLine(soKyHieu: string): string {
  const s = docxText(soKyHieu).trim();
  if (!s) return 'Số:          /BC';
  if (s.startsWith('/')) return `Số:          ${s}`;
  return `Số: ${s}`;
}

/**
 * What prints where "Thông tin" left a key empty (the engine warns
 * MISSING_INFO_KEY): the labels of the NĐ30 model, so the gap is visible and the
 * clerk knows what to type, instead of a rule under nothing.
 */
export const PLACEHOLDER = {
  tenCoQuan: 'TÊN CƠ QUAN, TỔ CHỨC',
  diaDanh: '……',
  chucVu: 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ',
  nguoiKy: 'Họ và tên',
} as const;

/** "Sóc Trăng, ngày      tháng      năm 2024" — day and month left blank for the clerk (as on the seeds). */
function dateLine(info: UnitInfo, year: number): string {
  const place = docxText(info.diaDanh).trim() || PLACEHOLDER.diaDanh;
  const blank = '      ';
  return `${place}, ngày${blank}tháng${blank}năm ${year}`;
}

function headerTable(info: UnitInfo, year: number): Table {
  const [leftW, rightW] = HEADER_COLUMNS;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: dxa(width), borders: NO_BORDERS, margins: { left: 0, right: 0 }, children });
  const leftTop: Paragraph[] = [];
  if (docxText(info.coQuanChuQuan).trim()) leftTop.push(centred(upper(info.coQuanChuQuan), { size: pt(13) }));
  leftTop.push(centred(upper(info.tenCoQuan).trim() || PLACEHOLDER.tenCoQuan, { size: pt(13), bold: true }));
  leftTop.push(shortRule(Math.round(leftW * 0.4), leftW));
  const rightTop = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: pt(12), bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: pt(13), bold: true, underline: true }),
  ];
  return new Table({
    width: dxa(TEXT_WIDTH),
    columnWidths: HEADER_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(leftW, leftTop), cell(rightW, rightTop)] }),
      new TableRow({
        children: [
          cell(leftW, [centred(soKyHieuLine(info.soKyHieu), { size: pt(13) }, { before: 120 })]),
          cell(rightW, [centred(dateLine(info, year), { size: pt(14), italics: true }, { before: 120 })]),
        ],
      }),
    ],
  });
}

/** Times New Roman 14 pt bold averages ≈ 6.4 pt a character in Vietnamese prose. */
const SUBJECT_CHAR_TWIPS = 6.4 * 20;

/** The subject's lines on the page: `subjectLines` (src/engine/layout/subject.ts) at ≈ 73 characters a line. */
export function docxSubjectLines(subject: string): string[] {
  return subjectLines(subject, Math.floor(TEXT_WIDTH / SUBJECT_CHAR_TWIPS));
}

/**
 * NĐ30: the rule under the subject is 1/3–1/2 as long as the line above it;
 * we take 40 % of the longest printed line, estimated from its length.
 */
export function subjectRuleWidth(subject: string): number {
  const longest = Math.max(...docxSubjectLines(subject).map((l) => Array.from(l).length));
  const lineTwips = Math.min(TEXT_WIDTH, Math.round(longest * SUBJECT_CHAR_TWIPS));
  return Math.max(mm(15), Math.round(lineTwips * 0.4));
}

function titleBlock(subject: string): Paragraph[] {
  return [
    centred('BÁO CÁO', { size: BODY_SIZE, bold: true }, { before: 360 }),
    centred(docxSubjectLines(subject).join('\n'), { size: BODY_SIZE, bold: true }),
    shortRule(subjectRuleWidth(subject), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** NĐ30 ends the body with "./." — added to the last paragraph unless it is there already. */
function withClosingMark(blocks: Block[]): Block[] {
  const out = blocks.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i];
    if (b.type !== 'paragraph') return out;
    const runsCopy = b.runs.map((r) => ({ ...r, text: docxText(r.text) }));
    while (runsCopy.length && !runsCopy[runsCopy.length - 1].text.trim()) runsCopy.pop();
    if (!runsCopy.length) continue;
    const last = runsCopy[runsCopy.length - 1];
    const t = last.text.replace(/\s+$/, '');
    if (!t.endsWith('./.')) {
      runsCopy[runsCopy.length - 1] = { ...last, text: t.replace(/[.;,:]$/, '') + './.' };
    }
    out[i] = { ...b, runs: runsCopy };
    return out;
  }
  return out;
}

/**
 * The report's body — headings (Word's Heading 1–3, restyled for NĐ30) and
 * paragraphs in the "Nội dung báo cáo" style — as XML, one paragraph at a
 * time: exactly what docx writes for the same Paragraph and TextRun objects
 * (test/docx compares the two byte for byte), without building ~10 objects a
 * run for a narrative that grows with the workbook.
 */
function* bodyXml(blocks: Block[]): Generator<string> {
  const specs: { heading?: 1 | 2 | 3; runs: string }[] = [];
  for (const b of withClosingMark(blocks)) {
    if (b.type === 'heading') {
      const level = b.level === 1 || b.level === 2 || b.level === 3 ? b.level : 2;
      const text = level === 1 ? upper(b.text) : docxText(b.text);
      if (!text.trim()) continue;
      specs.push({ heading: level, runs: runsXml(text, {}) });
    } else if (b.type === 'paragraph') {
      if (!(b.runs ?? []).some((r) => docxText(r.text).trim())) continue;
      specs.push({ runs: b.runs.map((r) => runsXml(r.text, { bold: r.bold, italics: r.italic })).join('') });
    }
  }
  // The last paragraph keeps with the signature block: the signature page never
  // stands without body text on it.
  for (const [i, sp] of specs.entries()) {
    yield sp.heading
      ? `<w:p><w:pPr><w:pStyle w:val="Heading${sp.heading}"/></w:pPr>${sp.runs}</w:p>`
      : `<w:p><w:pPr><w:pStyle w:val="NoiDung"/>${i === specs.length - 1 ? '<w:keepNext/>' : ''}<w:widowControl/></w:pPr>${sp.runs}</w:p>`;
  }
}

/** The runs of a text ("\n" = line break) as docx writes TextRuns with only bold / italics set. */
function runsXml(text: unknown, style: { bold?: boolean; italics?: boolean }): string {
  const rPr =
    style.bold || style.italics
      ? `<w:rPr>${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italics ? '<w:i/><w:iCs/>' : ''}</w:rPr>`
      : '';
  return docxText(text)
    .split('\n')
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`)
    .join('');
}

/** Recipients as NĐ30 writes them: "- X;" lines, the last one "- Lưu: VT…." */
export function recipientLines(noiNhan: string[]): string[] {
  const items = (noiNhan ?? [])
    .flatMap((r) => docxText(r).split('\n'))
    .map((r) =>
      r
        .trim()
        .replace(/^[-–—•+*]\s*/, '')
        .replace(/[\s;,.]+$/, '')
        .trim(),
    )
    .filter((r) => r.length > 0);
  const luu = items.filter((r) => /^lưu\b/i.test(r));
  const others = items.filter((r) => !/^lưu\b/i.test(r));
  const last = luu.length ? luu[luu.length - 1].replace(/^lưu\s*:?\s*/i, 'Lưu: ') : 'Lưu: VT';
  return [...others.map((r) => `- ${r};`), `- ${last}.`];
}

function closingTable(info: UnitInfo): Table {
  const [leftW, rightW] = CLOSING_COLUMNS;
  const left: Paragraph[] = [
    new Paragraph({
      spacing: { before: CLOSING_GAP, after: 0 },
      children: runs('Nơi nhận:', { bold: true, italics: true, size: pt(12) }),
    }),
    ...recipientLines(info.noiNhan).map(
      // Hanging indent: a wrapped recipient continues under its text, not under the dash.
      (line) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          indent: { left: RECIPIENT_HANG, hanging: RECIPIENT_HANG },
          children: runs(line, { size: pt(11) }),
        }),
    ),
  ];
  const quyen = upper(info.quyenHanKy).trim();
  const chucVu = upper(info.chucVuNguoiKy).trim();
  const right: Paragraph[] = [];
  const titles = quyen || chucVu ? [quyen, chucVu !== quyen ? chucVu : ''] : [PLACEHOLDER.chucVu];
  for (const line of titles) {
    if (line) right.push(centred(line, { bold: true, size: BODY_SIZE }, { before: right.length ? 0 : CLOSING_GAP }));
  }
  const nguoiKy = docxText(info.nguoiKy).trim() || PLACEHOLDER.nguoiKy;
  // ≈ 3 cm for the signature and the seal.
  right.push(centred(nguoiKy, { bold: true, size: BODY_SIZE }, { before: mm(30) }));
  return new Table({
    width: dxa(TEXT_WIDTH),
    columnWidths: CLOSING_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: dxa(leftW), borders: NO_BORDERS, margins: { left: 0, right: 0 }, children: left }),
          new TableCell({ width: dxa(rightW), borders: NO_BORDERS, margins: { left: 0, right: 0 }, children: right }),
        ],
      }),
    ],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })],
      }),
    ],
  });
}

const emptyHeader = (): Header => new Header({ children: [new Paragraph({ children: [] })] });

// ---------------------------------------------------------------------------
// Appendix: the report table
// ---------------------------------------------------------------------------

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** A figure in the indicator's unit: rates with two decimals, counts as counts. */
function figure(n: number | null | undefined, ind: ComputedIndicator): string {
  if (!isFiniteNumber(n)) return '';
  if (ind.kind === 'rate' || docxText(ind.unit).trim() === '%') return fmtNumber(n, 2);
  return fmtNumber(n);
}

function planText(ind: ComputedIndicator): string {
  if (ind.target && isFiniteNumber(ind.target.value)) return targetText(ind.target);
  return figure(ind.plan, ind);
}

function changeText(ind: ComputedIndicator): string {
  return isFiniteNumber(ind.changePct) ? fmtChange(ind.changePct, ind.kind) : '';
}

const TABLE_SIZE = pt(11);

/*
 * The appendix table is written as WordprocessingML text, row by row, instead of
 * through docx's Table/TableRow/TableCell objects. Those objects cost ~40 nested
 * objects per cell, all alive until Packer serialises the whole document at
 * once; for a large workbook (10 sectors × 200 indicators and up) that object
 * graph and its intermediate copies made the build grow faster than the data
 * (mostly garbage collection) and run out of heap at 20×. Here each row is one
 * string, pushed straight into the zip's deflate stream (see `packDocx`), so
 * memory stays bounded by the compressed file. The XML is what docx writes for
 * the same cells, except that the cell margins are set once on the table and
 * the paragraphs rely on the document's default spacing (test/docx checks the
 * table's content and layout, test/render the printed page).
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** Escapes text for an XML element or attribute (as docx does: & " ' < >; control characters dropped). */
function xmlEscape(text: string): string {
  // Most cell texts need nothing: looked for once before replacing.
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_SPECIALS, (c) => XML_ESCAPES[c] ?? '');
}
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const XML_SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

interface CellStyle {
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  indent?: number;
  span?: number;
  size?: number;
  color?: string;
}

/**
 * The cells' margins (top/bottom 1 pt, left/right 3.5 pt), set once on the
 * table (w:tblCellMar) rather than on each of its cells: the same page in Word
 * and LibreOffice, and ~40 % less XML on a large appendix.
 */
const TABLE_CELL_MARGINS_XML =
  '<w:tblCellMar><w:top w:type="dxa" w:w="20"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="20"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>';

/** One table cell: a paragraph with the text (made safe by docxText here; "\n" = line break), 11 pt unless `size`, vertically centred. */
function tableCellXml(text: unknown, width: number, opts: CellStyle = {}): string {
  const size = opts.size ?? TABLE_SIZE;
  const rPr =
    '<w:rPr>' +
    (opts.bold ? '<w:b/><w:bCs/>' : '') +
    (opts.italics ? '<w:i/><w:iCs/>' : '') +
    (opts.color ? `<w:color w:val="${opts.color}"/>` : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const clean = docxText(text);
  const runsXml = !clean.includes('\n')
    ? `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(clean)}</w:t></w:r>`
    : clean
        .split('\n')
        .map(
          (line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`,
        )
        .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    (opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : '') +
    // No w:spacing: the document's default paragraph has no space before or after.
    '<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>' +
    (opts.indent ? `<w:ind w:left="${opts.indent}"/>` : '') +
    `<w:jc w:val="${opts.align ?? 'left'}"/></w:pPr>${runsXml}</w:p></w:tc>`
  );
}

/** A row that is never split across pages; `header` rows repeat on every page. */
function tableRowXml(cells: string[], opts: { header?: boolean; minHeight?: number } = {}): string {
  return (
    '<w:tr><w:trPr><w:cantSplit/>' +
    (opts.header ? '<w:tblHeader/>' : '') +
    (opts.minHeight ? `<w:trHeight w:val="${opts.minHeight}" w:hRule="atLeast"/>` : '') +
    `</w:trPr>${cells.join('')}</w:tr>`
  );
}

/** True when some indicator (or one of its parts) is marked incomplete (*). */
function anyIncomplete(report: ComputedReport): boolean {
  const visit = (list: ComputedIndicator[]): boolean => list.some((i) => i.incomplete || visit(i.children ?? []));
  return report.sectors.some((s) => visit(s.indicators));
}

/** The XML rows of an indicator and of its parts (depth-first). */
function* indicatorRows(
  ind: ComputedIndicator,
  stt: string,
  depth: number,
  cols: { key: ColumnKey; width: number }[],
): Generator<string> {
  const mark = ind.incomplete ? ' (*)' : '';
  // The staff's note and the "(*) Thiếu số liệu tháng …" line; never a data-check
  // finding ("⚠ Cảnh báo ô J8 …"): those stay in Excel (report sheet, task pane).
  const note = noteLines(ind, []);
  const pct = ind.target ? '' : isFiniteNumber(ind.planPct) ? fmtPct(ind.planPct) : '';
  const child = depth > 0;
  const period = figure(ind.period, ind);
  const ytd = figure(ind.ytd, ind);
  const cell: Record<ColumnKey, (width: number) => string> = {
    stt: (width) => tableCellXml(stt, width, { align: 'center', italics: child }),
    name: (width) => tableCellXml(ind.name, width, { indent: depth * 227, italics: child }),
    unit: (width) => tableCellXml(ind.unit, width, { align: 'center', italics: child }),
    plan: (width) => tableCellXml(planText(ind), width, { align: 'right', italics: child }),
    period: (width) => tableCellXml(period ? period + mark : '', width, { align: 'right', italics: child }),
    ytd: (width) => tableCellXml(ytd ? ytd + mark : '', width, { align: 'right', italics: child }),
    planPct: (width) => tableCellXml(pct, width, { align: 'right', italics: child }),
    lastYear: (width) => tableCellXml(figure(ind.lastYearYtd, ind), width, { align: 'right', italics: child }),
    change: (width) => tableCellXml(changeText(ind), width, { align: 'center', italics: child }),
    schedule: (width) => tableCellXml(statusText(ind) ?? '', width, { align: 'center', italics: child }),
    note: (width) => tableCellXml(note.lines.map(docxText).join('\n'), width, { size: pt(10) }),
  };
  yield tableRowXml(cols.map((c) => cell[c.key](c.width)));
  for (const c of ind.children ?? []) yield* indicatorRows(c, docxText(c.stt) || '-', depth + 1, cols);
}

const TABLE_BORDERS_XML =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`)
    .join('') +
  '</w:tblBorders>';

/**
 * An appendix table's opening: its properties (full text width, thin borders,
 * fixed layout, the cell margins), its column grid, and two header rows that
 * repeat on every page — the headings, bold, and their numbers "(1)", "(2)" …
 */
function* tableStart(widths: number[], headings: string[]): Generator<string> {
  yield (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${APPENDIX_TEXT_WIDTH}"/>${TABLE_BORDERS_XML}<w:tblLayout w:type="fixed"/>${TABLE_CELL_MARGINS_XML}</w:tblPr>` +
    `<w:tblGrid>${widths.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>`
  );
  yield tableRowXml(
    headings.map((h, i) => tableCellXml(h, widths[i], { bold: true, align: 'center' })),
    { header: true },
  );
  yield tableRowXml(
    headings.map((_, i) => tableCellXml(`(${i + 1})`, widths[i], { italics: true, align: 'center' })),
    { header: true, minHeight: 240 },
  );
}

/**
 * The appendix table as XML, in pieces (the opening, each row, the closing):
 * the report sheet's columns, two repeated header rows,
 * then per sector a roman-numbered title row, group rows and indicator rows.
 */
function* appendixTableXml(report: ComputedReport): Generator<string> {
  const cols = appendixColumns(report.period);
  const w = cols.map((c) => c.width);
  // The report sheet's column headings: the same words in Excel and Word.
  yield* tableStart(w, headerTexts(report.period));
  const rest = w.slice(1).reduce((a, b) => a + b, 0);
  for (const [si, sector] of report.sectors.entries()) {
    yield tableRowXml([
      tableCellXml(roman(si + 1), w[0], { bold: true, align: 'center' }),
      tableCellXml(sector.title, rest, { bold: true, span: w.length - 1 }),
    ]);
    let group: string | null = null;
    let n = 0;
    for (const ind of sector.indicators) {
      const g = docxText(ind.group).trim() || null;
      if (g && g !== group) {
        yield tableRowXml([
          tableCellXml('', w[0]),
          tableCellXml(g, rest, { bold: true, italics: true, span: w.length - 1 }),
        ]);
      }
      group = g;
      n += 1;
      yield* indicatorRows(ind, docxText(ind.stt) || String(n), 0, cols);
    }
  }
  yield '</w:tbl>';
}

/**
 * The per-unit table of a consolidated workbook (engine/chain/unitTable.ts) as
 * XML, like the report table: STT | Chỉ tiêu / Đơn vị | ĐVT | Thực hiện <kỳ> |
 * [Lũy kế] | Ghi chú; per sector a roman-numbered row, per indicator its row
 * (the consolidated figures, each only when no unit's month it needs is
 * missing) and one row per unit (its figures, or empty and the months it has
 * not sent).
 */
function* unitTableXml(report: ComputedReport): Generator<string> {
  const t = report.unitTable;
  if (!t) return;
  const p = report.period;
  const heads = unitTableHeaders(p);
  const fixed = heads.length === 6 ? [600, 0, 1100, 1700, 1700, 3600] : [600, 0, 1100, 1900, 4200];
  fixed[1] = APPENDIX_TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  const w = fixed;
  const withYtd = heads.length === 6;
  yield* tableStart(w, heads);
  const rest = w.slice(1).reduce((a, b) => a + b, 0);
  const line = (cells: string[], style: CellStyle, indent: number) => {
    const [stt, name, unit, period, ytd, note] = cells;
    const row = [
      tableCellXml(stt, w[0], { ...style, align: 'center' }),
      tableCellXml(name, w[1], { ...style, indent }),
      tableCellXml(unit, w[2], { ...style, align: 'center' }),
      tableCellXml(period, w[3], { ...style, align: 'right' }),
    ];
    if (withYtd) row.push(tableCellXml(ytd, w[4], { ...style, align: 'right' }));
    row.push(tableCellXml(note, w[w.length - 1], { size: pt(10) }));
    return tableRowXml(row);
  };
  for (const [si, sec] of t.sectors.entries()) {
    yield tableRowXml([
      tableCellXml(roman(si + 1), w[0], { bold: true, align: 'center' }),
      tableCellXml(sec.title, rest, { bold: true, span: w.length - 1 }),
    ]);
    let n = 0;
    for (const ti of sec.indicators) {
      const ind = ti.indicator;
      if (ti.depth === 0) n++;
      const stt = docxText(ind.stt) || (ti.depth > 0 ? '-' : String(n));
      const tot = unitTotals(ti, p);
      const head: CellStyle = ti.depth > 0 ? { italics: true } : { bold: true };
      yield line(
        [stt, docxText(ind.name), docxText(ind.unit), figure(tot.period, ind), figure(tot.ytd, ind), unitTotalNote(ti)],
        head,
        ti.depth * 227,
      );
      for (const u of ti.units)
        yield line(
          ['', `- ${docxText(u.unit)}`, '', figure(u.period, ind), figure(u.ytd, ind), unitNote(u)],
          {},
          (ti.depth + 1) * 227,
        );
    }
  }
  yield '</w:tbl>';
}

/** Text of the paragraph that stands in for the appendix table until `packDocx` puts the table there. */
const TABLE_MARK = 'BCN-APPENDIX-TABLE-8d41f2';
/** Likewise for the report's body (bodyXml). */
const BODY_MARK = 'BCN-BODY-PARAGRAPHS-5e0a17';
/** Likewise for the per-unit table (a consolidated workbook's second appendix). */
const UNIT_TABLE_MARK = 'BCN-APPENDIX-UNITS-3c97e0';

/** "(Kèm theo Báo cáo số /BC-UBND ngày      tháng      năm 2025)": NĐ30, under an appendix's title. */
function attachedLine(report: ComputedReport): Paragraph {
  const so = docxText(report.info.soKyHieu).trim();
  const refNo = so.startsWith('/') ? `      ${so}` : so ? ` ${so}` : '';
  return centred(`(Kèm theo Báo cáo số${refNo} ngày      tháng      năm ${report.period.year})`, {
    italics: true,
    size: BODY_SIZE,
  });
}

/** The second appendix of a consolidated workbook's report: the per-unit table. */
function unitAppendixChildren(report: ComputedReport): (Paragraph | Table)[] {
  const p = report.period;
  return [
    centred('PHỤ LỤC II', { bold: true, size: BODY_SIZE }),
    centred(unitTableTitle(p), { bold: true, size: BODY_SIZE }),
    attachedLine(report),
    shortRule(mm(40), APPENDIX_TEXT_WIDTH),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 160 },
      children: runs(unitTableSubtitle(report.unitTable!), { italics: true, size: pt(12) }),
    }),
    new Paragraph({ children: [new TextRun(UNIT_TABLE_MARK)] }),
  ];
}

function appendixChildren(report: ComputedReport): (Paragraph | Table)[] {
  const p = report.period;
  const out: (Paragraph | Table)[] = [
    // NĐ30: with a second appendix (the per-unit table) they are numbered I, II.
    centred(report.unitTable ? 'PHỤ LỤC I' : 'PHỤ LỤC', { bold: true, size: BODY_SIZE }),
    centred(`SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU ${upper(p.label)}`, { bold: true, size: BODY_SIZE }),
    // NĐ30: "(Kèm theo …)" in 14 pt italic, a short rule under it.
    attachedLine(report),
    shortRule(mm(40), APPENDIX_TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 160 }, children: [] }),
    new Paragraph({ children: [new TextRun(TABLE_MARK)] }),
  ];
  out.push(
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: runs(sameTimeLegend(p), { italics: true, size: pt(12) }),
    }),
  );
  if (anyIncomplete(report)) {
    out.push(
      new Paragraph({
        spacing: { before: 120, after: 0 },
        children: runs(
          '(*) Số liệu chưa đầy đủ: còn thiếu số liệu của tháng ghi ở cột Ghi chú; số liệu tính trên các tháng đã có.',
          { italics: true, size: pt(12) },
        ),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

export async function buildDocx(
  doc: NarrativeDoc,
  report: ComputedReport,
  opts: BuildDocxOptions = {},
): Promise<Uint8Array> {
  const appendix = opts.appendix ?? true;
  const info = report.info;
  const year = isFiniteNumber(report.period?.year) ? report.period.year : new Date().getFullYear();

  const headingRun = { font: FONT, size: BODY_SIZE, bold: true, color: '000000' };
  const headingPara = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 120, after: PARA_AFTER, line: LINE_SINGLE_15, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
  };

  const subject = docxText(doc.subject).trim() || `Kết quả thực hiện nhiệm vụ ${docxText(report.period?.label)}`.trim();

  // Both sections number their own pages from 1, the first page unnumbered
  // (NĐ30: an appendix is numbered on its own).
  const section = (
    orientation: (typeof PageOrientation)[keyof typeof PageOrientation],
    margin: typeof MARGINS,
    children: (Paragraph | Table)[],
  ): ISectionOptions => ({
    properties: {
      // Portrait sizes even for LANDSCAPE: the library swaps them (w:w = 16838, w:h = 11906).
      page: { size: { width: A4.width, height: A4.height, orientation }, margin, pageNumbers: { start: 1 } },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  });
  const sections = [
    section(PageOrientation.PORTRAIT, MARGINS, [
      headerTable(info, year),
      ...titleBlock(subject),
      new Paragraph({ children: [new TextRun(BODY_MARK)] }),
      closingTable(info),
    ]),
  ];
  if (appendix) sections.push(section(PageOrientation.LANDSCAPE, APPENDIX_MARGINS, appendixChildren(report)));
  const units = appendix && !!report.unitTable;
  if (units) sections.push(section(PageOrientation.LANDSCAPE, APPENDIX_MARGINS, unitAppendixChildren(report)));

  const document = new Document({
    creator: docxText(info.tenCoQuan) || 'Báo cáo ngành',
    lastModifiedBy: 'Báo cáo ngành',
    title: `Báo cáo ${subject}`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT },
            size: BODY_SIZE,
            language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'vi-VN' },
          },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        // Word's built-in headings (navigation pane, outline), restyled for NĐ30; Enter after one continues in body style.
        ...([1, 2, 3] as const).map((level) => ({
          id: `Heading${level}`,
          name: `Heading ${level}`,
          basedOn: 'Normal',
          next: 'NoiDung',
          quickFormat: true,
          run: { ...headingRun, italics: level === 3 ? true : undefined },
          paragraph: { ...headingPara, outlineLevel: level - 1 },
        })),
        {
          id: 'NoiDung',
          name: 'Nội dung báo cáo',
          basedOn: 'Normal',
          next: 'NoiDung',
          quickFormat: true,
          run: { font: FONT, size: BODY_SIZE },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: { before: 0, after: PARA_AFTER, line: LINE_SINGLE_15, lineRule: LineRuleType.AUTO },
          },
        },
      ],
    },
    sections,
  });
  const inserts: XmlAt[] = [{ mark: BODY_MARK, xml: () => bodyXml(doc.blocks ?? []) }];
  if (appendix) inserts.push({ mark: TABLE_MARK, xml: () => appendixTableXml(report) });
  if (units) inserts.push({ mark: UNIT_TABLE_MARK, xml: () => unitTableXml(report) });
  // The package's parts as docx would zip them, without zipping them (zipped
  // by fflate in JavaScript only to be unzipped again here); docx's zip when
  // its compiler is not where docx 9 keeps it.
  const parts = compiledParts(document) ?? unzipSync(await Packer.pack(document, 'uint8array'));
  return packDocx(parts, inserts, opts.deflate);
}

/** XML (the body, a table) written piece by piece in place of the paragraph holding `mark`. */
interface XmlAt {
  mark: string;
  xml: () => Iterable<string>;
}

type PartData = string | Uint8Array | ArrayBuffer;

/**
 * docx's package parts by path, in the order `Packer` zips them (its
 * compiler, a private static of docx 9's Packer: `Packer.pack` is exactly
 * `zip(compiler.compile(document))`); null when it is not there.
 */
function compiledParts(document: Document): Map<string, PartData> | null {
  const compiler = (
    Packer as unknown as {
      compiler?: { compile?: (doc: Document, prettify?: unknown, overrides?: unknown[]) => unknown };
    }
  ).compiler;
  if (typeof compiler?.compile !== 'function') return null;
  const parts = compiler.compile(document, undefined, []);
  return parts instanceof Map ? (parts as Map<string, PartData>) : null;
}

/** A part's bytes (UTF-8 for XML text), as docx's zip takes them. */
function partBytes(data: PartData): Uint8Array {
  if (typeof data === 'string') return strToU8(data);
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/**
 * Zips the .docx from docx's parts, with the body's and each table's XML
 * written in place of the paragraph holding its mark (in document order).
 * document.xml is deflated as a stream: the text between the marks, the body
 * paragraph by paragraph, each table row by row; every other part is written
 * as docx gave it, in docx's order.
 */
function packDocx(
  parts: Map<string, PartData> | Record<string, Uint8Array>,
  inserts: XmlAt[],
  deflate?: RawDeflate,
): Uint8Array {
  const zip = zipWriter(deflate);
  for (const [name, data] of parts instanceof Map ? parts : Object.entries(parts)) {
    const entry = zip.add(name);
    if (name !== 'word/document.xml') {
      entry.push(partBytes(data), true);
      continue;
    }
    const xml = typeof data === 'string' ? data : strFromU8(partBytes(data));
    let pos = 0;
    for (const t of inserts) {
      const at = xml.indexOf(t.mark, pos);
      if (at < 0) throw new Error('buildDocx: placeholder missing from document.xml');
      const from = xml.lastIndexOf('<w:p>', at);
      const to = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      entry.push(strToU8(xml.slice(pos, from)));
      // Paragraphs and rows are gathered into ~1 MB pieces: fewer deflate calls, and each piece
      // compresses against more of itself; only the compressed bytes are kept.
      let pending = '';
      for (const piece of t.xml()) {
        pending += piece;
        if (pending.length >= 1 << 20) {
          entry.push(strToU8(pending));
          pending = '';
        }
      }
      entry.push(strToU8(pending));
      pos = to;
    }
    entry.push(strToU8(xml.slice(pos)), true);
  }
  return zip.finish();
}
