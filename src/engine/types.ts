/**
 * The engine's data model. Everything here is plain data (JSON-serialisable),
 * shared by every host (Office.js, .xlsx files) and every output (report sheet,
 * narrative, .docx, JSON). Nothing in src/engine may import Office.js, the DOM
 * or Node's fs.
 */
import type { UnitBreakdown, UnitTable } from './chain/unitTable';

// ---------------------------------------------------------------------------
// Input: a workbook read by a host into plain grids
// ---------------------------------------------------------------------------

/**
 * One cell as a host read it.
 * - `v` is the value (for a formula, its cached result); `null` = empty.
 * - `t: 'error'` → `v` is the Excel error text (`#REF!`, `#N/A`, …).
 * - `t: 'date'`  → `v` is the date as an ISO string `YYYY-MM-DD`.
 * - `indent` is the cell's indent level (Format Cells → Alignment → Indent).
 * - `percent` (optional) marks a percentage number format (see below).
 */
export interface GridCell {
  v: number | string | boolean | null;
  t?: 'error' | 'date';
  indent?: number;
  formula?: boolean;
  /**
   * The cell's number format is a percentage (contains `%`), so `v` is the fraction Excel
   * stores (0.5735 shown as 57,35%). The engine reads such a figure as 57.35. Hosts set it
   * when they can see the number format.
   */
  percent?: boolean;
  /**
   * The cell lies inside a merged range ("E5:G5") and is not its top-left (master)
   * cell: it is empty because of the merge, not because nothing was typed.
   */
  merged?: string;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c], 0-based (row 0 = Excel row 1, col 0 = column A). Holes are empty cells. */
  rows: (GridCell | null | undefined)[][];
  /** True when the program created this sheet (it carries the program's marker). */
  generated?: boolean;
  /**
   * 0-based indexes of hidden columns / rows, when the host can see them (ExcelJS
   * `column.hidden` / `row.hidden`, Office.js `columnHidden` / `rowHidden`). Absent = none
   * known hidden.
   */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  /** Hidden (Home → Format → Hide) or very hidden (only VBA can show it); absent = visible. */
  state?: 'hidden' | 'veryHidden';
}

export interface WorkbookGrid {
  /** In workbook order. */
  sheets: SheetGrid[];
}

// ---------------------------------------------------------------------------
// Findings (validation)
// ---------------------------------------------------------------------------

/**
 * `info` (v2): what the program decided on the user's behalf (a kind inferred from the
 * name, agency names from the title block, a year block ignored). Never blocks, and is
 * never printed in the official documents (.docx, narrative, report sheet Ghi chú).
 */
export type Severity = 'error' | 'warning' | 'info';

