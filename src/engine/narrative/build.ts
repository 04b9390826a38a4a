/**
 * buildNarrative: the computed report → the narrative document
 * (outputs.md §2, modelled on seeds/000_…).
 */
import { withCatalogueSentences } from '../catalogue';
import type { ComputedIndicator, ComputedReport, ComputedSector, ContentParagraph } from '../types';
import type { Block, NarrativeDoc } from './model';
import { closingParagraph, openingParagraph, targetsSummary } from './frame';
import { nextPeriodLabel, periodLabel, resultsHeading, subjectLine, tasksHeading } from './periods';
import {
  indicatorSentences,
  isPlainFlow,
  sentenceContext,
  sharedFlowSentences,
  type SectorState,
  type SentenceContext,
} from './sentences';
import { capFirst, cleanText, num } from './text';

/** Section numbers (at most four sections: results, shortcomings, tasks, proposals). */
const SECTION_NUMBERS = ['I', 'II', 'III', 'IV', 'V'];
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

function paragraph(text: string, source: 'staff' | 'generated' | 'frame'): Block {
  return { type: 'paragraph', runs: [{ text }], source };
}

/** A paragraph of generated sentences stops growing past this many characters (about four lines in Word). */
const PARAGRAPH_CHARS = 420;

/**
 * The generated paragraphs for a list of top-level indicators (one group of a
 * sector): each indicator's sentences (or the shared ";" sentence) stay
 * together; a new paragraph starts when the current one is long enough, so a
 * sector's figures never read as one 11-line block.
 */
