/** Plausibility checks on one indicator's monthly series (OUTLIER, LOOKS_CUMULATIVE, MAYBE_STOCK for a flat flow). */
import type { Finding, Indicator } from './types';
import { F, F2 } from './findings';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Minimum number of other non-zero months before a value can be called an outlier. */
export const OUTLIER_MIN_OTHERS = 3;

/** OUTLIER: a value more than 10 × the median of the other non-zero months (needs ≥ 3 of them). */
export function checkOutliers(ind: Indicator, out: Finding[]): void {
  const filled: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const v = ind.months[m];
    if (v !== undefined && v > 0) filled.push(v);
  }
  const k = filled.length;
  if (k < OUTLIER_MIN_OTHERS + 1) return;
  const sorted = filled.sort((a, b) => a - b);
  // median of the others = median of `sorted` with one copy of v skipped (no re-sorting per month)
  const at = (i: number, skip: number) => sorted[i < skip ? i : i + 1];
  for (let m = 1; m <= 12; m++) {
    const v = ind.months[m];
    if (v === undefined || v <= 0) continue;
    const skip = sorted.indexOf(v);
    const n = k - 1;
    const mid = n >> 1;
    const med = n % 2 ? at(mid, skip) : (at(mid - 1, skip) + at(mid, skip)) / 2;
    if (v > 10 * med) out.push(F.outlier(ind.sheet, ind.monthCells[m] ?? ind.nameCell, ind.name, m, v, med));
  }
}

/**
 * LOOKS_CUMULATIVE (flows only). With the filled months v1…vn in month order, it fires when
 * all of these hold:
 *  - n ≥ 4 and v1 > 0;
 *  - the values never decrease, and at most one step is flat;
 *  - vn ≥ 3 × v1 (a running total of steady months grows about n-fold; normal data does not);
 *  - the implied monthly figures (v1, v2 − v1, …, vn − vn−1) are of one size: none above 4 × their
 *    median and at most one below a quarter of it — a running total of ordinary months, not a
 *    series that merely trends upward (100, 102, 105, 110 never fires: its implied months
 *    would be 100, 2, 3, 5).
 */
export function looksCumulative(values: number[]): boolean {
  const n = values.length;
  if (n < 4 || !(values[0] > 0)) return false;
  let flat = 0;
  for (let i = 1; i < n; i++) {
    if (values[i] < values[i - 1]) return false;
    if (values[i] === values[i - 1]) flat++;
  }
  if (flat > 1) return false;
  if (values[n - 1] < 3 * values[0]) return false;
  const pieces = values.map((v, i) => (i === 0 ? v : v - values[i - 1]));
  const med = median(pieces);
  if (!(med > 0)) return false;
  if (pieces.some((p) => p > 4 * med)) return false;
  return pieces.filter((p) => p < med / 4).length <= 1;
}

/** LOOKS_CUMULATIVE on this year's months and on last year's. */
export function checkCumulative(ind: Indicator, out: Finding[]): void {
  for (const lastYear of [false, true]) {
    const series = lastYear ? ind.lastYear : ind.months;
    const cells = lastYear ? ind.lastYearCells : ind.monthCells;
    const values: number[] = [];
    let last = 0;
    for (let m = 1; m <= 12; m++) {
      const v = series[m];
      if (v !== undefined) {
        values.push(v);
        last = m;
      }
    }
    if (looksCumulative(values))
      out.push(F.looksCumulative(ind.sheet, cells[last] ?? ind.nameCell, ind.name, values, lastYear));
  }
}

/** Months (filled, non-zero) a flat flow needs before MAYBE_STOCK speaks. */
export const FLAT_MIN_MONTHS = 3;
/** "Flat": the largest month at most this much above the smallest. */
export const FLAT_MAX_RATIO = 1.05;
/** Only sizeable counts: 22 sessions every month is an ordinary steady flow. */
export const FLAT_MIN_VALUE = 100;

/**
 * MAYBE_STOCK (flat series): a flow whose kind nobody declared (no "Cách tính" on the row),
 * with at least 3 filled months, every one ≥ 100 and the largest at most 5 % above the
 * smallest — 5.120, 5.110, 5.100 near-poor households — is almost surely a count at a point
 * in time typed month by month. Summed, its year to date would be three times the truth;
 * so say it, on the name cell, with how to declare the kind. Period-independent (parse time).
 */
export function checkFlatFlow(ind: Indicator, out: Finding[]): void {
  const filled: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const v = ind.months[m];
    if (v !== undefined) filled.push(v);
  }
  if (filled.length < FLAT_MIN_MONTHS) return;
  const min = Math.min(...filled);
  const max = Math.max(...filled);
  if (min >= FLAT_MIN_VALUE && max <= FLAT_MAX_RATIO * min)
    out.push(F2.maybeStockFlat(ind.sheet, ind.nameCell, ind.name, filled));
}