/** Stable codes; never rename one (users and scripts key on them). */
export type FindingCode =
  // errors
  | 'MISSING_COLUMN' // required column (name, unit) missing
  | 'NOT_A_NUMBER' // "khoảng 50", "n/a" in a figure cell
  | 'EXCEL_ERROR' // #REF!, #N/A, #DIV/0!, #VALUE!
  | 'NEGATIVE' // negative figure
  | 'DUPLICATE_CODE'
  | 'CHILDREN_EXCEED_PARENT' // children of a flow/stock add up to more than the parent in a month
  | 'RATE_OUT_OF_RANGE' // rate outside 0–100
  | 'BAD_PLAN' // plan that cannot be read
  // warnings
  | 'FRACTIONAL_COUNT' // 3.932 in a count unit → probably 3932
  | 'NUMBER_AS_TEXT' // "16.344" stored as text, converted
  | 'MISSING_MONTH' // a month up to the reporting month empty (flow) / reporting month empty (stock, rate)
  | 'OUTLIER' // > 10 × median of the other non-zero months
  | 'LOOKS_CUMULATIVE' // monthly values entered as running totals
  | 'MISSING_UNIT'
  | 'ORPHAN_CODE' // child code whose parent code does not exist
  | 'RATE_PLAN_AS_MINIMUM' // plain number as the plan of a rate, read as ≥
  | 'MISSING_INFO_KEY' // a "Thông tin" key is missing
  | 'UNKNOWN_PLACEHOLDER' // "Mẫu câu" with an unknown {placeholder}
  | 'NO_SECTOR_SHEETS' // the workbook has no sector sheet at all (error)
  // added by the engine (additive)
  | 'BAD_CONTENT' // "Nội dung" row whose month or part cannot be read (row skipped)
  | 'UNKNOWN_SECTOR' // "Nội dung" row whose Lĩnh vực matches no sector (kept with sectorSheet: null)
  // v2: layouts met in practice (input-format.md)
  | 'AMBIGUOUS_MONTH_BLOCKS' // error: two unlabelled blocks of month columns on one sheet
  | 'ONE_SHEET_PER_MONTH' // error: sheets "T1"…"T12" / "Tháng 6", one month each (not the yearly layout)
  | 'MONTH_SHEETS_SET_ASIDE' // warning: month sheets beside yearly sector sheets (after a conversion): not read
  | 'HIDDEN_DUPLICATE_COLUMN' // warning: a hidden column repeating a visible one's header (skipped)
  | 'DECIMAL_SLIP' // warning: money-like value < 1/100 of the median of the other months (×1000?)
  | 'MAYBE_STOCK' // warning: a flow whose year to date passes 3× its plan
  | 'YEAR_BLOCK_IGNORED' // info: a block of months labelled with a year that is neither this year nor the last
  | 'KIND_INFERRED' // info: stock inferred from the name ("đang hưởng", "hiện có"…)
  | 'ESTIMATE_USED' // info: an estimate column stood in for an empty month
  | 'AGENCY_FROM_TITLE' // info: agency names read from the title block (no Thông tin sheet)
  // hostile and damaged input (issue 13)
  | 'SHEET_SKIPPED' // warning: a sheet not read as a sector (an old report's values copy, a very hidden sheet, a data table under an output name)
  | 'FORMULA_NOT_CALCULATED' // error: a formula cell with no cached result (never calculated)
  | 'MERGED_FIGURE' // error: a month cell covered by a merged range (its figure is on another month)
  | 'SUM_OVERFLOW' // error: a total too large to compute (Infinity)
  | 'TEXT_TRUNCATED'; // warning: an output cell cut to Excel's 32 767 characters

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  /** A1 address inside `sheet`, e.g. "C7". */
  cell: string;
  message: { vi: string; en: string };
  /** For FRACTIONAL_COUNT / NUMBER_AS_TEXT: the number we suggest / converted to. */
  suggestion?: number;
}

// ---------------------------------------------------------------------------
// Parsed workbook (period-independent)
// ---------------------------------------------------------------------------

export type Kind = 'flow' | 'stock' | 'rate';
export type TargetOp = '<' | '<=' | '>' | '>=';
export interface Target {
  op: TargetOp;
  value: number;
  /**
   * The staff marked the target as holding every period ("≥ 98 (hằng tháng)"):
   * judged met / not met in every report. Otherwise a target is for the year and
   * only the year report gives the verdict (the narrative calls it a goal before).
   */
  periodic?: boolean;
}

/** Values indexed by month 1..12 (index 0 unused). `undefined` = empty (missing, not zero). */
export type MonthValues = (number | undefined)[];

export interface Indicator {
  /** Unique within the workbook: `<sheet>!<row>` (row is 1-based). */
  id: string;
  code: string | null;
  stt: string | null;
  name: string;
  unit: string;
  kind: Kind;
  /** Numeric annual plan (flows, stocks; never together with `target`). */
  plan: number | null;
  /** Comparison target ("Dưới 2,1" → { op: '<', value: 2.1 }). */
  target: Target | null;
  months: MonthValues;
  lastYear: MonthValues;
  note: string | null;
  /** "Mẫu câu" template, if any. */
  template: string | null;
  /** The group heading this row sits under ("4.1. Hoạt động Bảo trợ xã hội"), if any. */
  group: string | null;
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  /** A1 address of the name cell, e.g. "B5". */
  nameCell: string;
  /** A1 address of month m's cell (index 1..12); `undefined` when the sheet has no such column. */
  monthCells: (string | undefined)[];
  lastYearCells: (string | undefined)[];
  /**
   * Months (1..12) whose value in `months` comes from an estimate column ("Ước thực hiện
   * tháng 6") because the actual figure was empty. Absent/empty = none.
   */
  estimatedMonths?: number[];
  /**
   * Months (1..12) whose cell holds something unreadable (an error was reported for it):
   * their value is missing, but they were not "left empty", so MISSING_MONTH skips them.
   */
  unreadableMonths?: number[];
  /** Nesting depth: 0 top level, 1 child, … */
  level: number;
  children: Indicator[];
}

