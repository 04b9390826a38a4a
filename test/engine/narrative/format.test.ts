import { fmtChange, fmtCount, fmtNumber, fmtPct, __fallbackFormat } from '../../../src/engine/format';

describe('fmtNumber (vi-VN)', () => {
  it('groups thousands with "." — including four-digit numbers', () => {
    expect(fmtNumber(3932)).toBe('3.932');
    expect(fmtNumber(16344)).toBe('16.344');
    expect(fmtNumber(1234567)).toBe('1.234.567');
    expect(fmtNumber(163443)).toBe('163.443');
    expect(fmtNumber(999)).toBe('999');
  });
  it('uses "," as the decimal mark and drops trailing zeros without explicit decimals', () => {
    expect(fmtNumber(57.35)).toBe('57,35');
    expect(fmtNumber(1234.5)).toBe('1.234,5');
    expect(fmtNumber(2.27)).toBe('2,27');
    expect(fmtNumber(0.5)).toBe('0,5');
    expect(fmtNumber(57.3456)).toBe('57,35');
  });
  it('pads to the requested decimals', () => {
    expect(fmtNumber(100.2, 2)).toBe('100,20');
    expect(fmtNumber(20.5, 1)).toBe('20,5');
    expect(fmtNumber(3932, 0)).toBe('3.932');
  });
  it('has no non-breaking or narrow spaces, and no "-0"', () => {
    expect(fmtNumber(1234567.89)).not.toMatch(/[\u00a0\u202f ]/);
    expect(fmtNumber(-0.001)).toBe('0');
    expect(fmtNumber(-2.3)).toBe('-2,3');
  });
  it('returns "" for values that are not finite numbers', () => {
    expect(fmtNumber(NaN)).toBe('');
    expect(fmtNumber(Infinity)).toBe('');
    expect(fmtNumber(undefined as unknown as number)).toBe('');
  });
});

describe('fallback used when Intl has no vi-VN data', () => {
  it('writes the same digits as Intl', () => {
    for (const n of [0, 5, 3932, 16344, 57.35, 1234.5, 1234567.891, 100.2, -2.3]) {
      expect(__fallbackFormat(n, 0, 2)).toBe(fmtNumber(n));
      expect(__fallbackFormat(n, 2, 2)).toBe(fmtNumber(n, 2));
    }
  });
});

describe('fmtCount', () => {
  it('writes whole counts from 1 to 9 with a leading zero', () => {
    expect(fmtCount(1)).toBe('01');
    expect(fmtCount(5)).toBe('05');
    expect(fmtCount(9)).toBe('09');
  });
  it('writes other counts normally', () => {
    expect(fmtCount(10)).toBe('10');
    expect(fmtCount(22)).toBe('22');
    expect(fmtCount(2625)).toBe('2.625');
    expect(fmtCount(0)).toBe('0');
    expect(fmtCount(2.5)).toBe('2,5');
    expect(fmtCount(NaN)).toBe('');
  });
});

describe('fmtPct', () => {
  it('has two decimals and a % sign', () => {
    expect(fmtPct(57.35)).toBe('57,35%');
    expect(fmtPct(100.2)).toBe('100,20%');
    expect(fmtPct(55.142857)).toBe('55,14%');
    expect(fmtPct(1234.5)).toBe('1.234,50%');
    expect(fmtPct(NaN)).toBe('');
  });
});

describe('fmtChange', () => {
  it('reads as tăng/giảm with one decimal for flows and stocks', () => {
    expect(fmtChange(19.6)).toBe('tăng 19,6%');
    expect(fmtChange(20.54)).toBe('tăng 20,5%');
    expect(fmtChange(-2.3)).toBe('giảm 2,3%');
    expect(fmtChange(-2.3, 'stock')).toBe('giảm 2,3%');
  });
  it('reads rates in percentage points with two decimals', () => {
    expect(fmtChange(-1.29, 'rate')).toBe('giảm 1,29 điểm %');
    expect(fmtChange(0.5, 'rate')).toBe('tăng 0,50 điểm %');
  });
  it('says "không thay đổi" when the change rounds to zero, "" when missing', () => {
    expect(fmtChange(0)).toBe('không thay đổi');
    expect(fmtChange(0.04)).toBe('không thay đổi');
    expect(fmtChange(-0.001, 'rate')).toBe('không thay đổi');
    expect(fmtChange(NaN)).toBe('');
  });
});
