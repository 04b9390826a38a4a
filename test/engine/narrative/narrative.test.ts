import { buildNarrative as build, narrativeToHtml, narrativeToText, nextPeriodLabel } from '../../../src/engine/narrative';
import type { NarrativeDoc } from '../../../src/engine/narrative';
import type { ComputedIndicator, ComputedReport } from '../../../src/engine/types';
import { generatedParagraphs, half, ind, jobsIndicator, month, nineMonths, quarter, report, sector, text, wholeYear } from './builder';

const VL = 'Việc làm – Tiền lương – An toàn lao động';

/** These tests are about the default sentences: the catalogue's are tested in test/engine/catalogue.test.ts. */
const buildNarrative = (r: ComputedReport): NarrativeDoc => build(r, { catalogue: false });
const generated = (r: ComputedReport): string => generatedParagraphs(buildNarrative(r));


function one(indicators: ComputedIndicator[], period = month(6), phamVi = 'toàn tỉnh'): string {
  return generated(report({ period, sectors: [sector(VL, indicators)], info: { phamVi } }));
}

describe('seed 000 (Sóc Trăng, June 2024): job creation', () => {
  const SEED =
    'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch). ' +
    'Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người, lũy kế đến hết tháng 6/2024 là 193 người (đạt 55,14% kế hoạch).';
  /** The same with the child's default sentence, a verb phrase (issue 8) instead of "… là 61 người". */
  const SEED_DEFAULT_CHILD = SEED.replace(
    'đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người',
    'đưa 61 người lao động đi làm việc ở nước ngoài theo hợp đồng',
  );

  it('reproduces the seed from a "Mẫu câu" template (child with the default "Trong đó" sentence)', () => {
    const tpl =
      'Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động, lũy kế đến hết {ky_luy_ke} là {luy_ke} {dvt} (đạt {ty_le_kh} kế hoạch).';
    expect(one([jobsIndicator(tpl)])).toBe(SEED_DEFAULT_CHILD);
  });

  it('reproduces the seed with a template on the child too', () => {
    const tpl =
      'Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động, lũy kế đến hết {ky_luy_ke} là {luy_ke} {dvt} (đạt {ty_le_kh} kế hoạch).';
    const child =
      'Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là {thuc_hien} {dvt}, lũy kế đến hết {ky_luy_ke} là {luy_ke} {dvt} (đạt {ty_le_kh} kế hoạch).';
    expect(one([jobsIndicator(tpl, child)])).toBe(SEED);
  });

  it("writes the seed's own sentence without a template: the verb comes from the name (issue 8)", () => {
    expect(one([jobsIndicator()])).toBe(SEED_DEFAULT_CHILD);
  });

  it('uses the unit\'s scope: a commune report says "toàn xã"', () => {
    const tpl = 'Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động.';
    expect(one([jobsIndicator(tpl)], month(6), 'toàn xã')).toMatch(
      /^Trong tháng 6 năm 2024, toàn xã đã tạo việc làm cho 3\.932 lao động\./,
    );
  });
});

describe('children folded into the parent (training enrolments, seed 000)', () => {
  const enrol = (template: string | null = null) =>
    ind({
      name: 'Số người tuyển sinh',
      period: 2971,
      ytd: 7680,
      template,
      children: [
        ind({ name: 'Cao đẳng', period: 0, ytd: 13, level: 1 }),
        ind({ name: 'Sơ cấp', period: 754, ytd: 3422, level: 1 }),
        ind({ name: 'Trình độ dưới 3 tháng', period: 2217, ytd: 4245, level: 1 }),
      ],
    });

  it('lists the parts for the month and for the year to date, leaving out a part that is 0', () => {
    expect(one([enrol()])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tuyển sinh được 2.971 người (sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người). ' +
        'Lũy kế đến hết tháng 6/2024, tuyển sinh được 7.680 người (cao đẳng 13 người, sơ cấp 3.422 người, trình độ dưới 3 tháng 4.245 người).',
    );
  });

  it('reproduces the seed sentence from a template with {chi_tiet}/{chi_tiet_luy_ke}', () => {
    const tpl =
      'Trong {ky_luy_ke}, {pham_vi} tuyển sinh được {thuc_hien} {dvt} {chi_tiet}. Lũy kế đến hết {ky_luy_ke} tuyển sinh được: {luy_ke} {dvt} {chi_tiet_luy_ke}.';
    expect(one([enrol(tpl)])).toBe(
      'Trong tháng 6/2024, toàn tỉnh tuyển sinh được 2.971 người (sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người). ' +
        'Lũy kế đến hết tháng 6/2024 tuyển sinh được: 7.680 người (cao đẳng 13 người, sơ cấp 3.422 người, trình độ dưới 3 tháng 4.245 người).',
    );
  });

  it('says "trong đó" when the parts do not add up to the whole', () => {
    const r = ind({
      name: 'Số người tuyển sinh',
      period: 3000,
      ytd: 7680,
      children: [ind({ name: 'Sơ cấp', period: 754, ytd: 3422 }), ind({ name: 'Cao đẳng', period: 0, ytd: 13 })],
    });
    expect(one([r])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tuyển sinh được 3.000 người (trong đó sơ cấp 754 người). ' +
        'Lũy kế đến hết tháng 6/2024, tuyển sinh được 7.680 người (trong đó sơ cấp 3.422 người, cao đẳng 13 người).',
    );
  });

  it('drops the parenthesis when every part is 0 or missing', () => {
    const r = ind({
      name: 'Số người tốt nghiệp',
      period: 381,
      ytd: 1636,
      children: [ind({ name: 'Cao đẳng', period: 0, ytd: null }), ind({ name: 'Trung cấp', period: null, ytd: 0 })],
    });
    expect(one([r])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh có 381 người tốt nghiệp, lũy kế đến hết tháng 6/2024 là 1.636 người.',
    );
  });
});

