/**
 * Renders SheetLayouts (src/engine/layout) into a new .xlsx workbook by
 * writing its SpreadsheetML directly (in Node and, for the offline page, in
 * the browser). The Office host renders the same layouts with Office.js; see
 * src/engine/layout/README.md for what each field means.
 *
 * Why not ExcelJS: building ExcelJS's cell model (an object graph per cell),
 * letting it serialise the whole workbook into one buffer, then unzipping it
 * to patch the default font and zipping it again took ~2 s and most of the
 * garbage collection for a large report (issue 11). Here each sheet's XML is
 * produced row by row and handed to the zip writer (src/hosts/zip.ts) in
 * pieces of ~512 KB, so no sheet is ever held as one string. ExcelJS is still
 * what READS workbooks (read.ts), and test/hosts/xlsx/exceljsWriter.ts keeps
 * the old ExcelJS writer so that test/hosts/xlsx/equivalence.test.ts can
 * compare the two, cell by cell.
 *
 * Element ORDER matters: Excel refuses (or "repairs") a part whose children
 * are out of the schema's sequence (ECMA-376 Part 1, sml.xsd). The order
 * written here is the schema's, and the same as ExcelJS's output (known to
 * open in Excel):
 * - worksheet (CT_Worksheet): sheetPr (tabColor, pageSetUpPr), dimension,
 *   sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, mergeCells,
 *   conditionalFormatting, dataValidations, pageMargins, pageSetup,
 *   headerFooter, legacyDrawing;
 * - styles (CT_Stylesheet): numFmts, fonts, fills, borders, cellStyleXfs,
 *   cellXfs, cellStyles, dxfs; in an xf: alignment, then protection; in a
 *   border: left, right, top, bottom, diagonal; in a dxf: font, fill;
 * - workbook (CT_Workbook): workbookPr, bookViews, sheets, definedNames, calcPr.
 *
 * What the workbook holds:
 * - Literal text: every string cell is a shared string (t="s", what Excel
 *   itself writes) with number format "@" (cellNumberFormat), never a
 *   formula, so "=1+1" stays text. Numbers are numbers with their formats.
 *   Every text passes safeLayout / xmlSafe first (no XML-illegal characters).
 * - Styles: Times New Roman (size, bold, italic, underline, colour), solid
 *   fill, alignment, wrap, indent, thin black borders, number formats (built-in
 *   ids, custom ones from 164), unlocked cells of a protected sheet; each
 *   distinct style once. The workbook's default font (the Normal style, font
 *   0) is Arial 10: see DEFAULT_FONT_XML.
 * - What the old ExcelJS writer did, kept so that the output reads the same:
 *   every column carries the Times New Roman 12 style; a merged range's other
 *   cells take the style of its top-left cell; a cell only covered by a data
 *   validation or an unlocked range is written empty with its column's style.
 * - Charts: not written (`layout.chart` is skipped); the sheet still holds the
 *   chart's data table.
 * - Every sheet gets the program's marker, unless `generated === false`: a
 *   defined name BCN_GENERATED_<hash> → '<sheet>'!$A$1 (src/engine/layout/marker.ts).
 * - Print_Area is written fully absolute ($A$1:$J$99): LibreOffice ignores a
 *   mixed $A1:$J99 (the chart data then printed on its own page).
 * - Notes (`comment`): xl/commentsN.xml plus the legacy VML drawing that
 *   Excel and LibreOffice need to show them.
 */
import { cellNumberFormat } from '../../engine/layout/literal';
import { columnLetter } from '../../engine/normalize';
import { safeLayout, xmlSafe } from '../../engine/layout/safeText';
import { generatedMarkerName, generatedMarkerRef } from '../../engine/layout/marker';
import type { CellStyle, DataValidationSpec, Merge, SheetLayout } from '../../engine/layout/types';
import { zipWriter, type RawDeflate, type ZipEntry, type ZipWriter } from '../zip';

const FONT_NAME = 'Times New Roman';
const DEFAULT_SIZE = 12;
const A4 = 9;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The workbook's default font (the Normal style), which sets the column width
 * unit: Arial 10 instead of Calibri 11 (what ExcelJS and Excel default to).
 * Both are 7 px a digit in Excel (so widths and the layout's row heights mean
 * the same as in the Office host), but a machine without Calibri (LibreOffice
 * on Linux) measures Calibri with a wider fallback font — columns 30 % wider,
 * rows far too tall for the text — while Arial has its metric twin Liberation
 * Sans nearly everywhere. No `scheme`: a theme font reference would win over
 * the name.
 */
