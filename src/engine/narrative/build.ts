/**
 * buildNarrative: the computed report → the narrative document
 * (outputs.md §2, modelled on seeds/000_…).
 */
import { withCatalogueSentences } from '../catalogue';
import type { ComputedIndicator, ComputedReport, ComputedSector, ContentParagraph } from '../types';
import type { Block, NarrativeDoc } from './model';
import { nextPeriodLabel, resultsHeading, subjectLine, tasksHeading } from './periods';
import {
  indicatorSentences,
  isPlainFlow,
  scopePhrase,
  sentenceContext,
  sharedFlowSentences,
  type SectorState,
  type SentenceContext,
} from './sentences';
import { capFirst, cleanText, num } from './text';

/** "4. Công tác Bảo trợ xã hội" → "Công tác Bảo trợ xã hội"; "4.1. Hoạt động …" → "Hoạt động …". */
function stripNumbering(s: string): string {
  return cleanText(s)
    .replace(/^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-–]\s*/i, '')
    .replace(/^\d+(?:\.\d+)+\s+/, '')
    .trim();
}

/** A staff paragraph cell → paragraphs (a cell may hold several lines). */
function staffParagraphs(text: string): string[] {
  return String(text ?? '')
    .split(/\r?\n|\r/)
    .map(cleanText)
    .filter(Boolean);
}

function paragraph(text: string, source: 'staff' | 'generated'): Block {
  return { type: 'paragraph', runs: [{ text }], source };
}

/** The generated paragraph for a list of top-level indicators (one group of a sector). */
function generatedParagraph(inds: ComputedIndicator[], ctx: SentenceContext, sector: SectorState): string {
  const state = { periodMentioned: false, sector };
  const plain = inds.filter(isPlainFlow);
  const out: string[] = [];
  let plainDone = false;
  for (const ind of inds) {
    if (isPlainFlow(ind)) {
      if (!plainDone) out.push(...sharedFlowSentences(plain, ctx, state));
      plainDone = true;
      continue;
    }
    out.push(...indicatorSentences(ind, ctx, state));
  }
  return out.join(' ');
}

/** Top-level indicators by group heading, in order of first appearance; ungrouped first. */
function byGroup(sector: ComputedSector): { group: string | null; inds: ComputedIndicator[] }[] {
  const groups: { group: string | null; inds: ComputedIndicator[] }[] = [{ group: null, inds: [] }];
  for (const ind of sector.indicators ?? []) {
    const g = cleanText(ind.group ?? '') || null;
    let entry = groups.find((x) => x.group === g);
    if (!entry) {
      entry = { group: g, inds: [] };
      groups.push(entry);
    }
    entry.inds.push(ind);
  }
  return groups;
}

/** Every indicator with a figure, children included. */
function withFigures(inds: ComputedIndicator[]): ComputedIndicator[] {
  return inds.flatMap((i) => [
    ...(num(i.period) !== null || num(i.ytd) !== null ? [i] : []),
    ...withFigures(i.children ?? []),
  ]);
}

/** At least two figures and every one incomplete: say so once instead of after each figure. */
function allIncomplete(inds: ComputedIndicator[]): boolean {
  const f = withFigures(inds);
  return f.length >= 2 && f.every((i) => i.incomplete);
}

/** First month of the run of empty months that ends the period (k in k…to), or null when the period's last month has data. */
function trailingGap(i: ComputedIndicator, to: number): number | null {
  const missing = new Set(i.missingMonths ?? []);
  if (!missing.has(to)) return null;
  let k = to;
  while (missing.has(k - 1)) k--;
  return k;
}

/**
 * Where the incomplete figures stop: the k of k…to shared by most incomplete
 * flows (a tie or none → null). The note names month k − 1; a flow that stops
 * elsewhere keeps its own "(số liệu chưa đầy đủ)".
 */
