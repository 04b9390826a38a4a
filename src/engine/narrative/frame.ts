/**
 * The parts of a report around the sector paragraphs, as seeds 002/003 write
 * them: the opening ("Thực hiện …, <cơ quan> báo cáo … như sau:"), the
 * one-line summary of the plan targets (half-year and year reports), and the
 * closing ("Trên đây là báo cáo … của <cơ quan>./.").
 */
import { fmtCount } from '../format';
import type { ComputedIndicator, ComputedReport, Period } from '../types';
import { cleanName, cleanText, joinVa, lowerFirst, num } from './text';

/** Words that name the kind of agency ("Sở", "Ủy ban nhân dân"); the proper name follows. */
const AGENCY_TYPES = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'văn phòng',
  'trung tâm',
  'chi cục',
  'sở',
  'phòng',
  'ban',
  'cục',
  'bộ',
];
/** Administrative units: the place name after them is capitalised word by word ("huyện Mỹ Tú"). */
const PLACE_TYPES = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'xã', 'phường', 'quận'];

/** Consonant runs a Vietnamese syllable can have (after removing tone marks, Đ → D). */
const SYLLABLE_RUNS = new Set(['CH', 'GH', 'KH', 'NG', 'NGH', 'NH', 'PH', 'TH', 'TR']);

/**
 * An abbreviation kept as written: UBND, HĐND, TP, LĐ-TB&XH — a word in
 * capitals that cannot be a Vietnamese syllable (no vowel, or a consonant run
 * no syllable has), or one with "&".
 */
function isAbbreviation(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toLocaleUpperCase('vi')) return false;
  if (w.includes('&')) return true;
  const bare = letters.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D');
  if (!/[AEIOUY]/.test(bare)) return true;
  return (bare.match(/[^AEIOUY]{2,}/g) ?? []).some((run) => !SYLLABLE_RUNS.has(run));
}

/** Abbreviated administrative units ("TP. Sóc Trăng", "TX Vĩnh Châu"): the place name follows. */
const PLACE_ABBREVIATIONS = /^(?:TP|TX|TT)\.?$/;

const cap = (w: string) => (w ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w);

/**
 * The agency's name as it reads inside a sentence. "Thông tin" usually holds it
 * in capitals for the header ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"); a name
 * already in mixed case is kept as the staff wrote it. From capitals: the
 * agency type and the first word of its proper name capitalised, again after
 * "-" and "và", place names capitalised word by word after "huyện", "xã", …
 * ("Sở Lao động - Thương binh và Xã hội", "UBND xã Gia Hòa 2", "Phòng Lao động
 * - Thương binh và Xã hội huyện Mỹ Tú"), abbreviations kept.
 */
export function agencyInSentence(name: string): string {
  const s = cleanText(name ?? '');
  if (!s) return '';
  if (s !== s.toLocaleUpperCase('vi')) return s;
  const words = s.split(' ');
  const lower = words.map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')));
  const out: string[] = [];
  let capNext = true;
  let place = false;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    if (PLACE_ABBREVIATIONS.test(words[i])) {
      out.push(words[i]);
      place = true;
      continue;
    }
    if (isAbbreviation(words[i])) {
      out.push(w);
      capNext = !place;
      continue;
    }
    if (w === '-' || w === '–') {
      out.push(w);
      capNext = true;
      continue;
    }
    const rest = lower.slice(i).join(' ');
    const afterJoin = out.length > 0 && ['và', '-', '–'].includes(out[out.length - 1]);
    const placeType = !afterJoin && i > 0 && PLACE_TYPES.find((t) => rest === t || rest.startsWith(t + ' '));
    if (placeType) {
      const n = placeType.split(' ').length;
      out.push(...lower.slice(i, i + n));
      i += n - 1;
      place = true;
      capNext = false;
      continue;
    }
    if (place) {
      out.push(cap(w));
      continue;
    }
    const type = out.length === 0 && AGENCY_TYPES.find((t) => rest === t || rest.startsWith(t + ' '));
    if (type) {
      const n = type.split(' ').length;
      out.push(cap(lower[i]), ...lower.slice(i + 1, i + n));
      i += n - 1;
      capNext = true;
      continue;
    }
    if (w === 'và') {
      out.push(w);
      capNext = true;
      continue;
    }
    out.push(capNext ? cap(w) : w);
    capNext = false;
  }
  return out.join(' ');
}

/**
 * The opening paragraph. `basis`: the staff's "Căn cứ" text for the period
 * (Nội dung, Phần "Căn cứ"/"Thực hiện"), e.g. "Công văn số 11946/UBND-DN ngày
 * 03/11/2023 của UBND tỉnh …". A basis that already ends in "như sau:" is the
 * whole opening, kept as written; one that starts with "Thực hiện", "Căn cứ"
 * or "Theo" keeps its own verb. Without a basis the opening has none (no
 * invented dispatch): "<Cơ quan> báo cáo kết quả … như sau:".
 */
export function openingParagraph(subject: string, agency: string, basis: string[]): string {
  const b = basis.map(cleanText).filter(Boolean).join('; ');
  if (/như sau\s*:?\s*$/iu.test(b)) return b.replace(/\s*:?\s*$/, ':');
  const who = agencyInSentence(agency);
  const reports = `${who ? `${who} ` : ''}báo cáo ${lowerFirst(subject)} như sau:`;
  if (!b) return who ? reports : `${subject} như sau:`;
  const lead = /^(?:thực hiện|căn cứ|theo|triển khai)\s/iu.test(b) ? b : `Thực hiện ${b}`;
  return `${lead.replace(/[\s.;,:]+$/u, '')}, ${reports}`;
}