const DEFAULT_FONT_XML = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

/** Excel's built-in number formats (ECMA-376 18.8.30): these have fixed ids and no <numFmt>. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  '#,##0 ;(#,##0)': 37,
  '#,##0 ;[Red](#,##0)': 38,
  '#,##0.00 ;(#,##0.00)': 39,
  '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};

// ---------------------------------------------------------------- escaping

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;

/** Element text: & < > escaped, a carriage return kept as &#13; (a parser would turn it into a line feed). */
function escText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute value (double-quoted): tab, line feed and carriage return as references, else a parser makes them spaces. */
function escAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Text (not from a cell: sheet names, validation messages) made XML-safe, then escaped for an attribute. */
const attr = (s: string): string => escAttr(xmlSafe(s));

/** xml:space="preserve" where leading/trailing or repeated white space, tabs or line breaks must survive. */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]| {2}/;

function tElement(s: string): string {
  return NEEDS_PRESERVE.test(s) ? `<t xml:space="preserve">${escText(s)}</t>` : `<t>${escText(s)}</t>`;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

/** A number as SpreadsheetML writes it (xsd:double); null when it cannot be written (NaN, ±Infinity). */
function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

// ---------------------------------------------------------------- streaming

const PIECE_CHARS = 512 * 1024;
const encoder = new TextEncoder();

/**
 * An entry's XML, appended as text and pushed to the zip in ~512 KB pieces.
 * `write` only appends; a loop that writes much calls `flushIfFull()` after
 * each step, so only one piece of text is held at a time (the zip keeps only
 * compressed bytes).
 */
class XmlStream {
  private buf = '';
  private readonly entry: ZipEntry;

  constructor(zip: ZipWriter, name: string) {
    this.entry = zip.add(name);
  }

  write(s: string): void {
    this.buf += s;
  }

  flushIfFull(): void {
    if (this.buf.length < PIECE_CHARS) return;
    const piece = encoder.encode(this.buf);
    this.buf = '';
    this.entry.push(piece, false);
  }

  end(): void {
    const piece = encoder.encode(this.buf);
    this.buf = '';
    this.entry.push(piece, true);
  }
}

function writePart(zip: ZipWriter, name: string, xml: string): void {
  zip.add(name).push(encoder.encode(xml), true);
}

// ---------------------------------------------------------------- styles

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  /** The <alignment/> element, or ''. */
  alignment: string;
  unlocked: boolean;
}

const THIN_BORDER_XML =
  '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right>' +
  '<top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>';

function xfXml(x: Xf): string {
  let s = `<xf numFmtId="${x.numFmtId}" fontId="${x.fontId}" fillId="${x.fillId}" borderId="${x.borderId}" xfId="0"`;
  if (x.numFmtId) s += ' applyNumberFormat="1"';
  if (x.fontId) s += ' applyFont="1"';
  if (x.fillId) s += ' applyFill="1"';
  if (x.borderId) s += ' applyBorder="1"';
  if (x.alignment) s += ' applyAlignment="1"';
  if (x.unlocked) s += ' applyProtection="1"';
  if (!x.alignment && !x.unlocked) return `${s}/>`;
  return `${s}>${x.alignment}${x.unlocked ? '<protection locked="0"/>' : ''}</xf>`;
}