function generatedParagraphs(inds: ComputedIndicator[], ctx: SentenceContext, sector: SectorState): string[] {
  const state = { sector };
  const plain = inds.filter(isPlainFlow);
  const units: string[] = [];
  let plainDone = false;
  for (const ind of inds) {
    if (isPlainFlow(ind)) {
      if (!plainDone) units.push(...sharedFlowSentences(plain, ctx, state));
      plainDone = true;
      continue;
    }
    const s = indicatorSentences(ind, ctx, state);
    if (s.length) units.push(s.join(' '));
  }
  const paragraphs: string[] = [];
  for (const u of units) {
    const last = paragraphs.length - 1;
    if (last >= 0 && paragraphs[last].length + u.length < PARAGRAPH_CHARS) paragraphs[last] += ' ' + u;
    else paragraphs.push(u);
  }
  return paragraphs;
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
function withFigures(inds: ComputedIndicator[], out: ComputedIndicator[] = []): ComputedIndicator[] {
  for (const i of inds) {
    if (num(i.period) !== null || num(i.ytd) !== null) out.push(i);
    withFigures(i.children ?? [], out);
  }
  return out;
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
  return content
    .filter((c) => c && !c.wholeReport && c.sectorSheet === sheet && c.part === part)
    .flatMap((c) => staffParagraphs(c.text));
}

/** Paragraphs of a part for the whole report: rows without a sector (Kết quả, Nhiệm vụ), or every row of a whole-report part. */
function wholeContent(content: ContentParagraph[], part: ContentParagraph['part']): string[] {
  const perSector = part === 'ket_qua' || part === 'nhiem_vu';
  return content
    .filter((c) => c && c.part === part && (!perSector || c.wholeReport))
    .flatMap((c) => staffParagraphs(c.text));
}

/**
 * The narrative of a computed report, in the order of seeds 002/003:
 *
 *     <opening: "Thực hiện <Căn cứ>, <cơ quan> báo cáo … như sau:">
 *     I. TÌNH HÌNH THỰC HIỆN <KỲ>            (year: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM …)
 *        <staff "Kết quả" rows without a sector>
 *        <plan targets in one line: half-year and year reports>
 *        n. <sector> — staff "Kết quả", then the generated paragraph
 *           (per group heading "n.k. <group>" where the sector has groups)
 *        n+1. Đánh giá chung                  (staff rows, if any)
 *     II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN    (staff rows, if any)
 *     III. NHIỆM VỤ TRỌNG TÂM <KỲ SAU>        (year: PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM …)
 *        <staff "Nhiệm vụ" rows without a sector>, then per sector
 *     IV. ĐỀ XUẤT, KIẾN NGHỊ                  (staff rows, if any)
 *     <closing: "Trên đây là báo cáo … của <cơ quan>./.">
 *
 * Sections are numbered as they appear. Sectors with nothing to say are left
 * out of a section (numbering stays continuous). With no task at all: a
 * monthly/quarterly/half-year report keeps the tasks section with one general
 * sentence; a year report leaves the part out and its subject promises none.
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
  const content = report.content ?? [];
  const agency = report.info?.tenCoQuan ?? '';
  let section = 0;
  const heading1 = (text: string): Block => ({
    type: 'heading',
    level: 1,
    text: `${SECTION_NUMBERS[section++]}. ${text}`,
  });

  const sectorTasks = (report.sectors ?? []).map((s) => ({
    sector: s,
    tasks: contentFor(content, s.sheet, 'nhiem_vu'),
  }));
  const generalTasks = wholeContent(content, 'nhiem_vu');
  const anyTask = generalTasks.length > 0 || sectorTasks.some((s) => s.tasks.length > 0);
  const subject =
    period.kind === 'year' && !anyTask ? `Kết quả thực hiện nhiệm vụ ${periodLabel(period)}` : subjectLine(period);

  const blocks: Block[] = [
    paragraph(openingParagraph(subject, agency, wholeContent(content, 'can_cu')), 'frame'),
    heading1(resultsHeading(period).replace(/^I\.\s*/, '')),
  ];
  // "(số liệu chưa đầy đủ)" once: for the whole report when every figure is
  // incomplete (a year report on data that stops in June), else once per sector
  // whose figures all are; after each figure only where a few are.
  const allInds = (report.sectors ?? []).flatMap((s) => s.indicators ?? []);
  const reportNote = allIncomplete(allInds) ? incompleteNote('trong báo cáo', allInds, period) : null;
  if (reportNote) {
    blocks.push({ type: 'paragraph', runs: [{ text: reportNote.sentence, italic: true }], source: 'generated' });
  }
  for (const t of wholeContent(content, 'ket_qua')) blocks.push(paragraph(t, 'staff'));
  const summary = targetsSummary(report);
  if (summary) blocks.push({ type: 'paragraph', runs: [{ text: summary }], source: 'summary' });

  // The scope ("toàn tỉnh") is said once in the report; the period opens the first
  // sector in full ("Trong tháng 6 năm 2024, …") and the others in turn without it,
  // shortly ("Trong tháng, …"), so that no two sectors start alike.
  const reportScope = { scope: base.phamVi };
  const openings: SectorState['opening'][] = ['full', 'none', 'short'];
  let n = 0;
  let spoken = 0;
  for (const sector of report.sectors ?? []) {
    const staff = contentFor(content, sector.sheet, 'ket_qua');
    const inds = sector.indicators ?? [];
    const sectorNote = !reportNote && allIncomplete(inds) ? incompleteNote('trên', inds, period) : null;
    const note = reportNote ?? sectorNote;
    const ctx: SentenceContext = note ? { ...base, markIncomplete: note.markIncomplete } : base;
    const sectorState: SectorState = {
      report: reportScope,
      opening: openings[spoken % openings.length],
      periodMentioned: false,
    };
    const groups = byGroup(sector)
      .map((g) => ({ group: g.group, paragraphs: generatedParagraphs(g.inds, ctx, sectorState) }))
      .filter((g) => g.paragraphs.length > 0);
    if (groups.length) spoken++;
    if (sectorNote && groups.length) {
      const last = groups[groups.length - 1].paragraphs;
      last[last.length - 1] += ' ' + sectorNote.sentence;
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
      for (const t of g.paragraphs) blocks.push(paragraph(t, 'generated'));
    }
  }
  const assessment = wholeContent(content, 'danh_gia_chung');
  if (assessment.length) {
    blocks.push({ type: 'heading', level: 2, text: `${++n}. Đánh giá chung` });
    for (const t of assessment) blocks.push(paragraph(t, 'staff'));
  }

  const shortcomings = wholeContent(content, 'ton_tai');
  const causes = wholeContent(content, 'nguyen_nhan');
  if (shortcomings.length || causes.length) {
    const both = shortcomings.length > 0 && causes.length > 0;
    blocks.push(
      heading1(both ? 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' : shortcomings.length ? 'TỒN TẠI, HẠN CHẾ' : 'NGUYÊN NHÂN'),
    );
    if (both) blocks.push({ type: 'heading', level: 2, text: '1. Tồn tại, hạn chế' });
    for (const t of shortcomings) blocks.push(paragraph(t, 'staff'));
    if (both) blocks.push({ type: 'heading', level: 2, text: '2. Nguyên nhân' });
    for (const t of causes) blocks.push(paragraph(t, 'staff'));
  }

  if (anyTask || period.kind !== 'year') {
    blocks.push(heading1(tasksHeading(period).replace(/^II\.\s*/, '')));
    for (const t of generalTasks) blocks.push(paragraph(t, 'staff'));
    let m = 0;
    for (const { sector, tasks } of sectorTasks) {
      if (!tasks.length) continue;
      m++;
      blocks.push({ type: 'heading', level: 2, text: `${m}. ${stripNumbering(sector.title) || sector.sheet}` });
      for (const t of tasks) blocks.push(paragraph(t, 'staff'));
    }
    if (!anyTask) {
      const next = nextPeriodLabel(period);
      const year = /năm (\d{4})$/.exec(next)?.[1] ?? String(period.year);
      blocks.push(
        paragraph(`Tiếp tục triển khai thực hiện các nhiệm vụ, chỉ tiêu kế hoạch năm ${year} được giao.`, 'frame'),
      );
    }
  }

  const proposals = wholeContent(content, 'de_xuat');
  if (proposals.length) {
    blocks.push(heading1('ĐỀ XUẤT, KIẾN NGHỊ'));
    for (const t of proposals) blocks.push(paragraph(t, 'staff'));
  }

  blocks.push(paragraph(closingParagraph(subject, agency), 'frame'));
  return { subject, blocks };
}