describe('stocks', () => {
  const btxh = ind({
    name: 'Số đối tượng đang nuôi dưỡng tại Trung tâm Bảo trợ xã hội',
    unit: 'đối tượng',
    kind: 'stock',
    period: 106,
    ytd: 106,
    children: [
      ind({ name: 'Trẻ em mồ côi, bị bỏ rơi', kind: 'stock', unit: 'đối tượng', period: 27, ytd: 27 }),
      ind({ name: 'Người cao tuổi cô đơn', kind: 'stock', unit: 'đối tượng', period: 32, ytd: 32 }),
      ind({ name: 'Người khuyết tật', kind: 'stock', unit: 'đối tượng', period: 47, ytd: 47 }),
    ],
  });

  it('lists the parts with "gồm … và …" (seed 000, Bảo trợ xã hội)', () => {
    expect(one([btxh])).toBe(
      'Tính đến cuối tháng 6/2024, toàn tỉnh có 106 đối tượng đang nuôi dưỡng tại Trung tâm Bảo trợ xã hội (gồm 27 trẻ em mồ côi, bị bỏ rơi, 32 người cao tuổi cô đơn và 47 người khuyết tật).',
    );
  });

  it('says "trong đó có" when the parts do not add up to the whole', () => {
    const s = ind({
      name: 'Số trẻ em có hoàn cảnh đặc biệt',
      unit: 'trẻ em',
      kind: 'stock',
      ytd: 4206,
      children: [
        ind({ name: 'Trẻ em mồ côi', kind: 'stock', unit: 'trẻ em', ytd: 900 }),
        ind({ name: 'Trẻ em khuyết tật', kind: 'stock', unit: 'trẻ em', ytd: 1200 }),
      ],
    });
    expect(one([s])).toContain('có 4.206 trẻ em có hoàn cảnh đặc biệt (trong đó có 900 trẻ em mồ côi và 1.200 trẻ em khuyết tật).');
  });

  it('reads a single part as "có … là …" (seed 000, 386 đối tượng có 11 đối tượng là nữ)', () => {
    const s = ind({
      name: 'Số học viên đang quản lý, giáo dục tại Cơ sở Cai nghiện ma túy tỉnh',
      unit: 'đối tượng',
      kind: 'stock',
      ytd: 386,
      children: [ind({ name: 'Nữ', kind: 'stock', unit: 'đối tượng', ytd: 11 })],
    });
    expect(one([s])).toContain(
      'có 386 học viên đang quản lý, giáo dục tại Cơ sở Cai nghiện ma túy tỉnh (có 11 đối tượng là nữ).',
    );
  });

  it('dates a stock "tính đến cuối năm 2023" in a year report', () => {
    const s = ind({
      name: 'Số cơ sở trợ giúp xã hội đang hoạt động',
      unit: 'cơ sở',
      kind: 'stock',
      ytd: 24,
      lastYearYtd: 22,
    });
    expect(one([s], wholeYear(2023))).toBe(
      'Tính đến cuối năm 2023, toàn tỉnh có 24 cơ sở trợ giúp xã hội đang hoạt động, tăng 9,1% so với năm 2022 (22 cơ sở).',
    );
  });

  it('puts a part named by a verb phrase after its number ("có 4.050 trẻ em được trợ giúp")', () => {
    const s = ind({
      name: 'Trẻ em có hoàn cảnh đặc biệt',
      unit: 'trẻ em',
      kind: 'stock',
      ytd: 4206,
      children: [ind({ name: 'Được trợ giúp, chăm sóc', kind: 'stock', unit: 'trẻ em', ytd: 4050 })],
    });
    expect(one([s])).toBe(
      'Tính đến cuối tháng 6/2024, toàn tỉnh có 4.206 trẻ em có hoàn cảnh đặc biệt (trong đó có 4.050 trẻ em được trợ giúp, chăm sóc).',
    );
  });

  it('fits a template: "đang nuôi dưỡng chăm sóc {luy_ke} {dvt} {chi_tiet}"', () => {
    const t = { ...btxh, template: 'Trung tâm Bảo trợ xã hội đang nuôi dưỡng chăm sóc {luy_ke} {dvt} {chi_tiet}.' };
    expect(one([t])).toBe(
      'Trung tâm Bảo trợ xã hội đang nuôi dưỡng chăm sóc 106 đối tượng (gồm 27 trẻ em mồ côi, bị bỏ rơi, 32 người cao tuổi cô đơn và 47 người khuyết tật).',
    );
  });
});

describe('rates with a target', () => {
  const poverty = (value: number, met: boolean) =>
    ind({
      name: 'Tỷ lệ hộ nghèo',
      unit: '%',
      kind: 'rate',
      period: value,
      ytd: value,
      target: { op: '<', value: 2.79 },
      targetMet: met,
    });

  it('reads "đạt chỉ tiêu kế hoạch" when the target is met (seed 002)', () => {
    expect(one([poverty(2.27, true)], wholeYear(2023))).toBe('Tỷ lệ hộ nghèo 2,27%, đạt chỉ tiêu kế hoạch dưới 2,79%.');
  });

  it('reads "chưa đạt chỉ tiêu kế hoạch" when it is not', () => {
    expect(one([poverty(3.1, false)], wholeYear(2023))).toBe(
      'Tỷ lệ hộ nghèo 3,1%, chưa đạt chỉ tiêu kế hoạch dưới 2,79%.',
    );
  });

  it('reads a minimum target as "từ … trở lên"', () => {
    const r = ind({
      name: 'Tỷ lệ lao động qua đào tạo',
      unit: '%',
      kind: 'rate',
      ytd: 70.25,
      target: { op: '>=', value: 70 },
      targetMet: true,
    });
    expect(one([r], wholeYear())).toBe('Tỷ lệ lao động qua đào tạo 70,25%, đạt chỉ tiêu kế hoạch từ 70% trở lên.');
  });

  it('before the year report a target is a goal, not a verdict (a year-end rate judged in June)', () => {
    for (const [value, met] of [
      [2.62, false],
      [2.0, true],
    ] as const) {
      const r = poverty(value, met);
      const june = one([r], month(6));
      expect(june).toBe(`Tỷ lệ hộ nghèo ${String(value).replace('.', ',')}%, phấn đấu đạt chỉ tiêu kế hoạch năm 2024 dưới 2,79%.`);
      expect(june).not.toMatch(/, (?:chưa )?đạt chỉ tiêu/);
      for (const p of [quarter(3), half(), nineMonths()]) expect(one([r], p)).toContain('phấn đấu đạt chỉ tiêu kế hoạch năm 2024');
    }
  });

  it('a target the staff marked as holding every month ("≥ 98 (hằng tháng)") is judged in every report', () => {
    const r = ind({
      name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
      unit: '%',
      kind: 'rate',
      ytd: 97.5,
      target: { op: '>=', value: 98, periodic: true },
      targetMet: false,
    });
    expect(one([r], month(6))).toBe(
      'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn 97,5%, chưa đạt chỉ tiêu kế hoạch từ 98% trở lên.',
    );
  });

  it('says nothing about the target when met/not met is unknown', () => {
    const r = ind({
      name: 'Tỷ lệ hộ nghèo',
      unit: '%',
      kind: 'rate',
      ytd: 2.27,
      target: { op: '<', value: 2.79 },
      targetMet: null,
    });
    expect(one([r])).toBe('Tỷ lệ hộ nghèo 2,27%.');
  });
});