/** Every font, fill, border, number format, cell format and conditional format of the workbook, each once. */
class StyleTable {
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT_XML, 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([
    ['<border><left/><right/><top/><bottom/><diagonal/></border>', 0],
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfKeys = new Map<string, number>();
  private readonly xfs: Xf[] = [];
  private readonly unlockedOf = new Map<number, number>();
  private readonly dxfs = new Map<string, number>();

  /** Cell format 1: Times New Roman 12, the columns' format (`<col style="1">`). */
  static readonly COLUMN_XF = 1;

  constructor() {
    this.addXf({ numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, alignment: '', unlocked: false });
    if (this.cellXf(undefined, undefined) !== StyleTable.COLUMN_XF) throw new Error('styles: column format is not 1');
  }

  private static id(map: Map<string, number>, xml: string): number {
    let id = map.get(xml);
    if (id === undefined) {
      id = map.size;
      map.set(xml, id);
    }
    return id;
  }

  private addXf(x: Xf): number {
    const key = xfXml(x);
    let id = this.xfKeys.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(x);
      this.xfKeys.set(key, id);
    }
    return id;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The cell format of a layout style with a number format (Times New Roman, size 12 unless the style says). */
  cellXf(style: CellStyle | undefined, numFmt: string | undefined): number {
    let font = '<font>';
    if (style?.bold) font += '<b/>';
    if (style?.italic) font += '<i/>';
    if (style?.underline) font += '<u/>';
    font += `<sz val="${style?.size ?? DEFAULT_SIZE}"/>`;
    if (style?.color) font += `<color rgb="${escAttr(argb(style.color))}"/>`;
    font += `<name val="${FONT_NAME}"/></font>`;
    let fillId = 0;
    if (style?.fill) {
      const rgb = escAttr(argb(style.fill));
      fillId = StyleTable.id(
        this.fills,
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor rgb="${rgb}"/></patternFill></fill>`,
      );
    }
    let alignment = '';
    if (style?.hAlign) alignment += ` horizontal="${style.hAlign}"`;
    if (style?.vAlign) alignment += ` vertical="${style.vAlign === 'middle' ? 'center' : style.vAlign}"`;
    if (style?.wrap) alignment += ' wrapText="1"';
    if (style?.indent) alignment += ` indent="${style.indent}"`;
    return this.addXf({
      numFmtId: this.numFmtId(numFmt),
      fontId: StyleTable.id(this.fonts, font),
      fillId,
      borderId: style?.border ? StyleTable.id(this.borders, THIN_BORDER_XML) : 0,
      alignment: alignment ? `<alignment${alignment}/>` : '',
      unlocked: false,
    });
  }

  /** The same cell format with the cell unlocked (a protected sheet's input cells). */
  unlocked(xf: number): number {
    let id = this.unlockedOf.get(xf);
    if (id === undefined) {
      id = this.addXf({ ...this.xfs[xf], unlocked: true });
      this.unlockedOf.set(xf, id);
    }
    return id;
  }

  /** A conditional format: solid fill, optional font colour and bold. */
  dxf(fill: string, color: string | undefined, bold: boolean | undefined): number {
    let font = '';
    if (color || bold) {
      font = '<font>';
      if (bold) font += '<b/>';
      if (color) font += `<color rgb="${escAttr(argb(color))}"/>`;
      font += '</font>';
    }
    return StyleTable.id(
      this.dxfs,
      `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${escAttr(argb(fill))}"/></patternFill></fill></dxf>`,
    );
  }

  xml(): string {
    const list = (tag: string, map: Map<string, number>) =>
      `<${tag} count="${map.size}">${[...map.keys()].join('')}</${tag}>`;
    let s = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">`;
    if (this.numFmts.size) {
      s += `<numFmts count="${this.numFmts.size}">`;
      for (const [code, id] of this.numFmts) s += `<numFmt numFmtId="${id}" formatCode="${escAttr(code)}"/>`;
      s += '</numFmts>';
    }
    s += list('fonts', this.fonts) + list('fills', this.fills) + list('borders', this.borders);
    s += '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
    s += `<cellXfs count="${this.xfs.length}">${this.xfs.map(xfXml).join('')}</cellXfs>`;
    s += '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';
    s += list('dxfs', this.dxfs);
    return `${s}</styleSheet>`;
  }
}

// ---------------------------------------------------------------- shared strings

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(s: string): number {
    this.count++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.index.set(s, id);
    }
    return id;
  }

  write(zip: ZipWriter): void {
    const out = new XmlStream(zip, 'xl/sharedStrings.xml');
    out.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`);
    for (const s of this.list) {
      out.write(`<si>${tElement(s)}</si>`);
      out.flushIfFull();
    }
    out.write('</sst>');
    out.end();
  }
}

// ---------------------------------------------------------------- one sheet

/** One cell as it will be written. */
interface Cell {
  value: string | number | null;
  xf: number;
  note?: string;
  /** Index into the layout's validations: the last one covering the cell. */
  dv?: number;
}

/** The sheet's cells by row, then column (sparse arrays). */
type Grid = (Cell[] | undefined)[];

interface SheetPart {
  name: string;
  /** 1-based number of xl/commentsN.xml, when the sheet has notes. */
  comments?: number;
}

function rangeRef(m: Merge): string {
  const tl = columnLetter(m.col) + (m.row + 1);
  return m.row === m.row2 && m.col === m.col2 ? tl : `${tl}:${columnLetter(m.col2)}${m.row2 + 1}`;
}

/** '<sheet>'! with the name quoted (an apostrophe doubled), as in a defined name. */
function sheetPrefix(name: string): string {
  return `'${xmlSafe(name).replace(/'/g, "''")}'!`;
}

