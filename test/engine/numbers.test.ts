import fc from 'fast-check';
import { parsePlanText, parseViNumber } from '../../src/engine';

describe('parseViNumber', () => {
  it.each([
    ['16.344', 16344],
    ['57,35', 57.35],
    ['1.234,5', 1234.5],
    ['57,35%', 57.35],
    ['1.234.567', 1234567],
    ['3932', 3932],
    [' 3 932 ', 3932],
    ['-5', -5],
    ['57.35', 57.35],
    ['1,234.5', 1234.5],
    ['0,5', 0.5],
  ])('%s → %d', (s, n) => {
    expect(parseViNumber(s)).toBe(n);
  });

  it.each(['khoảng 50', 'n/a', '', '-', '1.2.3', '12,34,5', '1.23,4.5', 'x', '%', '50 người'])('%s → null', (s) => {
    expect(parseViNumber(s)).toBeNull();
  });
});

describe('parsePlanText', () => {
  it('numbers, targets and bad plans', () => {
    expect(parsePlanText('28.500')).toEqual({ kind: 'number', value: 28500, fromText: true });
    expect(parsePlanText('Không vượt quá 3')).toEqual({ kind: 'target', target: { op: '<=', value: 3 } });
    expect(parsePlanText('Trên khoảng 90')).toEqual({ kind: 'bad' });
    expect(parsePlanText('Từ 90% trở lên')).toEqual({ kind: 'target', target: { op: '>=', value: 90 } });
    expect(parsePlanText('2% trở xuống')).toEqual({ kind: 'target', target: { op: '<=', value: 2 } });
    expect(parsePlanText('Đạt trên 90%')).toEqual({ kind: 'target', target: { op: '>', value: 90 } });
    expect(parsePlanText('Giảm xuống dưới 2,1%')).toEqual({ kind: 'target', target: { op: '<', value: 2.1 } });
    expect(parsePlanText('Giảm 0,5%')).toEqual({ kind: 'bad' });
    expect(parsePlanText('cao')).toEqual({ kind: 'bad' });
    expect(parsePlanText('  ')).toEqual({ kind: 'empty' });
  });
});

test('every number written the vi-VN way (Intl) reads back as itself', () => {
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const n = whole + Math.sign(whole || 1) * cents / 100;
      expect(parseViNumber(vi.format(n))).toBeCloseTo(n, 6);
      expect(parseViNumber(vi.format(n) + '%')).toBeCloseTo(n, 6);
    }),
    { numRuns: 500 },
  );
});