describe('same-period comparison', () => {
  it("reads an increase with one decimal and last year's figure (seed 003), recomputed from unrounded figures", () => {
    // 9.522 vs 7.899 = +20,547 %: the report carries 20.55, which must not become 20,6.
    const r = ind({
      name: 'Số người có quyết định hưởng trợ cấp thất nghiệp',
      period: 9522,
      ytd: 9522,
      lastYearYtd: 7899,
      changePct: 20.55,
    });
    expect(one([r], wholeYear(2023))).toBe(
      'Trong năm 2023, trên địa bàn toàn tỉnh, số người có quyết định hưởng trợ cấp thất nghiệp là 9.522 người, tăng 20,5% so với năm 2022 (7.899 người).',
    );
  });

  it("reproduces seed 003's colon style from a template", () => {
    const r = ind({
      name: 'Số người có quyết định hưởng trợ cấp thất nghiệp',
      period: 9522,
      ytd: 9522,
      lastYearYtd: 7899,
      changePct: 20.55,
      template: '{ten}: {luy_ke} {dvt}; {so_cung_ky} so với cùng kỳ năm {nam_truoc} ({cung_ky} {dvt})',
    });
    expect(one([r], wholeYear(2023))).toBe(
      'Số người có quyết định hưởng trợ cấp thất nghiệp: 9.522 người; tăng 20,5% so với năm 2022 (7.899 người).',
    );
  });

  it('reads a decrease', () => {
    const r = ind({
      name: 'Số trẻ em bị tai nạn thương tích',
      unit: 'trường hợp',
      period: 1485,
      ytd: 1485,
      lastYearYtd: 1497,
      changePct: -0.8,
    });
    expect(one([r], wholeYear(2023))).toContain(
      'toàn tỉnh có 1.485 trường hợp trẻ em bị tai nạn thương tích, giảm 0,8% so với năm 2022 (1.497 trường hợp).',
    );
  });

  it("reads a rate's change in percentage points", () => {
    const r = ind({ name: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'rate', ytd: 2.27, lastYearYtd: 3.56, changePct: -1.29 });
    expect(one([r], wholeYear(2023))).toBe('Tỷ lệ hộ nghèo 2,27%, giảm 1,29 điểm phần trăm so với năm 2022 (3,56%).');
  });

  it('puts the comparison after the year to date in a monthly report', () => {
    const r = ind({
      name: 'Số lao động được tạo việc làm',
      period: 3932,
      ytd: 16344,
      plan: 28500,
      planPct: 57.35,
      lastYearYtd: 15000,
      changePct: 8.96,
    });
    expect(one([r])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch), tăng 9,0% so với cùng kỳ năm 2023 (15.000 người).',
    );
  });

  it('gives no comparison when last year is missing (not "0")', () => {
    const r = ind({ name: 'Số người được hỗ trợ học nghề', period: 797, ytd: 797, lastYearYtd: null, changePct: null });
    expect(one([r], wholeYear(2023))).toBe('Trong năm 2023, toàn tỉnh đã hỗ trợ học nghề cho 797 người.');
  });
});

describe('flows without a plan share one sentence joined by ";"', () => {
  it("writes the seed's list with leading zeros for counts below 10", () => {
    const s = one([
      ind({ name: 'Số lượt người lao động được tư vấn việc làm', unit: 'lượt người', period: 2625, ytd: 11250 }),
      ind({ name: 'Số phiên giao dịch việc làm', unit: 'phiên', period: 22, ytd: 96 }),
      ind({
        name: 'Số hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được giải quyết',
        unit: 'hồ sơ',
        period: 1370,
        ytd: 7215,
      }),
      ind({ name: 'Giấy phép lao động cấp mới', unit: 'giấy phép', period: 1, ytd: 5 }),
    ]);
    expect(s).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tư vấn việc làm cho 2.625 lượt người lao động, lũy kế 11.250 lượt người; ' +
        'tổ chức 22 phiên giao dịch việc làm, lũy kế 96 phiên; ' +
        'giải quyết 1.370 hồ sơ đăng ký hưởng bảo hiểm thất nghiệp, lũy kế 7.215 hồ sơ; ' +
        'cấp mới 01 giấy phép lao động, lũy kế 05 giấy phép.',
    );
  });

  it('mentions the period once per sector: the shared sentence after a plan sentence starts with its verb', () => {
    const s = one([jobsIndicator(), ind({ name: 'Số phiên giao dịch việc làm', unit: 'phiên', period: 22, ytd: 96 })]);
    expect(s.match(/Trong tháng 6 năm 2024/g)).toHaveLength(1);
    expect(s).toMatch(/\(đạt 55,14% kế hoạch\)\. Tổ chức 22 phiên giao dịch việc làm, lũy kế 96 phiên\.$/);
  });

  it('shares the sentence among the items with a figure for the month; one whose month is empty gets its own, dated to its data', () => {
    const s = one([
      ind({
        name: 'Số phiên giao dịch việc làm',
        unit: 'phiên',
        period: null,
        ytd: 96,
        incomplete: true,
        missingMonths: [6],
      }),
      ind({ name: 'Số hồ sơ đăng ký hưởng bảo hiểm thất nghiệp', unit: 'hồ sơ', period: 1370, ytd: 7215 }),
    ]);
    expect(s).toBe(
      // a name that starts with its unit reads "có 1.370 hồ sơ …", never "số hồ sơ … là 1.370 hồ sơ"
      'Trong tháng 6 năm 2024, toàn tỉnh có 1.370 hồ sơ đăng ký hưởng bảo hiểm thất nghiệp, lũy kế 7.215 hồ sơ. ' +
        'Từ đầu năm đến hết tháng 5/2024, tổ chức 96 phiên giao dịch việc làm (chưa có số liệu tháng 6).',
    );
  });

  it('splits a long list into sentences of at most five items', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      ind({ name: `Số hồ sơ loại ${i + 1}`, unit: 'hồ sơ', period: 10 + i, ytd: 100 + i }),
    );
    const s = one(many);
    expect(s.split(/\. |\.\n/)).toHaveLength(2);
    expect(s.match(/; /g)).toHaveLength(4 + 2);
  });

  it('names only the year to date when the month is missing, with the month it runs to', () => {
    const s = one([
      ind({
        name: 'Số phiên giao dịch việc làm',
        unit: 'phiên',
        period: null,
        ytd: 96,
        incomplete: true,
        missingMonths: [6],
      }),
    ]);
    expect(s).toBe(
      'Từ đầu năm đến hết tháng 5/2024, toàn tỉnh đã tổ chức 96 phiên giao dịch việc làm (chưa có số liệu tháng 6).',
    );
  });
});