function absRef(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/**
 * The cells of a sheet, built the way the old ExcelJS writer left them: the
 * layout's cells; each merged range's other cells emptied and given the
 * top-left cell's format; the cells of validations and unlocked ranges
 * created (with their column's format) where the layout has none.
 */
function buildGrid(layout: SheetLayout, styles: StyleTable): Grid {
  const grid: Grid = [];
  const colXf = StyleTable.COLUMN_XF;
  const ncols = layout.columnWidths.length;
  const at = (row: number, col: number): Cell => {
    const r = (grid[row] ??= []);
    let c = r[col];
    if (!c) {
      c = { value: null, xf: col < ncols ? colXf : 0 };
      r[col] = c;
    }
    return c;
  };
  const xfByStyle = new Map<string, number>();
  for (const lc of layout.cells) {
    const style = lc.style ? layout.styles[lc.style] : undefined;
    // The literal-text rule: every string cell gets the text number format "@".
    const numFmt = cellNumberFormat(lc, style);
    const key = `${lc.style ?? ''}\u0000${numFmt ?? ''}`;
    let xf = xfByStyle.get(key);
    if (xf === undefined) {
      xf = styles.cellXf(style, numFmt);
      xfByStyle.set(key, xf);
    }
    const c = at(lc.row, lc.col);
    c.xf = xf;
    c.value = lc.value;
    if (lc.comment) c.note = lc.comment;
  }
  for (const m of layout.merges) {
    const master = at(m.row, m.col);
    for (let r = m.row; r <= m.row2; r++) {
      for (let col = m.col; col <= m.col2; col++) {
        if (r === m.row && col === m.col) continue;
        const c = at(r, col);
        c.value = null;
        c.xf = master.xf;
      }
    }
  }
  (layout.validations ?? []).forEach((v, i) => {
    for (let r = v.range.row; r <= v.range.row2; r++) {
      for (let col = v.range.col; col <= v.range.col2; col++) at(r, col).dv = i;
    }
  });
  for (const m of layout.protection?.unlocked ?? []) {
    for (let r = m.row; r <= m.row2; r++) {
      for (let col = m.col; col <= m.col2; col++) {
        const c = at(r, col);
        c.xf = styles.unlocked(c.xf);
      }
    }
  }
  return grid;
}

function sheetViewXml(layout: SheetLayout, first: boolean): string {
  let s = '<sheetViews><sheetView workbookViewId="0"';
  if (first) s += ' tabSelected="1"';
  if (layout.showGridLines === false) s += ' showGridLines="0"';
  const f = layout.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return `${s}/></sheetViews>`;
  const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
  s += '><pane';
  if (f.cols > 0) s += ` xSplit="${f.cols}"`;
  if (f.rows > 0) s += ` ySplit="${f.rows}"`;
  s += ` topLeftCell="${columnLetter(Math.max(0, f.cols))}${Math.max(0, f.rows) + 1}" activePane="${pane}" state="frozen"/>`;
  return `${s}<selection pane="${pane}"/></sheetView></sheetViews>`;
}

function colsXml(widths: number[]): string {
  let s = '';
  for (let i = 0; i < widths.length;) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (typeof w === 'number' && Number.isFinite(w)) {
      s += `<col min="${i + 1}" max="${j + 1}" width="${w}" style="${StyleTable.COLUMN_XF}" customWidth="1"/>`;
    }
    i = j + 1;
  }
  return s ? `<cols>${s}</cols>` : '';
}

