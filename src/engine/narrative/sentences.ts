/**
 * Generated sentences for one indicator (and its children), in the seeds'
 * phrasing. See README.md in this folder for the rules.
 */
import { fmtChange, fmtNumber } from '../format';
import type { ComputedIndicator, Period } from '../types';
import { periodLabel, ytdLabel } from './periods';
import { templatePlaceholders } from '../placeholders';
import { renderTemplate, type TemplateValues } from './template';
import {
  capFirst,
  cleanName,
  cleanText,
  cleanUnit,
  COUNTED_NOUNS,
  fmtFigure,
  joinVa,
  lowerFirst,
  lowerVi,
  num,
  startsWithVerb,
  subjectName,
  targetText,
  withUnit,
} from './text';
import { predicateFor } from './verbs';
import { memoized } from '../memo';

export interface SentenceContext {
  period: Period;
  /** Period label used in text ("tháng 6 năm 2024"). */
  ky: string;
  /** "tháng 6/2024" */
  ytd: string;
  /** Subject from Thông tin ("toàn tỉnh"), '' when none. */
  phamVi: string;
  /** The period starts in January, so the period value is the year to date. */
  fromStart: boolean;
  /**
   * Whether an incomplete figure gets its own note ("chưa có số liệu tháng 6"):
   * always, except where the narrative says it once for the report or the sector.
   */
  markIncomplete: (ind: ComputedIndicator) => boolean;
}

/** State shared by the sentences of one sector. */
export interface SectorState {
  /** Thông tin → Phạm vi until a sentence has said it — once per report, so this object is shared by all sectors. */
  report: { scope: string };
  /** How the sector's first "Trong <kỳ>," reads: the full label, the short one ("Trong tháng,"), or none. */
  opening: 'full' | 'short' | 'none';
  /** "Trong <kỳ>, …" has been written in this sector: later sentences start with their verb or name. */
  periodMentioned: boolean;
  /** The last "Từ đầu năm đến hết tháng 5/2024" said in the sector (not said twice in a row). */
  lastWhen?: string;
}

/** State shared by the sentences of one group (kept for the callers' signature). */
export interface ParagraphState {
  sector: SectorState;
  /** The last "Tính đến cuối tháng 6/2024" said: the next stock at the same date reads "Hiện có …". */
  lastAsOf?: string;
}

export function sentenceContext(period: Period, phamVi: string): SentenceContext {
  return {
    period,
    ky: periodLabel(period),
    ytd: ytdLabel(period),
    phamVi: cleanText(phamVi ?? ''),
    fromStart: period.from <= 1,
    markIncomplete: () => true,
  };
}

/**
 * Thông tin → Phạm vi as an adverbial that fits before a noun subject:
 * "toàn tỉnh" → "trên địa bàn toàn tỉnh", "xã Gia Hòa 2" → "trên địa bàn xã
 * Gia Hòa 2", "trên địa bàn tỉnh" as written. A scope that is not a place
 * ("toàn ngành", an agency's name) gives '' — it only fits as the subject of a
 * verb ("toàn ngành đã tạo việc làm cho …").
 */