describe('missing figures never print NaN, undefined, null or a made-up 0', () => {
  it('leaves out the month clause when the month is missing', () => {
    const s = one([
      ind({
        name: 'Số lao động được tạo việc làm',
        period: null,
        ytd: 16344,
        plan: 28500,
        planPct: 57.35,
        incomplete: true,
        missingMonths: [6],
      }),
    ]);
    expect(s).toBe(
      'Từ đầu năm đến hết tháng 5/2024, toàn tỉnh đã tạo việc làm cho 16.344 lao động (đạt 57,35% kế hoạch; chưa có số liệu tháng 6).',
    );
  });

  it('leaves out "(đạt … kế hoạch)" when there is no % of plan', () => {
    const s = one([
      ind({ name: 'Số lao động được tạo việc làm', period: 3932, ytd: 16344, plan: 28500, planPct: null }),
    ]);
    expect(s).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người.',
    );
  });

  it('writes nothing for an indicator with no figures at all, and leaves out a sector with nothing to say', () => {
    const doc = buildNarrative(
      report({
        sectors: [
          sector(VL, [ind({ name: 'Số lao động được tạo việc làm' })]),
          sector('Giáo dục nghề nghiệp', [ind({ name: 'Số người tuyển sinh', period: 10, ytd: 20 })]),
        ],
      }),
    );
    const t = narrativeToText(doc);
    expect(t).not.toContain('Việc làm');
    expect(t).toContain('1. Giáo dục nghề nghiệp');
  });

  it('drops only the template clause whose figure is missing', () => {
    const tpl =
      'Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động, lũy kế đến hết {ky_luy_ke} là {luy_ke} {dvt} (đạt {ty_le_kh} kế hoạch).';
    const base = { name: 'Số lao động được tạo việc làm', template: tpl };
    expect(one([ind({ ...base, period: 3932, ytd: 16344, planPct: null })])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người.',
    );
    // without its verb clause the template would be headless ("Trong tháng 6 năm 2024, lũy kế … là 16.344 người"):
    // the default sentence says it instead
    expect(one([ind({ ...base, period: null, ytd: 16344, planPct: 57.35 })])).toBe(
      'Từ đầu năm đến hết tháng 6/2024, toàn tỉnh đã tạo việc làm cho 16.344 lao động (đạt 57,35% kế hoạch).',
    );
  });

  it('drops a template sentence left without any figure, and falls back to the default when nothing is left', () => {
    const r = ind({
      name: 'Số người có quyết định hưởng trợ cấp thất nghiệp',
      period: 9522,
      ytd: 9522,
      template: '{ten}: {luy_ke} {dvt}. Cùng kỳ năm trước: {cung_ky} {dvt}.',
    });
    expect(one([r], wholeYear(2023))).toBe('Số người có quyết định hưởng trợ cấp thất nghiệp: 9.522 người.');
    const onlyLastYear = { ...r, template: 'So với cùng kỳ: {so_cung_ky}.' };
    expect(one([onlyLastYear], wholeYear(2023))).toBe(
      'Trong năm 2023, trên địa bàn toàn tỉnh, số người có quyết định hưởng trợ cấp thất nghiệp là 9.522 người.',
    );
  });

  it('keeps an unknown placeholder visible and does not throw', () => {
    const r = ind({
      name: 'Số lao động được tạo việc làm',
      period: 3932,
      ytd: 3932,
      template: '{pham_vi} đã tạo việc làm cho {thuc_hien} lao động ({ghi_chu}).',
    });
    expect(one([r], month(1))).toBe('Toàn tỉnh đã tạo việc làm cho 3.932 lao động ({ghi_chu}).');
  });

});