/** Cells sharing a validation (row-major order) squeezed into rectangles: runs along each row, stacked when the next row repeats the run. */
function squeeze(cells: [number, number][]): Merge[] {
  const done: Merge[] = [];
  let open = new Map<string, Merge>(); // "col:col2" → a rectangle that reached the previous row
  let i = 0;
  while (i < cells.length) {
    const r = cells[i][0];
    const next = new Map<string, Merge>();
    while (i < cells.length && cells[i][0] === r) {
      let j = i;
      while (j + 1 < cells.length && cells[j + 1][0] === r && cells[j + 1][1] === cells[j][1] + 1) j++;
      const key = `${cells[i][1]}:${cells[j][1]}`;
      const above = open.get(key);
      if (above && above.row2 === r - 1) {
        above.row2 = r;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { row: r, col: cells[i][1], row2: r, col2: cells[j][1] });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

function validationXml(v: DataValidationSpec, ranges: Merge[]): string {
  let s = '<dataValidation';
  if (v.type === 'list') s += ' type="list"';
  else s += v.max !== undefined ? ' type="decimal"' : ' type="decimal" operator="greaterThanOrEqual"';
  s += ' allowBlank="1"';
  if (v.prompt) s += ` showInputMessage="1" promptTitle="${attr(v.prompt.title)}" prompt="${attr(v.prompt.text)}"`;
  s += ` showErrorMessage="1" errorStyle="stop" errorTitle="${attr(v.error.title)}" error="${attr(v.error.text)}"`;
  s += ` sqref="${ranges.map(rangeRef).join(' ')}">`;
  if (v.type === 'list') {
    s += `<formula1>${escText(xmlSafe(`"${(v.list ?? []).join(',')}"`))}</formula1>`;
  } else {
    s += `<formula1>${numberText(v.min ?? 0) ?? 0}</formula1>`;
    if (v.max !== undefined) s += `<formula2>${numberText(v.max) ?? 0}</formula2>`;
  }
  return `${s}</dataValidation>`;
}

/** The legacy VML shapes that make Excel and LibreOffice show the notes (one per noted cell). */
function vmlXml(notes: { row: number; col: number }[], block: number): string {
  const blocks = Math.ceil((notes.length + 1) / 1024);
  const ids = Array.from({ length: blocks }, (_, i) => block + i).join(',');
  let s =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${ids}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
  notes.forEach(({ row, col }, i) => {
    s +=
      `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
      '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 6, ${Math.max(0, row - 1)}, 14, ${col + 3}, 2, ${row + 3}, 16</x:Anchor>` +
      `<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  });
  return `${XML_HEAD}${s}</xml>`;
}

/** Writes xl/worksheets/sheetN.xml (and its notes), streamed row by row. */
function writeSheet(
  zip: ZipWriter,
  n: number,
  layout: SheetLayout,
  styles: StyleTable,
  strings: SharedStrings,
  commentsNumber: number | undefined,
  vmlBlock: number,
): void {
  const grid = buildGrid(layout, styles);
  let minRow = -1;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      if (!cells[c]) continue;
      if (minRow < 0) minRow = r;
      maxRow = r;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    }
  }

  const out = new XmlStream(zip, `xl/worksheets/sheet${n}.xml`);
  const p = layout.print;
  const fit = p.fitToWidth > 0;
  out.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  if (layout.tabColor || fit) {
    out.write('<sheetPr>');
    if (layout.tabColor) out.write(`<tabColor rgb="${escAttr(argb(layout.tabColor))}"/>`);
    if (fit) out.write('<pageSetUpPr fitToPage="1"/>');
    out.write('</sheetPr>');
  }
  out.write(
    `<dimension ref="${minRow < 0 ? 'A1' : rangeRef({ row: minRow, col: minCol, row2: maxRow, col2: maxCol })}"/>`,
  );
  out.write(sheetViewXml(layout, n === 1));
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  out.write(colsXml(layout.columnWidths));

  // sheetData
  out.write('<sheetData>');
  const heights = layout.rowHeights ?? [];
  const letters: string[] = [];
  const notes: { row: number; col: number; text: string }[] = [];
  const lastRow = Math.max(grid.length, heights.length);
  for (let r = 0; r < lastRow; r++) {
    const cells = grid[r];
    const h = heights[r];
    if (!cells && !h) continue;
    let row = `<row r="${r + 1}"`;
    if (h) row += ` ht="${h}" customHeight="1"`;
    row += '>';
    const rn = r + 1;
    if (cells) {
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        if (cell.note) notes.push({ row: r, col: c, text: cell.note });
        if (cell.value === null && cell.xf === 0) continue; // nothing to write (as ExcelJS)
        const ref = (letters[c] ??= columnLetter(c)) + rn;
        const s = cell.xf ? ` s="${cell.xf}"` : '';
        const v = cell.value;
        if (typeof v === 'string') row += `<c r="${ref}"${s} t="s"><v>${strings.id(v)}</v></c>`;
        else if (typeof v === 'number' && numberText(v) !== null)
          row += `<c r="${ref}"${s}><v>${numberText(v)}</v></c>`;
        else row += `<c r="${ref}"${s}/>`;
      }
    }
    out.write(`${row}</row>`);
    out.flushIfFull();
  }
  out.write('</sheetData>');

  if (layout.protection) {
    // No password: protection against slips, not a lock (Review → Unprotect Sheet).
    // Selecting cells stays allowed (the default); formatting cells, columns and rows too.
    out.write('<sheetProtection sheet="1" formatCells="0" formatColumns="0" formatRows="0"/>');
  }
  if (layout.merges.length) {
    out.write(`<mergeCells count="${layout.merges.length}">`);
    for (const m of layout.merges) out.write(`<mergeCell ref="${rangeRef(m)}"/>`);
    out.write('</mergeCells>');
  }
  if (layout.conditional.length) {
    // One block per range, rules in layout order (first = highest priority).
    const byRange = new Map<string, string[]>();
    layout.conditional.forEach((rule, i) => {
      const ref = rangeRef(rule.range);
      // An expression rule (`J8="Hoàn thành"`, relative to the range's top-left
      // cell) rather than containsText, whose `text` attribute some readers need.
      const formula = `${columnLetter(rule.range.col)}${rule.range.row + 1}="${rule.textEquals.replace(/"/g, '""')}"`;
      const dxf = styles.dxf(rule.fill, rule.color, rule.bold);
      const list = byRange.get(ref) ?? [];
      list.push(
        `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${escText(formula)}</formula></cfRule>`,
      );
      byRange.set(ref, list);
    });
    for (const [ref, rules] of byRange)
      out.write(`<conditionalFormatting sqref="${ref}">${rules.join('')}</conditionalFormatting>`);
  }
  const validations = layout.validations ?? [];
  if (validations.length) {
    // Each cell keeps the last validation that covers it; equal neighbours are squeezed into ranges.
    const cellsOf: [number, number][][] = validations.map(() => []);
    for (let r = 0; r < grid.length; r++) {
      const cells = grid[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const dv = cells[c]?.dv;
        if (dv !== undefined) cellsOf[dv].push([r, c]);
      }
    }
    const blocks = validations
      .map((v, i) => (cellsOf[i].length ? validationXml(v, squeeze(cellsOf[i])) : ''))
      .filter((x) => x);
    if (blocks.length) out.write(`<dataValidations count="${blocks.length}">${blocks.join('')}</dataValidations>`);
  }
  const m = p.margins;
  out.write(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  out.write(
    `<pageSetup paperSize="${A4}" orientation="${p.orientation}"${fit ? ` fitToWidth="${p.fitToWidth}" fitToHeight="0"` : ''}/>`,
  );
  if (p.footer) {
    const footer = escText(`&C${p.footer}`);
    out.write(`<headerFooter><oddFooter>${footer}</oddFooter><evenFooter>${footer}</evenFooter></headerFooter>`);
  }
  if (notes.length) out.write('<legacyDrawing r:id="rId2"/>');
  out.write('</worksheet>');
  out.end();

  if (!notes.length || commentsNumber === undefined) return;
  writePart(
    zip,
    `xl/worksheets/_rels/sheet${n}.xml.rels`,
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments${commentsNumber}.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${commentsNumber}.vml"/>` +
      '</Relationships>',
  );
  const comments = new XmlStream(zip, `xl/comments${commentsNumber}.xml`);
  comments.write(`${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author>Author</author></authors><commentList>`);
  for (const note of notes) {
    comments.write(
      `<comment ref="${columnLetter(note.col)}${note.row + 1}" authorId="0"><text><r>${tElement(note.text)}</r></text></comment>`,
    );
    comments.flushIfFull();
  }
  comments.write('</commentList></comments>');
  comments.end();
  writePart(zip, `xl/drawings/vmlDrawing${commentsNumber}.vml`, vmlXml(notes, vmlBlock));
}

// ---------------------------------------------------------------- the package

function workbookXml(layouts: SheetLayout[]): string {
  let s = `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/>`;
  s += '<bookViews><workbookView activeTab="0"/></bookViews><sheets>';
  layouts.forEach((l, i) => (s += `<sheet name="${attr(l.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`));
  s += '</sheets>';
  let names = '';
  layouts.forEach((l) => {
    if (l.generated !== false) {
      names += `<definedName name="${generatedMarkerName(l.name)}">${escText(xmlSafe(generatedMarkerRef(l.name)))}</definedName>`;
    }
  });
  layouts.forEach((l, i) => {
    const p = l.print;
    const prefix = sheetPrefix(l.name);
    if (p.printArea) {
      const a = p.printArea;
      names += `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escText(`${prefix}${absRef(a.row, a.col)}:${absRef(a.row2, a.col2)}`)}</definedName>`;
    }
    if (p.repeatRows) {
      names += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escText(`${prefix}$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`)}</definedName>`;
    }
  });
  if (names) s += `<definedNames>${names}</definedNames>`;
  return `${s}<calcPr calcId="171027"/></workbook>`;
}

function contentTypesXml(parts: SheetPart[]): string {
  const ct = 'application/vnd.openxmlformats-officedocument';
  let s = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`;
  s += '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>';
  s += '<Default Extension="xml" ContentType="application/xml"/>';
  if (parts.some((p) => p.comments)) s += `<Default Extension="vml" ContentType="${ct}.vmlDrawing"/>`;
  s += `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>`;
  parts.forEach((p, i) => {
    s += `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`;
    if (p.comments) {
      s += `<Override PartName="/xl/comments${p.comments}.xml" ContentType="${ct}.spreadsheetml.comments+xml"/>`;
    }
  });
  s += `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>`;
  s += `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/>`;
  s +=
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
  s += `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/>`;
  return `${s}</Types>`;
}

function docPropsCore(created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Báo cáo ngành</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

function docPropsApp(layouts: SheetLayout[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${layouts.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${layouts.length}" baseType="lpstr">${layouts.map((l) => `<vt:lpstr>${escText(xmlSafe(l.name))}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/**
 * Sheet names come checked from src/engine/layout/naming.ts; one Excel would
 * refuse is a program error (ExcelJS threw for most of these too, and cut a
 * long name — which left the marker pointing at no sheet).
 */
function checkSheetNames(layouts: SheetLayout[]): void {
  const seen = new Set<string>();
  for (const { name } of layouts) {
    const bad =
      !name ||
      name.length > 31 ||
      /[*?:\\/[\]]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name !== xmlSafe(name) ||
      seen.has(name.toLowerCase());
    if (bad) throw new Error(`Tên trang không hợp lệ cho Excel: "${name}" (invalid sheet name)`);
    seen.add(name.toLowerCase());
  }
}

/**
 * A new workbook holding one sheet per layout, in order, compressed as it is
 * written (`deflate`: see src/hosts/zip.ts; fflate when absent).
 */
export async function renderLayoutsToXlsx(
  layouts: SheetLayout[],
  opts: { deflate?: RawDeflate } = {},
): Promise<Uint8Array> {
  checkSheetNames(layouts);
  // Every text XML-safe and within Excel's cell limit, whoever built the layout.
  const safe = layouts.map((l) => safeLayout(l).layout);
  let comments = 0;
  const parts: SheetPart[] = safe.map((l) => ({
    name: l.name,
    comments: l.cells.some((c) => c.comment) ? ++comments : undefined,
  }));
  const zip = zipWriter(opts.deflate);
  writePart(zip, '[Content_Types].xml', contentTypesXml(parts));
  writePart(
    zip,
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  writePart(zip, 'docProps/core.xml', docPropsCore(new Date()));
  writePart(zip, 'docProps/app.xml', docPropsApp(safe));
  writePart(zip, 'xl/workbook.xml', workbookXml(safe));
  let rels = `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`;
  safe.forEach(
    (_, i) =>
      (rels += `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
  );
  rels += `<Relationship Id="rId${safe.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${safe.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  writePart(zip, 'xl/_rels/workbook.xml.rels', `${rels}</Relationships>`);

  const styles = new StyleTable();
  const strings = new SharedStrings();
  let vmlBlock = 1;
  for (const [i, layout] of safe.entries()) {
    writeSheet(zip, i + 1, layout, styles, strings, parts[i].comments, vmlBlock);
    // Each sheet's note shapes get their own blocks of 1 024 shape ids.
    if (parts[i].comments) vmlBlock += Math.ceil((layout.cells.filter((c) => c.comment).length + 1) / 1024);
  }
  strings.write(zip);
  writePart(zip, 'xl/styles.xml', styles.xml());
  return zip.finish();
}
