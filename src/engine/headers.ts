/**
 * Header detection for sector sheets: which rows are the header, which column
 * holds which field, which columns are this year's months, last year's months and
 * estimates — including the layouts staff really have (input-format.md, "Layouts
 * met in practice (v2)"): merged year-labelled blocks in any order, months numbered
 * 1…12 or written "Tháng 1 - Jan." / "01/2024" / as dates, estimate columns,
 * hidden duplicate columns.
 */
import type { Finding, GridCell, IgnoredCell, SheetGrid } from './types';
import { a1, columnLetter, headerKey, normalizeLabel } from './normalize';
import { F2 } from './findings';

export type ColumnField = 'code' | 'stt' | 'name' | 'unit' | 'kind' | 'plan' | 'note' | 'sentence';

/** Normalised header labels per field (compared after `headerKey`). */
export const FIELD_ALIASES: Record<ColumnField, readonly string[]> = {
  code: ['ma', 'ma so', 'ma chi tieu'],
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  name: ['chi tieu', 'ten chi tieu', 'noi dung', 'noi dung chi tieu'],
  unit: ['dvt', 'don vi tinh', 'don vi', 'd.v.t', 'dv tinh'],
  kind: ['cach tinh', 'loai', 'loai chi tieu'],
  plan: [
    'ke hoach',
    'ke hoach nam',
    'kh',
    'kh nam',
    'chi tieu nam',
    'chi tieu giao',
    'kh giao',
    'kh giao nam',
    'ke hoach giao',
    'ke hoach giao nam',
    'chi tieu ke hoach',
    'chi tieu ke hoach nam',
    'chi tieu giao nam',
    'muc tieu',
    'muc tieu nam',
  ],
  note: ['ghi chu'],
  sentence: ['mau cau'],
};

const ALIAS_TO_FIELD = new Map<string, ColumnField>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [ColumnField, readonly string[]][]) {
  for (const a of aliases) ALIAS_TO_FIELD.set(a, field);
}