describe('a real 0 is not written (the seeds never write a zero), and is not taken for a missing figure', () => {
  it('leaves out an item that is 0 for the period and the year to date', () => {
    expect(one([ind({ name: 'Số vụ tai nạn lao động chết người', unit: 'vụ', period: 0, ytd: 0 })], month(1))).toBe('');
    expect(
      one([
        ind({ name: 'Số vụ tai nạn lao động chết người', unit: 'vụ', period: 0, ytd: 0 }),
        ind({ name: 'Số phiên giao dịch việc làm', unit: 'phiên', period: 22, ytd: 111 }),
      ]),
    ).toBe('Trong tháng 6 năm 2024, toàn tỉnh đã tổ chức 22 phiên giao dịch việc làm, lũy kế 111 phiên.');
  });

  it('says only the year to date when the month is 0 (NCC05 in June 2024: 0 in the month, 14.204 to date)', () => {
    const s = one([
      ind({ name: 'Số lượt người có công, thân nhân được thăm, tặng quà', unit: 'lượt người', period: 0, ytd: 14204 }),
      ind({ name: 'Số hồ sơ người có công chuyển đi tỉnh khác', unit: 'hồ sơ', period: 5, ytd: 23 }),
    ]);
    expect(s).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã chuyển 05 hồ sơ người có công đi tỉnh khác, lũy kế 23 hồ sơ. ' +
        'Từ đầu năm đến hết tháng 6/2024, thăm, tặng quà cho 14.204 lượt người có công, thân nhân.',
    );
    expect(s).not.toMatch(/\b0 lượt/);
  });

  it('a flow with a plan and 0 in the month gives the year to date and the plan only', () => {
    const s = one([
      ind({ name: 'Số lớp tập huấn về bình đẳng giới', unit: 'lớp', period: 0, ytd: 6, plan: 12, planPct: 50 }),
    ]);
    // "50%", never "50,00%" (issue 8)
    expect(s).toBe('Từ đầu năm đến hết tháng 6/2024, toàn tỉnh đã tổ chức 06 lớp tập huấn về bình đẳng giới (đạt 50% kế hoạch).');
  });

  it('leaves out a stock that is 0, keeps a rate of 0% (a meaningful result)', () => {
    expect(one([ind({ name: 'Số trẻ em lang thang', unit: 'trẻ em', kind: 'stock', period: 0, ytd: 0 })])).toBe('');
    expect(
      one([
        ind({
          name: 'Tỷ lệ hồ sơ giải quyết trễ hạn',
          unit: '%',
          kind: 'rate',
          ytd: 0,
          target: { op: '<', value: 1 },
          targetMet: true,
        }),
      ]),
    ).toBe('Tỷ lệ hồ sơ giải quyết trễ hạn 0%, phấn đấu đạt chỉ tiêu kế hoạch năm 2024 dưới 1%.');
  });

  it('a missing month is still marked, a 0 month is not', () => {
    const missing = one([
      ind({
        name: 'Số phiên giao dịch việc làm',
        unit: 'phiên',
        period: null,
        ytd: 96,
        incomplete: true,
        missingMonths: [6],
      }),
    ]);
    const zero = one([ind({ name: 'Số phiên giao dịch việc làm', unit: 'phiên', period: 0, ytd: 96 })]);
    expect(missing).toContain('đến hết tháng 5/2024, toàn tỉnh đã tổ chức 96 phiên giao dịch việc làm (chưa có số liệu tháng 6)');
    expect(zero).toBe('Từ đầu năm đến hết tháng 6/2024, toàn tỉnh đã tổ chức 96 phiên giao dịch việc làm.');
  });
});

describe('periods: headings, subject and the next period', () => {
  const heads = (p: ReturnType<typeof month>) => {
    const doc = buildNarrative(
      report({
        period: p,
        sectors: [sector(VL, [ind({ name: 'Số lao động được tạo việc làm', period: 100, ytd: 100 })])],
      }),
    );
    return {
      doc,
      h: doc.blocks
        .filter((b) => b.type === 'heading' && b.level === 1)
        .map((b) => (b.type === 'heading' ? b.text : '')),
    };
  };

  it('month', () => {
    const { doc, h } = heads(month(6));
    expect(h).toEqual(['I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024', 'II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024']);
    expect(doc.subject).toBe('Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024');
  });
  it('quarter', () => {
    const { doc, h } = heads(quarter(2));
    expect(h).toEqual(['I. TÌNH HÌNH THỰC HIỆN QUÝ II NĂM 2024', 'II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2024']);
    expect(doc.subject).toBe('Kết quả thực hiện nhiệm vụ quý II năm 2024 và nhiệm vụ trọng tâm quý III năm 2024');
  });
  it('first half', () => {
    expect(heads(half()).h).toEqual([
      'I. TÌNH HÌNH THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024',
      'II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024',
    ]);
  });
  it('nine months', () => {
    expect(heads(nineMonths()).h).toEqual([
      'I. TÌNH HÌNH THỰC HIỆN 9 THÁNG NĂM 2024',
      'II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024',
    ]);
  });
  it('year', () => {
    const { doc, h } = heads(wholeYear(2024));
    // no task from the staff: no part II, and the subject does not promise one
    expect(h).toEqual(['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024']);
    expect(doc.subject).toBe('Kết quả thực hiện nhiệm vụ năm 2024');
  });
  it('year with the staff\'s tasks: part II "Phương hướng, nhiệm vụ năm 2025"', () => {
    const doc = buildNarrative(
      report({
        period: wholeYear(2024),
        sectors: [sector(VL, [ind({ name: 'Số lao động được tạo việc làm', period: 100, ytd: 100 })])],
        content: [text(VL, 'nhiem_vu', 'Giải quyết việc làm cho 28.500 lao động.', 12)],
      }),
    );
    const h = doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.text : ''));
    expect(h).toEqual(['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2025']);
    expect(doc.subject).toBe('Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025');
  });
  it('next period labels, across the year end', () => {
    expect(nextPeriodLabel(month(6))).toBe('tháng 7 năm 2024');
    expect(nextPeriodLabel(month(12))).toBe('tháng 1 năm 2025');
    expect(nextPeriodLabel(quarter(3))).toBe('quý IV năm 2024');
    expect(nextPeriodLabel(quarter(4))).toBe('quý I năm 2025');
    expect(nextPeriodLabel(half())).toBe('6 tháng cuối năm 2024');
    expect(nextPeriodLabel(nineMonths())).toBe('quý IV năm 2024');
    expect(nextPeriodLabel(wholeYear(2024))).toBe('năm 2025');
  });
  it('a quarter report gives the quarter and the year to date; a half-year report gives one figure', () => {
    const r = ind({ name: 'Số lao động được tạo việc làm', period: 11210, ytd: 16344, plan: 28500, planPct: 57.35 });
    expect(one([r], quarter(2))).toBe(
      'Trong quý II năm 2024, toàn tỉnh đã tạo việc làm cho 11.210 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch).',
    );
    expect(one([{ ...r, period: 16344 }], half())).toBe(
      'Trong 6 tháng đầu năm 2024, toàn tỉnh đã tạo việc làm cho 16.344 lao động (đạt 57,35% kế hoạch).',
    );
  });
});

