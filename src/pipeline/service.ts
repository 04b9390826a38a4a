/**
 * What the task pane (and the offline page) needs from its host: one interface,
 * implemented for the open workbook by src/hosts/office/service.ts and for a
 * picked .xlsx file by the offline page's file service; the browser tests drive
 * the pane with a fake of it. Keep it small: every method is one user action.
 *
 * Period keys use the command-line syntax: "T1".."T12", "Q1".."Q4", "H1", "9M", "Y".
 */
import type { ComputedReport, Finding, UnitInfo } from '../engine/types';
import type { NarrativeDoc } from '../engine/narrative/model';

export interface PeriodOption {
  key: string;
  /** "tháng 6 năm 2024" */
  label: string;
  /** True when the workbook has figures for the period's last month. */
  hasData: boolean;
}

export interface WorkbookState {
  year: number | null;
  periods: PeriodOption[];
  /** Last period chosen in this workbook, else the latest month with data. */
  defaultPeriod: string | null;
  info: UnitInfo;
  /** Number of sector sheets found. */
  sectorCount: number;
}

export interface CheckResult {
  report: ComputedReport;
  narrative: NarrativeDoc;
}

/** A file the host produced for the user to save (the offline page: report .xlsx and .docx). */
export interface OutputFile {
  kind: 'xlsx' | 'docx';
  /** File name as the command line names it: "<workbook> - BC T6-2024.xlsx". */
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface GenerateResult {
  /**
   * Name of the report sheet written, e.g. "BC T6-2024" or "BC T6-2024 (2)"; for a
   * host that hands out files, the sheet's name inside the report workbook.
   */
  reportSheet: string;
  narrativeSheet: string;
  counts: {
    indicators: number;
    completed: number;
    ahead: number;
    onSchedule: number;
    behind: number;
    incomplete: number;
  };
  findings: Finding[];
  narrative: NarrativeDoc;
  /**
   * (Additive, optional.) The computed report, so the pane can build the .docx
   * without reading the workbook again. When absent the pane calls check().
   */
  report?: ComputedReport;
  /**
   * (Additive, optional.) Present when the host does not write into an open
   * workbook but produces files (the offline page): the pane offers each one
   * for download instead of "open the report sheet".
   */
  files?: OutputFile[];
}

/**
 * (Additive.) What generate() should reject with when validation errors exist
 * and `force` is false: the pane then shows these findings and asks whether to
 * go on anyway (→ generate(key, { force: true })). Any other rejection is shown
 * as an error message.
 */
export class ValidationBlockedError extends Error {
  readonly findings: Finding[];
  constructor(message: string, findings: Finding[]) {
    super(message);
    this.name = 'ValidationBlockedError';
    this.findings = findings;
  }
}

/** True for a ValidationBlockedError, also across bundles/realms (checks the name, not the prototype). */
export function isValidationBlocked(e: unknown): e is ValidationBlockedError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'ValidationBlockedError' &&
    Array.isArray((e as { findings?: unknown }).findings)
  );
}

export type GenerateStep = 'reading' | 'checking' | 'computing' | 'writing' | 'done';

export interface AddinService {
  /** Reads the workbook's state (periods with data, unit info, remembered period). */
  load(): Promise<WorkbookState>;
  /** Validates and computes the period without writing anything. */
  check(periodKey: string): Promise<CheckResult>;
  /**
   * Writes the report and narrative sheets. Rejects with a user-facing Error
   * (Vietnamese/English message) when validation errors exist and `force` is false
   * — preferably a ValidationBlockedError carrying the findings.
   */
  generate(periodKey: string, opts: { force: boolean }, onStep?: (step: GenerateStep) => void): Promise<GenerateResult>;
  /**
   * Selects the cell in Excel (activates its sheet). Absent when there is no open
   * workbook (the offline page): findings then name sheet and cell as text.
   */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the "Thông tin" sheet (creating it when missing). Absent when the host
   * cannot write into the user's workbook (the offline page never changes the file).
   */
  saveInfo?(info: UnitInfo): Promise<void>;
  /**
   * (Additive, optional.) The reporting chain's tools (see ChainTools below):
   * present when the host can run them on the open workbook (the Office
   * service); the pane then shows its "Công cụ" tab.
   */
  chain?: ChainTools;
}

