/** computeReport: period and year-to-date figures, plan, targets, last year, schedule, missing months. */
import { computeReport, latestMonthWithData, parsePeriodKey, parseWorkbook, type ComputedIndicator, type WorkbookGrid } from '../../src/engine';
import { infoSheet, months, sheet, workbook, type Raw } from './fixtures';

const H = ['Mã', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  ...Array.from({ length: 12 }, (_, i) => `Cùng kỳ T${i + 1}`)];

function wb(rows: Raw[][], year = 2024, extra: ReturnType<typeof sheet>[] = []): WorkbookGrid {
  return workbook(infoSheet({ 'Năm báo cáo': year }), sheet('Việc làm', [H, ...rows]), ...extra);
}

function compute(w: WorkbookGrid, key: string) {
  const parsed = parseWorkbook(w);
  return computeReport(parsed, parsePeriodKey(key, parsed.year as number)!);
}

function first(w: WorkbookGrid, key: string): ComputedIndicator {
  return compute(w, key).sectors[0].indicators[0];
}

const r = (code: string, name: string, unit: string, kind: string | null, plan: Raw, cur: Raw[], last: Raw[] = []): Raw[] => [
  code, name, unit, kind, plan, ...months(...cur), ...months(...last),
];

describe('Thừa Thiên Huế, năm 2023 (seed 002): change on the same period last year', () => {
  // 12 months summing to 9.885 (2023) and 8.262 (2022)
  const y2023 = [812, 790, 845, 801, 830, 822, 818, 840, 805, 833, 851, 838];
  const y2022 = [690, 665, 700, 688, 675, 702, 690, 684, 695, 680, 688, 705];
  const w = wb([r('BHTN01', 'Số người có quyết định hưởng trợ cấp thất nghiệp', 'người', null, null, y2023, y2022)], 2023);

  it('year report: 9.885 against 8.262 → +19,64%', () => {
    expect(y2023.reduce((a, b) => a + b)).toBe(9885);
    expect(y2022.reduce((a, b) => a + b)).toBe(8262);
    expect(first(w, 'Y')).toMatchObject({ period: 9885, ytd: 9885, lastYearPeriod: 8262, lastYearYtd: 8262, changePct: 19.64, incomplete: false });
  });

  it('a quarter compares the year to date with last year’s same months', () => {
    const q2 = first(w, 'Q2');
    expect(q2.period).toBe(801 + 830 + 822);
    expect(q2.ytd).toBe(812 + 790 + 845 + 801 + 830 + 822);
    expect(q2.lastYearPeriod).toBe(688 + 675 + 702);
    expect(q2.lastYearYtd).toBe(690 + 665 + 700 + 688 + 675 + 702);
    expect(q2.changePct).toBe(Math.round(((4900 - 4120) / 4120) * 10000) / 100);
  });

  it('no last-year figure → no comparison (null, not zero)', () => {
    const c = first(wb([r('X', 'Tạo việc làm', 'người', null, null, [100, 200])]), 'T2');
    expect(c).toMatchObject({ lastYearPeriod: null, lastYearYtd: null, changePct: null });
  });

  it('a partly filled last year gives no comparison rather than a wrong one', () => {
    const c = first(wb([r('X', 'Tạo việc làm', 'người', null, null, [100, 200], [90, null])]), 'T2');
    expect(c).toMatchObject({ lastYearPeriod: null, lastYearYtd: null, changePct: null });
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, null, [100, 200], [90, null])]), 'T1')).toMatchObject({ lastYearYtd: 90, changePct: 11.11 });
  });

  it('an incomplete year to date gives no comparison: half a year is not compared with a whole one', () => {
    const cur = [812, 790, 845, 801, 830, 822];
    const last = [690, 665, 700, 688, 675, 702, 690, 684, 695, 680, 688, 705];
    const y = first(wb([r('X', 'Tạo việc làm', 'người', null, null, cur, last)]), 'Y');
    expect(y).toMatchObject({ ytd: 4900, lastYearYtd: 8262, incomplete: true, changePct: null });
    // the same data, reported for the months it covers, compares as usual
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, null, cur, last)]), 'H1').changePct).toBe(18.93);
  });

  it('last year zero → no percentage change', () => {
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, null, [100], [0])]), 'T1').changePct).toBeNull();
  });
});

