/**
 * Writing numbers the Vietnamese way (the one place that does it; reuse these).
 * `.` groups thousands and `,` is the decimal mark: 16.344 người, 57,35%,
 * 1.234,5. Built on `Intl.NumberFormat('vi-VN')`; when the runtime has no
 * Vietnamese locale data (a small-ICU build falls back to English and would
 * write "3,932") the same digits are produced by hand, so the output never
 * depends on the host.
 *
 * Every function returns '' for a value that is not a finite number — callers
 * leave the clause out instead of printing "NaN".
 */
import type { Kind } from './types';

const cache = new Map<number, Intl.NumberFormat>();

function formatter(minFrac: number, maxFrac: number): Intl.NumberFormat {
  const key = minFrac * 100 + maxFrac;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minFrac,
      maximumFractionDigits: maxFrac,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

let intlChecked: boolean | undefined;
/**
 * True when this runtime's Intl writes vi-VN numbers as expected ("1.234,5").
 * Asked on the first number formatted, not when the module loads: creating
 * the first Intl formatter loads the locale's data (tens of ms on a slow PC),
 * which the task pane's first read of the workbook does not need.
 */
function intlIsVietnamese(): boolean {
  if (intlChecked === undefined) {
    try {
      intlChecked = formatter(0, 2).format(1234.5) === '1.234,5';
    } catch {
      intlChecked = false;
    }
  }
  return intlChecked;
}

function byHand(n: number, minFrac: number, maxFrac: number): string {
  const fixed = Math.abs(n).toFixed(maxFrac);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + int + (frac ? ',' + frac : '');
}

/** A space or minus sign fmt rewrites. */
const ODD_SIGNS = /[\u00a0\u202f\u2212]/;

function fmt(n: number, minFrac: number, maxFrac: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const s = intlIsVietnamese() ? formatter(minFrac, maxFrac).format(n) : byHand(n, minFrac, maxFrac);
  // Normalise whatever spacing/minus sign a locale might use (vi-VN's usual "1.234,5" has none to change).
  if (s.charCodeAt(0) !== 0x2d && !ODD_SIGNS.test(s)) return s;
  return s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/^-(0(,0*)?)$/, '$1');
}

const plainForms = new Map<number, string>();

/**
 * A number in Vietnamese style. Without `decimals`: up to two decimals, trailing
 * zeros dropped ("16.344", "57,35", "1.234,5"); with `decimals`: exactly that
 * many ("100,20" for decimals = 2).
 */
export function fmtNumber(n: number, decimals?: number): string {
  if (decimals === undefined) {
    // cached: a number's default form never changes in a run, and figures repeat (counts, plans, months)
    let s = plainForms.get(n);
    if (s === undefined) {
      if (plainForms.size >= 4096) plainForms.clear();
      s = fmt(n, 0, 2);
      plainForms.set(n, s);
    }
    return s;
  }
  const d = Math.max(0, Math.min(20, Math.floor(decimals)));
  return fmt(n, d, d);
}

/**
 * A count as administrative texts write it: whole numbers from 1 to 9 with a
 * leading zero ("01 giấy phép", "05 hồ sơ"), otherwise as {@link fmtNumber}
 * ("22", "3.932", "0").
 */
export function fmtCount(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  if (Number.isInteger(n) && n >= 1 && n <= 9) return '0' + String(n);
  return fmtNumber(n);
}

/** A percentage with two decimals: "57,35%", "100,20%". */
export function fmtPct(n: number): string {
  const s = fmtNumber(n, 2);
  return s ? s + '%' : '';
}

/**
 * A change from the same period last year, with its direction:
 * flows and stocks in percent with one decimal ("tăng 19,6%", "giảm 2,3%");
 * rates (`kind` = 'rate') in percentage points with two decimals
 * ("giảm 1,29 điểm %"). A change that rounds to zero reads "không thay đổi".
 */
export function fmtChange(pct: number, kind: Kind = 'flow'): string {
  if (typeof pct !== 'number' || !Number.isFinite(pct)) return '';
  const decimals = kind === 'rate' ? 2 : 1;
  const magnitude = fmtNumber(Math.abs(pct), decimals);
  if (Number(Math.abs(pct).toFixed(decimals)) === 0) return 'không thay đổi';
  const word = pct > 0 ? 'tăng' : 'giảm';
  return kind === 'rate' ? `${word} ${magnitude} điểm %` : `${word} ${magnitude}%`;
}

/** @internal exposed for tests: the hand-written fallback used when Intl lacks vi-VN. */
export const __fallbackFormat = byHand;