/** "T6", "Th6", "Tháng 06", "T6/2024", "Tháng 6 năm 2024", "Tháng 1 - Jan." (an English month name may follow). */
const EN_MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*`;
const MONTH = String.raw`(?:t|th|thang)\s*\.?\s*0?(1[0-2]|[1-9])(?:(?:\s*(?:/|-|\.|nam)\s*|\s+)(\d{4}))?(?:\s*[-–/]?\s*${EN_MONTH}\.?)?`;
/** "01/2024", "1-2024", "06.2024" typed as text. */
const NUMERIC_MONTH_RE = /^0?(1[0-2]|[1-9])\s*[/.-]\s*(\d{4})$/;
const MONTH_RE = new RegExp(`^(?:(?:thuc hien|th|so lieu)\\s+)?${MONTH}$`);
const LAST_YEAR_RE = new RegExp(
  `^(?:cung ky|ck|nam truoc)(?:\\s*nam truoc)?(?:\\s*(?:nam\\s*)?\\d{4})?\\s*(?:thuc hien\\s+)?${MONTH}$`,
);
/** "Ước thực hiện tháng 6", "Ước TH tháng 6", "Ước tháng 6", "Ước tính T6". */
const ESTIMATE_RE = new RegExp(`^uoc(?:\\s+(?:tinh|thuc hien|th|tinh thuc hien))?\\s*${MONTH}$`);
const ESTIMATE_NUMERIC_RE =
  /^uoc(?:\s+(?:tinh|thuc hien|th|tinh thuc hien))?\s*(?:thang\s*)?0?(1[0-2]|[1-9])\s*[/.-]\s*(\d{4})$/;
/** A year 1990–2099 inside a label. */
const YEAR_RE = /\b((?:19|20)\d{2})\b/;

export type HeaderClass =
  | { type: 'field'; field: ColumnField }
  | { type: 'month'; month: number; year: number | null }
  | { type: 'lastYear'; month: number }
  | { type: 'estimate'; month: number }
  | null;

/** What a header cell means on its own, or null for an unknown column. */
export function classifyHeaderCell(cell: GridCell | null | undefined): HeaderClass {
  if (!cell || cell.v === null || cell.v === undefined || cell.t === 'error') return null;
  if (cell.t === 'date' && typeof cell.v === 'string') {
    const m = /^(\d{4})-(\d{2})/.exec(cell.v);
    if (!m) return null;
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { type: 'month', month, year: Number(m[1]) } : null;
  }
  if (typeof cell.v !== 'string') return null;
  const key = headerKey(cell.v);
  if (!key) return null;
  let m = LAST_YEAR_RE.exec(key);
  if (m) return { type: 'lastYear', month: Number(m[1]) };
  m = ESTIMATE_RE.exec(key) ?? ESTIMATE_NUMERIC_RE.exec(key);
  if (m) return { type: 'estimate', month: Number(m[1]) };
  m = MONTH_RE.exec(key) ?? NUMERIC_MONTH_RE.exec(key);
  if (m) return { type: 'month', month: Number(m[1]), year: m[2] ? Number(m[2]) : null };
  const field = ALIAS_TO_FIELD.get(key);
  if (field) return { type: 'field', field };
  // A trailing year: "Kế hoạch năm 2024", "KH 2024", "KH giao năm 2024", "Chỉ tiêu 2024".
  // With a year, "Chỉ tiêu" is the year's target (the plan), not the indicator name.
  const bare = key.replace(/\s*(?:nam\s*)?\d{4}$/, '').trim();
  if (bare !== key) {
    const f = ALIAS_TO_FIELD.get(key.replace(/\s+\d{4}$/, '')) ?? ALIAS_TO_FIELD.get(bare);
    if (f === 'name' && bare === 'chi tieu') return { type: 'field', field: 'plan' };
    if (f && f !== 'name') return { type: 'field', field: f };
  }
  return null;
}

/** What a label above a block of month columns says about the block. */
interface GroupLabel {
  /** 'last' (Cùng kỳ, Năm trước), 'estimate' (Ước …), 'this' (Thực hiện, Tháng, Năm nay…), null = only a year */
  role: 'this' | 'last' | 'estimate' | null;
  year: number | null;
}

function classifyGroup(cell: GridCell | null | undefined): GroupLabel | null {
  if (!cell || cell.t) return null;
  if (typeof cell.v !== 'string') return null;
  if (classifyHeaderCell(cell)?.type === 'field') return null;
  const key = headerKey(cell.v);
  if (!key) return null;
  const y = YEAR_RE.exec(key);
  const year = y ? Number(y[1]) : null;
  if (/^(?:cung ky|ck)\b/.test(key) || /\bnam truoc\b/.test(key)) return { role: 'last', year };
  if (/^uoc\b/.test(key)) return { role: 'estimate', year };
  if (/\b(?:thang|thuc hien|so lieu|nam nay)\b/.test(key)) return { role: year === null ? 'this' : null, year };
  if (year !== null && /^(?:nam\s*)?\d{4}$/.test(key)) return { role: null, year };
  if (year !== null && key.length <= 30) return { role: null, year };
  return null;
}

/** A bare month number 1…12 (a number or short text), as in a month row under "Năm 2024". */
function bareMonth(cell: GridCell | null | undefined): number | null {
  if (!cell || cell.t) return null;
  const n =
    typeof cell.v === 'number'
      ? cell.v
      : typeof cell.v === 'string' && /^\s*0?\d{1,2}\s*$/.test(cell.v)
        ? Number(cell.v)
        : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

function isBlank(c: GridCell | null | undefined): boolean {
  return !c || c.v === null || c.v === undefined || (typeof c.v === 'string' && c.v.trim() === '');
}

export interface HeaderMap {
  /** 0-based first and last row of the header (equal unless the header spans two or three rows). */
  top: number;
  bottom: number;
  cols: Partial<Record<ColumnField, number>>;
  /** month (1..12) → 0-based column */
  months: (number | undefined)[];
  lastYear: (number | undefined)[];
  /** month → 0-based column of the estimate ("Ước thực hiện tháng 6") */
  estimates: (number | undefined)[];
  /** Year this year's months belong to, read from the headers (T1/2024, "Năm 2024", date cells), else null. */
  year: number | null;
  /** Header cells not read, and why (for the layout). */
  ignored: IgnoredCell[];
  /** Findings about the header (hidden duplicates, ignored year blocks, ambiguous blocks). */
  findings: Finding[];
  /** Two unlabelled month blocks: no month can be read with confidence (an error was added). */
  ambiguous: boolean;
}

export const HEADER_SCAN_ROWS = 15;

/** One header column as understood: its leaf cell and its class, with the group label over it. */
interface Col {
  col: number;
  /** 0-based row of the cell that names the column */
  row: number;
  cls: NonNullable<HeaderClass>;
  /** for months: role from a group label above ('this' / 'last' / 'estimate'), and the year */
  role: 'this' | 'last' | 'estimate' | null;
  year: number | null;
  label: string;
}

interface Band {
  top: number;
  bottom: number;
  cols: Col[];
  /** non-empty header cells that mean nothing to the program: [row, col, text] */
  unknown: [number, number, string][];
}

function cellText(c: GridCell | null | undefined): string {
  if (!c || c.v === null || c.v === undefined) return '';
  return String(c.v).replace(/\s+/g, ' ').trim();
}

/**
 * What the header scan works out once per row, however many bands the row is part of:
 * each cell's class, and for each column the group label over it — the nearest non-empty
 * cell at or left of it (merged cells keep their text in the first cell). Keeps the scan
 * linear in the sheet's width.
 */
class RowCache {
  private cls = new Map<number, HeaderClass[]>();
  private groups = new Map<number, (GroupLabel | null)[]>();
  constructor(private sheet: SheetGrid) {}
  classOf(r: number, c: number): HeaderClass {
    let row = this.cls.get(r);
    if (!row) {
      row = (this.sheet.rows[r] ?? []).map((cell) => classifyHeaderCell(cell));
      this.cls.set(r, row);
    }
    return row[c] ?? null;
  }
  groupAt(r: number, col: number): GroupLabel | null {
    let row = this.groups.get(r);
    if (!row) {
      const cells = this.sheet.rows[r] ?? [];
      row = [];
      let current: GroupLabel | null = null;
      for (let c = 0; c < cells.length; c++) {
        if (!isBlank(cells[c])) current = classifyGroup(cells[c]);
        row.push(current);
      }
      this.groups.set(r, row);
    }
    return row.length ? row[Math.min(col, row.length - 1)] : null;
  }
}

function readBand(sheet: SheetGrid, top: number, bottom: number, cache: RowCache): Band {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, (sheet.rows[r] ?? []).length);
  const cols: Col[] = [];
  const unknown: [number, number, string][] = [];
  for (let c = 0; c < width; c++) {
    for (let r = bottom; r >= top; r--) {
      const cell = sheet.rows[r]?.[c];
      if (isBlank(cell)) continue;
      let cls = cache.classOf(r, c);
      // groups above this cell (nearest row first)
      const groups: GroupLabel[] = [];
      for (let g = r - 1; g >= top; g--) {
        const gl = cache.groupAt(g, c);
        if (gl) groups.push(gl);
      }
      if (!cls && r > top) {
        const n = bareMonth(cell);
        // a bare 1…12 is a month only under a month-block label ("Năm 2024", "Thực hiện", "Cùng kỳ")
        if (n !== null && groups.length) cls = { type: 'month', month: n, year: null };
      }
      if (!cls) {
        // a label spanning the month block ("Năm 2024") is not an unknown column
        if (!(r < bottom && classifyGroup(cell))) unknown.push([r, c, cellText(cell)]);
        break;
      }
      let role: Col['role'] = null;
      let year: number | null = cls.type === 'month' ? cls.year : null;
      for (const g of groups) {
        if (role === null && g.role !== null) role = g.role;
        if (year === null && g.year !== null) year = g.year;
      }
      cols.push({ col: c, row: r, cls, role, year, label: cellText(cell) });
      break;
    }
  }
  return { top, bottom, cols, unknown };
}

/** The name column's label sits in the band's first row (a label merged down keeps its text in the top cell). */
function bandHasName(b: Band): boolean {
  return b.cols.some((c) => c.cls.type === 'field' && c.cls.field === 'name' && c.row === b.top);
}

function dataColumns(b: Band): number {
  return b.cols.filter((c) => c.cls.type !== 'field').length;
}

export type HeaderScan =
  | { found: true; header: HeaderMap }
  /** A row with month columns but no name column: the required name column is missing. */
  | { found: false; monthRowWithoutName: number | null };

/** "E–P" or "E" */
function range(cols: number[]): string {
  const a = Math.min(...cols);
  const b = Math.max(...cols);
  return a === b ? columnLetter(a) : `${columnLetter(a)}–${columnLetter(b)}`;
}

function isHidden(sheet: SheetGrid, col: number): boolean {
  return !!sheet.hiddenColumns?.includes(col);
}

/**
 * Finds the header among the first 15 rows: a band of one to three rows with a name
 * column and at least one month column (the smallest band that has them, extended by a
 * row when that row adds month columns, e.g. 1…12 under "Cùng kỳ năm trước"). Then
 * resolves the month blocks: `reportYear` (Thông tin → Năm báo cáo) → this year, the
 * year before → last year, any other year → ignored; unlabelled blocks → this year
 * when there is one, an error when there are two.
 */
export function findHeader(sheet: SheetGrid, reportYear: number | null = null): HeaderScan {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  const cache = new RowCache(sheet);
  let monthRowWithoutName: number | null = null;
  for (let r = 0; r < n; r++) {
    for (let depth = 0; depth < 3 && r + depth < n; depth++) {
      const band = readBand(sheet, r, r + depth, cache);
      if (!bandHasName(band)) {
        if (depth === 0 && monthRowWithoutName === null) {
          const months = band.cols.filter((c) => c.cls.type === 'month').length;
          const fields = band.cols.filter((c) => c.cls.type === 'field').length;
          if (months >= 2 || (months >= 1 && fields >= 1)) monthRowWithoutName = r;
        }
        continue;
      }
      if (!band.cols.some((c) => c.cls.type === 'month')) continue;
      let best = band;
      if (r + depth + 1 < n && depth < 2) {
        const longer = readBand(sheet, r, r + depth + 1, cache);
        if (bandHasName(longer) && dataColumns(longer) > dataColumns(band)) best = longer;
      }
      return { found: true, header: resolve(sheet, best, reportYear) };
    }
  }
  return { found: false, monthRowWithoutName };
}

function resolve(sheet: SheetGrid, band: Band, reportYear: number | null): HeaderMap {
  const findings: Finding[] = [];
  const ignored: IgnoredCell[] = [];
  const name = sheet.name;

  // the report year: Thông tin, else the latest year the month headers name
  const labelledYears = band.cols
    .filter((c) => c.cls.type === 'month' && c.role !== 'last' && c.role !== 'estimate')
    .map((c) => c.year)
    .filter((y): y is number => y !== null);
  const year = reportYear ?? (labelledYears.length ? Math.max(...labelledYears) : null);

  // 1. hidden columns repeating a visible one (an old copy of "Tháng 6") are skipped;
  //    "repeating" = the same field, or the same month of the same year as it will be read
  const keyOf = (c: Col): string => {
    const k = c.cls;
    if (k.type === 'field') return `f:${k.field}`;
    if (k.type === 'lastYear' || c.role === 'last') return `l:${k.month}`;
    if (k.type === 'estimate' || c.role === 'estimate') return `e:${k.month}`;
    if (c.year !== null && year !== null && c.year !== year)
      return c.year === year - 1 ? `l:${k.month}` : `y${c.year}:${k.month}`;
    return `m:${k.month}`;
  };
  const visibleByKey = new Map<string, Col>();
  for (const c of band.cols) if (!isHidden(sheet, c.col) && !visibleByKey.has(keyOf(c))) visibleByKey.set(keyOf(c), c);
  const cols: Col[] = [];
  for (const c of band.cols) {
    const twin = isHidden(sheet, c.col) ? visibleByKey.get(keyOf(c)) : undefined;
    if (twin) {
      const hiddenCell = a1(c.row, c.col);
      const visibleCell = a1(twin.row, twin.col);
      findings.push(F2.hiddenDuplicateColumn(name, hiddenCell, visibleCell, c.label));
      ignored.push({
        cell: hiddenCell,
        why: {
          vi: `cột ẩn trùng '${twin.label}' (ô ${visibleCell})`,
          en: `hidden column repeating '${twin.label}' (cell ${visibleCell})`,
        },
      });
    } else cols.push(c);
  }

  // 2. fields: the first column of each; a plan labelled with another year than the report
  //    year ("Kế hoạch năm 2023" kept from last year's file) is not this year's plan
  const fieldCols: Partial<Record<ColumnField, number>> = {};
  for (const c of cols) {
    if (c.cls.type !== 'field') continue;
    if (c.cls.field === 'plan' && year !== null) {
      const y = YEAR_RE.exec(headerKey(c.label));
      if (y && Number(y[1]) !== year) {
        findings.push(F2.planOfOtherYear(name, a1(c.row, c.col), c.label, Number(y[1]), year));
        ignored.push({
          cell: a1(c.row, c.col),
          why: {
            vi: `kế hoạch năm ${y[1]}, không phải năm báo cáo ${year}`,
            en: `the plan of ${y[1]}, not of the report year ${year}`,
          },
        });
        continue;
      }
    }
    if (fieldCols[c.cls.field] === undefined) fieldCols[c.cls.field] = c.col;
  }

  // 3. months: role and year
  const monthCols = cols.filter((c) => c.cls.type === 'month');
  const months: (number | undefined)[] = new Array(13).fill(undefined);
  const lastYear: (number | undefined)[] = new Array(13).fill(undefined);
  const estimates: (number | undefined)[] = new Array(13).fill(undefined);
  const set = (arr: (number | undefined)[], m: number, col: number) => {
    if (arr[m] === undefined) arr[m] = col;
  };
  const unlabelled: Col[] = [];
  const otherYears = new Map<number, Col[]>();
  let thisLabelled = false;
  for (const c of cols) {
    const k = c.cls;
    if (k.type === 'lastYear') set(lastYear, k.month, c.col);
    else if (k.type === 'estimate') set(estimates, k.month, c.col);
  }
  for (const c of monthCols) {
    const m = (c.cls as { month: number }).month;
    if (c.role === 'estimate') set(estimates, m, c.col);
    else if (c.role === 'last') set(lastYear, m, c.col);
    else if (c.year !== null && year !== null) {
      if (c.year === year) {
        set(months, m, c.col);
        thisLabelled = true;
      } else if (c.year === year - 1) set(lastYear, m, c.col);
      else otherYears.set(c.year, [...(otherYears.get(c.year) ?? []), c]);
    } else unlabelled.push(c);
  }
  for (const [y, list] of otherYears) {
    const r = range(list.map((c) => c.col));
    const first = list.reduce((a, b) => (b.col < a.col ? b : a));
    findings.push(F2.yearBlockIgnored(name, a1(first.row, first.col), r, y, year as number));
    const last = list.reduce((a, b) => (b.col > a.col ? b : a));
    ignored.push({
      cell: a1(first.row, first.col),
      ...(last.col !== first.col ? { lastCell: a1(last.row, last.col) } : {}),
      why: {
        vi: `số liệu năm ${y}, không phải năm báo cáo ${year} hay năm trước`,
        en: `figures of ${y}, neither the report year ${year} nor the year before`,
      },
    });
  }

  // unlabelled months: blocks split where a month repeats
  const blocks: Col[][] = [];
  for (const c of unlabelled) {
    const m = (c.cls as { month: number }).month;
    const cur = blocks[blocks.length - 1];
    if (!cur || cur.some((x) => (x.cls as { month: number }).month === m)) blocks.push([c]);
    else cur.push(c);
  }
  const overlapsThis = (b: Col[]) => b.some((c) => months[(c.cls as { month: number }).month] !== undefined);
  let ambiguous = false;
  if (blocks.length >= 2 || (blocks.length === 1 && thisLabelled && overlapsThis(blocks[0]))) {
    ambiguous = true;
    const ranges = blocks.map((b) => range(b.map((c) => c.col)));
    if (thisLabelled) ranges.unshift(range(monthCols.filter((c) => months.includes(c.col)).map((c) => c.col)));
    const first = (blocks[0] ?? monthCols)[0];
    findings.push(F2.ambiguousMonthBlocks(name, a1(first.row, first.col), ranges));
  } else if (blocks.length === 1) {
    for (const c of blocks[0]) set(months, (c.cls as { month: number }).month, c.col);
  }

  // 4. unknown header cells (shown in the layout so the user sees what was not read)
  for (const [r, c, t] of band.unknown) {
    ignored.push({
      cell: a1(r, c),
      why: {
        vi: `tiêu đề '${t}' không phải cột số liệu chương trình đọc`,
        en: `header '${t}' is not a column the program reads`,
      },
    });
  }
  ignored.sort((a, b) => colIndex(a.cell) - colIndex(b.cell));
  // the year this year's months were read as, when the headers say it
  const headerYear = thisLabelled ? year : null;
  return {
    top: band.top,
    bottom: band.bottom,
    cols: fieldCols,
    months,
    lastYear,
    estimates,
    year: headerYear,
    ignored,
    findings,
    ambiguous,
  };
}

function colIndex(cell: string): number {
  const m = /^([A-Z]+)/.exec(cell);
  let n = 0;
  for (const ch of m?.[1] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The text after "Lĩnh vực:" in a cell above the header, if any. */
export function findSectorTitle(sheet: SheetGrid, headerTop: number): string | null {
  for (let r = 0; r < headerTop; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.v;
      if (typeof v !== 'string') continue;
      const norm = normalizeLabel(v);
      if (!/^linh vuc\s*:/.test(norm)) continue;
      const after = v
        .slice(v.indexOf(':') + 1)
        .replace(/\s+/g, ' ')
        .trim();
      if (after) return after;
      for (let c2 = c + 1; c2 < row.length; c2++) {
        const w = row[c2]?.v;
        if (typeof w === 'string' && w.trim()) return w.replace(/\s+/g, ' ').trim();
      }
    }
  }
  return null;
}
