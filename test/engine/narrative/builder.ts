/**
 * Hand-built ComputedReport objects for the narrative tests (the figures are the
 * seeds' real figures; see /work/shared/seeds).
 */
import type {
  ComputedIndicator,
  ComputedReport,
  ComputedSector,
  ContentParagraph,
  Period,
  UnitInfo,
} from '../../../src/engine/types';
import { computedIndicator, socTrangInfo } from '../../fixtures/computed';
import type { NarrativeDoc } from '../../../src/engine/narrative';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

export function month(m: number, year = 2024): Period {
  return { kind: 'month', from: m, to: m, year, label: `tháng ${m} năm ${year}` };
}
export function quarter(q: number, year = 2024): Period {
  return { kind: 'quarter', from: 3 * q - 2, to: 3 * q, year, label: `quý ${ROMAN[q]} năm ${year}` };
}
export function half(year = 2024): Period {
  return { kind: 'half', from: 1, to: 6, year, label: `6 tháng đầu năm ${year}` };
}
export function nineMonths(year = 2024): Period {
  return { kind: 'nine_months', from: 1, to: 9, year, label: `9 tháng năm ${year}` };
}
export function wholeYear(year = 2024): Period {
  return { kind: 'year', from: 1, to: 12, year, label: `năm ${year}` };
}

let row = 5;

/** An indicator with neutral defaults; pass only what the test is about. */
export function ind(p: Partial<ComputedIndicator> & Pick<ComputedIndicator, 'name'>): ComputedIndicator {
  return computedIndicator({ row: row++, ...p });
}

export function info(p: Partial<UnitInfo> = {}): UnitInfo {
  return socTrangInfo({ noiNhan: ['Như trên', 'Lưu: VT'], ...p });
}

export function sector(title: string, indicators: ComputedIndicator[], sheet = title): ComputedSector {
  return { title, sheet, indicators };
}

export function report(p: {
  period?: Period;
  sectors: ComputedSector[];
  content?: ContentParagraph[];
  info?: Partial<UnitInfo>;
}): ComputedReport {
  return {
    period: p.period ?? month(6),
    info: info(p.info),
    sectors: p.sectors,
    issues: [],
    content: p.content ?? [],
  };
}

export function text(sectorSheet: string, part: ContentParagraph['part'], t: string, m = 6): ContentParagraph {
  return { sectorSheet, month: m, part, text: t, cell: 'D2' };
}

/** The Sóc Trăng June 2024 job creation figures (seed 000): 3.932 in June, 16.344 to date, 57,35% of the plan (28.500). */
export function jobsIndicator(template: string | null = null, childTemplate: string | null = null): ComputedIndicator {
  return ind({
    code: 'VL01',
    name: 'Số lao động được tạo việc làm',
    period: 3932,
    ytd: 16344,
    plan: 28500,
    planPct: 57.35,
    schedule: 'ahead',
    template,
    children: [
      ind({
        code: 'VL01.1',
        name: 'Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
        period: 61,
        ytd: 193,
        plan: 350,
        planPct: 55.14,
        level: 1,
        template: childTemplate,
      }),
    ],
  });
}

/** The generated paragraphs of section I of a narrative, joined. */
export function generatedParagraphs(doc: NarrativeDoc): string {
  const blocks = doc.blocks;
  const sectionI = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
  const sectionII = blocks.findIndex((b, i) => i > sectionI && b.type === 'heading' && b.level === 1);
  return blocks
    .slice(sectionI, sectionII)
    .filter((b) => b.type === 'paragraph' && b.source === 'generated')
    .map((b) => (b.type === 'paragraph' ? b.runs.map((x) => x.text).join('') : ''))
    .join('\n');
}
