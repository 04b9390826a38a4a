/**
 * Reading numbers and targets written the Vietnamese way.
 * `.` groups thousands and `,` is the decimal mark: "16.344" = 16344,
 * "57,35" = 57.35, "1.234,5" = 1234.5, "57,35%" = 57.35.
 */
import type { Target, TargetOp } from './types';
import { normalizeLabel } from './normalize';

/**
 * A Vietnamese-style number in text, or null when the text is not a number.
 * Also accepts a plain decimal point when it cannot be a thousands separator
 * ("57.35"), an English "1,234.5" and spaces as thousands separators ("16 344").
 */
export function parseViNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  let t = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!t) return null;
  if (t.endsWith('%')) t = t.slice(0, -1).trim();
  let sign = 1;
  if (/^[-−–]/.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trim();
  }
  if (!t) return null;
  // spaces as thousands separators: "16 344", "1 234,5"
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(t)) t = t.replace(/ /g, '');
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  let canon: string | null = null;
  if (dots === 0 && commas === 0) canon = t;
  else if (dots > 0 && commas > 0) {
    const lastDot = t.lastIndexOf('.');
    const lastComma = t.lastIndexOf(',');
    if (lastComma > lastDot && commas === 1 && /^\d{1,3}(\.\d{3})*,\d+$/.test(t))
      canon = t.replace(/\./g, '').replace(',', '.');
    else if (lastDot > lastComma && dots === 1 && /^\d{1,3}(,\d{3})*\.\d+$/.test(t)) canon = t.replace(/,/g, '');
  } else if (commas > 0) {
    if (commas === 1 && /^\d+,\d+$/.test(t)) canon = t.replace(',', '.');
  } else {
    // only dots
    if (/^\d{1,3}(\.\d{3})+$/.test(t)) canon = t.replace(/\./g, '');
    else if (dots === 1 && /^\d+\.\d+$/.test(t)) canon = t;
  }
  if (canon === null) return null;
  const n = Number(canon);
  return Number.isFinite(n) ? sign * n : null;
}

const OP_WORDS: [RegExp, TargetOp][] = [
  [/^(?:>=|=>|≥|⩾)/, '>='],
  [/^(?:<=|=<|≤|⩽)/, '<='],
  [/^>/, '>'],
  [/^</, '<'],
  [/^(?:toi thieu|it nhat|khong duoi|khong thap hon|tu)\b/, '>='],
  [/^(?:toi da|khong qua|khong vuot qua|khong vuot|khong cao hon|nho hon hoac bang)\b/, '<='],
  [/^(?:tren|hon|lon hon|cao hon)\b/, '>'],
  [/^(?:duoi|nho hon|thap hon)\b/, '<'],
];

/** A plan cell ending "(hằng tháng)", "mỗi tháng", "hàng kỳ", "thường xuyên": the target holds for every period. */
const PERIODIC = /[\s,;]*\(?\s*(?:hang|moi|tung)\s+(?:thang|ky|quy)\s*\)?\s*$|[\s,;]*\(?\s*thuong xuyen\s*\)?\s*$/;

export type PlanReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'target'; target: Target }
  | { kind: 'bad' };

/** A plan cell's text: "28.500", "≥ 90", "Trên 90", "dưới 2,1%", "Tối thiểu 90", "Tối đa 2". */
export function parsePlanText(s: string): PlanReading {
  const full = s.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!full) return { kind: 'empty' };
  // "Dưới 1 (hằng tháng)", "≥ 98 mỗi tháng": a target every period is judged in every report
  const periodic = PERIODIC.exec(normalizeLabel(full));
  if (periodic) {
    const r = parsePlanText(full.slice(0, full.length - periodic[0].length));
    return r.kind === 'target' ? { kind: 'target', target: { ...r.target, periodic: true } } : r;
  }
  const raw = full;
  const asNumber = parseViNumber(raw);
  if (asNumber !== null) return { kind: 'number', value: asNumber, fromText: true };
  // digits and separators survive normalisation, so numbers can be read from `norm`
  const norm = normalizeLabel(raw);
  // "90% trở lên", "Từ 90 trở lên" (≥); "2% trở xuống" (≤)
  const suffix = /^(?:tu\s+)?(.+?)\s*(tro len|tro xuong)$/.exec(norm);
  if (suffix) {
    const v = parseViNumber(suffix[1]);
    return v === null
      ? { kind: 'bad' }
      : { kind: 'target', target: { op: suffix[2] === 'tro len' ? '>=' : '<=', value: v } };
  }
  // "Đạt trên 90", "Giảm xuống dưới 2,1": a verb before the comparison
  const stripped = norm.replace(/^(?:dat|giam xuong|giam con|tang len|phan dau|duy tri)\s+/, '');
  for (const text of stripped === norm ? [norm] : [norm, stripped]) {
    for (const [re, op] of OP_WORDS) {
      const m = re.exec(text);
      if (!m) continue;
      const v = parseViNumber(
        text
          .slice(m[0].length)
          .replace(/^[\s:=]+/, '')
          .trim(),
      );
      if (v === null) return { kind: 'bad' };
      return { kind: 'target', target: { op, value: v } };
    }
  }
  return { kind: 'bad' };
}

export function meetsTarget(value: number, t: Target): boolean {
  switch (t.op) {
    case '<':
      return value < t.value;
    case '<=':
      return value <= t.value;
    case '>':
      return value > t.value;
    case '>=':
      return value >= t.value;
  }
}

/** Remove floating-point noise from sums (0.1 + 0.2 → 0.3) without rounding real digits. */
export function clean(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

/** Two decimals, half away from zero (57.345 → 57.35, −1.295 → −1.3). */
export function round2(n: number): number {
  const r = Math.round(Math.abs(n) * 100 * (1 + Number.EPSILON)) / 100;
  return n < 0 ? -r : r;
}

/** Vietnamese display of a number inside a message: 16344 → "16.344", 57.35 → "57,35". */
let viFormat: Intl.NumberFormat | null = null;
export function viNum(n: number): string {
  viFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
  return viFormat.format(n);
}