describe('document structure', () => {
  const r = report({
    sectors: [
      sector(VL, [jobsIndicator()], 'Việc làm'),
      sector('Quản lý giáo dục nghề nghiệp', [ind({ name: 'Số người tuyển sinh', period: 2971, ytd: 7680 })], 'GDNN'),
      sector(
        '4. Công tác Bảo trợ xã hội, trẻ em và Bình đẳng giới',
        [
          ind({
            name: 'Số đối tượng được trợ cấp hằng tháng',
            kind: 'stock',
            unit: 'đối tượng',
            ytd: 49428,
            group: '4.1. Hoạt động Bảo trợ xã hội',
          }),
          ind({ name: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'rate', ytd: 2.27, group: 'Giảm nghèo' }),
        ],
        'BTXH',
      ),
    ],
    content: [
      text(
        'Việc làm',
        'ket_qua',
        'Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm 2024.\nDự thảo quyết định kiện toàn Ban Chỉ đạo.',
      ),
      text('Việc làm', 'nhiem_vu', 'Hoàn chỉnh dự thảo Đề án phát triển quan hệ lao động.'),
      text('BTXH', 'nhiem_vu', 'Tiếp tục theo dõi quản lý tình hình nuôi dưỡng các đối tượng.'),
      text(null as unknown as string, 'ket_qua', 'Đoạn văn không thuộc lĩnh vực nào.'),
    ],
  });
  const doc = buildNarrative(r);
  const lines = narrativeToText(doc).split('\n');

  it('puts the staff text before the generated paragraph, one paragraph per line of the cell', () => {
    expect(lines.slice(1, 6)).toEqual([
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024',
      '1. Việc làm – Tiền lương – An toàn lao động',
      'Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm 2024.',
      'Dự thảo quyết định kiện toàn Ban Chỉ đạo.',
      expect.stringMatching(/^Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3\.932 lao động/),
    ]);
  });

  it('numbers group headings under their sector as level-3 headings', () => {
    const h3 = doc.blocks
      .filter((b) => b.type === 'heading' && b.level === 3)
      .map((b) => (b.type === 'heading' ? b.text : ''));
    expect(h3).toEqual(['3.1. Hoạt động Bảo trợ xã hội', '3.2. Giảm nghèo']);
    expect(lines).toContain('3. Công tác Bảo trợ xã hội, trẻ em và Bình đẳng giới');
  });

  it('lists in section II only the sectors with tasks, numbered anew', () => {
    const ii = lines.slice(lines.indexOf('II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024'));
    expect(ii).toEqual([
      'II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024',
      '1. Việc làm – Tiền lương – An toàn lao động',
      'Hoàn chỉnh dự thảo Đề án phát triển quan hệ lao động.',
      '2. Công tác Bảo trợ xã hội, trẻ em và Bình đẳng giới',
      'Tiếp tục theo dõi quản lý tình hình nuôi dưỡng các đối tượng.',
      'Trên đây là báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024 của Sở Lao động - Thương binh và Xã hội./.',
    ]);
  });

  it('leaves out paragraphs that belong to no sector', () => {
    expect(narrativeToText(doc)).not.toContain('Đoạn văn không thuộc');
  });

  it('writes a general sentence in section II when no sector has tasks', () => {
    const d = buildNarrative(report({ sectors: [sector(VL, [jobsIndicator()])] }));
    expect(narrativeToText(d).split('\n').slice(-3, -1)).toEqual([
      'II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024',
      'Tiếp tục triển khai thực hiện các nhiệm vụ, chỉ tiêu kế hoạch năm 2024 được giao.',
    ]);
  });

  it('marks staff and generated paragraphs', () => {
    const sources = doc.blocks
      .filter((b) => b.type === 'paragraph')
      .map((b) => (b.type === 'paragraph' ? b.source : ''));
    expect(sources.slice(0, 4)).toEqual(['frame', 'staff', 'staff', 'generated']);
  });
});

describe('renderers', () => {
  const doc: NarrativeDoc = {
    subject: 's',
    blocks: [
      { type: 'heading', level: 1, text: 'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024' },
      { type: 'heading', level: 2, text: '1. Lao động & Việc làm' },
      { type: 'heading', level: 3, text: '1.1. <Nhóm>' },
      {
        type: 'paragraph',
        runs: [{ text: 'Tỷ lệ "A" < 5% & B > 2\'' }, { text: ' in đậm', bold: true }],
        source: 'staff',
      },
    ],
  };

  it('text: one line per block', () => {
    expect(narrativeToText(doc)).toBe(
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024\n1. Lao động & Việc làm\n1.1. <Nhóm>\nTỷ lệ "A" < 5% & B > 2\' in đậm',
    );
  });

  it('HTML: escapes text and maps headings to h1/h2/h3 with Times New Roman 14pt, justified, indented', () => {
    const html = narrativeToHtml(doc);
    expect(html).toContain('>1. Lao động &amp; Việc làm</h2>');
    expect(html).toContain('>1.1. &lt;Nhóm&gt;</h3>');
    expect(html).toContain('Tỷ lệ &quot;A&quot; &lt; 5% &amp; B &gt; 2&#39;<b> in đậm</b></p>');
    expect(html).not.toContain('<Nhóm>');
    expect(html).toMatch(/<h1 style="[^"]*Times New Roman[^"]*font-size:14pt[^"]*">I\. TÌNH HÌNH/);
    expect(html).toMatch(/<p style="[^"]*text-indent:1cm;text-align:justify;[^"]*">/);
    // black headings: Word's own Heading styles are coloured
    expect(html).toMatch(/<h2 style="[^"]*color:#000000/);
  });

  it('the copy starts with the subject the preview shows: bold centred in HTML, first line in text when asked', () => {
    const d = { ...doc, subject: 'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 & nhiệm vụ <trọng tâm>' };
    const html = narrativeToHtml(d);
    expect(html).toMatch(
      /^<div[^>]*><p style="[^"]*font-weight:bold;[^"]*text-align:center;">Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 &amp; nhiệm vụ &lt;trọng tâm&gt;<\/p><h1/,
    );
    expect(narrativeToHtml(d, { subject: false })).not.toContain('Kết quả');
    expect(narrativeToText(d, { subject: true }).split('\n').slice(0, 2)).toEqual([
      'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 & nhiệm vụ <trọng tâm>',
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024',
    ]);
    // the JSON narrative (outputs.md §4) starts at section I
    expect(narrativeToText(d)).toMatch(/^I\. TÌNH HÌNH/);
  });

  it('HTML of a staff paragraph with markup-like text stays text', () => {
    const d = buildNarrative(
      report({ sectors: [sector(VL, [], 'VL')], content: [text('VL', 'ket_qua', '<script>alert(1)</script> & xong')] }),
    );
    const html = narrativeToHtml(d);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; xong');
    expect(html).not.toContain('<script>');
  });
});

