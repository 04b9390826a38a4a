import {
  CATALOGUE_GROUPS,
  CATALOGUE_INDICATORS,
  CATALOGUE_SECTORS,
  findCatalogueIndicator,
  parentCode,
  sectorOf,
  withCatalogueSentences,
} from '../../../src/engine/catalogue';
import { buildNarrative, narrativeToText } from '../../../src/engine/narrative';
import { unknownPlaceholders } from '../../../src/engine/placeholders';
import type { ComputedIndicator, ComputedReport, Period } from '../../../src/engine/types';
import {
  generatedParagraphs,
  half,
  ind,
  jobsIndicator,
  month,
  quarter,
  report,
  sector,
  wholeYear,
} from '../narrative/builder';

const VL = 'Việc làm – Tiền lương – An toàn lao động';
const generated = (r: ComputedReport): string => generatedParagraphs(buildNarrative(r));

describe('catalogue integrity', () => {
  it('holds at least 60 indicators over the nine sectors, each code once', () => {
    expect(CATALOGUE_SECTORS).toHaveLength(9);
    expect(CATALOGUE_INDICATORS.length).toBeGreaterThanOrEqual(60);
    const codes = CATALOGUE_INDICATORS.map((c) => c.code.toUpperCase());
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of CATALOGUE_SECTORS) {
      expect(CATALOGUE_INDICATORS.filter((c) => sectorOf(c.code) === s).length).toBeGreaterThanOrEqual(5);
    }
  });

  it("groups: each names top-level codes of its sector once; a sector with groups has every indicator in one; parts share their parent's", () => {
    const byCode = new Map(CATALOGUE_INDICATORS.map((c) => [c.code, c]));
    const seen = new Set<string>();
    for (const g of CATALOGUE_GROUPS) {
      expect(g.title).toMatch(/^[a-zđ]\) \S/);
      for (const code of g.codes) {
        expect(byCode.get(code)).toBeDefined();
        expect(parentCode(code)).toBeNull();
        expect(sectorOf(code)?.prefix).toBe(g.sector);
        expect(seen.has(code)).toBe(false);
        seen.add(code);
      }
    }
    for (const s of new Set(CATALOGUE_GROUPS.map((g) => g.sector))) {
      const mine = CATALOGUE_INDICATORS.filter((c) => sectorOf(c.code)?.prefix === s);
      for (const c of mine) expect([c.code, c.group]).toEqual([c.code, expect.any(String)]);
      // in the order shown: a group's indicators together, never split by another group
      const order = mine.map((c) => c.group);
      const runs = order.filter((g, i) => i === 0 || g !== order[i - 1]);
      expect(new Set(runs).size).toBe(runs.length);
    }
    for (const c of CATALOGUE_INDICATORS) {
      const p = parentCode(c.code);
      if (p) expect(c.group).toBe(byCode.get(p)!.group);
    }
  });

  it('every code belongs to a sector and every child code has its parent in the catalogue, same unit family', () => {
    const byCode = new Map(CATALOGUE_INDICATORS.map((c) => [c.code, c]));
    for (const c of CATALOGUE_INDICATORS) {
      expect({ code: c.code, sector: sectorOf(c.code)?.prefix }).toEqual({ code: c.code, sector: expect.any(String) });
      const p = parentCode(c.code);
      if (p) {
        expect({ code: c.code, parent: byCode.has(p) }).toEqual({ code: c.code, parent: true });
        expect(byCode.get(p)?.kind).toBe(c.kind);
      }
      expect(['flow', 'stock', 'rate']).toContain(c.kind);
      expect(c.kind === 'rate').toBe(c.unit === '%');
      if (c.opens) expect(c.sentence?.charAt(0)).toMatch(/\p{Ll}/u);
      if (c.ratio) {
        // a rate's numerator and denominator: catalogue counts of the same sector
        for (const part of [c.ratio.numerator, c.ratio.denominator]) {
          expect({ code: c.code, part, kind: byCode.get(part)?.kind }).toEqual({ code: c.code, part, kind: 'stock' });
          expect(sectorOf(part)).toBe(sectorOf(c.code));
        }
      }
    }
  });

  it('templates use only known placeholders, and a plan percentage only where the target is a number', () => {
    for (const c of CATALOGUE_INDICATORS) {
      for (const t of [c.sentence, c.sentenceYear].filter((x): x is string => !!x)) {
        expect({ code: c.code, unknown: unknownPlaceholders(t) }).toEqual({ code: c.code, unknown: [] });
        if (t.includes('{ty_le_kh}'))
          expect({ code: c.code, target: c.target }).toEqual({ code: c.code, target: 'number' });
      }
    }
  });

  it('no two entries share a name or alias (a name matches one entry) except parts under different parents', () => {
    const seen = new Map<string, string>();
    for (const c of CATALOGUE_INDICATORS) {
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const found = findCatalogueIndicator({
          name: n,
          unit: c.unit,
          kind: c.kind,
          code: c.code,
          child: !!parentCode(c.code),
        });
        expect({ name: n, code: found?.code }).toEqual({ name: n, code: c.code });
        seen.set(n, c.code);
      }
    }
  });
});