function commonGap(inds: ComputedIndicator[], to: number): number | null {
  const count = new Map<number, number>();
  for (const i of withFigures(inds)) {
    const k = i.kind === 'flow' && i.incomplete ? trailingGap(i, to) : null;
    if (k !== null && k > 1) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** The once-only note and which figures still need their own mark. */
function incompleteNote(
  where: string,
  inds: ComputedIndicator[],
  period: ComputedReport['period'],
): { sentence: string; markIncomplete: (i: ComputedIndicator) => boolean } {
  const k = commonGap(inds, period.to);
  const upTo = k === null ? '' : `, mới tổng hợp đến hết tháng ${k - 1}/${period.year}`;
  return {
    sentence: `Số liệu các chỉ tiêu ${where} chưa đầy đủ${upTo}.`,
    markIncomplete: (i) => k !== null && i.kind === 'flow' && trailingGap(i, period.to) !== k,
  };
}

function contentFor(content: ContentParagraph[], sheet: string, part: ContentParagraph['part']): string[] {
  return content.filter((c) => c && c.sectorSheet === sheet && c.part === part).flatMap((c) => staffParagraphs(c.text));
}

/**
 * The narrative of a computed report:
 * I. TÌNH HÌNH THỰC HIỆN <kỳ> — per sector with text or figures: "n. <title>",
 * the staff's "Kết quả" paragraphs, then the generated paragraph (per group
 * heading "n.k. <group>" where the sector has groups);
 * II. NHIỆM VỤ TRỌNG TÂM <kỳ sau> — per sector with "Nhiệm vụ" paragraphs.
 * Sectors with nothing to say are left out of a section (numbering stays
 * continuous); when no sector has tasks, section II holds one general sentence.
 */
export interface NarrativeOptions {
  /**
   * Indicators known to the indicator catalogue (src/engine/catalogue) speak in
   * its "Mẫu câu" unless they have their own (default true). False: the default
   * sentences only (the tests of the default generator).
   */
  catalogue?: boolean;
}

export function buildNarrative(given: ComputedReport, options: NarrativeOptions = {}): NarrativeDoc {
  const report = options.catalogue === false ? given : withCatalogueSentences(given);
  const period = report.period;
  const base = sentenceContext(period, report.info?.phamVi ?? '');
  const scope = scopePhrase(base.phamVi);
  const content = report.content ?? [];
  const blocks: Block[] = [{ type: 'heading', level: 1, text: resultsHeading(period) }];

  // "(số liệu chưa đầy đủ)" once: for the whole report when every figure is
  // incomplete (a year report on data that stops in June), else once per sector
  // whose figures all are; after each figure only where a few are.
  const allInds = (report.sectors ?? []).flatMap((s) => s.indicators ?? []);
  const reportNote = allIncomplete(allInds) ? incompleteNote('trong báo cáo', allInds, period) : null;
  if (reportNote) {
    blocks.push({ type: 'paragraph', runs: [{ text: reportNote.sentence, italic: true }], source: 'generated' });
  }

  let n = 0;
  for (const sector of report.sectors ?? []) {
    const staff = contentFor(content, sector.sheet, 'ket_qua');
    const inds = sector.indicators ?? [];
    const sectorNote = !reportNote && allIncomplete(inds) ? incompleteNote('trên', inds, period) : null;
    const note = reportNote ?? sectorNote;
    const ctx: SentenceContext = note ? { ...base, markIncomplete: note.markIncomplete } : base;
    const sectorState: SectorState = { scope };
    const groups = byGroup(sector)
      .map((g) => ({ group: g.group, text: generatedParagraph(g.inds, ctx, sectorState) }))
      .filter((g) => g.text !== '');
    if (sectorNote && groups.length) groups[groups.length - 1].text += ' ' + sectorNote.sentence;
    if (!staff.length && !groups.length) continue;
    n++;
    blocks.push({ type: 'heading', level: 2, text: `${n}. ${stripNumbering(sector.title) || sector.sheet}` });
    for (const t of staff) blocks.push(paragraph(t, 'staff'));
    let k = 0;
    for (const g of groups) {
      if (g.group) {
        k++;
        blocks.push({ type: 'heading', level: 3, text: `${n}.${k}. ${capFirst(stripNumbering(g.group) || g.group)}` });
      }
      blocks.push(paragraph(g.text, 'generated'));
    }
  }

  blocks.push({ type: 'heading', level: 1, text: tasksHeading(period) });
  let m = 0;
  for (const sector of report.sectors ?? []) {
    const tasks = contentFor(content, sector.sheet, 'nhiem_vu');
    if (!tasks.length) continue;
    m++;
    blocks.push({ type: 'heading', level: 2, text: `${m}. ${stripNumbering(sector.title) || sector.sheet}` });
    for (const t of tasks) blocks.push(paragraph(t, 'staff'));
  }
  if (m === 0) {
    const next = nextPeriodLabel(period);
    const year = /năm (\d{4})$/.exec(next)?.[1] ?? String(period.year);
    blocks.push(
      paragraph(`Tiếp tục triển khai thực hiện các nhiệm vụ, chỉ tiêu kế hoạch năm ${year} được giao.`, 'generated'),
    );
  }

  return { subject: subjectLine(period), blocks };
}
