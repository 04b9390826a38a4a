/**
 * Findings of the reporting chain (conversion of a monthly workbook,
 * consolidation of the units' returns). Like the engine's findings they name
 * the sheet and the A1 cell and carry a Vietnamese and an English message;
 * consolidation findings also name the file they come from.
 */
import type { Severity } from '../types';

export type ChainCode =
  // conversion
  | 'NO_MONTH_SHEETS' // error: no sheet named T1…T12 / Tháng m with a "Thực hiện tháng" column
  | 'DUPLICATE_MONTH_SHEET' // error: two sheets for the same month (the first is used)
  | 'NO_PERIOD_COLUMN' // warning: a month sheet without a name or "Thực hiện tháng" column (skipped)
  | 'MONTH_SHEETS_MISSING' // info: months without a sheet (left empty)
  | 'LUY_KE_MISMATCH' // warning: the sheet's "Lũy kế" differs from the running sum of the months
  | 'NOT_IN_MONTH' // warning: an indicator missing from some month sheets (those months left empty)
  | 'PLAN_CHANGED' // info: the plan differs between month sheets (the latest is used)
  | 'NO_YEAR' // error: the year cannot be found (give --year)
  // consolidation
  | 'OTHER_YEAR' // error: a return of another year (not added)
  | 'SAME_UNIT_TWICE' // error: two files of the same unit (the second is not added)
  | 'MISSING_INDICATOR' // warning: an indicator of the standard template missing from a return
  | 'UNKNOWN_INDICATOR' // warning: an indicator of a return not in the standard template (renamed?) — not added
  | 'MODIFIED_TEMPLATE' // warning: a return's sheet has extra or missing columns
  | 'MISSING_SECTOR' // warning: a sector sheet of the template missing from a return
  | 'UNIT_MONTH_EMPTY' // warning: a unit whose month is still empty (the consolidated figure is incomplete)
  | 'RATE_NOT_COMBINED' // warning: a rate without its numerator and denominator: not added up
  | 'UNREADABLE_RETURN' // error: a file that is not a readable .xlsx
  | 'RENAMED_INDICATOR' // warning: the same code under another name (still matched by code)
  | 'RETURN_FINDING'; // a finding of the engine inside a return (its own code in the message)

export interface ChainFinding {
  severity: Severity;
  code: ChainCode;
  /** The file the finding is about (consolidation), else ''. */
  file: string;
  sheet: string;
  cell: string;
  message: { vi: string; en: string };
}

export function chainFinding(
  severity: Severity,
  code: ChainCode,
  where: { file?: string; sheet: string; cell: string },
  vi: string,
  en: string,
): ChainFinding {
  const file = where.file ?? '';
  const prefix = `${file ? `Tệp "${file}", ` : ''}trang '${where.sheet}', ô ${where.cell}: `;
  const prefixEn = `${file ? `File "${file}", ` : ''}sheet '${where.sheet}', cell ${where.cell}: `;
  return {
    severity,
    code,
    file,
    sheet: where.sheet,
    cell: where.cell,
    message: { vi: prefix + vi, en: prefixEn + en },
  };
}

/** One line per finding, for a command-line listing. */
export function chainFindingLine(f: ChainFinding): string {
  const mark = f.severity === 'error' ? 'LỖI' : f.severity === 'warning' ? 'Cảnh báo' : 'Ghi nhận';
  return `${mark} [${f.code}] ${f.message.vi}`;
}
