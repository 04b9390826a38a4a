/**
 * The reporting chain's steps (issue 10), written once and run by every host:
 * the command line (src/cli/template|convert|consolidate.ts), the Office add-in
 * (src/hosts/office/chain.ts: new sheets of the open workbook) and the offline
 * page (src/hosts/file/chain.ts: new .xlsx files to download).
 *
 *   template     TemplateRequest            → layouts
 *   convert      monthly grid               → findings + layouts (or a stop)
 *   consolidate  the units' grids (+ files   → findings + layouts (or a stop)
 *                that could not be read)
 *   placement    layouts + the sheets the open workbook already has
 *                → what to add, what to keep, what would clash (Office only)
 *
 * Pure: no Office.js, no DOM, no file system. A host reads grids and renders
 * the layouts.
 */
import { INFO_SHEET } from '../engine/info';
import { normalizeLabel } from '../engine/normalize';
import type { Finding, WorkbookGrid } from '../engine/types';
import type { SheetLayout } from '../engine/layout/types';
import { buildTemplateLayouts, chooseSectors, TemplateOptionError, type TemplateOptions } from '../engine/template';
import {
  consolidatedLayouts,
  consolidateReturns,
  convertedLayouts,
  convertMonthlyWorkbook,
  type ConsolidateResult,
  type ConvertResult,
  type UnitReturn,
} from '../engine/chain';
import type { ConsolidateRequest, TemplateRequest, ToolFinding } from './service';

/** A user-facing reason, in both languages. */
export interface ChainStop {
  code: 'TEMPLATE_OPTION' | 'CONVERT_ERRORS' | 'NOTHING_TO_ADD' | 'SHEET_EXISTS';
  vi: string;
  en: string;
}

export interface ChainStepResult<R> {
  /** What the engine found (for convert: also the figure cells' own findings). */
  result: R;
  findings: ToolFinding[];
  /** The sheets to write, in order; empty when `stop` is set. */
  layouts: SheetLayout[];
  /** Set when nothing may be written (errors): why. */
  stop: ChainStop | null;
}

/** "Tạo mẫu nhập liệu": the template's sheets. A bad option (year, sector) is a stop, not a throw. */
export function templateStep(req: TemplateRequest | TemplateOptions): ChainStepResult<{ sectors: number }> {
  try {
    const layouts = buildTemplateLayouts(req);
    return { result: { sectors: chooseSectors(req.sectors).length }, findings: [], layouts, stop: null };
  } catch (e) {
    if (!(e instanceof TemplateOptionError)) throw e;
    return {
      result: { sectors: 0 },
      findings: [],
      layouts: [],
      stop: { code: 'TEMPLATE_OPTION', vi: e.message, en: e.message },
    };
  }
}

/** An engine finding (a figure cell of a month sheet) in the tools' shape. */
function fromEngine(f: Finding): ToolFinding {
  return { severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message };
}

/**
 * "Chuyển từ sổ theo tháng": the monthly workbook's grid → the yearly sheets
 * (Thông tin + one sheet per sector). An error (no month sheet, two sheets for
 * one month, no year) or nothing converted stops it: nothing is written.
 */
export function convertStep(grid: WorkbookGrid, opts: { year?: number | null } = {}): ChainStepResult<ConvertResult> {
  const result = convertMonthlyWorkbook(grid, { year: opts.year ?? null });
  const findings: ToolFinding[] = [...result.findings, ...result.cellFindings.map(fromEngine)];
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 || result.sectors.length === 0 || result.year === null) {
    return {
      result,
      findings,
      layouts: [],
      stop: {
        code: 'CONVERT_ERRORS',
        vi:
          errors > 0
            ? `Chưa chuyển được: sổ theo tháng có ${errors} lỗi (xem danh sách bên dưới); chưa ghi gì.`
            : 'Chưa chuyển được: không tìm thấy chỉ tiêu nào trên các trang tháng (T1 … T12); chưa ghi gì.',
        en:
          errors > 0
            ? `Not converted: the monthly workbook has ${errors} error(s) (listed below); nothing was written.`
            : 'Not converted: no indicator was found on the month sheets (T1 … T12); nothing was written.',
      },
    };
  }
  return { result, findings, layouts: convertedLayouts(result), stop: null };
}