describe('robustness', () => {
  it('reads an indicator without a children array (plain JSON) like one with none', () => {
    const bare = {
      ...jobsIndicator('Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động {chi_tiet}.'),
    } as Partial<ComputedIndicator>;
    delete bare.children;
    expect(one([bare as ComputedIndicator])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động.',
    );
  });
});

describe('templates in a period that starts in January (the period is the year to date)', () => {
  const mtp = (template: string) =>
    ind({ name: 'Hồ sơ mai táng phí', unit: 'hồ sơ', period: 777, ytd: 777, lastYearYtd: 700, template });

  it('leaves out a clause or parenthesis that only repeats the year to date', () => {
    expect(
      one(
        [mtp('Giải quyết chế độ cho {thuc_hien} hồ sơ mai táng phí (lũy kế từ đầu năm {luy_ke} {dvt}).')],
        half(),
      ),
    ).toBe('Giải quyết chế độ cho 777 hồ sơ mai táng phí.');
    expect(
      one(
        [mtp('Tiếp nhận {thuc_hien} hồ sơ; lũy kế từ đầu năm {luy_ke} {dvt}, {so_cung_ky} so với cùng kỳ năm trước.')],
        wholeYear(),
      ),
    // "năm trước" made exact: the year report says "so với năm 2023" and gives last year's figure (issue 8)
    ).toBe('Tiếp nhận 777 hồ sơ, tăng 11,0% so với năm 2023 (700 hồ sơ).');
  });

  it('keeps the year to date in a month report, and where it is the only figure', () => {
    expect(
      one([mtp('Giải quyết chế độ cho {thuc_hien} hồ sơ mai táng phí (lũy kế từ đầu năm {luy_ke} {dvt}).')], month(6)),
    ).toBe('Giải quyết chế độ cho 777 hồ sơ mai táng phí (lũy kế từ đầu năm 777 hồ sơ).');
    expect(one([mtp('Lũy kế từ đầu năm {luy_ke} {dvt}.')], half())).toBe('Lũy kế từ đầu năm 777 hồ sơ.');
  });
});

describe('scope (Thông tin → Phạm vi): said once in the report, as the subject of a verb or before a name', () => {
  const jobs = () => ind({ name: 'Số lao động được tạo việc làm', period: 3932, ytd: 16344 });
  const fairs = () => ind({ name: 'Số phiên giao dịch việc làm', unit: 'phiên', period: 22, ytd: 111 });
  // a name no rule turns into a verb: the scope is an adverbial before it
  const amount = () => ind({ name: 'Kinh phí hỗ trợ', unit: 'triệu đồng', period: 150, ytd: 600 });

  it('says "toàn xã đã …" once in a commune report; later sectors and paragraphs do not repeat it', () => {
    const doc = buildNarrative(
      report({
        info: { phamVi: 'toàn xã' },
        sectors: [sector(VL, [jobs()]), sector('Giáo dục nghề nghiệp', [{ ...fairs(), group: 'Giao dịch việc làm' }, jobs()])],
      }),
    );
    const t = narrativeToText(doc);
    expect(t.match(/toàn xã/g)).toHaveLength(1);
    expect(t).toContain('Trong tháng 6 năm 2024, toàn xã đã tạo việc làm cho 3.932 lao động, lũy kế 16.344 người.');
    // the second sector opens without the period; its group paragraph likewise
    expect(t).toContain('\nTạo việc làm cho 3.932 lao động, lũy kế 16.344 người.\n');
    expect(t).toContain('\nTổ chức 22 phiên giao dịch việc làm, lũy kế 111 phiên.');
    expect(t.match(/Trong tháng 6 năm 2024/g)).toHaveLength(1);
  });

  it('any scope can be the subject of a verb; only a place fits before a name ("trên địa bàn …")', () => {
    expect(one([jobs()], month(6), 'xã Gia Hòa 2')).toMatch(/^Trong tháng 6 năm 2024, xã Gia Hòa 2 đã tạo việc làm/);
    expect(one([jobs()], month(6), 'toàn ngành')).toMatch(/^Trong tháng 6 năm 2024, toàn ngành đã tạo việc làm/);
    expect(one([jobs()], month(6), '')).toMatch(/^Trong tháng 6 năm 2024, tạo việc làm cho 3\.932 lao động/);
    expect(one([amount()], month(6), 'trên địa bàn tỉnh')).toMatch(/^Trong tháng 6 năm 2024, trên địa bàn tỉnh, kinh phí hỗ trợ là 150 triệu đồng/);
    expect(one([amount()], month(6), 'Xã Gia Hòa 2')).toMatch(/^Trong tháng 6 năm 2024, trên địa bàn xã Gia Hòa 2, kinh phí/);
    expect(one([amount()], month(6), 'toàn ngành')).toMatch(/^Trong tháng 6 năm 2024, kinh phí hỗ trợ là/);
  });

  it('is not repeated after a template that already says {pham_vi}', () => {
    const tpl = 'Trong {ky}, {pham_vi} đã tạo việc làm cho {thuc_hien} lao động.';
    expect(one([{ ...jobs(), template: tpl }, fairs()])).toBe(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động. Tổ chức 22 phiên giao dịch việc làm, lũy kế 111 phiên.',
    );
  });
});

