/**
 * The literal-text rule shared by every renderer of a SheetLayout: a string
 * value is text, never a formula, whatever it starts with.
 */
import type { CellStyle, LayoutCell, SheetLayout } from './types';

/** Excel's "Text" number format. */
export const TEXT_FORMAT = '@';

/** Text that Excel would turn into a formula if typed or written as a value. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * The number format a renderer must give `cell` (before writing its value):
 * "@" for every string, whatever the style says; the style's format otherwise.
 */
export function cellNumberFormat(cell: LayoutCell, style: CellStyle | undefined): string | undefined {
  if (typeof cell.value === 'string') return TEXT_FORMAT;
  return style?.numberFormat;
}

/** Cells whose string value is not marked as text by its style (builders keep this empty; tests check it). */
export function unmarkedTextCells(layout: SheetLayout): LayoutCell[] {
  return layout.cells.filter(
    (c) =>
      typeof c.value === 'string' && (c.style === undefined || layout.styles[c.style]?.numberFormat !== TEXT_FORMAT),
  );
}
