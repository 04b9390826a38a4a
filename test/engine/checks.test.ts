/** The plausibility rules: LOOKS_CUMULATIVE and OUTLIER must catch the typical mistake and stay quiet on normal data. */
import { looksCumulative, parseWorkbook } from '../../src/engine';
import { months, sectorSheet, sheet, wbWith, type Raw } from './fixtures';

describe('LOOKS_CUMULATIVE rule', () => {
  it.each([
    ['running totals of Sóc Trăng’s jobs', [2310, 4760, 7440, 9842, 12412, 16344]],
    ['running totals, four months', [100, 200, 300, 400]],
    ['running totals with uneven months', [100, 180, 300, 390]],
    ['running totals with one month of nothing', [50, 120, 120, 190, 260]],
  ])('fires on %s', (_, vs) => {
    expect(looksCumulative(vs)).toBe(true);
  });

  it.each([
    ['steady data', [2310, 2450, 2680, 2402, 2570, 3932]],
    ['slowly rising data', [100, 102, 105, 110, 115, 121]],
    ['rising by a fifth of the base each month', [100, 120, 140, 160, 180]],
    ['only three months', [100, 200, 300]],
    ['a single jump', [100, 100, 100, 900]],
    ['flat data', [22, 22, 22, 22, 22]],
    ['zeros first', [0, 10, 20, 30, 40]],
  ])('stays quiet on %s', (_, vs) => {
    expect(looksCumulative(vs)).toBe(false);
  });
});

test('LOOKS_CUMULATIVE also checks the last-year columns', () => {
  const header = ['Chỉ tiêu', 'ĐVT', 'T1', 'T2', 'T3', 'T4', 'CK T1', 'CK T2', 'CK T3', 'CK T4'];
  const fs = parseWorkbook(
    wbWith(sheet('Việc làm', [header, ['Tạo việc làm', 'người', 2310, 2450, 2680, 2402, 2100, 4300, 6600, 8700]])),
  ).findings;
  expect(fs.map((f) => [f.code, f.cell])).toEqual([['LOOKS_CUMULATIVE', 'J2']]);
  expect(fs[0].message.vi).toContain('cùng kỳ năm trước');
});

describe('OUTLIER rule', () => {
  const outliers = (vals: (number | null)[]) =>
    parseWorkbook(
      wbWith(
        sectorSheet('Việc làm', [[null, null, 'Hồ sơ trợ cấp thất nghiệp', 'hồ sơ', null, null, ...months(...vals)]]),
      ),
    ).findings.filter((f) => f.code === 'OUTLIER');

  it('needs at least three other non-zero months', () => {
    expect(outliers([100, 110, 2000])).toEqual([]);
    expect(outliers([100, 0, 110, 0, 2000])).toEqual([]);
    expect(outliers([100, 110, 120, 2000]).map((f) => f.cell)).toEqual(['J2']);
  });

  it('10 × the median is not yet an outlier; a little more is', () => {
    expect(outliers([100, 100, 100, 1000])).toEqual([]);
    expect(outliers([100, 100, 100, 1001])).toHaveLength(1);
  });

  it('a rate typed with the comma one place off (21,5 for 2,15) is caught', () => {
    const fs = parseWorkbook(
      wbWith(
        sectorSheet('Giảm nghèo', [[null, null, 'Tỷ lệ hộ nghèo', '%', null, null, ...months(2.1, 2.05, 2.0, 21.5)]]),
      ),
    ).findings;
    expect(fs.map((f) => [f.code, f.cell])).toEqual([['OUTLIER', 'J2']]);
  });

  it('ordinary seasonal data has none', () => {
    expect(outliers([1210, 980, 1300, 1370, 1100, 1250, 1420, 1500, 1380, 990, 1010, 1650])).toEqual([]);
  });
});

describe('a stock typed month by month without "Cách tính" is never silently summed', () => {
  const parse = (rows: Raw[][]) => parseWorkbook(wbWith(sectorSheet('Giảm nghèo', rows)));
  const codes = (rows: Raw[][]) => parse(rows).findings.map((f) => [f.code, f.cell, f.severity]);

  it('"Số hộ cận nghèo" is read as a stock (June shows 5.100, not 5.120 + 5.110 + 5.100 = 15.330), said as info', () => {
    const wb = parse([[null, null, 'Số hộ cận nghèo', 'hộ', null, null, ...months(5120, 5110, 5100)]]);
    const ind = wb.sectors[0].indicators[0];
    expect(ind.kind).toBe('stock');
    expect(wb.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['KIND_INFERRED', 'C2', 'info']]);
  });

  it('a flat series under a name the program cannot place gets MAYBE_STOCK on its name cell', () => {
    // 2.140; 2.150; 2.152 people with disabilities on monthly allowance: max/min = 1,0056 ≤ 1,05, all ≥ 100
    const fs = parse([
      [null, null, 'Số người khuyết tật hưởng trợ cấp xã hội', 'người', null, null, ...months(2140, 2150, 2152)],
    ]).findings;
    expect(fs.map((f) => [f.code, f.cell, f.severity])).toEqual([['MAYBE_STOCK', 'C2', 'warning']]);
    expect(fs[0].message.vi).toContain('2.140; 2.150; 2.152');
    expect(fs[0].message.vi).toContain('"Thời điểm"');
  });

  it('stays quiet on steady small flows, moving flows, two months, and a row whose kind is written', () => {
    expect(codes([[null, null, 'Phiên giao dịch việc làm', 'phiên', null, null, ...months(22, 22, 22, 22)]])).toEqual(
      [],
    );
    expect(codes([[null, null, 'Tư vấn việc làm', 'lượt người', null, null, ...months(2100, 2300, 2500)]])).toEqual([]);
    expect(
      codes([[null, null, 'Số người khuyết tật hưởng trợ cấp', 'người', null, null, ...months(2140, 2150)]]),
    ).toEqual([]);
    expect(
      codes([
        [null, null, 'Số người khuyết tật hưởng trợ cấp', 'người', 'Cộng dồn', null, ...months(2140, 2150, 2152)],
      ]),
    ).toEqual([]);
  });

  it('the ratio bound: 5 % above the smallest still fires, a little more does not', () => {
    expect(codes([[null, null, 'Số đối tượng', 'người', null, null, ...months(1000, 1050, 1020)]])).toEqual([
      ['MAYBE_STOCK', 'C2', 'warning'],
    ]);
    expect(codes([[null, null, 'Số đối tượng', 'người', null, null, ...months(1000, 1051, 1020)]])).toEqual([]);
  });
});