describe('rates with a comparison target (tỷ lệ hộ nghèo dưới 2,1%)', () => {
  it('2,27% is not below 2,1%; change in percentage points against 3,56%', () => {
    const c = first(wb([r('GN01', 'Tỷ lệ hộ nghèo', '%', null, 'Dưới 2,1', [3.4, null, null, null, null, 2.27], [4.1, null, null, null, null, 3.56])]), 'T6');
    expect(c).toMatchObject({ kind: 'rate', period: 2.27, ytd: 2.27, plan: null, planPct: null, target: { op: '<', value: 2.1 }, targetMet: false, targetGap: 0.17, lastYearYtd: 3.56, changePct: -1.29, schedule: null });
  });

  it('1,95% meets "dưới 2,1%"', () => {
    const c = first(wb([r('GN01', 'Tỷ lệ hộ nghèo', '%', null, 'dưới 2,1%', [1.95])]), 'T1');
    expect(c).toMatchObject({ targetMet: true, targetGap: -0.15 });
  });

  it('rate of the latest non-empty month ≤ b, marked incomplete with a warning when b is empty', () => {
    const rep = compute(wb([r('BH01', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', null, '≥ 90', [91.2, 91.5, 92.1])]), 'T4');
    const c = rep.sectors[0].indicators[0];
    expect(c).toMatchObject({ period: 92.1, ytd: 92.1, targetMet: true, incomplete: true, missingMonths: [4] });
    expect(rep.issues.filter((f) => f.code === 'MISSING_MONTH').map((f) => f.cell)).toEqual(['I2']);
  });
});

describe('stocks', () => {
  it('value at the end of the period; plan % against the plan; relative change', () => {
    const c = first(wb([r('BT01', 'Số đối tượng đang hưởng trợ cấp xã hội hằng tháng', 'người', 'Thời điểm', 40000, [35000, 35200, 35480], [33000, 33100, 33200])]), 'Q1');
    expect(c).toMatchObject({ kind: 'stock', period: 35480, ytd: 35480, planPct: 88.7, schedule: null, lastYearYtd: 33200, changePct: 6.87 });
  });
});

describe('last year for stocks and rates', () => {
  it('uses last year’s month b itself, never an older month', () => {
    const w = wb([r('BT01', 'Số đối tượng đang hưởng trợ cấp', 'người', 'Thời điểm', null, [35000, 35200, 35480], [33000, null, null])]);
    expect(first(w, 'T3')).toMatchObject({ lastYearPeriod: null, lastYearYtd: null, changePct: null });
    expect(first(w, 'T1')).toMatchObject({ lastYearYtd: 33000, changePct: 6.06 });
  });

  it('no change when this year’s month b is empty: February’s figure is not compared with last year’s March', () => {
    const w = wb([r('BT01', 'Số đối tượng đang hưởng trợ cấp', 'người', 'Thời điểm', null, [35000, 35200], [33000, 33100, 33200])]);
    expect(first(w, 'T3')).toMatchObject({ ytd: 35200, incomplete: true, lastYearYtd: 33200, changePct: null });
    const rate = wb([r('GN01', 'Tỷ lệ hộ nghèo', '%', null, null, [3.4, 3.1], [4.1, 4.0, 3.9])]);
    expect(first(rate, 'T3')).toMatchObject({ ytd: 3.1, incomplete: true, lastYearYtd: 3.9, changePct: null });
  });
});

describe('flows: plan and schedule (expected = b ÷ 12 × 100)', () => {
  const plan1200 = (ytdJune: number) => first(wb([r('X', 'Tuyển sinh', 'người', null, 1200, [0, 0, 0, 0, 0, ytdJune])]), 'T6');
  it.each([
    [1200, 100, 'completed'],
    [1300, 108.33, 'completed'],
    [660, 55, 'ahead'],
    [659, 54.92, 'on_schedule'],
    [600, 50, 'on_schedule'],
    [540, 45, 'on_schedule'],
    [539, 44.92, 'behind'],
  ])('ytd %i of 1.200 by June → %f%% → %s', (ytd, pct, schedule) => {
    expect(plan1200(ytd)).toMatchObject({ planPct: pct, schedule, expectedPct: 50 });
  });

  it('the schedule follows the % of plan the report shows (two decimals)', () => {
    // 29.999 of 30.000 is shown as 100% → completed, not "ahead" next to "100%"
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, 30000, [0, 0, 0, 0, 0, 29999])]), 'T6')).toMatchObject({ planPct: 100, schedule: 'completed' });
    // 54.996 of 100.000 by June is shown as 55% = expected 50% + 5 → ahead
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, 100000, [0, 0, 0, 0, 0, 54996])]), 'T6')).toMatchObject({ planPct: 55, schedule: 'ahead' });
    // January: 13,33% against an expected 8,33% is 5 points ahead
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, 30000, [3999])]), 'T1')).toMatchObject({ planPct: 13.33, expectedPct: 8.33, schedule: 'ahead' });
    // February: 11,67% against an expected 16,67% is exactly 5 points behind → still on schedule
    expect(first(wb([r('X', 'Tạo việc làm', 'người', null, 30000, [1750, 1751])]), 'T2')).toMatchObject({ planPct: 11.67, expectedPct: 16.67, schedule: 'on_schedule' });
  });

  it('no plan → no schedule', () => {
    expect(first(wb([r('X', 'Tư vấn việc làm', 'lượt người', null, null, [2625])]), 'T1')).toMatchObject({ planPct: null, schedule: null, expectedPct: null });
  });
});

