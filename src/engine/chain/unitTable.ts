/**
 * The per-unit table of a consolidated workbook's report.
 *
 * Consolidation ("Tổng hợp từ các đơn vị") writes the sheet "Chi tiết đơn vị"
 * (the program's own, marked): per indicator one row per unit with its months
 * 1…12, then the total row. When the workbook being reported has that sheet,
 * the engine reads it back (`readUnitBreakdown`, called by parseWorkbook) and
 * computes, for the period, each unit's figure and lũy kế (`computeUnitTable`,
 * called by computeReport); the report sheet and the .docx appendix render it.
 *
 * A unit's figure is stated only when every month it needs is there: a flow's
 * period figure needs every month of the period, its lũy kế every month from
 * January; a stock's or a rate's needs the period's last month. Otherwise the
 * figure is left empty and the months missing are named — never a partial sum.
 * The total row is the report's own figure for the indicator (the consolidated
 * sector sheet), left empty when some unit's month is missing.
 *
 * Pure: grids in, data out.
 */
import { headerKey, normalizeLabel } from '../normalize';
import { parseViNumber } from '../numbers';
import { nameKey, unitKey } from '../catalogue';
import type { ComputedIndicator, ComputedSector, Period, WorkbookGrid } from '../types';

/** The per-unit sheet consolidation writes (its layout: `BREAKDOWN_HEADERS` on row 3, data below). */
export const BREAKDOWN_SHEET = 'Chi tiết đơn vị';
export const BREAKDOWN_HEADERS = [
  'Lĩnh vực',
  'Mã',
  'Chỉ tiêu',
  'ĐVT',
  'Đơn vị',
  ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
];
/** The unit column of a return that has no row for the indicator: "<unit> (không có chỉ tiêu này)". */
export const ABSENT_SUFFIX = ' (không có chỉ tiêu này)';
/** The unit column of the total rows. */
export const TOTAL_LABELS = ['Cộng', 'Tổng hợp (tỷ lệ tính lại)'];

export interface BreakdownRow {
  sector: string;
  code: string | null;
  name: string;
  unit: string;
  /** In the sheet's order (the order the returns were added). */
  byUnit: { unit: string; absent: boolean; months: (number | undefined)[] }[];
}

export interface UnitBreakdown {
  sheet: string;
  /** The units, in order. */
  units: string[];
  rows: BreakdownRow[];
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim()) return parseViNumber(v) ?? undefined;
  return undefined;
}

/**
 * The "Chi tiết đơn vị" sheet of a consolidated workbook, or null when the
 * workbook has none (any workbook not made by consolidation). Only the
 * program's own sheet (marked) with the header it writes is read: a user's
 * sheet of the same name is never taken for it.
 */
export function readUnitBreakdown(wb: WorkbookGrid): UnitBreakdown | null {
  const sheet = (wb?.sheets ?? []).find(
    (s) => s.generated === true && normalizeLabel(s.name) === normalizeLabel(BREAKDOWN_SHEET),
  );
  if (!sheet) return null;
  const want = BREAKDOWN_HEADERS.map(headerKey);
  let header = -1;
  for (let r = 0; r < Math.min(10, sheet.rows.length) && header < 0; r++) {
    const keys = want.map((_, c) => headerKey(text(sheet.rows[r]?.[c]?.v)));
    if (keys.every((k, c) => k === want[c])) header = r;
  }
  if (header < 0) return null;
  const units: string[] = [];
  const rows: BreakdownRow[] = [];
  let current: BreakdownRow | null = null;
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const sector = text(row[0]?.v);
    const name = text(row[2]?.v);
    const who = text(row[4]?.v);
    if (!sector || !name || !who) continue;
    const months: (number | undefined)[] = [];
    for (let m = 1; m <= 12; m++) months[m] = num(row[4 + m]?.v);
    if (TOTAL_LABELS.includes(who)) {
      current = null; // the next unit row starts the next indicator
      continue;
    }
    const code = text(row[1]?.v) || null;
    if (!current || current.sector !== sector || current.name !== name || current.code !== code) {
      current = { sector, code, name, unit: text(row[3]?.v), byUnit: [] };
      rows.push(current);
    }
    const absent = who.endsWith(ABSENT_SUFFIX);
    const unitName = absent ? who.slice(0, -ABSENT_SUFFIX.length) : who;
    if (!units.includes(unitName)) units.push(unitName);
    current.byUnit.push({ unit: unitName, absent, months: absent ? [] : months });
  }
  return rows.length ? { sheet: sheet.name, units, rows } : null;
}

// ---------------------------------------------------------------------------
// The table for a period
// ---------------------------------------------------------------------------

export interface UnitFigure {
  unit: string;
  /** The unit's return has no row for this indicator. */
  absent: boolean;
  /** Null when a month it needs is missing (never a partial sum). */
  period: number | null;
  ytd: number | null;
  /** The months (1…to) the unit has not sent that its figures need. */
  missingMonths: number[];
}

export interface UnitTableIndicator {
  /** The report's indicator (name, ĐVT, STT, kind, the consolidated figures for the total row). */
  indicator: ComputedIndicator;
  /** Nesting depth (0 = top level, 1 = a part "Trong đó"). */
  depth: number;
  units: UnitFigure[];
}

