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

  finish(rest: Omit<SheetLayout, 'styles' | 'cells' | 'merges' | 'rowHeights'>): SheetLayout {
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
