/**
 * A small helper the layout builders share: collects cells, merges and
 * de-duplicated styles, and applies the literal-text rule (every string cell
 * gets a style whose number format is "@").
 */
import { TEXT_FORMAT } from './literal';
import type { CellStyle, LayoutCell, Merge, SheetLayout } from './types';

/** One field of a style's identity: "" when unset (undefined or false, as normalizeStyle drops them). */
function f(v: string | number | boolean | undefined): string {
  return v === undefined || v === false ? '' : `\u0002${v}`;
}

/** The stored form of a style: its set fields only (no undefined, no false), keys sorted. */
function normalizeStyle(style: CellStyle): CellStyle {
  return Object.fromEntries(
    Object.entries(style)
      .filter(([, v]) => v !== undefined && v !== false)
      .sort(([a], [b]) => a.localeCompare(b)),
  ) as CellStyle;
}

/** One number per cell (a sheet has at most 16 384 columns). */
function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export class LayoutBuilder {
  readonly styles: Record<string, CellStyle> = {};
  /** The cells in the order first put; a later put() on the same cell replaces the earlier one in place. */
  private readonly cells: LayoutCell[] = [];
  /** Where each cell is in `cells`, by row then column (arrays: cheaper than one big Map on a large report). */
  private readonly position: number[][] = [];
  readonly merges: Merge[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  private readonly styleKeys = new Map<string, string>();
  /** Keys of frozen styles (which cannot change), as given and as text ("@"). */
  private readonly keyOf = new WeakMap<CellStyle, string>();
  private readonly textKeyOf = new WeakMap<CellStyle, string>();

  /** Registers `style` (deduplicated) and returns its key. */
  style(style: CellStyle): string {
    // The identity of a style: its set fields in a fixed order. A report puts
    // tens of thousands of cells, each with a fresh style object, so this is
    // one string from direct reads, not a sorted copy turned into JSON (a
    // field outside CellStyle is not part of the identity).
    const id =
      `${f(style.bold)}\u0001${f(style.border)}\u0001${f(style.color)}\u0001${f(style.fill)}\u0001${f(style.hAlign)}` +
      `\u0001${f(style.indent)}\u0001${f(style.italic)}\u0001${f(style.numberFormat)}\u0001${f(style.size)}` +
      `\u0001${f(style.underline)}\u0001${f(style.vAlign)}\u0001${f(style.wrap)}`;
    let key = this.styleKeys.get(id);
    if (!key) {
      key = `s${this.styleKeys.size}`;
      this.styleKeys.set(id, key);
      this.styles[key] = normalizeStyle(style);
    }
    return key;
  }

  /** One cell (replacing any earlier one at the same place). A string value is always marked as text ("@"). Empty strings become null. */
  put(row: number, col: number, value: string | number | null, style: CellStyle, comment?: string): LayoutCell {
    let v = value;
    if (typeof v === 'string' && v === '') v = null;
    if (typeof v === 'number' && !Number.isFinite(v)) v = null;
    const asText = typeof v === 'string';
    let key: string | undefined;
    if (Object.isFrozen(style)) {
      // A frozen style cannot change: its key is looked up by identity.
      const known = asText ? this.textKeyOf : this.keyOf;
      key = known.get(style);
      if (key === undefined) {
        key = this.style(asText ? { ...style, numberFormat: TEXT_FORMAT } : style);
        known.set(style, key);
      }
    } else key = this.style(asText ? { ...style, numberFormat: TEXT_FORMAT } : style);
    const cell: LayoutCell = { row, col, value: v, style: key };
    if (comment) cell.comment = comment;
    const inRow = (this.position[row] ??= []);
    const at = inRow[col];
    if (at === undefined) inRow[col] = this.cells.push(cell) - 1;
    else this.cells[at] = cell;
    return cell;
  }

  /** A merged block: the value in its top-left cell, the style on every cell (so borders show all round). */
  merge(row: number, col: number, row2: number, col2: number, value: string | number | null, style: CellStyle): void {
    const s: CellStyle = typeof value === 'string' && value !== '' ? { ...style, numberFormat: TEXT_FORMAT } : style;
    for (let r = row; r <= row2; r++) {
      for (let c = col; c <= col2; c++) {
        this.put(r, c, r === row && c === col ? value : null, s);
      }
    }
    if (row2 > row || col2 > col) this.merges.push({ row, col, row2, col2 });
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  /**
   * Heights for rows whose wrapped text needs more than one line, estimated
   * from the text and the column widths (merged cells: the merge's width).
   * Neither Excel nor LibreOffice re-fits row heights when opening an .xlsx,
   * so the layout carries them and every host renders the same rows. Rows
   * with an explicit height keep it.
   */
  private estimateHeights(columnWidths: number[]): void {
    const mergeAt = new Map(this.merges.map((m) => [cellKey(m.row, m.col), m]));
    const inMerge = new Set<number>();
    for (const m of this.merges)
      for (let r = m.row; r <= m.row2; r++) for (let c = m.col; c <= m.col2; c++) inMerge.add(cellKey(r, c));
    const needed = new Map<number, number>();
    for (const cell of this.cells) {
      const style = cell.style ? this.styles[cell.style] : undefined;
      if (typeof cell.value !== 'string' || !style?.wrap) continue;
      const key = cellKey(cell.row, cell.col);
      const m = mergeAt.get(key);
      if (!m && inMerge.has(key)) continue;
      if (m && m.row2 > m.row) continue; // a vertical merge has room already
      let width = 0;
      for (let c = cell.col; c <= (m ? m.col2 : cell.col); c++) width += columnWidths[c] ?? 8.43;
      const points = wrappedHeight(cell.value, width, style);
      if (points !== undefined) needed.set(cell.row, Math.max(needed.get(cell.row) ?? 0, points));
    }
    for (const [row, points] of needed) if (this.rowHeights[row] === undefined) this.rowHeights[row] = points;
  }

  finish(rest: Omit<SheetLayout, 'styles' | 'cells' | 'merges' | 'rowHeights'>): SheetLayout {
    this.estimateHeights(rest.columnWidths);
    const layout: SheetLayout = {
      ...rest,
      styles: this.styles,
      cells: this.cells,
      merges: this.merges,
    };
    if (this.rowHeights.length) layout.rowHeights = this.rowHeights;
    return layout;
  }
}

/**
 * Metrics of the row-height estimate (Excel's, at 96 dpi; calibrated by
 * printing the narrative sheet through LibreOffice, see README):
 * - a column width unit is one digit of the workbook's default font, 7 px
 *   (Calibri 11 in Excel; the .xlsx writer makes it Arial 10, also 7 px, so
 *   LibreOffice without Calibri measures the same), plus 5 px a column;
 * - Vietnamese prose in Times New Roman averages 0.42 em a character, spaces
 *   included (measured: 85 characters a 464 pt line at 13 pt); the estimate
 *   takes 0.45 em (bold 0.49) so that a line of wide letters is not cut;
 * - lines are 1.15 em apart (measured 14.9 pt at 13 pt); 1.2 em taken.
 */
const UNIT_PX = 7;
const CELL_PADDING_PX = 5 - 6; // the column's 5 px, less about 3 px each side of the text
const INDENT_PX = 9;
const CHAR_EM = 0.45;
const BOLD_FACTOR = 1.08;
const LINE_EM = 1.2;

/**
 * Lines that `text` takes when wrapped word by word at `widthPt`, each character
 * `charPt` wide. Paragraphs are split at "\n", words at each single space (two
 * spaces make an empty word), a word's length counts characters (a surrogate
 * pair is one). One pass over the text, no substrings: it runs on every wrapped
 * cell of a report.
 */
export function wrappedLines(text: string, widthPt: number, charPt: number): number {
  const perLine = Math.max(1, Math.floor(widthPt / charPt));
  // one paragraph no longer than a line (in UTF-16 units, never fewer than its characters) is one line
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 1; // the first paragraph's first line
  let used = 0; // characters on the current line
  let len = 0; // characters of the current word
  const endWord = (): void => {
    if (used > 0 && used + 1 + len <= perLine) used += 1 + len;
    else {
      if (used > 0) lines++;
      lines += Math.max(0, Math.ceil(len / perLine) - 1); // a word longer than a line breaks inside
      used = len % perLine || (len ? perLine : 0);
    }
    len = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) endWord();
    else if (c === 0x0a) {
      endWord();
      lines++; // the next paragraph's first line
      used = 0;
    } else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) len++;
  }
  endWord();
  return lines;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Row height (points) a wrapped text cell needs, or undefined when one line holds it. */
export function wrappedHeight(text: string, widthUnits: number, style: CellStyle): number | undefined {
  const size = style.size ?? 12;
  const widthPt = (widthUnits * UNIT_PX + CELL_PADDING_PX - INDENT_PX * (style.indent ?? 0)) * 0.75;
  const charPt = size * CHAR_EM * (style.bold ? BOLD_FACTOR : 1);
  const lines = wrappedLines(text, widthPt, charPt);
  return lines > 1 ? Math.ceil(lines * size * LINE_EM + 4) : undefined;
}