describe('missing months are missing, not zero', () => {
  const w = wb([r('X', 'Tuyển sinh', 'người', null, 12000, [754, null, 800, 900])]);
  it('ytd sums what is there, marks it incomplete and lists the months', () => {
    const c = first(w, 'T6');
    expect(c).toMatchObject({ period: null, ytd: 2454, incomplete: true, missingMonths: [2, 5, 6] });
    expect(first(w, 'T4')).toMatchObject({ period: 900, ytd: 2454, missingMonths: [2] });
  });
  it('table symbols: "-" (không phát sinh) is 0; "…" and "x" are no figure; none is an error', () => {
    const rep = compute(wb([r('X', 'Tuyển sinh', 'người', null, '-', [754, '-', '…', 'x', 'Không phát sinh'])]), 'T5');
    expect(rep.sectors[0].indicators[0]).toMatchObject({ plan: null, ytd: 754, period: 0, missingMonths: [3, 4] });
    expect(rep.issues.map((f) => f.code)).toEqual(['MISSING_MONTH']);
  });

  it('an unreadable month is incomplete but only its error is reported, not also MISSING_MONTH', () => {
    const rep = compute(wb([r('X', 'Tuyển sinh', 'người', null, null, [754, 'khoảng 50', null])]), 'T3');
    expect(rep.sectors[0].indicators[0]).toMatchObject({ ytd: 754, incomplete: true, missingMonths: [2, 3] });
    expect(rep.issues.map((f) => [f.code, f.cell])).toEqual([
      ['NOT_A_NUMBER', 'G2'],
      ['MISSING_MONTH', 'H2'],
    ]);
    expect(rep.issues[1].message.vi).toContain('tháng 3;');
  });

  it('a zero is a figure', () => {
    expect(first(wb([r('X', 'Tuyển sinh', 'người', null, null, [754, 0])]), 'T2')).toMatchObject({ period: 0, ytd: 754, incomplete: false });
  });
});

describe('periods', () => {
  const vals = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210];
  const w = wb([r('X', 'Tạo việc làm', 'người', null, 4000, vals)]);
  it.each([
    ['T6', 'month', 150, 750, 'tháng 6 năm 2024'],
    ['Q2', 'quarter', 420, 750, 'quý II năm 2024'],
    ['H1', 'half', 750, 750, '6 tháng đầu năm 2024'],
    ['9M', 'nine_months', 1260, 1260, '9 tháng năm 2024'],
    ['Y', 'year', 1860, 1860, 'năm 2024'],
  ])('%s: %s, period %i, ytd %i, "%s"', (key, kind, period, ytd, label) => {
    const rep = compute(w, key);
    expect(rep.period).toMatchObject({ kind, label });
    expect(rep.sectors[0].indicators[0]).toMatchObject({ period, ytd });
  });
});

