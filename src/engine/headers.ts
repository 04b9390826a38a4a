/**
 * Header detection for sector sheets: which row is the header, which column
 * holds which field, which columns are months (this year and last year).
 */
import type { GridCell, SheetGrid } from './types';
import { headerKey, normalizeLabel } from './normalize';

export type ColumnField = 'code' | 'stt' | 'name' | 'unit' | 'kind' | 'plan' | 'note' | 'sentence';

/** Normalised header labels per field (compared after `headerKey`). */
export const FIELD_ALIASES: Record<ColumnField, readonly string[]> = {
  code: ['ma', 'ma so', 'ma chi tieu'],
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  name: ['chi tieu', 'ten chi tieu', 'noi dung', 'noi dung chi tieu'],
  unit: ['dvt', 'don vi tinh', 'don vi', 'd.v.t', 'dv tinh'],
  kind: ['cach tinh', 'loai', 'loai chi tieu'],
  plan: ['ke hoach', 'ke hoach nam', 'kh', 'kh nam', 'chi tieu nam', 'chi tieu giao'],
  note: ['ghi chu'],
  sentence: ['mau cau'],
};

const ALIAS_TO_FIELD = new Map<string, ColumnField>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [ColumnField, readonly string[]][]) {
  for (const a of aliases) ALIAS_TO_FIELD.set(a, field);
}

const MONTH = String.raw`(?:t|th|thang)\s*\.?\s*0?(1[0-2]|[1-9])(?:(?:\s*(?:/|-|\.|nam)\s*|\s+)(\d{4}))?`;
const MONTH_RE = new RegExp(`^(?:thuc hien\\s+|so lieu\\s+)?${MONTH}$`);
const LAST_YEAR_RE = new RegExp(`^(?:cung ky|ck|nam truoc)(?:\\s*nam truoc)?(?:\\s*(?:nam\\s*)?\\d{4})?\\s*${MONTH}$`);

export type HeaderClass =
  | { type: 'field'; field: ColumnField }
  | { type: 'month'; month: number; year: number | null }
  | { type: 'lastYear'; month: number }
  | null;

/** What a header cell means, or null for an unknown column. */
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
  m = MONTH_RE.exec(key);
  if (m) return { type: 'month', month: Number(m[1]), year: m[2] ? Number(m[2]) : null };
  // a trailing year is allowed: "Kế hoạch năm 2024" → "ke hoach nam", "KH 2024" → "kh"
  const field =
    ALIAS_TO_FIELD.get(key) ??
    ALIAS_TO_FIELD.get(key.replace(/\s+\d{4}$/, '')) ??
    ALIAS_TO_FIELD.get(key.replace(/\s*(?:nam\s*)?\d{4}$/, '').trim());
  return field ? { type: 'field', field } : null;
}

export interface HeaderMap {
  /** 0-based first and last row of the header (equal unless the header spans two rows). */
  top: number;
  bottom: number;
  cols: Partial<Record<ColumnField, number>>;
  /** month (1..12) → 0-based column */
  months: (number | undefined)[];
  lastYear: (number | undefined)[];
  /** Year read from month headers (T1/2024, date cells), else null. */
  year: number | null;
}

function buildMap(classes: HeaderClass[], top: number, bottom: number): HeaderMap {
  const cols: Partial<Record<ColumnField, number>> = {};
  const monthCols: { col: number; month: number; year: number | null }[] = [];
  const lastYear: (number | undefined)[] = new Array(13).fill(undefined);
  classes.forEach((c, col) => {
    if (!c) return;
    if (c.type === 'field') {
      if (cols[c.field] === undefined) cols[c.field] = col;
    } else if (c.type === 'month') monthCols.push({ col, month: c.month, year: c.year });
    else if (lastYear[c.month] === undefined) lastYear[c.month] = col;
  });
  // Month headers with years: the latest year is this year; the year before it is "last year".
  let year: number | null = null;
  for (const mc of monthCols) if (mc.year !== null && (year === null || mc.year > year)) year = mc.year;
  const months: (number | undefined)[] = new Array(13).fill(undefined);
  for (const mc of monthCols) {
    if (mc.year === null || mc.year === year) {
      if (months[mc.month] === undefined) months[mc.month] = mc.col;
    } else if (year !== null && mc.year === year - 1) {
      if (lastYear[mc.month] === undefined) lastYear[mc.month] = mc.col;
    }
  }
  return { top, bottom, cols, months, lastYear, year };
}