export interface UnitTableSector {
  title: string;
  indicators: UnitTableIndicator[];
}

export interface UnitTable {
  /** The sheet read ("Chi tiết đơn vị"). */
  sheet: string;
  units: string[];
  sectors: UnitTableSector[];
}

/** One unit's figures of an indicator of `kind` for the period (see the file's comment). */
export function unitFigure(
  unit: string,
  months: (number | undefined)[],
  kind: ComputedIndicator['kind'],
  period: Period,
): Omit<UnitFigure, 'absent'> {
  const { from, to } = period;
  if (kind === 'flow') {
    const missing: number[] = [];
    for (let m = 1; m <= to; m++) if (months[m] === undefined) missing.push(m);
    const sum = (a: number) => {
      let s = 0;
      for (let m = a; m <= to; m++) {
        const v = months[m];
        if (v === undefined) return null;
        s += v;
      }
      return Math.round(s * 1e9) / 1e9;
    };
    return { unit, period: sum(from), ytd: sum(1), missingMonths: missing };
  }
  const v = months[to];
  return { unit, period: v ?? null, ytd: v ?? null, missingMonths: v === undefined ? [to] : [] };
}

/**
 * The per-unit table for the report's period: the breakdown's indicators that
 * are in the report (matched by sector, then code, else name and ĐVT), in the
 * report's order; an indicator no unit has any figure for up to the period's
 * end is left out. Null when there is no breakdown.
 */
export function computeUnitTable(
  breakdown: UnitBreakdown | null | undefined,
  sectors: ComputedSector[],
  period: Period,
): UnitTable | null {
  if (!breakdown) return null;
  const out: UnitTableSector[] = [];
  for (const sec of sectors) {
    const rows = breakdown.rows.filter((r) => nameKey(r.sector) === nameKey(sec.title));
    if (!rows.length) continue;
    const byCode = new Map<string, BreakdownRow>();
    const byName = new Map<string, BreakdownRow>();
    for (const r of rows) {
      if (r.code) byCode.set(r.code.toUpperCase(), r);
      byName.set(`${nameKey(r.name)}|${unitKey(r.unit)}`, r);
    }
    const indicators: UnitTableIndicator[] = [];
    const visit = (list: ComputedIndicator[], depth: number) => {
      for (const ind of list) {
        const row =
          (ind.code ? byCode.get(ind.code.trim().toUpperCase()) : undefined) ??
          byName.get(`${nameKey(ind.name)}|${unitKey(ind.unit)}`);
        if (row) {
          const units = row.byUnit.map((u) =>
            u.absent
              ? { unit: u.unit, absent: true, period: null, ytd: null, missingMonths: [] }
              : { ...unitFigure(u.unit, u.months, ind.kind, period), absent: false },
          );
          const any = row.byUnit.some((u) => u.months.slice(1, period.to + 1).some((v) => v !== undefined));
          if (any) indicators.push({ indicator: ind, depth, units });
        }
        visit(ind.children ?? [], depth + 1);
      }
    };
    visit(sec.indicators, 0);
    if (indicators.length) out.push({ title: sec.title, indicators });
  }
  return out.length ? { sheet: breakdown.sheet, units: breakdown.units, sectors: out } : null;
}

/** "Thiếu T3" / "Thiếu T2, T3" / "Không có chỉ tiêu này": the note of a unit's row; '' when complete. */
export function unitNote(u: UnitFigure): string {
  if (u.absent) return 'Không có chỉ tiêu này trong báo cáo của đơn vị';
  return u.missingMonths.length ? `Chưa gửi số liệu tháng ${u.missingMonths.join(', ')}` : '';
}

/** The units missing some month the indicator's figures need ("UBND xã Mỹ Khánh (T3)"). */
export function unitsMissing(t: UnitTableIndicator): string[] {
  return t.units
    .filter((u) => u.absent || u.missingMonths.length)
    .map((u) => (u.absent ? `${u.unit} (không có chỉ tiêu)` : `${u.unit} (T${u.missingMonths.join(', T')})`));
}

/**
 * The consolidated figures on an indicator's row of the per-unit table: the
 * report's own, each only when no unit's month it needs is missing (a flow's
 * period figure: the period's months; its lũy kế: January on; a stock or a
 * rate: the last month). Never a partial sum.
 */
export function unitTotals(t: UnitTableIndicator, p: Period): { period: number | null; ytd: number | null } {
  const ind = t.indicator;
  const gap = (from: number) =>
    ind.missingMonths.some((m) => m >= from && m <= p.to) ||
    t.units.some((u) => u.absent || u.missingMonths.some((m) => m >= from && m <= p.to));
  const from = ind.kind === 'flow' ? p.from : p.to;
  return {
    period: gap(from) ? null : ind.period,
    ytd: gap(ind.kind === 'flow' ? 1 : p.to) ? null : ind.ytd,
  };
}

/** The note of an indicator's row: "Chưa đủ số liệu: UBND xã Mỹ Khánh (T3)", or ''. */
export function unitTotalNote(t: UnitTableIndicator): string {
  const miss = unitsMissing(t);
  return miss.length ? `Chưa đủ số liệu: ${miss.join('; ')}` : '';
}
