import fc from 'fast-check';
import { parsePlanText, parseViNumber } from '../../src/engine';
import { viNum } from '../../src/engine/numbers';

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
      const n = whole + (Math.sign(whole || 1) * cents) / 100;
      expect(parseViNumber(vi.format(n))).toBeCloseTo(n, 6);
      expect(parseViNumber(vi.format(n) + '%')).toBeCloseTo(n, 6);
    }),
    { numRuns: 500 },
  );
});

describe('viNum (numbers inside finding messages)', () => {
  const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

  it.each([
    [16344, '16.344'],
    [57.35, '57,35'],
    [1234.5, '1.234,5'],
    [-1234567.25, '-1.234.567,25'],
    [0, '0'],
    [0.1 + 0.2, '0,3'],
    [1.0000005, '1,000001'], // rounded on the shortest form, as Intl does (toFixed would give 1,000000)
    [0.9999996, '1'],
    [999999.9999999, '1.000.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [5e-7, '0,000001'],
  ])('%p → %p, the same as Intl', (n, text) => {
    expect(viNum(n)).toBe(text);
    expect(viNum(n)).toBe(intl.format(n));
  });

  it('writes every number exactly as Intl vi-VN does (random doubles, integers, short decimals)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: -1e8, max: 1e8 }).map((k) => k / 1000),
          fc.integer({ min: -1e12, max: 1e12 }).map((k) => k / 1e7),
          fc.double({ min: -1e-5, max: 1e-5 }),
        ),
        (n) => viNum(n) === intl.format(n),
      ),
      { numRuns: 20000 },
    );
  });
});