/** Every entry with the seed's job-creation figures (3.932 in June, 16.344 to date, plan 28.500 → 57,35%). */
function seedFigures(c: (typeof CATALOGUE_INDICATORS)[number]): ComputedIndicator {
  const rate = c.kind === 'rate';
  const children = CATALOGUE_INDICATORS.filter((k) => parentCode(k.code) === c.code).map((k, i) =>
    ind({
      code: k.code,
      name: k.name,
      unit: k.unit,
      kind: k.kind,
      period: rate ? 31.99 : 61 + i,
      ytd: rate ? 31.99 : 193 + i,
      level: 1,
    }),
  );
  return ind({
    code: c.code,
    name: c.name,
    unit: c.unit,
    kind: c.kind,
    period: rate ? 2.27 : c.kind === 'stock' ? 16344 : 3932,
    ytd: rate ? 2.27 : 16344,
    plan: c.target === 'number' ? 28500 : null,
    planPct: c.target === 'number' ? 57.35 : null,
    lastYearYtd: rate ? 3.56 : 15000,
    changePct: rate ? -1.29 : 8.96,
    children,
  });
}

describe('catalogue sentences render on the seed figures', () => {
  const periods: [string, Period][] = [
    ['month', month(6)],
    ['quarter', quarter(2)],
    ['half', half()],
    ['year', wholeYear()],
  ];
  for (const [label, period] of periods) {
    it(`${label}: every sentence renders without braces, NaN, undefined or "null", and ends with a full stop`, () => {
      for (const c of CATALOGUE_INDICATORS.filter((x) => !parentCode(x.code))) {
        const r = report({ period, sectors: [sector('Lĩnh vực', [seedFigures(c)])] });
        const withTpl = withCatalogueSentences(r).sectors[0].indicators[0];
        const t = generated(r);
        expect({ code: c.code, t }).toEqual({ code: c.code, t: expect.stringMatching(/\.$/) });
        expect(t).not.toMatch(/[{}]|NaN|undefined|null|\s[,.;]|,,|\.\./);
        if (c.sentence)
          expect({ code: c.code, template: withTpl.template }).toEqual({ code: c.code, template: expect.any(String) });
      }
    });
  }
});