function hasMonth(h: HeaderMap): boolean {
  return h.months.some((c) => c !== undefined);
}

export const HEADER_SCAN_ROWS = 15;

/**
 * Two-row headers may number the months 1…12 under a merged group label: "Thực hiện
 * (tháng) năm 2024" / "Tháng" → this year, "Cùng kỳ năm trước" → last year. The label is
 * the nearest non-empty cell at or left of the column in the upper row (merged cells
 * keep their text in the first cell).
 */
function numberUnderGroup(
  upper: (GridCell | null | undefined)[],
  lower: (GridCell | null | undefined)[],
  col: number,
): HeaderClass {
  const cell = lower[col];
  if (!cell || cell.t) return null;
  const n =
    typeof cell.v === 'number'
      ? cell.v
      : typeof cell.v === 'string' && /^\s*\d{1,2}\s*$/.test(cell.v)
        ? Number(cell.v)
        : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 12) return null;
  for (let c = col; c >= 0; c--) {
    const u = upper[c];
    if (!u || typeof u.v !== 'string' || !u.v.trim()) continue;
    const label = headerKey(u.v);
    if (/^(?:cung ky|ck|nam truoc)\b/.test(label)) return { type: 'lastYear', month: n };
    if (/\b(?:thang|thuc hien|so lieu)\b/.test(label)) {
      const y = /\b(\d{4})\b/.exec(label);
      return { type: 'month', month: n, year: y ? Number(y[1]) : null };
    }
    return null;
  }
  return null;
}

export type HeaderScan =
  | { found: true; header: HeaderMap }
  /** A row with month columns but no name column: the required name column is missing. */
  | { found: false; monthRowWithoutName: number | null };

/**
 * Finds the header row among the first 15 rows: a row with a name column and at least
 * one month column. Also accepts a two-row header (e.g. "Chỉ tiêu" merged over two rows,
 * "Thực hiện" above "T1 … T12"): the second row's labels win, the first fills the gaps.
 */
export function findHeader(sheet: SheetGrid): HeaderScan {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  const classes: HeaderClass[][] = [];
  for (let r = 0; r < n; r++) classes.push((sheet.rows[r] ?? []).map((c) => classifyHeaderCell(c)));
  let monthRowWithoutName: number | null = null;
  for (let r = 0; r < n; r++) {
    const single = buildMap(classes[r], r, r);
    if (single.cols.name !== undefined && hasMonth(single)) return { found: true, header: single };
    if (r + 1 < n && single.cols.name !== undefined) {
      const next = classes[r + 1];
      const width = Math.max(classes[r].length, next.length);
      const merged: HeaderClass[] = [];
      const upper = sheet.rows[r] ?? [];
      const lower = sheet.rows[r + 1] ?? [];
      for (let c = 0; c < width; c++)
        merged.push(next[c] ?? numberUnderGroup(upper, lower, c) ?? classes[r][c] ?? null);
      const two = buildMap(merged, r, r + 1);
      if (two.cols.name !== undefined && hasMonth(two)) return { found: true, header: two };
    }
    if (monthRowWithoutName === null && single.cols.name === undefined) {
      const monthCount = single.months.filter((c) => c !== undefined).length;
      const fieldCount = Object.keys(single.cols).length;
      if (monthCount >= 2 || (monthCount >= 1 && fieldCount >= 1)) monthRowWithoutName = r;
    }
  }
  return { found: false, monthRowWithoutName };
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