/** "Trên đây là báo cáo kết quả … của Sở …./." (NĐ30's end mark "./." included). */
export function closingParagraph(subject: string, agency: string): string {
  const who = agencyInSentence(agency);
  return `Trên đây là báo cáo ${lowerFirst(subject)}${who ? ` của ${who}` : ''}./.`;
}

// ---------------------------------------------------------------------------
// The plan targets in one line (half-year and year reports)
// ---------------------------------------------------------------------------

/**
 * Which indicators count as "chỉ tiêu kế hoạch được giao": the top-level
 * indicators of every sector (children are parts of their parent, as seed
 * 002 counts "giải quyết việc làm, trong đó đưa lao động đi làm việc ở nước
 * ngoài" as one) that carry a plan — a number in "Kế hoạch năm" or a target
 * with a comparison ("Dưới 2,1").
 */
export function plannedIndicators(report: ComputedReport): ComputedIndicator[] {
  return (report.sectors ?? []).flatMap((s) =>
    (s.indicators ?? []).filter((i) => num(i.plan) !== null || (i.target && num(i.target.value) !== null)),
  );
}

function shortName(i: ComputedIndicator): string {
  return lowerFirst(cleanName(i.name));
}

function list(inds: ComputedIndicator[]): string {
  return joinVa(inds.map(shortName));
}

/** Counts below 10 with a leading zero, as the seed writes "04/04". */
const n2 = (n: number) => (n >= 1 && n <= 9 ? fmtCount(n) : String(n));

/**
 * The one-line summary of the plan targets, or null (other periods, or no
 * indicator with a plan).
 *
 * Year report — a verdict (seed 002 "04/04 chỉ tiêu … đều đạt và vượt kế
 * hoạch"): met = year to date ≥ plan (% of plan ≥ 100) or the target met; a
 * figure that is incomplete or missing is not judged ("chưa đủ số liệu").
 *
 * Half-year report — not a verdict (a year's target is judged at year end):
 * the flows with a numeric plan by schedule (on or ahead of the calendar vs
 * behind, as in the report's Tiến độ column); comparison targets and the plans
 * of stocks (a level to reach by December) are named as judged at year end.
 */
export function targetsSummary(report: ComputedReport): string | null {
  const p: Period = report.period;
  if (p.kind !== 'year' && p.kind !== 'half') return null;
  const planned = plannedIndicators(report);
  if (!planned.length) return null;
  const judged = (i: ComputedIndicator) => !i.incomplete && num(i.ytd) !== null;
  if (p.kind === 'year') {
    const met = planned.filter(
      (i) => judged(i) && (i.target ? i.targetMet === true : (num(i.planPct) ?? -1) >= 100 - 1e-9),
    );
    const unknown = planned.filter((i) => !judged(i) || (i.target && i.targetMet === null));
    const notMet = planned.filter((i) => !met.includes(i) && !unknown.includes(i));
    const total = planned.length;
    let s =
      met.length === total
        ? `Năm ${p.year}, ${n2(total)}/${n2(total)} chỉ tiêu kế hoạch được giao đều đạt và vượt kế hoạch.`
        : `Năm ${p.year}, có ${n2(met.length)}/${n2(total)} chỉ tiêu kế hoạch được giao đạt và vượt kế hoạch`;
    if (met.length < total) {
      const parts: string[] = [];
      if (notMet.length) parts.push(`${n2(notMet.length)} chỉ tiêu chưa đạt (${list(notMet)})`);
      if (unknown.length) parts.push(`${n2(unknown.length)} chỉ tiêu chưa đủ số liệu để đánh giá (${list(unknown)})`);
      s += `; ${parts.join('; ')}.`;
    }
    return s;
  }
  // half year
  // a flow's plan has a calendar (Tiến độ); a stock's or a rate's is a level for the year end
  const numeric = planned.filter((i) => !i.target && num(i.plan) !== null && i.kind === 'flow');
  const targets = planned.filter((i) => !numeric.includes(i));
  const parts: string[] = [];
  if (numeric.length) {
    const onTrack = numeric.filter(
      (i) => judged(i) && (i.schedule === 'completed' || i.schedule === 'ahead' || i.schedule === 'on_schedule'),
    );
    const behind = numeric.filter((i) => judged(i) && i.schedule === 'behind');
    const unknown = numeric.filter((i) => !onTrack.includes(i) && !behind.includes(i));
    let s = `Đến hết tháng ${p.to}/${p.year}, có ${n2(onTrack.length)}/${n2(numeric.length)} chỉ tiêu có kế hoạch năm đạt hoặc vượt tiến độ kế hoạch`;
    if (behind.length) s += `; chậm tiến độ: ${list(behind)}`;
    if (unknown.length) s += `; chưa đủ số liệu để đánh giá: ${list(unknown)}`;
    parts.push(s + '.');
  }
  if (targets.length) {
    parts.push(
      `${targets.length === 1 ? 'Chỉ tiêu' : 'Các chỉ tiêu'} ${list(targets)} được đánh giá khi kết thúc năm ${p.year}.`,
    );
  }
  return parts.join(' ');
}
