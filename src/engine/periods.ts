/**
 * Reporting periods: keys ("T6", "Q2", "H1", "9M", "Y"), labels
 * ("tháng 6 năm 2024", "quý II năm 2024", …) and sheet-name suffixes.
 */
import type { Period, PeriodKind } from './types';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

function label(kind: PeriodKind, to: number, year: number): string {
  switch (kind) {
    case 'month':
      return `tháng ${to} năm ${year}`;
    case 'quarter':
      return `quý ${ROMAN[to / 3]} năm ${year}`;
    case 'half':
      return `6 tháng đầu năm ${year}`;
    case 'nine_months':
      return `9 tháng năm ${year}`;
    case 'year':
      return `năm ${year}`;
  }
}

function period(kind: PeriodKind, from: number, to: number, year: number): Period {
  return { kind, from, to, year, label: label(kind, to, year) };
}

export const monthPeriod = (month: number, year: number): Period => period('month', month, month, year);
export const quarterPeriod = (q: number, year: number): Period => period('quarter', 3 * q - 2, 3 * q, year);
export const halfPeriod = (year: number): Period => period('half', 1, 6, year);
export const nineMonthsPeriod = (year: number): Period => period('nine_months', 1, 9, year);
export const yearPeriod = (year: number): Period => period('year', 1, 12, year);

/**
 * "6", "T6", "t06", "Tháng 6" → month 6; "Q2" → quarter II; "H1" (or "6T") → first half;
 * "9M" (or "9T") → nine months; "Y" (or "N", "Năm") → year. Case-insensitive; null when unreadable.
 */
export function parsePeriodKey(key: string, year: number): Period | null {
  const k = String(key)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(?:T|TH|THANG)?0?(\d{1,2})$/.exec(k))) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? monthPeriod(n, year) : null;
  }
  if ((m = /^(?:Q|QUY)([1-4])$/.exec(k))) return quarterPeriod(Number(m[1]), year);
  if (k === 'H1' || k === '6T' || k === '6M') return halfPeriod(year);
  if (k === '9M' || k === '9T') return nineMonthsPeriod(year);
  if (k === 'Y' || k === 'N' || k === 'NAM' || k === '12M') return yearPeriod(year);
  return null;
}

/** Canonical key: "T6", "Q2", "H1", "9M", "Y". */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `T${p.to}`;
    case 'quarter':
      return `Q${p.to / 3}`;
    case 'half':
      return 'H1';
    case 'nine_months':
      return '9M';
    case 'year':
      return 'Y';
  }
}

/** For sheet and file names: "T6-2024", "Q2-2024", "6T-2024", "9T-2024", "2024". */
export function periodSheetSuffix(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `T${p.to}-${p.year}`;
    case 'quarter':
      return `Q${p.to / 3}-${p.year}`;
    case 'half':
      return `6T-${p.year}`;
    case 'nine_months':
      return `9T-${p.year}`;
    case 'year':
      return `${p.year}`;
  }
}

/** Every period key in display order: T1…T12, Q1…Q4, H1, 9M, Y. */
export const ALL_PERIOD_KEYS: readonly string[] = [
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  '9M',
  'Y',
];

/** Every period of a year, in the order of ALL_PERIOD_KEYS. */
export function allPeriods(year: number): Period[] {
  return ALL_PERIOD_KEYS.map((k) => parsePeriodKey(k, year) as Period);
}