export function scopePhrase(phamVi: string): string {
  const t = cleanText(phamVi ?? '');
  const s = t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
  if (/^(?:trên|tại|ở)\s/iu.test(s)) return s;
  if (/^(?:toàn\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s|$)/iu.test(s))
    return `trên địa bàn ${s}`;
  return '';
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

/** The gap a clerk must fill where the tool doubts a figure (FRACTIONAL_COUNT, an error forced past). */
export const CHECK_MARK = '[cần kiểm tra số liệu]';

/** `s` if it has a letter outside brackets, else '': a name with no letter ("1.", "-") cannot be a subject. Cached (pure). */
const named = memoized((s: string) => (/\p{L}/u.test(s.replace(/\([^()]*\)/g, '')) ? s : ''));

function nameOf(ind: ComputedIndicator): string {
  return named(cleanName(ind.name)) || named(cleanText(ind.code ?? '')) || 'Chỉ tiêu';
}

function unitOf(ind: ComputedIndicator, fallback = ''): string {
  return cleanUnit(ind.unit ?? '') || fallback;
}

/** The value of a stock or rate (value at the end of the period). */
function pointValue(ind: ComputedIndicator): number | null {
  return num(ind.ytd) ?? num(ind.period);
}

/**
 * A figure worth a clause in a default sentence: the seeds never write a
 * zero ("là 0 lượt người"), so 0 is left out like a missing figure (a missing
 * one is still marked incomplete by the engine; a 0 is not).
 */
function said(v: number | null): number | null {
  // what would be written as "0" (float noise such as 1e-12 included) is a zero
  return v !== null && Math.round(Math.abs(v) * 100) === 0 ? null : v;
}

function doubtYtd(ind: ComputedIndicator): boolean {
  return !!ind.doubtful?.ytd;
}

function doubtPeriod(ind: ComputedIndicator): boolean {
  return !!ind.doubtful?.period;
}

/** Whether the figure pointValue() gives (the year to date, else the period) is doubted. */
function pointDoubted(ind: ComputedIndicator): boolean {
  return num(ind.ytd) !== null ? doubtYtd(ind) : doubtPeriod(ind);
}

/**
 * Change from the same period last year. Recomputed from the unrounded figures
 * when both are there (the report's changePct is rounded to two decimals, and
 * rounding 20,547 → 20,55 → 20,6 would misstate the seed's 20,5%).
 */
function changeOf(ind: ComputedIndicator): number | null {
  const y = num(ind.ytd);
  const ly = num(ind.lastYearYtd);
  if (y !== null && ly !== null) {
    const raw = ind.kind === 'rate' ? y - ly : ly !== 0 ? ((y - ly) / ly) * 100 : null;
    const c = raw === null ? null : num(Math.round(raw * 1e9) / 1e9);
    if (c !== null) return c;
  }
  return num(ind.changePct);
}

/** "tăng 20,5%", "giảm 0,86 điểm phần trăm" (never "điểm %" in prose). */
export function changeWords(c: number, kind: ComputedIndicator['kind']): string {
  return fmtChange(c, kind).replace(/điểm %$/u, 'điểm phần trăm');
}

/** "57,35%", "50%" (no ",00"), "100,20%" as seed 002 writes it. */
export function pctWords(p: number): string {
  return fmtNumber(p, 2).replace(/,00$/u, '') + '%';
}

/** Decimals (0–3) that write n exactly, or null. */
function exactDecimals(n: number): number | null {
  for (let d = 0; d <= 3; d++) {
    const x = n * 10 ** d;
    if (Math.abs(x - Math.round(x)) < 1e-6) return d;
  }
  return null;
}

/**
 * Money in "tỷ đồng" where natural: an indicator in "triệu đồng" whose every
 * figure said is at least 1.000 triệu and converts exactly (12.500 → 12,5 tỷ
 * đồng; 163.443 → 163,443 tỷ đồng as seed 003 writes "24,853 tỷ đồng").
 */
function inBillions(ind: ComputedIndicator): boolean {
  if (lowerVi(unitOf(ind)) !== 'triệu đồng') return false;
  const figures = [num(ind.period), num(ind.ytd), num(ind.lastYearYtd)]
    .map(said)
    .filter((v): v is number => v !== null);
  return figures.length > 0 && figures.every((v) => Math.abs(v) >= 1000 && exactDecimals(v / 1000) !== null);
}

/** A figure with its unit; a doubted one is left as a gap: "… lượt người [cần kiểm tra số liệu]". */
function fig(ind: ComputedIndicator, v: number, doubted = false): string {
  const unit = unitOf(ind);
  if (doubted) return unit && unit !== '%' ? `… ${unit} ${CHECK_MARK}` : `…${unit} ${CHECK_MARK}`;
  if (inBillions(ind)) {
    const b = v / 1000;
    // whole billions with the administrative leading zero, as seed 002 writes "gần 07 tỷ đồng"
    return `${Number.isInteger(b) ? fmtFigure(b, 'flow') : fmtNumber(b, exactDecimals(b) ?? 2)} tỷ đồng`;
  }
  return withUnit(v, unit, ind.kind);
}

/** The number alone, for a verb phrase that places its own noun ("3.932" in "tạo việc làm cho 3.932 lao động"). */
function bare(ind: ComputedIndicator, v: number, doubted = false): string {
  return doubted ? '…' : fmtFigure(v, ind.kind, unitOf(ind));
}

/** "năm 2023" in a year report (seed 002: "so với năm 2022"), else "cùng kỳ năm 2023". */
function lastYearWords(ctx: SentenceContext): string {
  return ctx.period.kind === 'year' ? `năm ${ctx.period.year - 1}` : `cùng kỳ năm ${ctx.period.year - 1}`;
}

function changeClause(ind: ComputedIndicator, ctx: SentenceContext): string {
  // An incomplete figure against last year's complete one would misstate the change.
  if (ind.incomplete || doubtYtd(ind) || ind.doubtful?.lastYear) return '';
  const c = changeOf(ind);
  if (c === null || !fmtChange(c, ind.kind)) return '';
  const ly = num(ind.lastYearYtd);
  const base = ly !== null ? ` (${fig(ind, ly)})` : '';
  return `${changeWords(c, ind.kind)} so với ${lastYearWords(ctx)}${base}`;
}

/**
 * A comparison target. A target is for the year: the year report (or a target
 * the staff marked "hằng tháng") says met / not met; before, it is a goal.
 */
function targetClause(ind: ComputedIndicator, ctx: SentenceContext): string {
  if (!ind.target || typeof ind.targetMet !== 'boolean' || num(ind.target.value) === null || doubtYtd(ind)) return '';
  const what = targetText(ind.target, unitOf(ind), ind.kind);
  if (ctx.period.kind === 'year' || ind.target.periodic)
    return `${ind.targetMet ? 'đạt' : 'chưa đạt'} chỉ tiêu kế hoạch ${what}`;
  return `phấn đấu đạt chỉ tiêu kế hoạch năm ${ctx.period.year} ${what}`;
}

function escapeRegExp(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "đạt 57,35% kế hoạch"; over 100: "đạt 140,13% kế hoạch, vượt kế hoạch". */
function planNote(ind: ComputedIndicator): string | null {
  const p = num(ind.planPct);
  if (p === null || doubtYtd(ind)) return null;
  return `đạt ${pctWords(p)} kế hoạch${p > 100 ? ', vượt kế hoạch' : ''}`;
}

/** The month the year to date really runs to, and what is missing after it. */
interface Span {
  /** "tháng 6/2024" */
  label: string;
  month: number;
  /** The figure stops before the period's end (its last months are empty). */
  early: boolean;
}

/** The month before the run of empty months that ends the period (from missingMonths), or null. */
function beforeTrailingGap(ind: ComputedIndicator, to: number): number | null {
  const missing = new Set(ind.missingMonths ?? []);
  if (!missing.has(to)) return null;
  let k = to;
  while (missing.has(k - 1)) k--;
  return k - 1 >= 1 ? k - 1 : null;
}

function spanOf(ind: ComputedIndicator, ctx: SentenceContext): Span {
  const to = ctx.period.to;
  // hand-made reports have no dataMonth: a flow's trailing empty months tell the same
  const dm = ind.dataMonth !== undefined ? num(ind.dataMonth) : ind.kind === 'flow' ? beforeTrailingGap(ind, to) : null;
  const m = ind.incomplete && dm !== null && dm >= 1 && dm < to ? dm : to;
  return { label: `tháng ${m}/${ctx.period.year}`, month: m, early: m < to };
}

/** "chưa có số liệu tháng 6", "chưa có số liệu từ tháng 7 đến tháng 12", "số liệu chưa đầy đủ" (a month inside the span empty). */
function incompleteNote(ind: ComputedIndicator, ctx: SentenceContext, span?: Span): string | null {
  if (!ind.incomplete || !ctx.markIncomplete(ind)) return null;
  const sp = span ?? spanOf(ind, ctx);
  const to = ctx.period.to;
  if (sp.early) {
    return sp.month + 1 === to
      ? `chưa có số liệu tháng ${to}`
      : `chưa có số liệu từ tháng ${sp.month + 1} đến tháng ${to}`;
  }
  return 'số liệu chưa đầy đủ';
}

/** "ước thực hiện tháng 6": an estimate column stood in for an empty month (input-format.md v2). */
export function estimateNote(ind: ComputedIndicator): string | null {
  const ms = ind.estimated ? (ind.estimatedMonths ?? []) : [];
  if (!ind.estimated) return null;
  return ms.length ? `ước thực hiện tháng ${ms.join(', ')}` : 'ước thực hiện';
}

function paren(notes: (string | null | undefined)[]): string {
  const kept = notes.filter((n): n is string => !!n);
  return kept.length ? ` (${kept.join('; ')})` : '';
}

/**
 * A breakdown in its own parenthesis, the % of plan and notes after it:
 * "(cao đẳng 13 người, sơ cấp 3.422 người), đạt 49,55% kế hoạch" — one
 * bracket never holds both the parts and the plan.
 */
function notesAfter(items: string[], notes: (string | null | undefined)[]): string {
  if (!items.length) return paren(notes);
  const rest = notes.filter((n): n is string => !!n);
  return ` (${items.join(', ')})` + rest.map((n) => ', ' + n).join('');
}

/** ", tăng 5,0% so với cùng kỳ năm 2023 (…), phấn đấu đạt chỉ tiêu kế hoạch năm 2024 dưới 2,1%" */
function tail(ind: ComputedIndicator, ctx: SentenceContext): string {
  return [changeClause(ind, ctx), targetClause(ind, ctx)]
    .filter(Boolean)
    .map((c) => ', ' + c)
    .join('');
}

// ---------------------------------------------------------------------------
// Predicates: "tạo việc làm cho 3.932 lao động" or "số … là 3.932 người"
// ---------------------------------------------------------------------------

interface Said {
  /** The predicate with the figure: "tạo việc làm cho 3.932 lao động", "số phiên … là 22 phiên". */
  text: string;
  /** A verb phrase (takes "toàn tỉnh đã" as its subject) rather than "<tên> là …". */
  verbal: boolean;
}

/** The indicator's name as the subject of "… là <số>" ("Số phiên giao dịch việc làm"). */
function subjectOf(ind: ComputedIndicator): string {
  return subjectName(nameOf(ind), unitOf(ind));
}

function predicate(ind: ComputedIndicator, v: number, doubted: boolean): Said {
  const p = inBillions(ind) ? null : predicateFor(nameOf(ind), unitOf(ind), ind.kind);
  if (p) {
    const text = p.say(bare(ind, v, doubted), doubted ? `… ${unitOf(ind)}`.trim() : fig(ind, v));
    return { text: text + (doubted ? ' ' + CHECK_MARK : ''), verbal: true };
  }
  return { text: `${lowerFirst(subjectOf(ind))} là ${fig(ind, v, doubted)}`, verbal: false };
}

/** The short opening of a later sector: "Trong tháng,", "Trong quý,", "Trong 6 tháng đầu năm,". */
function shortWhen(p: Period): string {
  switch (p.kind) {
    case 'month':
      return 'Trong tháng';
    case 'quarter':
      return 'Trong quý';
    case 'half':
      return 'Trong 6 tháng đầu năm';
    case 'nine_months':
      return 'Trong 9 tháng';
    default:
      return 'Trong năm';
  }
}

/**
 * The start of a sentence: the period (once per sector, varied from sector to
 * sector), the scope (once per report: "toàn tỉnh đã …" before a verb, "trên
 * địa bàn toàn tỉnh, …" before a name), then the predicate.
 */
function open(
  s: Said,
  ctx: SentenceContext,
  state: ParagraphState,
  o: { lead?: string; withPeriod?: boolean; when?: string },
): string {
  if (o.lead) return o.lead + s.text;
  const sector = state.sector;
  let when = o.when ?? '';
  // "Từ đầu năm đến hết tháng 6/2024," once for a run of figures that stop in the same month
  if (when && when === sector.lastWhen) when = '';
  else if (when) sector.lastWhen = when;
  if (!o.when && o.withPeriod && !sector.periodMentioned) {
    when = sector.opening === 'full' ? `Trong ${ctx.ky}` : sector.opening === 'short' ? shortWhen(ctx.period) : '';
  }
  if (o.withPeriod && !o.when) sector.periodMentioned = true;
  let subject = '';
  const scope = sector.report.scope;
  if (scope && s.verbal) {
    // "toàn tỉnh đã tạo việc làm cho …", but "toàn tỉnh có 8.436 hộ nghèo"
    subject = /^(?:có|ước)\s/u.test(s.text) ? `${lowerFirst(scope)} ` : `${lowerFirst(scope)} đã `;
    sector.report.scope = '';
  } else if (scope && scopePhrase(scope)) {
    subject = `${scopePhrase(scope)}, `;
    sector.report.scope = '';
  }
  return capFirst(when ? `${when}, ${subject}${s.text}` : `${subject}${s.text}`);
}

// ---------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------

/** A child that can be folded into its parent's parenthesis: a plain part, no plan, template or children of its own. */
function foldable(c: ComputedIndicator): boolean {
  return (
    c.kind !== 'rate' &&
    !cleanText(c.template ?? '') &&
    num(c.plan) === null &&
    !c.target &&
    (c.children?.length ?? 0) === 0
  );
}

function childValue(c: ComputedIndicator, which: 'period' | 'ytd'): number | null {
  if (c.kind !== 'flow') return pointValue(c);
  return which === 'period' ? num(c.period) : num(c.ytd);
}

/** True when the children's figures add up to the parent's (the parts are the whole: "gồm"). */
function partsMakeWhole(parent: ComputedIndicator, which: 'period' | 'ytd'): boolean {
  const whole = parent.kind === 'flow' ? num(which === 'period' ? parent.period : parent.ytd) : pointValue(parent);
  if (whole === null) return false;
  let sum = 0;
  for (const c of parent.children) {
    const v = childValue(c, which);
    if (v === null) return false;
    sum += v;
  }
  return Math.abs(sum - whole) < 1e-6 * Math.max(1, Math.abs(whole));
}

/** The child's name is itself the counted noun ("hồ sơ trực tuyến" in hồ sơ, "trẻ em mồ côi"): its figure goes first. */
function nounFirst(name: string, unit: string): boolean {
  const lower = name.toLocaleLowerCase('vi');
  const u = unit.toLocaleLowerCase('vi');
  return (
    (!!u && (lower.startsWith(u + ' ') || lower === u)) ||
    COUNTED_NOUNS.some((w) => lower === w || lower.startsWith(w + ' '))
  );
}

/** A flow's children fold into its parenthesis: two or more plain parts, or one part that is the counted noun ("có 2.463 hồ sơ trực tuyến"). */
function foldsChildren(ind: ComputedIndicator): boolean {
  const kids = ind.children ?? [];
  if (!kids.every(foldable)) return false;
  if (kids.length >= 2) return true;
  return kids.length === 1 && nounFirst(lowerFirst(nameOf(kids[0])), unitOf(kids[0], unitOf(ind)));
}

/**
 * "sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người" — zero and missing
 * children left out; "trong đó " first when the parts do not make the whole;
 * a single part "có 2.463 hồ sơ trực tuyến" (seed 000).
 */
function flowFoldItems(parent: ComputedIndicator, which: 'period' | 'ytd'): string[] {
  const items: string[] = [];
  for (const c of parent.children) {
    const v = said(childValue(c, which));
    if (v === null) continue;
    const name = lowerFirst(nameOf(c));
    const unit = unitOf(c, unitOf(parent));
    const doubted = which === 'period' ? doubtPeriod(c) : doubtYtd(c);
    const value = doubted ? fig({ ...c, unit }, v, true) : withUnit(v, unit, c.kind);
    if (parent.children.length === 1 && nounFirst(name, unit) && !doubted)
      items.push(`có ${fmtFigure(v, c.kind, unit)} ${name}`);
    else items.push(startsWithVerb(name) ? `${value} ${name}` : `${name} ${value}`);
  }
  if (items.length && parent.children.length > 1 && !partsMakeWhole(parent, which)) items[0] = 'trong đó ' + items[0];
  return items;
}

/** A stock's part: "27 trẻ em mồ côi" when the name is itself the counted noun, else "công lập 03 cơ sở". */
function stockPart(c: ComputedIndicator, v: number, unit: string): string {
  const name = lowerFirst(nameOf(c).replace(/^(?:số\s+lượng|số)\s+(?=\p{Ll})/iu, ''));
  const lower = name.toLocaleLowerCase('vi');
  const u = unit.toLocaleLowerCase('vi');
  // a doubted part is a gap to fill, never a figure ("hộ nghèo … hộ [cần kiểm tra số liệu]")
  if (pointDoubted(c)) return `${name} ${fig({ ...c, unit }, v, true)}`;
  if (startsWithVerb(name)) return `${withUnit(v, unit, c.kind)} ${name}`;
  const nounFirst =
    (u && lower.startsWith(u + ' ')) ||
    lower === u ||
    COUNTED_NOUNS.some((w) => lower === w || lower.startsWith(w + ' '));
  return nounFirst ? `${fmtFigure(v, c.kind)} ${name}` : `${name} ${withUnit(v, unit, c.kind)}`;
}

/** "gồm 27 …, 32 … và 47 …" / "có 11 đối tượng là nữ" — null when nothing to list. */
function stockFold(parent: ComputedIndicator): string | null {
  const parts = parent.children
    .map((c) => ({ c, v: said(pointValue(c)) }))
    .filter((x): x is { c: ComputedIndicator; v: number } => x.v !== null);
  if (parts.length === 0) return null;
  if (parent.children.length === 1) {
    const { c, v } = parts[0];
    const unit = unitOf(c, unitOf(parent));
    const name = lowerFirst(nameOf(c));
    if (pointDoubted(c)) return `trong đó ${name} ${fig({ ...c, unit }, v, true)}`;
    if (!unit || unit === '%') return `trong đó ${name} ${withUnit(v, unit, c.kind)}`;
    return startsWithVerb(name)
      ? `trong đó có ${withUnit(v, unit, c.kind)} ${name}`
      : `có ${withUnit(v, unit, c.kind)} là ${name}`;
  }
  const list = joinVa(parts.map(({ c, v }) => stockPart(c, v, unitOf(c, unitOf(parent)))));
  return partsMakeWhole(parent, 'ytd') ? `gồm ${list}` : `trong đó có ${list}`;
}

/** The children in parentheses for {chi_tiet} / {chi_tiet_luy_ke}: '' when there is nothing to list. */
function foldParen(parent: ComputedIndicator, which: 'period' | 'ytd'): string {
  if (parent.children.length === 0) return '';
  if (parent.kind === 'flow') {
    const items = flowFoldItems(parent, which);
    if (!items.length) return '';
    return parent.children.length === 1 && !items[0].startsWith('có ')
      ? `(trong đó ${items[0]})`
      : `(${items.join(', ')})`;
  }
  const s = stockFold(parent);
  return s ? `(${s})` : '';
}

function childSentences(children: ComputedIndicator[], ctx: SentenceContext, state: ParagraphState): string[] {
  const out: string[] = [];
  let leadUsed = false;
  for (const c of children) {
    const s = indicatorSentences(c, ctx, state, leadUsed ? undefined : 'Trong đó, ');
    if (s.length) leadUsed = true;
    out.push(...s);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

function templateValues(ind: ComputedIndicator, ctx: SentenceContext): TemplateValues {
  const f = (v: number | null) => (v === null ? null : fmtFigure(v, ind.kind, unitOf(ind)));
  const periodValue = ind.kind === 'flow' ? num(ind.period) : (num(ind.period) ?? num(ind.ytd));
  const change = changeOf(ind);
  const plan = num(ind.plan);
  const t = ind.target && num(ind.target.value) !== null ? ind.target : null;
  const targetWords: Record<string, string> = { '<': 'dưới', '<=': 'tối đa', '>': 'trên', '>=': 'tối thiểu' };
  return {
    ten: nameOf(ind),
    dvt: unitOf(ind),
    ky: ctx.ky,
    // the month the year to date really runs to ("tháng 5/2024" when June is empty)
    ky_luy_ke: spanOf(ind, ctx).label,
    nam_truoc: String(ctx.period.year - 1),
    pham_vi: ctx.phamVi,
    thuc_hien: f(periodValue),
    luy_ke: f(num(ind.ytd)),
    ke_hoach:
      plan !== null
        ? fmtFigure(plan, 'stock')
        : t
          ? `${targetWords[t.op] ?? ''} ${fmtFigure(t.value, ind.kind)}`.trim()
          : null,
    ty_le_kh: num(ind.planPct) === null ? null : pctWords(num(ind.planPct) as number),
    cung_ky: f(num(ind.lastYearYtd)),
    so_cung_ky: change === null || ind.incomplete ? null : changeWords(change, ind.kind),
    chi_tiet: foldParen(ind, 'period'),
    chi_tiet_luy_ke: foldParen(ind, 'ytd'),
  };
}

/**
 * The staff's wording of last year, made exact: "so với cùng kỳ năm trước" →
 * "so với cùng kỳ năm 2023 (7.655 hồ sơ)" (the year, and last year's figure
 * when the template does not give it); in the year report "so với năm 2023".
 */
function exactLastYear(template: string, ctx: SentenceContext, used: string[]): string {
  const words = ctx.period.kind === 'year' ? 'so với năm {nam_truoc}' : 'so với cùng kỳ năm {nam_truoc}';
  let out = template.replace(/so với cùng kỳ(?: năm (?:trước|ngoái|\{\s*nam_truoc\s*\}))?(?![\p{L}\d])/giu, words);
  if (!used.includes('cung_ky') && used.includes('so_cung_ky'))
    out = out.replace(/(so với (?:cùng kỳ )?năm \{nam_truoc\})(?!\s*\()/u, '$1 ({cung_ky} {dvt})');
  return out;
}

/**
 * A "Mẫu câu" (the sheet's column, or a catalogue's template for the
 * indicator) filled in. null → the default sentence: no template, a figure the
 * tool doubts (a template would state it as fact), or a template left headless
 * by a missing figure ("Lũy kế từ đầu năm 8.207 hồ sơ.").
 */
function templateSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState): string[] | null {
  const given = cleanText(ind.template ?? '');
  if (!given) return null;
  if (doubtPeriod(ind) || doubtYtd(ind)) return null;
  const used = templatePlaceholders(given);
  const template = exactLastYear(given, ctx, used);
  // From January the period is the year to date: "cho 777 hồ sơ (lũy kế từ đầu năm 777 hồ sơ)" says it twice.
  const repeats = new Set(ctx.fromStart && used.includes('thuc_hien') ? ['luy_ke', 'chi_tiet_luy_ke'] : []);
  const sentences = renderTemplate(template, templateValues(ind, ctx), repeats);
  if (!sentences || !sentences.length) return null;
  // "đạt 120,72% kế hoạch năm 2024" over 100 % says it as the default sentence does: ", vượt kế hoạch"
  const p = num(ind.planPct);
  if (p !== null && p > 100) {
    const reached = new RegExp(`đạt ${escapeRegExp(pctWords(p))} kế hoạch(?: năm(?: \\d{4})?)?`, 'u');
    for (let i = 0; i < sentences.length; i++) {
      if (!/vượt/u.test(sentences[i])) sentences[i] = sentences[i].replace(reached, '$&, vượt kế hoạch');
    }
  }
  // a template cannot say it: the first sentence carries "(ước thực hiện tháng 6)"
  const est = estimateNote(ind);
  if (est) sentences[0] = sentences[0].replace(/([.!?…]?)$/, (end) => ` (${est})${end || '.'}`);
  if (ind.templateOpens) {
    // a verb phrase (catalogue): opened like a default sentence — the period once per sector, the scope once
    sentences[0] = open({ text: lowerFirst(sentences[0]), verbal: true }, ctx, state, { withPeriod: true });
  } else {
    // the staff's sentence speaks for the period (with or without {ky}): no "Trong tháng 6 năm 2024," after it
    state.sector.periodMentioned = true;
    if (used.includes('pham_vi')) state.sector.report.scope = '';
  }
  const childrenUsed = used.includes('chi_tiet') || used.includes('chi_tiet_luy_ke');
  return childrenUsed ? sentences : [...sentences, ...childSentences(ind.children ?? [], ctx, state)];
}

// ---------------------------------------------------------------------------
// Default sentences
// ---------------------------------------------------------------------------

function flowSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState, lead?: string): string[] {
  const kids = ind.children ?? [];
  const fold = foldsChildren(ind);
  const p = said(num(ind.period));
  const y = said(num(ind.ytd));
  const span = spanOf(ind, ctx);
  const inc = incompleteNote(ind, ctx, span);
  const plan = planNote(ind);
  const est = estimateNote(ind);
  const t = tail(ind, ctx);
  // "Từ đầu năm đến hết tháng 5/2024": a year to date said on its own, labelled with the month it runs to
  const sinceJanuary = `Từ đầu năm đến hết ${span.label}`;
  let main: string[] = [];
  if (ctx.fromStart) {
    const v = y ?? p;
    if (v !== null) {
      const which = y !== null ? 'ytd' : 'period';
      const items = fold ? flowFoldItems(ind, which) : [];
      const s = predicate(ind, v, which === 'ytd' ? doubtYtd(ind) : doubtPeriod(ind));
      const when = span.early && !lead ? sinceJanuary : undefined;
      main = [`${open(s, ctx, state, { lead, withPeriod: true, when })}${notesAfter(items, [est, plan, inc])}${t}.`];
    }
  } else if (p !== null) {
    const first = open(predicate(ind, p, doubtPeriod(ind)), ctx, state, { lead, withPeriod: true });
    const foldP = fold ? flowFoldItems(ind, 'period') : [];
    const foldY = fold ? flowFoldItems(ind, 'ytd') : [];
    if (y === null) {
      main = [`${first}${notesAfter(foldP, [est, plan, inc])}${t}.`];
    } else if (foldP.length || foldY.length) {
      const again = predicate(ind, y, doubtYtd(ind));
      main = [
        `${first}${notesAfter(foldP, [])}.`,
        `Lũy kế đến hết ${span.label}, ${again.text}${notesAfter(foldY, [est, plan, inc])}${t}.`,
      ];
    } else {
      main = [`${first}, lũy kế đến hết ${span.label} là ${fig(ind, y, doubtYtd(ind))}${paren([est, plan, inc])}${t}.`];
    }
  } else if (y !== null) {
    const foldY = fold ? flowFoldItems(ind, 'ytd') : [];
    const s = predicate(ind, y, doubtYtd(ind));
    const start = lead ? `${lead}${lowerFirst(sinceJanuary)}, ${s.text}` : open(s, ctx, state, { when: sinceJanuary });
    main = [`${start}${notesAfter(foldY, [est, plan, inc])}${t}.`];
  }
  if (!main.length) {
    // No figure of its own: its parts still speak for themselves.
    return kids.flatMap((c) => indicatorSentences(c, ctx, state, undefined));
  }
  return fold ? main : [...main, ...childSentences(kids, ctx, state)];
}

function stockSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState, lead?: string): string[] {
  const kids = ind.children ?? [];
  const fold = kids.length >= 1 && kids.every(foldable);
  const v = said(pointValue(ind));
  if (v === null) return kids.flatMap((c) => indicatorSentences(c, ctx, state, undefined));
  // A value carried from an earlier month (the period's last month is empty) is dated with its own month.
  const span = spanOf(ind, ctx);
  const unknownMonth =
    ind.dataMonth === undefined && ind.incomplete && (ind.missingMonths ?? []).includes(ctx.period.to);
  const asOf = unknownMonth
    ? 'thời điểm báo cáo'
    : !span.early && ctx.period.to >= 12
      ? `cuối năm ${ctx.period.year}`
      : `cuối ${span.label}`;
  const s = predicate(ind, v, doubtYtd(ind));
  const parts = fold ? stockFold(ind) : null;
  const notes =
    notesAfter(parts ? [parts] : [], [estimateNote(ind), planNote(ind), incompleteNote(ind, ctx, span)]) +
    tail(ind, ctx);
  let text: string;
  if (s.verbal) {
    // "Tính đến cuối tháng 6/2024, toàn tỉnh có 8.436 hộ nghèo"; the next stock at the same date: "Hiện có …"
    if (lead) text = `${lead}${s.text}`;
    else if (state.lastAsOf === asOf && !span.early) text = `Hiện ${s.text}`;
    else text = `Tính đến ${asOf}, ${open(s, ctx, state, {}).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}`;
  } else {
    const name = lead ? lead + lowerFirst(subjectOf(ind)) : capFirst(subjectOf(ind));
    text = `${name} tính đến ${asOf} là ${fig(ind, v, doubtYtd(ind))}`;
  }
  if (!lead) state.lastAsOf = asOf;
  const out = `${text}${notes}.`;
  return fold ? [out] : [out, ...childSentences(kids, ctx, state)];
}

function rateSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState, lead?: string): string[] {
  const kids = ind.children ?? [];
  const v = pointValue(ind);
  if (v === null) return kids.flatMap((c) => indicatorSentences(c, ctx, state, undefined));
  const span = spanOf(ind, ctx);
  const name = lead ? lead + lowerFirst(subjectOf(ind)) : capFirst(subjectOf(ind));
  const when = span.early ? ` (tính đến ${span.label})` : '';
  const s = `${name}${when} ${fig(ind, v, doubtYtd(ind))}${paren([estimateNote(ind), planNote(ind), incompleteNote(ind, ctx, span)])}${tail(ind, ctx)}.`;
  return [s, ...childSentences(kids, ctx, state)];
}

/**
 * The sentences for one indicator and its children: its "Mẫu câu" template if
 * it has one (falling back to the default when the template is left with no
 * figure, or headless), else the default sentence for its kind. `lead`
 * ("Trong đó, ") introduces a child.
 *
 * A template from elsewhere (an indicator catalogue matched by code or name)
 * plugs in by setting `template` on the indicator before the call; it is read
 * exactly like the sheet's "Mẫu câu".
 */
export function indicatorSentences(
  given: ComputedIndicator,
  ctx: SentenceContext,
  state: ParagraphState,
  lead?: string,
): string[] {
  const ind = Array.isArray(given.children) ? given : { ...given, children: [] };
  const fromTemplate = templateSentences(ind, ctx, state);
  if (fromTemplate) return fromTemplate;
  switch (ind.kind) {
    case 'stock':
      return stockSentences(ind, ctx, state, lead);
    case 'rate':
      return rateSentences(ind, ctx, state, lead);
    default:
      return flowSentences(ind, ctx, state, lead);
  }
}

// ---------------------------------------------------------------------------
// Flows without a plan share a sentence
// ---------------------------------------------------------------------------

/** A flow with no plan, target, template or children: it joins the shared ";" sentence. */
export function isPlainFlow(ind: ComputedIndicator): boolean {
  return (
    ind.kind === 'flow' &&
    num(ind.plan) === null &&
    !ind.target &&
    !cleanText(ind.template ?? '') &&
    (ind.children?.length ?? 0) === 0
  );
}

const MAX_ITEMS_PER_SENTENCE = 5;

/**
 * "Tư vấn việc làm … cho 2.625 lượt người, lũy kế 14.138 lượt người; tổ chức
 * 22 phiên giao dịch việc làm, lũy kế 111 phiên; …" — the flows with a figure
 * for the period; one with only a year to date gets its own sentence.
 */
export function sharedFlowSentences(inds: ComputedIndicator[], ctx: SentenceContext, state: ParagraphState): string[] {
  const items: { ind: ComputedIndicator; s: Said; rest: string }[] = [];
  const alone: ComputedIndicator[] = [];
  for (const ind of inds) {
    const p = said(num(ind.period));
    const y = said(num(ind.ytd));
    if (ctx.fromStart) {
      const v = y ?? p;
      if (v === null) continue;
      if (spanOf(ind, ctx).early) {
        alone.push(ind);
        continue;
      }
      const s = predicate(ind, v, y !== null ? doubtYtd(ind) : doubtPeriod(ind));
      items.push({ ind, s, rest: paren([estimateNote(ind), incompleteNote(ind, ctx)]) + tail(ind, ctx) });
    } else if (p !== null) {
      const s = predicate(ind, p, doubtPeriod(ind));
      const rest = y !== null ? `, lũy kế ${fig(ind, y, doubtYtd(ind))}` : '';
      items.push({ ind, s, rest: rest + paren([estimateNote(ind), incompleteNote(ind, ctx)]) + tail(ind, ctx) });
    } else if (y !== null) alone.push(ind);
  }
  const out: string[] = [];
  for (let i = 0; i < items.length; i += MAX_ITEMS_PER_SENTENCE) {
    const chunk = items.slice(i, i + MAX_ITEMS_PER_SENTENCE);
    const parts = chunk.map((it, k) =>
      k === 0 ? open(it.s, ctx, state, { withPeriod: true }) + it.rest : it.s.text + it.rest,
    );
    out.push(parts.join('; ') + '.');
  }
  for (const ind of alone) out.push(...flowSentences(ind, ctx, state));
  return out;
}
