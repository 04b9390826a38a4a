import type { CellStyle, LayoutCell, SheetLayout } from '../../../src/engine/layout/types';

export function cellAt(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.col === col);
}

export function valueAt(layout: SheetLayout, row: number, col: number): string | number | null | undefined {
  return cellAt(layout, row, col)?.value;
}

export function styleAt(layout: SheetLayout, row: number, col: number): CellStyle {
  const c = cellAt(layout, row, col);
  return (c?.style && layout.styles[c.style]) || {};
}

/** Row whose cell in `col` holds exactly `text` (throws when absent, so tests fail loudly). */
export function rowWith(layout: SheetLayout, text: string, col?: number): number {
  const c = layout.cells.find((x) => x.value === text && (col === undefined || x.col === col));
  if (!c) throw new Error(`no cell "${text}" in ${layout.name}`);
  return c.row;
}