describe('the narrative uses the catalogue sentence (seed 000 wording)', () => {
  it('VL01 by code reads as the seed: "toàn tỉnh đã tạo việc làm cho 3.932 lao động"', () => {
    const t = generated(report({ sectors: [sector(VL, [jobsIndicator()])] }));
    expect(t).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người, đạt 57,35% kế hoạch năm. ' +
        'Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người, lũy kế đến hết tháng 6/2024 là 193 người, đạt 55,14% kế hoạch năm.',
    );
  });

  it('a half-year report says the year to date once, and the year report uses the annual wording (002_)', () => {
    const jobs = jobsIndicator();
    const firstHalf = { ...jobs, period: 16344, children: [{ ...jobs.children[0], period: 193 }] };
    const h = generated(report({ period: half(), sectors: [sector(VL, [firstHalf])] }));
    expect(h).toMatch(
      /^Trong 6 tháng đầu năm 2024, toàn tỉnh đã tạo việc làm cho 16\.344 lao động, đạt 57,35% kế hoạch năm\./,
    );
    const y = ind({
      code: 'VL01',
      name: 'Số lao động được tạo việc làm',
      period: 29412,
      ytd: 29412,
      plan: 28000,
      planPct: 105.04,
      lastYearYtd: 27500,
      changePct: 6.95,
    });
    expect(generated(report({ period: wholeYear(2023), sectors: [sector(VL, [y])] }))).toBe(
      'Trong năm 2023, toàn tỉnh đã giải quyết việc làm cho 29.412 lao động, đạt 105,04% kế hoạch năm 2023, vượt kế hoạch, tăng 7,0% so với năm 2022 (27.500 người).',
    );
  });

  it('matches by normalised name without a code ("LAO ĐỘNG ĐƯỢC GIẢI QUYẾT VIỆC LÀM")', () => {
    const i = ind({ name: 'LAO ĐỘNG ĐƯỢC GIẢI QUYẾT VIỆC LÀM', period: 3932, ytd: 16344 });
    expect(generated(report({ sectors: [sector(VL, [i])] }))).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người.',
    );
  });

  it('a code whose name is another indicator, another unit or kind, borrows no sentence', () => {
    // the name decides: a unit's "VL01" that counts poor households speaks as GN02, never as VL01
    expect(findCatalogueIndicator({ code: 'VL01', name: 'Số hộ nghèo', unit: 'hộ', kind: 'stock' })?.code).toBe('GN02');
    expect(
      findCatalogueIndicator({ code: 'VL01', name: 'Số hộ có nhà ở kiên cố', unit: 'người', kind: 'flow' }),
    ).toBeUndefined();
    expect(
      findCatalogueIndicator({ code: 'VL01', name: 'Số lao động được tạo việc làm', unit: 'lượt', kind: 'flow' }),
    ).toBeUndefined();
    expect(
      findCatalogueIndicator({ code: 'X9', name: 'Số lao động được tạo việc làm', unit: 'người', kind: 'stock' }),
    ).toBeUndefined();
    expect(
      findCatalogueIndicator({ code: 'VL1', name: 'Số lao động được tạo việc làm', unit: 'Người', kind: 'flow' })?.code,
    ).toBe('VL01');
  });

  it('the staff\'s own "Mẫu câu" wins; an incomplete figure, a target or a 0 keep the default sentence', () => {
    const own = jobsIndicator('Giải quyết việc làm cho {thuc_hien} lao động.');
    expect(generated(report({ sectors: [sector(VL, [{ ...own, children: [] }])] }))).toBe(
      'Giải quyết việc làm cho 3.932 lao động.',
    );
    const incomplete = { ...jobsIndicator(), children: [], incomplete: true, missingMonths: [5] };
    // the default sentence (its own notes in brackets), not the catalogue's "…, đạt 57,35% kế hoạch năm"
    const def = generated(report({ sectors: [sector(VL, [incomplete])] }));
    expect(def).not.toContain('kế hoạch năm');
    expect(def).toContain('(đạt 57,35% kế hoạch; số liệu chưa đầy đủ)');
    const zero = ind({ code: 'VL03', name: 'Phiên giao dịch việc làm', unit: 'phiên', period: 0, ytd: 111 });
    const t = generated(report({ sectors: [sector(VL, [zero])] }));
    expect(t).not.toMatch(/\b0 phiên|tổ chức 0/);
    expect(t).toContain('111 phiên');
  });

  it('only the first indicator of a paragraph opens with the period; the next ones start with their verb (no "đã" without a scope)', () => {
    const advice = ind({
      code: 'VL02',
      name: 'Tư vấn việc làm trong nước, ngoài nước',
      unit: 'lượt người',
      period: 2625,
      ytd: 14138,
    });
    const fairs = ind({ code: 'VL03', name: 'Phiên giao dịch việc làm', unit: 'phiên', period: 22, ytd: 111 });
    expect(generated(report({ sectors: [sector(VL, [advice, fairs])], info: { phamVi: '' } }))).toBe(
      'Trong tháng 6 năm 2024, tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người, lũy kế đến hết tháng 6/2024 là 14.138 lượt người. ' +
        'Tổ chức 22 phiên giao dịch việc làm, lũy kế đến hết tháng 6/2024 là 111 phiên.',
    );
  });

  it('catalogue sentences are opened like the default ones: the scope once per report, the period varied per sector', () => {
    const jobs = ind({
      code: 'VL02',
      name: 'Tư vấn việc làm trong nước, ngoài nước',
      unit: 'lượt người',
      period: 2625,
      ytd: 14138,
    });
    const training = ind({
      code: 'BDG05',
      name: 'Cán bộ làm công tác bình đẳng giới được tập huấn',
      unit: 'lượt người',
      period: 70,
      ytd: 347,
    });
    const text = generated(report({ sectors: [sector(VL, [jobs]), sector('Bình đẳng giới', [training])] }));
    // both are catalogue sentences
    expect(text).toContain('tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người');
    expect(text).toContain('ập huấn nghiệp vụ cho 70 lượt người là cán bộ làm công tác bình đẳng giới');
    // "Trong tháng 6 năm 2024, toàn tỉnh đã" opens the report once; the next sector does not repeat it
    expect(text.startsWith('Trong tháng 6 năm 2024, toàn tỉnh đã tư vấn việc làm')).toBe(true);
    expect(text.match(/Trong tháng 6 năm 2024/g)).toHaveLength(1);
    expect(text.match(/toàn tỉnh/g)).toHaveLength(1);
  });

  it('a year report over plan says "vượt kế hoạch" in a catalogue sentence too (seed 002: "đạt 140,13% kế hoạch, vượt kế hoạch")', () => {
    // 34.405 jobs against a plan of 28.500: 34.405 ÷ 28.500 × 100 = 120,72%
    const jobs = ind({
      code: 'VL01',
      name: 'Số lao động được tạo việc làm',
      period: 34405,
      ytd: 34405,
      plan: 28500,
      planPct: 120.72,
    });
    const text = generated(report({ period: wholeYear(), sectors: [sector(VL, [jobs])] }));
    expect(text).toContain('giải quyết việc làm cho 34.405 lao động, đạt 120,72% kế hoạch năm 2024, vượt kế hoạch');
    expect(text.match(/vượt kế hoạch/g)).toHaveLength(1);
    // under 100 % nothing is added
    const short = ind({
      code: 'VL01',
      name: 'Số lao động được tạo việc làm',
      period: 27000,
      ytd: 27000,
      plan: 28500,
      planPct: 94.74,
    });
    expect(generated(report({ period: wholeYear(), sectors: [sector(VL, [short])] }))).not.toContain('vượt');
  });

  it('a half-year report never leaves "Đạt 49,55% kế hoạch năm." as a sentence of its own (its verb was in the dropped lũy kế clause)', () => {
    // H1: the period is the year to date, so "Lũy kế đến hết tháng 6/2024 tuyển sinh được 7.680 người" repeats and goes;
    // 7.680 ÷ 15.500 × 100 = 49,55%
    const enrol = ind({
      code: 'GDNN01',
      name: 'Tuyển sinh giáo dục nghề nghiệp',
      period: 7680,
      ytd: 7680,
      plan: 15500,
      planPct: 49.55,
    });
    const text = generated(report({ period: half(), sectors: [sector('Giáo dục nghề nghiệp', [enrol])] }));
    expect(text).toContain('7.680 người');
    expect(text).toContain('đạt 49,55% kế hoạch');
    expect(text).not.toMatch(/\.\s+Đạt /u);
  });

  it('a stock folds its parts as the seed does (Trung tâm Bảo trợ xã hội, 106 đối tượng)', () => {
    const parts = [
      ['BTXH01.1', 'Trẻ em mồ côi, bị bỏ rơi', 27],
      ['BTXH01.2', 'Người cao tuổi cô đơn', 32],
      ['BTXH01.3', 'Người khuyết tật', 47],
    ] as const;
    const centre = ind({
      code: 'BTXH01',
      name: 'Đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội',
      unit: 'đối tượng',
      kind: 'stock',
      period: 106,
      ytd: 106,
      children: parts.map(([code, name, v]) => ind({ code, name, kind: 'stock', period: v, ytd: v, level: 1 })),
    });
    expect(narrativeToText(buildNarrative(report({ sectors: [sector('Bảo trợ xã hội', [centre])] })))).toContain(
      'Cơ sở trợ giúp xã hội đang nuôi dưỡng, chăm sóc 106 đối tượng (gồm 27 trẻ em mồ côi, bị bỏ rơi, 32 người cao tuổi cô đơn và 47 người khuyết tật).',
    );
  });
});
