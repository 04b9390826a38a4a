import { allPeriods, ALL_PERIOD_KEYS, parsePeriodKey, periodKey, periodSheetSuffix } from '../../src/engine';

describe('period keys', () => {
  it.each([
    ['6', 'month', 6, 6, 'tháng 6 năm 2024', 'T6', 'T6-2024'],
    ['T6', 'month', 6, 6, 'tháng 6 năm 2024', 'T6', 'T6-2024'],
    ['t06', 'month', 6, 6, 'tháng 6 năm 2024', 'T6', 'T6-2024'],
    ['T12', 'month', 12, 12, 'tháng 12 năm 2024', 'T12', 'T12-2024'],
    ['Q2', 'quarter', 4, 6, 'quý II năm 2024', 'Q2', 'Q2-2024'],
    ['q4', 'quarter', 10, 12, 'quý IV năm 2024', 'Q4', 'Q4-2024'],
    ['H1', 'half', 1, 6, '6 tháng đầu năm 2024', 'H1', '6T-2024'],
    ['9M', 'nine_months', 1, 9, '9 tháng năm 2024', '9M', '9T-2024'],
    ['9m', 'nine_months', 1, 9, '9 tháng năm 2024', '9M', '9T-2024'],
    ['Y', 'year', 1, 12, 'năm 2024', 'Y', '2024'],
    ['y', 'year', 1, 12, 'năm 2024', 'Y', '2024'],
  ])('%s → %s %i…%i "%s", key %s, suffix %s', (key, kind, from, to, label, canon, suffix) => {
    const p = parsePeriodKey(key, 2024)!;
    expect(p).toEqual({ kind, from, to, year: 2024, label });
    expect(periodKey(p)).toBe(canon);
    expect(periodSheetSuffix(p)).toBe(suffix);
  });

  it.each(['', '0', 'T13', '13', 'Q5', 'H2', 'abc', '6/2024'])('%s is not a period', (key) => {
    expect(parsePeriodKey(key, 2024)).toBeNull();
  });

  it('the canonical keys round-trip', () => {
    expect(allPeriods(2025).map(periodKey)).toEqual([...ALL_PERIOD_KEYS]);
  });
});