/**
 * "Tổng hợp từ các đơn vị": the returns' grids → consolidated sector sheets,
 * "Chi tiết đơn vị" and the consolidating agency's Thông tin. `unreadable`:
 * files the host could not read (one error each, naming the file); the
 * others are still added. No return that can be added stops it.
 */
export function consolidateStep(
  returns: UnitReturn[],
  req: ConsolidateRequest & { scope?: string } = {},
  unreadable: ToolFinding[] = [],
): ChainStepResult<ConsolidateResult> {
  const result = consolidateReturns(returns, { year: req.year ?? null });
  const findings: ToolFinding[] = [...unreadable, ...result.findings];
  if (result.units.length === 0 || result.year === null) {
    return {
      result,
      findings,
      layouts: [],
      stop: {
        code: 'NOTHING_TO_ADD',
        vi: 'Không có tệp nào cộng được (xem danh sách bên dưới); chưa ghi gì.',
        en: 'No file could be added (see the list below); nothing was written.',
      },
    };
  }
  const layouts = consolidatedLayouts(result, {
    unit: req.unit,
    parent: req.parent,
    place: req.place,
    scope: req.scope,
  });
  return { result, findings, layouts, stop: null };
}

/** Excel compares sheet names case-insensitively (and the engine by normalised label). */
function same(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

export interface Placement {
  /** The layouts to add as new sheets, in order. */
  add: SheetLayout[];
  /** "Thông tin" when the workbook has one already: left exactly as it is. */
  kept: string[];
  /** Sheets the workbook already has under a name this tool would write. */
  clashes: string[];
}

/**
 * Where the tool's sheets go in an open workbook. Never over an existing
 * sheet, and never a second copy under a made-up name ("1. Việc làm (2)"):
 * the report reads every sector sheet, so a second copy would be read as the
 * same sector twice. Instead:
 * - "Thông tin" already there (the unit's own details, maybe typed in the
 *   pane): kept as it is, the tool's one is not written;
 * - any other name already there: a clash. The host writes nothing and names
 *   the sheets (the user renames or removes them, or uses a new workbook).
 */
export function placeSheets(layouts: SheetLayout[], existing: string[]): Placement {
  const add: SheetLayout[] = [];
  const kept: string[] = [];
  const clashes: string[] = [];
  for (const l of layouts) {
    const found = existing.find((n) => same(n, l.name));
    if (!found) add.push(l);
    else if (normalizeLabel(l.name) === INFO_SHEET.key) kept.push(found);
    else clashes.push(found);
  }
  return { add, kept, clashes };
}

/** The stop for a clash (placeSheets): nothing written, the sheets named, what to do. */
export function clashStop(clashes: string[]): ChainStop {
  const list = clashes.map((n) => `"${n}"`).join(', ');
  return {
    code: 'SHEET_EXISTS',
    vi: `Sổ đang mở đã có trang ${list}; chương trình không ghi đè trang có sẵn và không tạo bản thứ hai của một lĩnh vực (báo cáo sẽ đọc trùng). Chưa ghi gì. Hãy làm trong một sổ mới (Tệp → Mới → Sổ làm việc trống) hoặc đổi tên/xóa các trang đó rồi thử lại.`,
    en: `The open workbook already has sheet(s) ${list}; the program never overwrites an existing sheet nor adds a second copy of a sector (the report would read it twice). Nothing was written. Use a new workbook (File → New → Blank workbook), or rename or remove those sheets, then try again.`,
  };
}

/** Sheet names of a layout list, for the result ("Đã thêm 4 trang: …"). */
export function sheetNames(layouts: SheetLayout[]): string[] {
  return layouts.map((l) => l.name);
}

/** File names the page offers: "Mẫu nhập liệu 2025 - UBND phường Phú Lợi.xlsx", … (characters Windows forbids → space). */
export function chainFileName(kind: 'template' | 'convert' | 'consolidate', year: number, extra = ''): string {
  const clean = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const x = clean(extra);
  const base =
    kind === 'template'
      ? `Mẫu nhập liệu ${year}${x ? ` - ${x}` : ''}`
      : kind === 'convert'
        ? `${x || 'Sổ'} - cả năm ${year}`
        : `Tổng hợp ${year}${x ? ` - ${x}` : ''}`;
  return `${Array.from(base).slice(0, 120).join('').trim()}.xlsx`;
}
