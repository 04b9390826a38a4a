/**
 * Small text helpers for the narrative: cleaning names, upper/lower case of a
 * name inside a sentence, values with their unit, Vietnamese list joining.
 */
import { fmtCount, fmtNumber } from '../format';
import type { Kind, Target } from '../types';
import { memoized } from '../memo';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** What cleanText changes besides the ends: a control character, white space other than one plain space. */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[^\S ]| {2}/;

/** Collapse white space, drop control characters (Word rejects them). */
export function cleanText(s: string): string {
  const t = String(s ?? '');
  // most names are clean already: one test instead of two replacements
  if (!UNCLEAN.test(t)) return t.trim();
  return t
    .replace(CONTROL, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** cleanText for a unit (or another short text that repeats): cached, units recur on every figure. */
export const cleanUnit: (unit: string) => string = memoized(cleanText);

/** `s` in lower case the Vietnamese way (cached: names and units are lowered again for every figure). */
export const lowerVi: (s: string) => string = memoized((s) => s.toLocaleLowerCase('vi'));

/**
 * An indicator name as it can stand in a sentence: without list markers
 * ("-", "+", "•"), numbering ("1.", "1.1.", "a)"), "Trong đó:"/"Gồm:" prefixes
 * and a trailing colon.
 */
export const cleanName: (name: string) => string = memoized(cleanNameOnce);

function cleanNameOnce(name: string): string {
  let s = cleanText(name);
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s
      .replace(/^[,;:.\s]+/, '')
      .replace(/^[-+•*–—]\s*/, '')
      .replace(/^(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+)\s+/, '')
      .replace(/^[a-zđ][.)]\s+/i, '')
      .replace(/^[IVX]+\.\s+/, '')
      .replace(/^(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể)\s*[:,]?\s*/i, '')
      .trim();
    if (s === before) break;
  }
  return s
    .replace(/\s+([,;:.!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s*[:;,.]+$/, '')
    .trim();
}

/** Upper-case the first letter (sentence start). */
export function capFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toLocaleUpperCase('vi') + s.slice(i + 1);
}

/** Two-word starts of proper names ("Trung tâm Bảo trợ xã hội", "Bà mẹ Việt Nam anh hùng"). */
const PROPER_STARTS = [
  'trung tâm',
  'bà mẹ',
  'ủy ban',
  'uỷ ban',
  'ngân hàng',
  'liên đoàn',
  'công an',
  'cơ sở',
  'bảo hiểm',
  'hội đồng',
  'chi cục',
  'văn phòng',
];

/**
 * Lower-case the first letter of a name placed inside a sentence
 * ("Sơ cấp" → "sơ cấp"), unless the name starts with an abbreviation ("BHTN")
 * or is a proper name: its second word is capitalised ("Sở Nội vụ") or it
 * starts like an institution whose third word is capitalised ("Trung tâm Bảo
 * trợ xã hội", "Bà mẹ Việt Nam anh hùng").
 */
export const lowerFirst: (s: string) => string = memoized(lowerFirstOnce);

function lowerFirstOnce(s: string): string {
  const words = s.split(' ');
  const first = words[0] ?? '';
  const letters = first.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase('vi')) return s;
  const isCap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  if (isCap(words[1])) return s;
  if (isCap(words[2]) && PROPER_STARTS.includes(`${words[0]} ${words[1]}`.toLocaleLowerCase('vi'))) return s;
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toLocaleLowerCase('vi') + s.slice(i + 1);
}

/** Words that start a verb phrase ("được trợ giúp", "bị xâm hại"): such a name follows its number and unit. */
export function startsWithVerb(name: string): boolean {
  return /^(?:được|đã|đang|bị|có|không|chưa|đủ|tham gia|hoàn thành)(?:\s|$)/iu.test(name.trim());
}

/** Nouns that are counted (people, households, …): a name starting with one reads "số …" as a subject. */
export const COUNTED_NOUNS = [
  'người',
  'trẻ em',
  'trẻ',
  'đối tượng',
  'học viên',
  'học sinh',
  'sinh viên',
  'lao động',
  'hộ',
  'nam',
  'nữ',
  'thương binh',
  'bệnh binh',
  'cán bộ',
  'công chức',
  'doanh nghiệp',
  'cơ sở',
  'hồ sơ',
  'lượt',
  'phiên',
  'vụ',
  'cuộc',
  'đơn',
  'lớp',
  'giấy phép',
  'trường hợp',
  'xã',
  'gia đình',
  'nạn nhân',
];

/** `lower` is the word `w` or starts with it followed by a space or a comma. */
function startsWithWord(lower: string, w: string): boolean {
  if (!lower.startsWith(w)) return false;
  const next = lower.charAt(w.length);
  return next === '' || next === ' ' || next === ',';
}

/**
 * A name as the subject of "… là <số> <đvt>": a name that starts with a counted
 * noun or with its own unit gets "Số" ("Phiên giao dịch việc làm" → "Số phiên
 * giao dịch việc làm"); names starting "Số", "Tổng số", "Tỷ lệ", verb phrases
 * and amounts ("Kinh phí …") stay as written.
 */
export function subjectName(name: string, unit: string): string {
  const lower = lowerVi(name);
  if (/^(?:số|tổng|tỷ lệ|tỉ lệ)(?:\s|$)/u.test(lower)) return name;
  const u = lowerVi(cleanUnit(unit));
  const counted = (u && u !== '%' && startsWithWord(lower, u)) || COUNTED_NOUNS.some((w) => startsWithWord(lower, w));
  return counted ? 'Số ' + lowerFirst(name) : name;
}

/** True for a unit written right after the number ("2,27%"). */
function tightUnit(unit: string): boolean {
  return unit === '%' || unit === '‰';
}

/** A figure in text: counts with the administrative leading zero ("01"), rates and percentages with up to two decimals. */
export function fmtFigure(n: number, kind: Kind, unit = ''): string {
  if (kind === 'rate' || tightUnit(cleanUnit(unit))) return fmtNumber(n);
  return Number.isInteger(n) ? fmtCount(n) : fmtNumber(n);
}

/** "3.932 người", "2,27%", "22" (no unit). */
export function withUnit(n: number, unit: string, kind: Kind): string {
  const u = cleanUnit(unit);
  const v = fmtFigure(n, kind, u);
  if (!u) return v;
  return tightUnit(u) ? v + u : `${v} ${u}`;
}

/** "a", "a và b", "a, b và c". */
export function joinVa(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' và ' + items[items.length - 1];
}

const TARGET_WORDS: Record<Target['op'], [string, string]> = {
  '<': ['dưới', ''],
  '<=': ['không quá', ''],
  '>': ['trên', ''],
  '>=': ['từ', ' trở lên'],
};

/** "dưới 2,79%", "từ 90% trở lên". */
export function targetText(t: Target, unit: string, kind: Kind): string {
  const [before, after] = TARGET_WORDS[t.op] ?? ['', ''];
  const v = kind === 'rate' ? withUnit(t.value, unit, kind) : withUnit(t.value, unit, 'stock');
  return `${before} ${v}${after}`.trim();
}

/** Finite number or null (guards every figure read from the report). */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