/** Why a cell (usually a header cell) was not read; shown to the user. */
export interface IgnoredCell {
  /** A1 address on the sector's sheet. */
  cell: string;
  /** When a run of columns was ignored (a year block): the A1 address of its last cell. */
  lastCell?: string;
  why: { vi: string; en: string };
}

/** Column letters ("B", "AC") of the fields read on a sector sheet. */
export interface LayoutColumns {
  code?: string;
  stt?: string;
  name: string;
  unit?: string;
  kind?: string;
  plan?: string;
  note?: string;
  sentence?: string;
  /** Month (1..12) → column letter of this year's figure. */
  months: Record<number, string>;
  /** Month → column letter of the same month last year. */
  lastYearMonths: Record<number, string>;
  /** Month → column letter of the estimate ("Ước thực hiện tháng 6"). */
  estimates: Record<number, string>;
}

/**
 * What the program read on a sector sheet and where (outputs.md §4 v2), so that a user
 * can see at a glance that the sheet was understood as meant.
 */
export interface SectorLayout {
  /** 1-based first row of the header. */
  headerRow: number;
  /** 1-based last row of the header (= headerRow for a one-row header). */
  headerRowLast: number;
  columns: LayoutColumns;
  /** The year the month columns were read as (the sheet's year headers, else the workbook's year), null when unknown. */
  year: number | null;
  /** Cells not read, and why (a hidden duplicate column, a year block ignored, a numbering row…). */
  ignored: IgnoredCell[];
}

export interface Sector {
  title: string;
  sheet: string;
  /** Top-level indicators in sheet order (children nested). */
  indicators: Indicator[];
  /** How the sheet was read (header row, columns, what was ignored). */
  layout: SectorLayout;
}

/** Unit information from the "Thông tin" sheet (defaults filled in). */
export interface UnitInfo {
  coQuanChuQuan: string;
  tenCoQuan: string;
  diaDanh: string;
  namBaoCao: number | null;
  soKyHieu: string;
  phamVi: string;
  quyenHanKy: string;
  chucVuNguoiKy: string;
  nguoiKy: string;
  noiNhan: string[];
}

/**
 * Phần of a "Nội dung" row. Per sector: `ket_qua` (section I), `nhiem_vu`
 * (the tasks section; "Phương hướng, nhiệm vụ" too). Whole report: `can_cu`
 * (the basis in the opening, "Thực hiện …"), `danh_gia_chung`, `ton_tai`,
 * `nguyen_nhan`, `de_xuat` (see src/engine/README.md, "Nội dung").
 */
export type ContentPart = 'ket_qua' | 'nhiem_vu' | 'can_cu' | 'danh_gia_chung' | 'ton_tai' | 'nguyen_nhan' | 'de_xuat';

/** One paragraph from the "Nội dung" sheet. */
export interface ContentParagraph {
  /** Sheet name of the sector it belongs to (resolved from the title or sheet name); null if unmatched or none. */
  sectorSheet: string | null;
  /**
   * The row names no sector on purpose: its Lĩnh vực cell is empty with no
   * sector above it, or says "Chung" / "Toàn ngành" / "Tất cả". Its Kết quả /
   * Nhiệm vụ paragraphs open their section, before the sectors. (A sector that
   * matches nothing is not this: it is reported, and not printed.)
   */
  wholeReport?: boolean;
  month: number;
  part: ContentPart;
  text: string;
  cell: string;
}