// ---------------------------------------------------------------------------
// The reporting chain's three tools (issue 10): "Tạo mẫu nhập liệu",
// "Chuyển từ sổ theo tháng", "Tổng hợp từ các đơn vị". Optional: a host
// offers them when it can (the Office service writes new sheets into the open
// workbook; the offline page hands out new .xlsx files). The steps themselves
// are in ./chain.ts, shared with the command line.
// ---------------------------------------------------------------------------

/** A file the user picked (<input type="file">): read locally, never sent anywhere. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A finding of a chain tool: the chain's own (convert, consolidate) or the
 * engine's on a cell. `file` is set when it is about one of several picked files.
 */
export interface ToolFinding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  file?: string;
  sheet: string;
  cell: string;
  message: { vi: string; en: string };
}

/** "Tạo mẫu nhập liệu": the unit and the year the template is for. */
export interface TemplateRequest {
  year: number;
  /** Tên đơn vị ("UBND phường Phú Lợi"); empty: the unit fills it in. */
  unit?: string;
  /** Cơ quan chủ quản. */
  parent?: string;
  /** Địa danh. */
  place?: string;
  /** Sector codes or numbers ("VL", "7"); absent: all nine. */
  sectors?: string[];
}

/** "Chuyển từ sổ theo tháng": the year when the sheets do not say it; the page's picked monthly workbook. */
export interface ConvertRequest {
  year?: number | null;
  /** The offline page only: the monthly workbook to convert (in Excel it is the open workbook). */
  file?: PickedFile;
}

/** "Tổng hợp từ các đơn vị": the year (default: that of most returns) and the consolidating agency. */
export interface ConsolidateRequest {
  year?: number | null;
  unit?: string;
  parent?: string;
  place?: string;
}

export type ChainStep = 'reading' | 'computing' | 'writing' | 'done';

export interface ChainOutcome {
  year: number;
  /**
   * The sheets written, in order: in Excel the NEW sheets added to the open
   * workbook; for a host that hands out files, the sheets of `files[0]`.
   */
  sheets: string[];
  /** Sheets the workbook already had and that were left exactly as they were ("Thông tin"). */
  kept: string[];
  findings: ToolFinding[];
  /** Conversion: the months that had a sheet. */
  months?: number[];
  /** Consolidation: the units added, in file order, and how many files were picked. */
  units?: string[];
  picked?: number;
  /** Hosts that hand out files (the offline page): the workbook made. */
  files?: OutputFile[];
}

/**
 * What a chain tool rejects with when it has nothing it may write (a monthly
 * workbook with errors, no return that can be added, sheets that would clash):
 * the message for the user and the findings that explain it. Nothing was written.
 */
export class ChainBlockedError extends Error {
  readonly findings: ToolFinding[];
  constructor(message: string, findings: ToolFinding[]) {
    super(message);
    this.name = 'ChainBlockedError';
    this.findings = findings;
  }
}

/** True for a ChainBlockedError, also across bundles (checks the name, not the prototype). */
export function isChainBlocked(e: unknown): e is ChainBlockedError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'ChainBlockedError' &&
    Array.isArray((e as { findings?: unknown }).findings)
  );
}

/** The three tools; a host that offers them implements all three. */
export interface ChainTools {
  /** Writes the template (Hướng dẫn, Thông tin, one sheet per sector), never over an existing sheet. */
  makeTemplate(req: TemplateRequest, onStep?: (s: ChainStep) => void): Promise<ChainOutcome>;
  /** Converts the one-sheet-per-month workbook into the yearly sheets; the monthly sheets are never changed. */
  convertMonthly(req: ConvertRequest, onStep?: (s: ChainStep) => void): Promise<ChainOutcome>;
  /** Adds up the units' returns (picked files, read locally) into consolidated sector sheets + "Chi tiết đơn vị". */
  consolidate(files: PickedFile[], req: ConsolidateRequest, onStep?: (s: ChainStep) => void): Promise<ChainOutcome>;
}
