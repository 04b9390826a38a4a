/**
 * A small helper the layout builders share: collects cells, merges and
 * de-duplicated styles, and applies the literal-text rule (every string cell
 * gets a style whose number format is "@").
 */
import { TEXT_FORMAT } from './literal';
import type { CellStyle, LayoutCell, Merge, SheetLayout } from './types';

export class LayoutBuilder {
  readonly styles: Record<string, CellStyle> = {};
  /** By "row,col": a later put() on the same cell replaces the earlier one. */
  private readonly cellMap = new Map<string, LayoutCell>();
  readonly merges: Merge[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  private readonly styleKeys = new Map<string, string>();

  /** Registers `style` (deduplicated) and returns its key. */
  style(style: CellStyle): string {
    const normalized = Object.fromEntries(
      Object.entries(style)
        .filter(([, v]) => v !== undefined && v !== false)
        .sort(([a], [b]) => a.localeCompare(b)),
    ) as CellStyle;
    const json = JSON.stringify(normalized);
    let key = this.styleKeys.get(json);
    if (!key) {
      key = `s${this.styleKeys.size}`;
      this.styleKeys.set(json, key);
      this.styles[key] = normalized;
    }
    return key;
  }

  /** One cell (replacing any earlier one at the same place). A string value is always marked as text ("@"). Empty strings become null. */
  put(row: number, col: number, value: string | number | null, style: CellStyle, comment?: string): LayoutCell {
    let v = value;
    if (typeof v === 'string' && v === '') v = null;
    if (typeof v === 'number' && !Number.isFinite(v)) v = null;
    const s: CellStyle = typeof v === 'string' ? { ...style, numberFormat: TEXT_FORMAT } : style;
    const cell: LayoutCell = { row, col, value: v, style: this.style(s) };
    if (comment) cell.comment = comment;
    this.cellMap.set(`${row},${col}`, cell);
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
   * from the text length and the column widths (merged cells: the merge's
   * width). Neither Excel nor LibreOffice re-fits row heights when opening an
   * .xlsx, so the layout carries them and every host renders the same rows.
   * Rows with an explicit height keep it.
   */
  private estimateHeights(columnWidths: number[]): void {
    const mergeAt = new Map(this.merges.map((m) => [`${m.row},${m.col}`, m]));
    const inMerge = new Set<string>();
    for (const m of this.merges)
      for (let r = m.row; r <= m.row2; r++) for (let c = m.col; c <= m.col2; c++) inMerge.add(`${r},${c}`);
    const needed = new Map<number, number>();
    for (const cell of this.cellMap.values()) {
      const style = cell.style ? this.styles[cell.style] : undefined;
      if (typeof cell.value !== 'string' || !style?.wrap) continue;
      const key = `${cell.row},${cell.col}`;
      const m = mergeAt.get(key);
      if (!m && inMerge.has(key)) continue;
      if (m && m.row2 > m.row) continue; // a vertical merge has room already
      let width = 0;
      for (let c = cell.col; c <= (m ? m.col2 : cell.col); c++) width += columnWidths[c] ?? 8.43;
      const size = style.size ?? 12;
      // Column width unit = one digit of the workbook's default font (Calibri
      // 11 in Excel: 7 px, plus 5 px padding per column). Vietnamese text in
      // Times New Roman 12 pt averages about 6.8 px a character (bold ≈ 8 %
      // more); word wrapping wastes about a tenth of each line. LibreOffice
      // without Calibri measures units wider, so there rows come out a little
      // taller than needed — never cut. Indent ≈ 9 px a level.
      const charPx = ((6.8 * size) / 12) * (style.bold ? 1.08 : 1);
      const px = width * 7 + 5 - 4 - 9 * (style.indent ?? 0);
      const perLine = Math.max(1, Math.floor(px / charPx));
      const lines = cell.value.split('\n').reduce((n, para) => {
        const len = Array.from(para).length;
        return n + (len <= perLine ? 1 : Math.ceil(len / Math.max(1, perLine * 0.9)));
      }, 0);
      if (lines > 1) {
        const points = Math.ceil(lines * size * 1.3 + 3);
        needed.set(cell.row, Math.max(needed.get(cell.row) ?? 0, points));
      }
    }
    for (const [row, points] of needed) if (this.rowHeights[row] === undefined) this.rowHeights[row] = points;
  }

  finish(rest: Omit<SheetLayout, 'styles' | 'cells' | 'merges' | 'rowHeights'>): SheetLayout {
    this.estimateHeights(rest.columnWidths);
    const layout: SheetLayout = {
      ...rest,
      styles: this.styles,
      cells: [...this.cellMap.values()],
      merges: this.merges,
    };
    if (this.rowHeights.length) layout.rowHeights = this.rowHeights;
    return layout;
  }
}
