/**
 * The indicator catalogue (indicators.ts) and how the engine uses it:
 * - `findCatalogueIndicator` matches a workbook indicator to a catalogue entry
 *   by code (checked against the name, so a unit's own numbering never borrows
 *   another indicator's sentence) or by normalised name;
 * - `withCatalogueSentences` gives a computed report's indicators the
 *   catalogue's "Mẫu câu" where they have none of their own, so the narrative
 *   renders them through the same template mechanism as a staff template.
 */
import { memoized } from '../memo';
import { normalizeLabel } from '../normalize';
import type { ComputedIndicator, ComputedReport, Kind } from '../types';
import { CATALOGUE_INDICATORS, CATALOGUE_SECTORS, type CatalogueIndicator, type CatalogueSector } from './indicators';
export { CATALOGUE_GROUPS } from './indicators';

export { CATALOGUE_INDICATORS, CATALOGUE_SECTORS };
export type { CatalogueGroup, CatalogueIndicator, CatalogueSector, TargetForm } from './indicators';

/**
 * A name for matching: normalised, without list marks, "Trong đó:", a leading "Số", punctuation.
 * Cached (pure): a name is matched once per report and again and again when consolidating.
 */
export const nameKey: (name: string) => string = memoized(nameKeyOnce);

/** A start one of nameKeyOnce's prefix removals could match (a superset: a mark, digit, "a)", "trong do", "gom", "so"…). */
const PREFIX_START = /^(?:[-+•*–—.\s]|\d|[a-z][.)]|trong do|gom|bao gom|so)/;
/** Punctuation nameKeyOnce turns into spaces. */
const PUNCTUATION = /[.,;:()"'“”/\\–—-]/;

function nameKeyOnce(name: string): string {
  let s = normalizeLabel(name);
  // normalizeLabel's result is trimmed with single spaces: with no prefix to remove and no
  // punctuation, the passes below would give it back unchanged
  for (let i = 0; i < 3 && PREFIX_START.test(s); i++) {
    const before = s;
    s = s
      .replace(/^[-+•*–—.\s]+/, '')
      .replace(/^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+/, '')
      .replace(/^(?:trong do|gom|bao gom)\s*[:,]?\s*/, '')
      .replace(/^(?:so luong|so)\s+/, '')
      .trim();
    if (s === before) break;
  }
  if (!PUNCTUATION.test(s)) return s;
  return s
    .replace(/[.,;:()"'“”/\\–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Unit for matching: normalised; "%" stays. Cached (pure): units repeat on every row. */
export const unitKey: (unit: string) => string = memoized((unit) => normalizeLabel(unit).replace(/\s+/g, ' '));

const STOP = new Set(['va', 'cac', 'duoc', 'cho', 'cua', 'tai', 'o', 'trong', 'do', 'so', 'nhung']);

function tokens(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w && !STOP.has(w)));
}

/** Jaccard similarity of the words of two name keys. */
function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const w of ta) if (tb.has(w)) common++;
  return common / (ta.size + tb.size - common);
}

const BY_CODE = new Map(CATALOGUE_INDICATORS.map((c) => [c.code.toUpperCase(), c]));
const BY_NAME = new Map<string, CatalogueIndicator[]>();
for (const c of CATALOGUE_INDICATORS) {
  for (const n of [c.name, ...(c.aliases ?? [])]) {
    const k = nameKey(n);
    const list = BY_NAME.get(k) ?? [];
    if (!list.includes(c)) BY_NAME.set(k, [...list, c]);
  }
}

export function catalogueByCode(code: string): CatalogueIndicator | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The code of an entry's parent (`VL01.1` → `VL01`), or null. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i > 0 ? code.slice(0, i) : null;
}

/** The sector of a catalogue code (by its letter prefix). */
export function sectorOf(code: string): CatalogueSector | undefined {
  const prefix = /^[A-Za-z]+/.exec(code)?.[0]?.toUpperCase();
  return CATALOGUE_SECTORS.find((s) => s.prefix === prefix);
}

export interface MatchQuery {
  code?: string | null;
  name: string;
  unit?: string;
  kind?: Kind;
  /** True for a child row ("Trong đó", VL01.1): only child entries match; false: only top-level ones. */
  child?: boolean;
}

