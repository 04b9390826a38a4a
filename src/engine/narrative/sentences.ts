/**
 * Generated sentences for one indicator (and its children), in the seeds'
 * phrasing. See README.md in this folder for the rules.
 */
import { fmtChange, fmtPct } from '../format';
import type { ComputedIndicator, Period } from '../types';
import { periodLabel, ytdLabel } from './periods';
import { templatePlaceholders } from '../placeholders';
import { renderTemplate, type TemplateValues } from './template';
import {
  capFirst,
  cleanName,
  cleanText,
  COUNTED_NOUNS,
  fmtFigure,
  joinVa,
  lowerFirst,
  num,
  startsWithVerb,
  subjectName,
  targetText,
  withUnit,
} from './text';

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
   * Whether an incomplete figure gets "(số liệu chưa đầy đủ)" after it: always,
   * except where the narrative says it once for the report or the sector.
   */
  markIncomplete: (ind: ComputedIndicator) => boolean;
}

/** State shared by the sentences of one sector. */
export interface SectorState {
  /** "trên địa bàn toàn tỉnh" until the first "Trong <kỳ>, …" of the sector has used it; then ''. */
  scope: string;
}

/** State shared by the sentences of one paragraph. */
export interface ParagraphState {
  /** "Trong tháng 6 năm 2024, …" has been written: later sentences start with the name. */
  periodMentioned: boolean;
  sector: SectorState;
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
 * Thông tin → Phạm vi as an adverbial that fits before ANY indicator name:
 * "toàn tỉnh" → "trên địa bàn toàn tỉnh", "xã Gia Hòa 2" → "trên địa bàn xã
 * Gia Hòa 2", "trên địa bàn tỉnh" as written. A scope that is not a place
 * ("toàn ngành", an agency's name) gives '' — it only fits as the subject of a
 * verb, which a template can say with {pham_vi}.
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

function nameOf(ind: ComputedIndicator): string {
  return cleanName(ind.name) || cleanText(ind.code ?? '') || 'Chỉ tiêu';
}

function unitOf(ind: ComputedIndicator, fallback = ''): string {
  return cleanText(ind.unit ?? '') || fallback;
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

function fig(ind: ComputedIndicator, v: number): string {
  return withUnit(v, unitOf(ind), ind.kind);
}

function changeClause(ind: ComputedIndicator, ctx: SentenceContext): string {
  // An incomplete figure against last year's complete one would misstate the change.
  if (ind.incomplete) return '';
  const c = changeOf(ind);
  if (c === null || !fmtChange(c, ind.kind)) return '';
  const ly = num(ind.lastYearYtd);
  const base = ly !== null ? ` (${fig(ind, ly)})` : '';
  return `${fmtChange(c, ind.kind)} so với cùng kỳ năm ${ctx.period.year - 1}${base}`;
}

function targetClause(ind: ComputedIndicator): string {
  if (!ind.target || typeof ind.targetMet !== 'boolean' || num(ind.target.value) === null) return '';
  return `${ind.targetMet ? 'đạt' : 'chưa đạt'} chỉ tiêu kế hoạch ${targetText(ind.target, unitOf(ind), ind.kind)}`;
}

function planNote(ind: ComputedIndicator): string | null {
  const p = num(ind.planPct);
  return p === null ? null : `đạt ${fmtPct(p)} kế hoạch`;
}

function incompleteNote(ind: ComputedIndicator, ctx: SentenceContext): string | null {
  return ind.incomplete && ctx.markIncomplete(ind) ? 'số liệu chưa đầy đủ' : null;
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

/** ", tăng 5,0% so với cùng kỳ năm 2023 (…), đạt chỉ tiêu kế hoạch dưới 2,79%" */
function tail(ind: ComputedIndicator, ctx: SentenceContext): string {
  return [changeClause(ind, ctx), targetClause(ind)]
    .filter(Boolean)
    .map((c) => ', ' + c)
    .join('');
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

/**
 * "sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người" — zero and missing
 * children left out; "trong đó " first when the parts do not make the whole.
 */
function flowFoldItems(parent: ComputedIndicator, which: 'period' | 'ytd'): string[] {
  const items: string[] = [];
  for (const c of parent.children) {
    const v = said(childValue(c, which));
    if (v === null) continue;
    const name = lowerFirst(nameOf(c));
    const value = withUnit(v, unitOf(c, unitOf(parent)), c.kind);
    items.push(startsWithVerb(name) ? `${value} ${name}` : `${name} ${value}`);
  }
  if (items.length && parent.children.length > 1 && !partsMakeWhole(parent, which)) items[0] = 'trong đó ' + items[0];
  return items;
}

/** A stock's part: "27 trẻ em mồ côi" when the name is itself the counted noun, else "công lập 03 cơ sở". */
function stockPart(c: ComputedIndicator, v: number, unit: string): string {
  const name = lowerFirst(nameOf(c).replace(/^(?:số\s+lượng|số)\s+(?=\p{Ll})/iu, ''));
  const lower = name.toLocaleLowerCase('vi');
  const u = unit.toLocaleLowerCase('vi');
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
    return parent.children.length === 1 ? `(trong đó ${items[0]})` : `(${items.join(', ')})`;
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
    ky_luy_ke: ctx.ytd,
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
    ty_le_kh: num(ind.planPct) === null ? null : fmtPct(num(ind.planPct) as number),
    cung_ky: f(num(ind.lastYearYtd)),
    so_cung_ky: change === null || ind.incomplete ? null : fmtChange(change, ind.kind),
    chi_tiet: foldParen(ind, 'period'),
    chi_tiet_luy_ke: foldParen(ind, 'ytd'),
  };
}

function templateSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState): string[] | null {
  const template = cleanText(ind.template ?? '');
  if (!template) return null;
  const used = templatePlaceholders(template);
  // From January the period is the year to date: "cho 777 hồ sơ (lũy kế từ đầu năm 777 hồ sơ)" says it twice.
  const repeats = new Set(ctx.fromStart && used.includes('thuc_hien') ? ['luy_ke', 'chi_tiet_luy_ke'] : []);
  const sentences = renderTemplate(template, templateValues(ind, ctx), repeats);
  if (!sentences.length) return null;
  // a template cannot say it: the first sentence carries "(ước thực hiện tháng 6)"
  const est = estimateNote(ind);
  if (est) sentences[0] = sentences[0].replace(/([.!?…]?)$/, (end) => ` (${est})${end || '.'}`);
  if (used.includes('ky')) state.periodMentioned = true;
  if (used.includes('pham_vi')) state.sector.scope = '';
  const childrenUsed = used.includes('chi_tiet') || used.includes('chi_tiet_luy_ke');
  return childrenUsed ? sentences : [...sentences, ...childSentences(ind.children ?? [], ctx, state)];
}

// ---------------------------------------------------------------------------
// Default sentences
// ---------------------------------------------------------------------------

/** The indicator's name as the subject of its sentence ("Số phiên giao dịch việc làm"). */
function subjectOf(ind: ComputedIndicator): string {
  return subjectName(nameOf(ind), unitOf(ind));
}

function head(
  ind: ComputedIndicator,
  ctx: SentenceContext,
  state: ParagraphState,
  lead: string | undefined,
  withPeriod: boolean,
): string {
  const name = subjectOf(ind);
  if (lead) return lead + lowerFirst(name);
  if (withPeriod && !state.periodMentioned) {
    state.periodMentioned = true;
    // A year-to-date report whose data stop early (said once for the report or sector) reads as
    // the seeds do: "Từ đầu năm đến nay", not "Trong năm 2024"; a lone incomplete figure keeps its mark instead.
    const early = ind.incomplete && !ctx.markIncomplete(ind) && ctx.fromStart && ctx.period.kind !== 'month';
    const when = early ? 'Từ đầu năm đến nay' : `Trong ${ctx.ky}`;
    const scope = state.sector.scope;
    state.sector.scope = '';
    return `${when}, ${scope ? scope + ', ' : ''}${lowerFirst(name)}`;
  }
  return capFirst(name);
}

function flowSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState, lead?: string): string[] {
  const kids = ind.children ?? [];
  const fold = kids.length >= 2 && kids.every(foldable);
  const p = said(num(ind.period));
  const y = said(num(ind.ytd));
  const t = tail(ind, ctx);
  let main: string[] = [];
  if (ctx.fromStart) {
    const v = y ?? p;
    if (v !== null) {
      const items = fold ? flowFoldItems(ind, y !== null ? 'ytd' : 'period') : [];
      main = [
        `${head(ind, ctx, state, lead, true)} là ${fig(ind, v)}${paren([items.join(', '), estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${t}.`,
      ];
    }
  } else if (p !== null) {
    const first = `${head(ind, ctx, state, lead, true)} là ${fig(ind, p)}`;
    const foldP = fold ? flowFoldItems(ind, 'period') : [];
    const foldY = fold ? flowFoldItems(ind, 'ytd') : [];
    if (y === null) {
      main = [`${first}${paren([foldP.join(', '), estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${t}.`];
    } else if (foldP.length || foldY.length) {
      main = [
        `${first}${paren([foldP.join(', ')])}.`,
        `Lũy kế đến hết ${ctx.ytd} là ${fig(ind, y)}${paren([foldY.join(', '), estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${t}.`,
      ];
    } else {
      main = [
        `${first}, lũy kế đến hết ${ctx.ytd} là ${fig(ind, y)}${paren([estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${t}.`,
      ];
    }
  } else if (y !== null) {
    const foldY = fold ? flowFoldItems(ind, 'ytd') : [];
    main = [
      `${head(ind, ctx, state, lead, false)} lũy kế đến hết ${ctx.ytd} là ${fig(ind, y)}${paren([foldY.join(', '), estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${t}.`,
    ];
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
  // A value carried from an earlier month (the period's last month is empty) is not "cuối tháng 6".
  const asOf =
    ind.incomplete && (ind.missingMonths ?? []).includes(ctx.period.to)
      ? 'tính đến thời điểm báo cáo'
      : `tính đến cuối ${ctx.period.to >= 12 ? `năm ${ctx.period.year}` : ctx.ytd}`;
  const s = `${head(ind, ctx, state, lead, false)} ${asOf} là ${fig(ind, v)}${paren([fold ? stockFold(ind) : null, estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${tail(ind, ctx)}.`;
  return fold ? [s] : [s, ...childSentences(kids, ctx, state)];
}

function rateSentences(ind: ComputedIndicator, ctx: SentenceContext, state: ParagraphState, lead?: string): string[] {
  const kids = ind.children ?? [];
  const v = pointValue(ind);
  if (v === null) return kids.flatMap((c) => indicatorSentences(c, ctx, state, undefined));
  const s = `${head(ind, ctx, state, lead, false)} ${fig(ind, v)}${paren([estimateNote(ind), planNote(ind), incompleteNote(ind, ctx)])}${tail(ind, ctx)}.`;
  return [s, ...childSentences(kids, ctx, state)];
}

/**
 * The sentences for one indicator and its children: its "Mẫu câu" template if
 * it has one (falling back to the default when the template is left with no
 * figure), else the default sentence for its kind. `lead` ("Trong đó, ")
 * introduces a child.
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

const MAX_ITEMS_PER_SENTENCE = 6;

/** "Trong tháng 6 năm 2024, số … là 2.625 lượt người; số phiên … là 22 phiên; …" */
export function sharedFlowSentences(inds: ComputedIndicator[], ctx: SentenceContext, state: ParagraphState): string[] {
  const items: { ind: ComputedIndicator; rest: string; noPeriod: boolean }[] = [];
  for (const ind of inds) {
    const p = said(num(ind.period));
    const y = said(num(ind.ytd));
    let rest: string;
    let noPeriod = false;
    if (ctx.fromStart) {
      const v = y ?? p;
      if (v === null) continue;
      rest = ` là ${fig(ind, v)}`;
    } else if (p !== null) {
      rest = ` là ${fig(ind, p)}` + (y !== null ? `, lũy kế ${fig(ind, y)}` : '');
    } else if (y !== null) {
      rest = ` lũy kế đến hết ${ctx.ytd} là ${fig(ind, y)}`;
      noPeriod = true;
    } else continue;
    rest += paren([estimateNote(ind), incompleteNote(ind, ctx)]) + tail(ind, ctx);
    items.push({ ind, rest, noPeriod });
  }
  // Items with a figure for the period first, so that "Trong <kỳ>," covers them.
  items.sort((a, b) => Number(a.noPeriod) - Number(b.noPeriod));
  const out: string[] = [];
  for (let i = 0; i < items.length; i += MAX_ITEMS_PER_SENTENCE) {
    const chunk = items.slice(i, i + MAX_ITEMS_PER_SENTENCE);
    const parts = chunk.map((it, k) =>
      k === 0 ? head(it.ind, ctx, state, undefined, !it.noPeriod) + it.rest : lowerFirst(subjectOf(it.ind)) + it.rest,
    );
    out.push(parts.join('; ') + '.');
  }
  return out;
}
