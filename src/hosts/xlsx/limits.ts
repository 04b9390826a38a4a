/**
 * The size budget of the .xlsx read path (why these numbers: README.md here).
 * An ordinary provincial workbook — ten sector sheets of a few hundred rows,
 * 30–60 KB on disk, under 1 MB expanded, some 20 000 cells — is far inside
 * every limit; a zip bomb, a 200 MB string or a 100 000-row sheet is refused
 * before ExcelJS builds it in memory (reading, computing and writing the
 * report of 240 000 cells peaked at 982 MB — measured, see README.md).
 */
export const LIMITS = {
  /** The file on disk (compressed). */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip (an .xlsx has 10–50). */
  zipEntries: 2000,
  /** One XML part expanded (a sheet, the shared strings, styles). */
  xmlPartBytes: 32 * 1024 * 1024,
  /** Every part expanded, pictures included. */
  totalExpandedBytes: 128 * 1024 * 1024,
  /** Cells in one sheet. */
  cellsPerSheet: 250_000,
  /** Cells in the whole workbook (the largest accepted, 240 000 cells, peaks near 1 GB end to end). */
  cells: 250_000,
  /** Rows of one sheet (last used row). */
  rows: 65_536,
  /** Columns of one sheet (last used column; XFD = 16 384 is Excel's own maximum). */
  columns: 1_024,
  /** Characters in one cell: Excel's own maximum. */
  cellChars: 32_767,
} as const;

/** "1,5 MB", "50 MB" (Vietnamese decimal comma). */
export function mb(bytes: number): string {
  const v = bytes / (1024 * 1024);
  const s = v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10).replace('.', ',');
  return `${s} MB`;
}