export interface ParsedWorkbook {
  info: UnitInfo;
  /** The year the month columns belong to (Thông tin → Năm báo cáo, else month headers, else null). */
  year: number | null;
  sectors: Sector[];
  content: ContentParagraph[];
  /** Period-independent findings. */
  findings: Finding[];
  /**
   * A consolidated workbook's per-unit figures (its "Chi tiết đơn vị" sheet,
   * written by consolidation); absent or null for any other workbook.
   */
  unitBreakdown?: UnitBreakdown | null;
}

// ---------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year';

export interface Period {
  kind: PeriodKind;
  /** First and last month, 1..12. */
  from: number;
  to: number;
  year: number;
  /** "tháng 6 năm 2024", "quý II năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024". */
  label: string;
}

// ---------------------------------------------------------------------------
// Computed report (what every output renders)
// ---------------------------------------------------------------------------

export type Schedule = 'completed' | 'ahead' | 'on_schedule' | 'behind';

/** Field names and meaning follow outputs.md §4 exactly; extra fields are extensions. */
export interface ComputedIndicator {
  code: string | null;
  name: string;
  unit: string;
  kind: Kind;
  /** "'Việc làm'!B5" */
  cell: string;
  period: number | null;
  ytd: number | null;
  plan: number | null;
  planPct: number | null;
  target: Target | null;
  targetMet: boolean | null;
  lastYearPeriod: number | null;
  lastYearYtd: number | null;
  changePct: number | null;
  schedule: Schedule | null;
  incomplete: boolean;
  children: ComputedIndicator[];
  // --- extensions ---
  stt: string | null;
  group: string | null;
  note: string | null;
  template: string | null;
  /**
   * The template is a verb phrase without subject or period ("tạo việc làm cho
   * {thuc_hien} lao động, …", an indicator catalogue's sentence): the narrative
   * opens it like its own sentences (the period once per sector, varied; the
   * scope once per report) instead of the template saying "Trong …, toàn tỉnh đã".
   */
  templateOpens?: boolean;
  level: number;
  /** Expected % of plan by the calendar (b ÷ 12 × 100) for flows with a plan, else null. */
  expectedPct: number | null;
  /** Signed distance of the year-to-date value from the target (ytd − target.value), else null. */
  targetGap: number | null;
  /** Months (1..12) whose missing value makes a figure incomplete. */
  missingMonths: number[];
  /** 1-based row of the indicator in its sheet (for "warnings next to the row"). */
  row: number;
  sheet: string;
  /**
   * An estimate column ("Ước thực hiện tháng 6") stood in for an empty month that the
   * period figure uses: say "ước thực hiện", mark it. Absent = false.
   */
  estimated?: boolean;
  /** The months (within 1…to) whose value is an estimate. */
  estimatedMonths?: number[];
  /**
   * The month the figure really runs to: a flow's last month with data up to the
   * period's end, a stock's or rate's month used (an older one when the last is
   * empty); null when none. Absent in hand-made reports (read as the period's end).
   */
  dataMonth?: number | null;
  /**
   * Figures built on a cell with an error the user forced past, or a
   * FRACTIONAL_COUNT: never stated as fact (the narrative leaves a gap to fill).
   * `lastYear` covers the same-period base.
   */
  doubtful?: { period: boolean; ytd: boolean; lastYear: boolean };
}

export interface ComputedSector {
  title: string;
  sheet: string;
  indicators: ComputedIndicator[];
  /** How the sheet was read (absent only in hand-built test reports). */
  layout?: SectorLayout;
}

export interface ComputedReport {
  period: Period;
  info: UnitInfo;
  sectors: ComputedSector[];
  /** All findings, the workbook's and the period's, in reading order (sheet, row, column). */
  issues: Finding[];
  /**
   * "Nội dung" paragraphs for the report: part `ket_qua` of every month in
   * from…to, every other part of month `to`; in sheet order.
   */
  content: ContentParagraph[];
  /**
   * A consolidated workbook's per-unit table for the period (each unit's
   * figure and lũy kế, the months each has not sent); absent or null otherwise.
   */
  unitTable?: UnitTable | null;
}