/** Name similarity a code match needs (words in common / words in either). */
const CODE_NAME_SIMILARITY = 0.5;

function fits(c: CatalogueIndicator, q: MatchQuery): boolean {
  if (q.kind && c.kind !== q.kind) return false;
  if (q.unit !== undefined && unitKey(q.unit) !== unitKey(c.unit)) return false;
  if (q.child !== undefined && (parentCode(c.code) !== null) !== q.child) return false;
  return true;
}

/**
 * The catalogue entry for a workbook indicator, or undefined: same code with a
 * similar name (≥ half the words in common with the name or an alias), else the
 * same normalised name or alias. Unit and kind, when given, must agree.
 */
export function findCatalogueIndicator(q: MatchQuery): CatalogueIndicator | undefined {
  const key = nameKey(q.name);
  if (q.code) {
    const c = catalogueByCode(q.code);
    if (
      c &&
      fits(c, q) &&
      [c.name, ...(c.aliases ?? [])].some((n) => {
        const k = nameKey(n);
        return k === key || similarity(k, key) >= CODE_NAME_SIMILARITY;
      })
    ) {
      return c;
    }
  }
  const byName = (BY_NAME.get(key) ?? []).filter((c) => fits(c, q));
  // A child name such as "Sơ cấp" exists under several parents: take the one under the same code parent.
  if (byName.length > 1 && q.code) {
    const p = parentCode(q.code)?.toUpperCase();
    const same = byName.find((c) => parentCode(c.code)?.toUpperCase() === p);
    if (same) return same;
  }
  return byName.length === 1 ? byName[0] : undefined;
}

/** The catalogue sentence for an indicator in a report of this kind (year or not), without the opening. */
function sentenceFor(c: CatalogueIndicator, yearReport: boolean): string | undefined {
  return (yearReport ? (c.sentenceYear ?? c.sentence) : c.sentence) ?? undefined;
}

/**
 * The report with catalogue sentences filled in as templates, for the
 * indicators that match the catalogue and have no "Mẫu câu" of their own.
 * Left to the default sentences (which say these things and a template cannot):
 * an indicator with a comparison target (met / not met), an incomplete figure
 * (a missing month, a stock standing in with an older month), a figure of 0.
 * A verb-phrase sentence (`opens`) is marked `templateOpens`: the narrative
 * opens it as it opens its own sentences — "Trong tháng 6 năm 2024, toàn tỉnh
 * đã tạo việc làm cho …" once, the period varied from sector to sector, the
 * scope once per report. The input is not modified.
 */
export function withCatalogueSentences(report: ComputedReport): ComputedReport {
  const yearReport = report.period?.kind === 'year';
  const sectors = (report.sectors ?? []).map((sector) => {
    const visit = (ind: ComputedIndicator, child: boolean): ComputedIndicator => {
      const children = Array.isArray(ind.children) ? ind.children.map((c) => visit(c, true)) : ind.children;
      // an indicator that gets no sentence, nor any of its children, is shared with the input rather than copied
      const unchanged = (): ComputedIndicator =>
        children === ind.children || children.every((c, i) => c === ind.children[i]) ? ind : { ...ind, children };
      const own = typeof ind.template === 'string' && ind.template.trim() !== '';
      // Zeros: the default sentences leave a figure of 0 out ("never write a zero count"); a template cannot.
      const zero = ind.period === 0 || ind.ytd === 0;
      if (own || ind.target || ind.incomplete || zero) return unchanged();
      const c = findCatalogueIndicator({ code: ind.code, name: ind.name, unit: ind.unit, kind: ind.kind, child });
      const s = c && sentenceFor(c, yearReport);
      if (!c || !s) return unchanged();
      // a verb phrase is opened by the narrative, like its own sentences ("Trong tháng 6 năm 2024, toàn tỉnh đã …" once)
      return c.opens ? { ...ind, children, template: s, templateOpens: true } : { ...ind, children, template: s };
    };
    return { ...sector, indicators: (sector.indicators ?? []).map((i) => visit(i, false)) };
  });
  return { ...report, sectors };
}
