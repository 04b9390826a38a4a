/**
 * buildNarrative: the computed report → the narrative document
 * (outputs.md §2, modelled on seeds/000_…).
 */
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

/**
 * The last month the incomplete figures have, when they all stop at the same
 * month (flows missing the months k…to, k the same for all): k − 1; else null.
 */
function dataEnd(inds: ComputedIndicator[], to: number): number | null {
  let k: number | null = null;
  for (const i of withFigures(inds)) {
    if (i.kind !== 'flow' || !i.incomplete) continue;
    const m = [...(i.missingMonths ?? [])].sort((a, b) => a - b);
    const trailing = m.length > 0 && m[m.length - 1] === to && m.every((x, j) => j === 0 || x === m[j - 1] + 1);
    if (!trailing || (k !== null && k !== m[0])) return null;
    k = m[0];
  }
  return k !== null && k > 1 ? k - 1 : null;
}

/** "Số liệu các chỉ tiêu trên chưa đầy đủ, mới tổng hợp đến hết tháng 6/2024." */
function incompleteSentence(where: string, inds: ComputedIndicator[], period: ComputedReport['period']): string {
  const end = dataEnd(inds, period.to);
  const upTo = end === null ? '' : `, mới tổng hợp đến hết tháng ${end}/${period.year}`;
  return `Số liệu các chỉ tiêu ${where} chưa đầy đủ${upTo}.`;
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
export function buildNarrative(report: ComputedReport): NarrativeDoc {
  const period = report.period;
  const base = sentenceContext(period, report.info?.phamVi ?? '');
  const scope = scopePhrase(base.phamVi);
  const content = report.content ?? [];
  const blocks: Block[] = [{ type: 'heading', level: 1, text: resultsHeading(period) }];

  // "(số liệu chưa đầy đủ)" once: for the whole report when every figure is
  // incomplete (a year report on data that stops in June), else once per sector
  // whose figures all are; after each figure only where a few are.
  const allInds = (report.sectors ?? []).flatMap((s) => s.indicators ?? []);
  const reportIncomplete = allIncomplete(allInds);
  if (reportIncomplete) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: incompleteSentence('trong báo cáo', allInds, period), italic: true }],
      source: 'generated',
    });
  }

  let n = 0;
  for (const sector of report.sectors ?? []) {
    const staff = contentFor(content, sector.sheet, 'ket_qua');
    const sectorIncomplete = !reportIncomplete && allIncomplete(sector.indicators ?? []);
    const ctx: SentenceContext = { ...base, markIncomplete: !reportIncomplete && !sectorIncomplete };
    const sectorState: SectorState = { scope };
    const groups = byGroup(sector)
      .map((g) => ({ group: g.group, text: generatedParagraph(g.inds, ctx, sectorState) }))
      .filter((g) => g.text !== '');
    if (sectorIncomplete && groups.length) {
      const last = groups[groups.length - 1];
      last.text += ' ' + incompleteSentence('trên', sector.indicators ?? [], period);
    }
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