describe('incomplete figures: said once where all are, after each figure where a few are', () => {
  // A year report on data that stops in June: every flow misses July–December.
  const H2 = [7, 8, 9, 10, 11, 12];
  const yearInds = () => [
    ind({
      name: 'Số lao động được tạo việc làm',
      period: 16344,
      ytd: 16344,
      plan: 28500,
      planPct: 57.35,
      lastYearYtd: 32112,
      incomplete: true,
      missingMonths: H2,
    }),
    // March unreadable as well: the data still stop in June
    ind({
      name: 'Số phiên giao dịch việc làm',
      unit: 'phiên',
      period: 111,
      ytd: 111,
      incomplete: true,
      missingMonths: [3, ...H2],
    }),
    ind({
      name: 'Số đối tượng đang nuôi dưỡng tại Trung tâm Bảo trợ xã hội',
      unit: 'đối tượng',
      kind: 'stock',
      ytd: 106,
      lastYearYtd: 98,
      incomplete: true,
      missingMonths: [12],
      dataMonth: 6,
    }),
  ];

  it('a year report on data up to June: one note at the top of section I, no mark after each figure, no comparison', () => {
    const doc = buildNarrative(
      report({
        period: wholeYear(),
        sectors: [sector(VL, yearInds().slice(0, 2)), sector('Bảo trợ xã hội', yearInds().slice(2))],
      }),
    );
    const lines = narrativeToText(doc).split('\n');
    expect(lines[2]).toBe('Số liệu các chỉ tiêu trong báo cáo chưa đầy đủ, mới tổng hợp đến hết tháng 6/2024.');
    expect(doc.blocks[2]).toMatchObject({ type: 'paragraph', runs: [{ italic: true }] });
    const body = lines.slice(3).join('\n');
    expect(body).not.toContain('chưa đầy đủ');
    // each figure labelled with the month it really runs to, said once for the run (never "đến hết tháng 12/2024")
    expect(body).toContain(
      'Từ đầu năm đến hết tháng 6/2024, toàn tỉnh đã tạo việc làm cho 16.344 lao động (đạt 57,35% kế hoạch). ' +
        'Tổ chức 111 phiên giao dịch việc làm.',
    );
    expect(body).not.toMatch(/tháng 12\/2024|thời điểm báo cáo/);
    // half a year against last year's whole year is not "giảm 49,1%"; June's stock is not "cuối năm 2024"
    expect(body).not.toMatch(/so với cùng kỳ|cuối năm 2024/);
    expect(body).toContain('Tính đến cuối tháng 6/2024, có 106 đối tượng đang nuôi dưỡng tại Trung tâm Bảo trợ xã hội.');
  });

  it('names the month most figures stop at; a figure that stops earlier keeps its own mark', () => {
    const early = ind({
      name: 'Số người nghiện được cai nghiện tại gia đình, cộng đồng',
      period: 121,
      ytd: 121,
      plan: 300,
      planPct: 40.33,
      incomplete: true,
      missingMonths: [6, ...H2],
    });
    const t = narrativeToText(
      buildNarrative(report({ period: wholeYear(), sectors: [sector(VL, [...yearInds().slice(0, 2), early])] })),
    );
    expect(t).toContain('Số liệu các chỉ tiêu trong báo cáo chưa đầy đủ, mới tổng hợp đến hết tháng 6/2024.\n');
    expect(t).toContain(
      'Từ đầu năm đến hết tháng 5/2024, cai nghiện 121 người nghiện tại gia đình, cộng đồng (đạt 40,33% kế hoạch; chưa có số liệu từ tháng 6 đến tháng 12).',
    );
    expect(t.match(/chưa đầy đủ/g)).toHaveLength(1);
  });

  it('one sector whose figures all stop early: one sentence at the end of that sector', () => {
    const doc = buildNarrative(
      report({
        period: wholeYear(),
        sectors: [
          sector(VL, yearInds().slice(0, 2)),
          sector('Bảo trợ xã hội', [
            ind({ name: 'Số đối tượng được trợ cấp', unit: 'đối tượng', period: 900, ytd: 900 }),
          ]),
        ],
      }),
    );
    const t = narrativeToText(doc);
    expect(t.match(/chưa đầy đủ/g)).toHaveLength(1);
    // figures that stop at different months: no month is named
    const mixed = yearInds().slice(0, 2);
    mixed[1] = { ...mixed[1], missingMonths: [10, 11, 12] };
    expect(narrativeToText(buildNarrative(report({ period: wholeYear(), sectors: [sector(VL, mixed)] })))).toContain(
      'Số liệu các chỉ tiêu trong báo cáo chưa đầy đủ.\n',
    );
    expect(t).toContain('111 phiên giao dịch việc làm. Số liệu các chỉ tiêu trên chưa đầy đủ, mới tổng hợp đến hết tháng 6/2024.\n');
  });

  it('a single incomplete figure among complete ones keeps its own mark', () => {
    const s = one([
      ind({ name: 'Số lao động được tạo việc làm', period: 3932, ytd: 16344 }),
      ind({
        name: 'Số người nghiện được cai nghiện tại gia đình, cộng đồng',
        period: 57,
        ytd: 121,
        lastYearYtd: 100,
        incomplete: true,
        missingMonths: [3],
      }),
    ]);
    expect(s.match(/số liệu chưa đầy đủ/g)).toHaveLength(1);
    expect(s).toContain('lũy kế 121 người (số liệu chưa đầy đủ).');
    expect(s).not.toContain('so với cùng kỳ');
  });

  it('a lone incomplete figure in a half-year report says the month it runs to; the others keep "Trong 6 tháng đầu năm"', () => {
    const s = one(
      [
        ind({
          name: 'Số người nghiện được cai nghiện tại gia đình, cộng đồng',
          period: 121,
          ytd: 121,
          plan: 300,
          planPct: 40.33,
          incomplete: true,
          missingMonths: [6],
        }),
        ind({ name: 'Số lao động được tạo việc làm', period: 16344, ytd: 16344 }),
      ],
      half(),
    );
    expect(s).toBe(
      'Từ đầu năm đến hết tháng 5/2024, toàn tỉnh đã cai nghiện 121 người nghiện tại gia đình, cộng đồng (đạt 40,33% kế hoạch; chưa có số liệu tháng 6). ' +
        'Trong 6 tháng đầu năm 2024, tạo việc làm cho 16.344 lao động.',
    );
  });
});