describe('children and content', () => {
  it('children are computed the same way', () => {
    const c = first(wb([r('VL01', 'Tạo việc làm', 'người', null, 28500, [3000, 3932]), r('VL01.1', 'Trong đó: đi làm việc ở nước ngoài', 'người', null, 350, [50, 61])]), 'T2');
    expect(c.children[0]).toMatchObject({ period: 61, ytd: 111, planPct: 31.71, level: 1, cell: "'Việc làm'!B3" });
  });

  it('Kết quả of every month in the period, Nhiệm vụ of its last month', () => {
    const nd = sheet('Nội dung', [
      ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
      ['Việc làm', 'T4', 'Kết quả', 'Kết quả tháng 4.'],
      [null, 'T5', null, 'Kết quả tháng 5.'],
      ['Việc làm', 6, 'Kết quả', 'Kết quả tháng 6.'],
      [null, null, 'Nhiệm vụ', 'Nhiệm vụ tháng 7.'],
      [null, 5, 'Nhiệm vụ', 'Nhiệm vụ tháng 6.'],
    ]);
    const w = wb([r('X', 'Tạo việc làm', 'người', null, null, [1, 2, 3, 4, 5, 6])], 2024, [nd]);
    expect(compute(w, 'Q2').content.map((p) => p.text)).toEqual(['Kết quả tháng 4.', 'Kết quả tháng 5.', 'Kết quả tháng 6.', 'Nhiệm vụ tháng 7.']);
    expect(compute(w, 'T6').content.map((p) => [p.text, p.part, p.sectorSheet, p.cell])).toEqual([
      ['Kết quả tháng 6.', 'ket_qua', 'Việc làm', 'D4'],
      ['Nhiệm vụ tháng 7.', 'nhiem_vu', 'Việc làm', 'D5'],
    ]);
  });

  it('in a Nội dung cell, a line break after a sentence starts a paragraph; a hard wrap mid-sentence is joined', () => {
    const nd = sheet('Nội dung', [
      ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
      ['Việc làm', 6, 'Kết quả', 'Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm và năm 2024 \ntheo Nghị định số 152/2020/NĐ-CP.\r\n\nDự thảo quyết định kiện toàn Ban Chỉ đạo.'],
    ]);
    const w = wb([r('X', 'Tạo việc làm', 'người', null, null, [1, 2, 3, 4, 5, 6])], 2024, [nd]);
    expect(compute(w, 'T6').content.map((p) => [p.text, p.cell])).toEqual([
      ['Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm và năm 2024 theo Nghị định số 152/2020/NĐ-CP.', 'D2'],
      ['Dự thảo quyết định kiện toàn Ban Chỉ đạo.', 'D2'],
    ]);
  });

  it('Lĩnh vực in "Nội dung" matches the title loosely: dashes, case, diacritics, numbering, a unique prefix', () => {
    const title = sheet('1. Việc làm', [['Lĩnh vực: Việc làm – Tiền lương – An toàn lao động'], H, r('X', 'Tạo việc làm', 'người', null, null, [1])]);
    const other = sheet('2. Giáo dục nghề nghiệp', [H, r('Y', 'Tuyển sinh', 'người', null, null, [1])]);
    const nd = sheet('Nội dung', [
      ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
      ['VIEC LAM - TIEN LUONG - AN TOAN LAO DONG', 1, 'Kết quả', 'a'],
      ['1. Việc làm', 1, 'Kết quả', 'b'],
      ['Việc làm', 1, 'Kết quả', 'c'],
      ['giáo dục nghề nghiệp', 1, 'Kết quả', 'd'],
      ['2 - Giáo dục nghề nghiệp', 1, 'Kết quả', 'e'],
    ]);
    const parsed = parseWorkbook(workbook(infoSheet(), title, other, nd));
    expect(parsed.content.map((p) => p.sectorSheet)).toEqual(['1. Việc làm', '1. Việc làm', '1. Việc làm', '2. Giáo dục nghề nghiệp', '2. Giáo dục nghề nghiệp']);
    expect(parsed.findings).toEqual([]);
  });

  it('latestMonthWithData looks at children too; null when nothing is filled', () => {
    expect(latestMonthWithData(parseWorkbook(wb([r('A', 'Tạo việc làm', 'người', null, null, [1, 2, 3]), r('A.1', 'Trong đó', 'người', null, null, [1, 1, 1, 1])])))).toBe(4);
    expect(latestMonthWithData(parseWorkbook(wb([r('A', 'Tạo việc làm', 'người', null, 5, [])])))).toBeNull();
  });

  it('issues come in reading order: sheet by sheet, then row and column (period findings included)', () => {
    const second = sheet('Giảm nghèo', [H, r('GN', 'Số hộ nghèo thoát nghèo', 'hộ', null, null, ['nhiều'])]);
    const rep = compute(
      workbook(infoSheet({}, ['Người ký']), sheet('Việc làm', [H, r('A', 'Tạo việc làm', 'người', null, 'abc', [1, null]), r('B', 'Tư vấn', 'lượt', null, null, [1, -2])]), second),
      'T2',
    );
    expect(rep.issues.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual([
      'Thông tin!A12 MISSING_INFO_KEY',
      'Việc làm!E2 BAD_PLAN',
      'Việc làm!G2 MISSING_MONTH',
      'Việc làm!G3 NEGATIVE',
      'Giảm nghèo!F2 NOT_A_NUMBER',
      'Giảm nghèo!G2 MISSING_MONTH',
    ]);
  });
});
