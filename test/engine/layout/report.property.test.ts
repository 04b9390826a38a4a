import fc from 'fast-check';
import { unmarkedTextCells } from '../../../src/engine/layout/literal';
import { buildReportLayout, COL } from '../../../src/engine/layout/report';
import type { ComputedIndicator, ComputedReport } from '../../../src/engine/types';
import { ind, socTrangJune2024 } from './fixture';

const nameArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom('=SUM(A1)', '+84 299', '- Lao động nữ', '@x', 'Trong đó: nữ', 'Gồm', '=1+1'),
);
const figure = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
  {
    nil: null,
  },
);

let row = 10;
const leaf = fc
  .record({
    name: nameArb,
    period: figure,
    ytd: figure,
    plan: figure,
    planPct: figure,
    changePct: fc.option(fc.double({ min: -100, max: 500, noNaN: true }), { nil: null }),
    incomplete: fc.boolean(),
    unit: fc.constantFrom('người', '%', 'hộ', 'tỷ đồng', '=x'),
    note: fc.option(nameArb, { nil: null }),
    schedule: fc.constantFrom(null, 'completed', 'ahead', 'on_schedule', 'behind' as const),
  })
  .map((p) => ind({ ...p, sheet: 'Việc làm', row: row++, missingMonths: p.incomplete ? [5] : [] }));
const indicator = fc
  .tuple(leaf, fc.array(leaf, { maxLength: 3 }))
  .map(([parent, children]) => ({ ...parent, children: children.map((c) => ({ ...c, level: 1 })) }));

function withPlan(list: ComputedIndicator[]): string[] {
  return list.flatMap((i) => [...(i.planPct !== null ? [i.name] : []), ...withPlan(i.children)]);
}

describe('report layout invariants (random reports)', () => {
  it('keeps text literal, one cell per place, figures numeric, chart = indicators with % of plan', () => {
    fc.assert(
      fc.property(fc.array(fc.array(indicator, { maxLength: 4 }), { minLength: 1, maxLength: 3 }), (sectors) => {
        const report: ComputedReport = {
          ...socTrangJune2024(),
          sectors: sectors.map((indicators, i) => ({ title: `Lĩnh vực ${i + 1}`, sheet: 'Việc làm', indicators })),
        };
        const layout = buildReportLayout(report, 'BC T6-2024');
        expect(unmarkedTextCells(layout)).toEqual([]);
        const keys = layout.cells.map((c) => `${c.row},${c.col}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of layout.cells) if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
        const all = sectors.flat();
        const expected = withPlan(all);
        if (expected.length === 0) {
          expect(layout.chart).toBeUndefined();
        } else {
          const ch = layout.chart!;
          const cats = layout.cells
            .filter((c) => c.col === ch.categories.col && c.row >= ch.categories.row && c.row <= ch.categories.row2)
            .sort((a, b) => a.row - b.row)
            .map((c) => c.value);
          expect(cats).toEqual(expected);
        }
        // every data row's figure cells hold numbers or nothing
        const headerRow = layout.cells.find((c) => c.value === 'STT')!.row;
        const lastTableRow = layout.conditional[0].range.row2;
        for (const c of layout.cells) {
          if (
            c.row > headerRow &&
            c.row <= lastTableRow &&
            [COL.period, COL.ytd, COL.planPct, COL.change].includes(c.col as never)
          ) {
            expect(c.value === null || typeof c.value === 'number').toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
