/**
 * The size budget of the .xlsx read path (why these numbers: README.md here).
 * An ordinary provincial workbook — ten sector sheets of a few hundred rows,
 * 30–60 KB on disk, under 1 MB expanded, some 20 000 cells — is far inside
 * every limit; a zip bomb, a 200 MB string or a 100 000-row sheet is refused
 * before ExcelJS builds it in memory. The cell and row budgets come from
 * measuring the whole command line (read, compute, write both files): its
 * memory grows with the cells read (~1 KB each in ExcelJS) and with the rows
 * of the report (~20–30 KB per indicator row); the largest workbook they
 * accept completes with the heap capped at 2 GB, while a file past them would
 * run out of memory instead of getting a message (README.md).
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
  cellsPerSheet: 550_000,
  /** Cells in the whole workbook (the 20× bench workbook, 506 988 cells, peaks at ~0.8 GB of heap end to end). */
  cells: 550_000,
  /** Rows holding at least one cell, in the whole workbook (each can be a row of the report). */
  dataRows: 45_000,
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
