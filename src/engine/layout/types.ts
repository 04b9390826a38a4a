/**
 * A host-agnostic description of a sheet the program writes (the report sheet
 * `BC <period>` and the narrative sheet `ND <period>`). The .xlsx host
 * (ExcelJS) and the Office host (Office.js) both render exactly this, so
 * nothing here may be specific to either library.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 *
 * Rules every renderer follows (see README.md in this folder):
 * - Literal text: a cell whose `value` is a string is text, always. The
 *   renderer gives it the number format "@" BEFORE writing the value (use
 *   `cellNumberFormat` from ./literal), so "=SUM(A1)", "+84…", "-  Trẻ em…" or
 *   "@x" never become formulas. Builders also put "@" on every text style.
 * - Font: Times New Roman for every cell (size from the style, default 12).
 * - Every sheet a renderer creates from a layout carries the program's marker
 *   (./marker): a workbook-level defined name pointing at A1 of the sheet.
 */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. Default 12 (Times New Roman is the sheet's font). */
  size?: number;
  /** Hex RGB without '#', e.g. "C00000". */
  color?: string;
  fill?: string;
  hAlign?: 'left' | 'center' | 'right' | 'justify';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  indent?: number;
  /** Excel number format, e.g. "#,##0", "0.00", "@" (text). */
  numberFormat?: string;
  /** Thin borders on all four sides. */
  border?: boolean;
}

export interface LayoutCell {
  row: number;
  col: number;
  /** null = leave empty but apply the style. Strings are ALWAYS literal text, never formulas. */
  value: string | number | null;
  /** Key into SheetLayout.styles. */
  style?: string;
  /** Optional cell comment/note (e.g. the validation warnings for this row). */
  comment?: string;
}

export interface Merge {
  row: number;
  col: number;
  /** Inclusive end. */
  row2: number;
  col2: number;
}

export interface ConditionalRule {
  /** Inclusive range. */
  range: Merge;
  /**
   * Applies when the cell's text equals this. Builders only use texts of which
   * none contains another (tested), so a renderer may implement the rule as a
   * "text contains" comparison (Office.js ConditionalTextOperator.contains,
   * ExcelJS `containsText`) and get the same result.
   */
  textEquals: string;
  fill: string;
  color?: string;
  bold?: boolean;
}

/**
 * A chart drawn from ranges inside the same sheet. Only the Office host draws
 * it (Office.js `worksheet.charts.add`); ExcelJS cannot write charts, so the
 * .xlsx host skips it and the sheet just shows the chart's data table.
 */
export interface ChartSpec {
  type: 'barClustered';
  title: string;
  /** Category labels and values ranges inside this sheet (inclusive, one column each). */
  categories: Merge;
  values: Merge;
  seriesName: string;
  /** Where to put the chart (top-left cell) and its size in columns/rows. */
  anchor: { row: number; col: number; width: number; height: number };
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Fit to this many pages wide (0 = do not fit); height unbounded. */
  fitToWidth: number;
  /** Rows repeated at the top of every printed page (0-based inclusive), if any. */
  repeatRows?: { from: number; to: number };
  /**
   * The printed part of the sheet (0-based, inclusive), when not all of it:
   * the report sheet prints its title, table and legends, not the chart's
   * data block under them. Hosts set Excel's print area (Print_Area).
   */
  printArea?: Merge;
  /** Margins in inches. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Centre footer with Excel header/footer codes, e.g. "Trang &P/&N" (page x of n). */
  footer?: string;
}

export interface SheetLayout {
  name: string;
  styles: Record<string, CellStyle>;
  cells: LayoutCell[];
  merges: Merge[];
  /** Width of each column in Excel character units (index = col). */
  columnWidths: number[];
  /**
   * Optional explicit row heights in points (index = row). The builders set
   * them for rows whose wrapped text needs several lines (estimated; Excel and
   * LibreOffice do not re-fit row heights when opening an .xlsx). A row
   * without a height keeps the default height.
   */
  rowHeights?: (number | undefined)[];
  /** Freeze this many top rows / left columns. */
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  conditional: ConditionalRule[];
  /** Hosts that cannot draw charts skip this. */
  chart?: ChartSpec;
  /** Tab colour, hex RGB. */
  tabColor?: string;
  /** Show the grid lines on screen (default true). */
  showGridLines?: boolean;
  /** Data validation (templates for the staff to fill). */
  validations?: DataValidationSpec[];
  /**
   * Protect the sheet WITHOUT a password (Review → Unprotect Sheet lifts it):
   * every cell is locked except these ranges. Selecting, formatting and
   * resizing columns and rows stay allowed.
   */
  protection?: { unlocked: Merge[] };
  /**
   * false: an input sheet the staff fill (the "Tạo mẫu nhập liệu" template),
   * written WITHOUT the program's marker so the engine reads it like any
   * sheet of theirs. Default: the program's own output, marked.
   */
  generated?: boolean;
}

/** One data-validation rule over a range. */
export interface DataValidationSpec {
  range: Merge;
  /** decimal: a number within min…max (either may be absent); list: one of `list`. */
  type: 'decimal' | 'list';
  min?: number;
  max?: number;
  list?: string[];
  /** Input message shown when the cell is selected. */
  prompt?: { title: string; text: string };
  /** Message when the entry is refused. */
  error: { title: string; text: string };
}
