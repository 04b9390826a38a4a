import fc from 'fast-check';
import { buildNarrative, narrativeToHtml, narrativeToText } from '../../../src/engine/narrative';
import { KNOWN_PLACEHOLDERS } from '../../../src/engine/placeholders';
import type { ComputedIndicator, ComputedReport, Kind, Period } from '../../../src/engine/types';
import { half, info, month, nineMonths, quarter, wholeYear } from './builder';

const WORDS = [
  'Số',
  'lao động',
  'được',
  'tạo việc làm',
  'người',
  'Trong đó:',
  '-',
  'hộ nghèo',
  'Trung tâm',
  'Bảo trợ',
  'xã hội',
  'BHTN',
  '1.',
  'a)',
  'tỷ lệ',
  'trẻ em',
  'Nữ',
  '(gồm)',
  ',',
  ':',
];
const UNITS = ['người', 'lượt người', 'hồ sơ', 'phiên', '%', '', 'triệu đồng', 'đối tượng', 'hộ'];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));

/** Figures as the engine gives them, plus values it should never give (NaN, ∞, undefined) to prove robustness. */
const figure = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, NaN, Infinity, undefined as unknown as number) },
);

const templatePiece = fc.oneof(
  fc.constantFrom(...KNOWN_PLACEHOLDERS).map((p) => `{${p}}`),
  fc.constantFrom(
    '{khong_ro}',
    '{ }',
    '{',
    '}',
    ' là ',
    ', ',
    '; ',
    ': ',
    '. ',
    ' (đạt ',
    ' kế hoạch)',
    'Trong đó, ',
    'lũy kế ',
    '(',
    ')',
  ),
  words,
);
const template = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.array(templatePiece, { maxLength: 12 }).map((a) => a.join('')) },
);

function indicatorArb(depth: number): fc.Arbitrary<ComputedIndicator> {
  const children =
    depth <= 0 ? fc.constant([] as ComputedIndicator[]) : fc.array(indicatorArb(depth - 1), { maxLength: 3 });
  return fc
    .record({
      name: words,
      unit: fc.constantFrom(...UNITS),
      kind: fc.constantFrom<Kind>('flow', 'stock', 'rate'),
      period: figure,
      ytd: figure,
      plan: figure,
      planPct: figure,
      target: fc.option(fc.record({ op: fc.constantFrom('<', '<=', '>', '>=' as const), value: figure }), {
        nil: null,
      }),
      targetMet: fc.option(fc.boolean(), { nil: null }),
      lastYearPeriod: figure,
      lastYearYtd: figure,
      changePct: figure,
      incomplete: fc.boolean(),
      template,
      group: fc.option(fc.constantFrom('4.1. Hoạt động Bảo trợ xã hội', 'Giảm nghèo', ''), { nil: null }),
      children,
    })
    .map(
      (r) =>
        ({
          code: null,
          cell: "'Sheet'!B5",
          schedule: null,
          stt: null,
          note: null,
          level: 0,
          expectedPct: null,
          targetGap: null,
          missingMonths: [],
          row: 5,
          sheet: 'Sheet',
          ...r,
          target: r.target as ComputedIndicator['target'],
        }) as ComputedIndicator,
    );
}

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((m) => month(m)),
  fc.integer({ min: 1, max: 4 }).map((q) => quarter(q)),
  fc.constant(half()),
  fc.constant(nineMonths()),
  fc.constant(wholeYear()),
);

const reportArb: fc.Arbitrary<ComputedReport> = fc
  .record({
    period: periodArb,
    phamVi: fc.constantFrom('toàn tỉnh', 'toàn xã', ''),
    sectors: fc.array(
      fc.record({
        title: words,
        sheet: fc.constantFrom('A', 'B', 'C'),
        indicators: fc.array(indicatorArb(2), { maxLength: 5 }),
      }),
      { maxLength: 4 },
    ),
    content: fc.array(
      fc.record({
        sectorSheet: fc.constantFrom('A', 'B', 'C', null),
        month: fc.integer({ min: 1, max: 12 }),
        part: fc.constantFrom('ket_qua' as const, 'nhiem_vu' as const),
        text: words,
        cell: fc.constant('D2'),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r) => ({
    period: r.period,
    info: info({ phamVi: r.phamVi }),
    sectors: r.sectors,
    issues: [],
    content: r.content,
  }));

describe('narrative on random reports', () => {
  it('never throws and never writes NaN, undefined, null, Infinity or an unfilled known placeholder', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const doc = buildNarrative(r);
        const text = narrativeToText(doc);
        narrativeToHtml(doc);
        expect(text).not.toMatch(/NaN|undefined|null|Infinity/);
        for (const p of KNOWN_PLACEHOLDERS) expect(text).not.toContain(`{${p}}`);
        expect(doc.subject).not.toMatch(/NaN|undefined/);
        // every block has text
        for (const b of doc.blocks)
          expect(b.type === 'heading' ? b.text : b.runs.map((x) => x.text).join('')).toMatch(/\S/);
      }),
      { numRuns: 400 },
    );
  });

  it('generated sentences have no empty parentheses, doubled spaces, space before punctuation or zero count', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const r2 = { ...r, sectors: r.sectors.map((s) => ({ ...s, indicators: s.indicators.map(stripTemplates) })) };
        const doc = buildNarrative(r2);
        for (const b of doc.blocks) {
          if (b.type !== 'paragraph' || b.source !== 'generated') continue;
          const t = b.runs.map((x) => x.text).join('');
          expect(t).not.toMatch(/\(\s*\)|\s{2,}|\s[,.;)]/);
          // the seeds never write a zero count ("là 0 lượt người"): it is left out
          expect(t).not.toMatch(/(?:là|lũy kế) 0(?![,\d])/);
          expect(t).toMatch(/[.]$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function stripTemplates(i: ComputedIndicator): ComputedIndicator {
  return { ...i, template: null, children: i.children.map(stripTemplates) };
}
