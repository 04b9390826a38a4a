/** Property tests (fast-check): the engine never throws, sums add up, header cosmetics change no figure. */
import fc from 'fast-check';
import { allPeriods, computeReport, normalizeLabel, parseWorkbook, type ComputedIndicator, type GridCell, type WorkbookGrid } from '../../src/engine';
import { infoSheet, sheet, workbook, type Raw } from './fixtures';

const LABELS = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm', 'Ghi chú', 'Mẫu câu', 'T1', 'T6', 'Tháng 12', 'CK T6', 'Cùng kỳ tháng 1', 'Lĩnh vực: Trẻ em', 'Trong đó: nữ', '- Sơ cấp', '+ Nam', 'Gồm', 'Thời điểm', 'Tỷ lệ', 'Cộng dồn', '%', 'người', 'hộ', 'Dưới 2,1', '≥ 90', 'khoảng 50', '16.344', '57,35%', '{ten} {xyz}', 'VL01', 'VL01.1', 'VL02.3', '1.1', 'a', 'Kết quả', 'Nhiệm vụ', 'Lĩnh vực', 'Tháng', 'Phần', 'Nội dung', 'Năm báo cáo', 'Nơi nhận', '', '  '];

const cellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...LABELS).map((v) => ({ v })),
  fc.string({ maxLength: 12 }).map((v) => ({ v })),
  fc.integer({ min: -1000, max: 100000 }).map((v) => ({ v })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => ({ v })),
  fc.constantFrom(Infinity, -Infinity, NaN).map((v) => ({ v })),
  fc.boolean().map((v) => ({ v })),
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!').map((v) => ({ v, t: 'error' as const })),
  fc.constantFrom('2024-06-01', '2023-01-15', 'garbage').map((v) => ({ v, t: 'date' as const })),
  fc.record({ v: fc.constantFrom('Trong đó: nữ', 'Tạo việc làm'), indent: fc.integer({ min: 0, max: 20 }) }),
);

const rowArb = fc.array(cellArb, { maxLength: 10 });
const sheetArb = fc.record({
  name: fc.constantFrom('Thông tin', 'Nội dung', '1. Việc làm', 'Trẻ em', 'BC T6-2024', 'x'),
  rows: fc.array(rowArb, { maxLength: 20 }),
  generated: fc.boolean(),
});

/** Sector sheets with a real header so the parser goes deep. */
const headedSheetArb = fc.record({
  name: fc.constantFrom('1. Việc làm', '2. Giảm nghèo'),
  header: fc.shuffledSubarray(['Mã', 'STT', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'KH', 'T1', 'T2', 'T3', 'T6', 'T12', 'CK T1', 'CK T6', 'Mẫu câu'], { minLength: 3 }),
  rows: fc.array(rowArb, { maxLength: 15 }),
}).map(({ name, header, rows }) => ({ name, rows: [header.map((v) => ({ v })), ...rows] }));

describe('robustness', () => {
  it('random grids never throw, for every period', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sheetArb, headedSheetArb), { maxLength: 4 }), (sheets) => {
        const parsed = parseWorkbook({ sheets });
        for (const p of allPeriods(parsed.year ?? 2024)) {
          const rep = computeReport(parsed, p);
          for (const f of rep.issues) {
            expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
            expect(f.message.vi).not.toMatch(/undefined|NaN/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sparse rows (holes), missing rows and an empty workbook do not throw', () => {
    const header: (GridCell | undefined)[] = [];
    header[2] = { v: 'Chỉ tiêu' };
    header[5] = { v: 'ĐVT' };
    header[9] = { v: 'T1' };
    const data: (GridCell | undefined)[] = [];
    data[2] = { v: 'Tạo việc làm' };
    data[5] = { v: 'người' };
    data[9] = { v: 3932 };
    const rows: (GridCell | null | undefined)[][] = [];
    rows[3] = header;
    rows[7] = data;
    const parsed = parseWorkbook({ sheets: [{ name: 'Việc làm', rows }] });
    expect(parsed.sectors[0].indicators[0]).toMatchObject({ name: 'Tạo việc làm', nameCell: 'C8', months: expect.arrayContaining([3932]) });
    expect(() => computeReport(parseWorkbook({ sheets: [] }), allPeriods(2024)[0])).not.toThrow();
    expect(parseWorkbook({ sheets: [] }).findings.map((f) => f.code)).toEqual(['MISSING_INFO_KEY', 'NO_SECTOR_SHEETS']);
  });
});

// ---------------------------------------------------------------------------

const monthVal = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined, freq: 4 });
const indicatorArb = fc.record({
  name: fc.constantFrom('Tạo việc làm', 'Tuyển sinh giáo dục nghề nghiệp', 'Trợ cấp thất nghiệp', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo'),
  unit: fc.constantFrom('người', 'hồ sơ', 'lượt người', '%'),
  kind: fc.constantFrom('Cộng dồn', 'Thời điểm', null),
  plan: fc.option(fc.integer({ min: 1, max: 50000 }), { nil: null }),
  months: fc.array(monthVal, { minLength: 12, maxLength: 12 }),
  lastYear: fc.array(monthVal, { minLength: 12, maxLength: 12 }),
});

type IndSpec = { name: string; unit: string; kind: string | null; plan: number | null; months: (number | undefined)[]; lastYear: (number | undefined)[] };
const COLUMNS = ['Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm', ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`), ...Array.from({ length: 12 }, (_, i) => `Cùng kỳ tháng ${i + 1}`)];

function specRow(s: IndSpec): Raw[] {
  const rate = s.unit === '%';
  const mv = (v: number | undefined) => (v === undefined ? null : rate ? v % 101 : v);
  return [s.name, s.unit, s.kind, rate ? null : s.plan, ...s.months.map(mv), ...s.lastYear.map(mv)];
}

function build(specs: IndSpec[], order: number[], label: (s: string) => string): WorkbookGrid {
  const header = order.map((c) => label(COLUMNS[c]));
  const rows = specs.map((s) => {
    const r = specRow(s);
    return order.map((c) => r[c]);
  });
  return workbook(infoSheet(), sheet('Việc làm', [header, ...rows]));
}

function figures(c: ComputedIndicator): unknown {
  return [c.name, c.kind, c.period, c.ytd, c.plan, c.planPct, c.target, c.targetMet, c.lastYearPeriod, c.lastYearYtd, c.changePct, c.schedule, c.incomplete, c.missingMonths, c.children.map(figures)];
}

const identity = COLUMNS.map((_, i) => i);

describe('figures', () => {
  it('flow: year to date = sum of months 1…b; period = sum of a…b; null only when all are empty', () => {
    fc.assert(
      fc.property(fc.array(indicatorArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const flows = specs.map((s) => ({ ...s, unit: 'người', kind: 'Cộng dồn' }));
        const parsed = parseWorkbook(build(flows, identity, (x) => x));
        for (const p of allPeriods(2024)) {
          const rep = computeReport(parsed, p);
          rep.sectors[0].indicators.forEach((c, i) => {
            const ms = flows[i].months;
            const sum = (a: number, b: number) => {
              const xs = ms.slice(a - 1, b).filter((v): v is number => v !== undefined);
              return xs.length ? xs.reduce((x, y) => x + y, 0) : null;
            };
            expect(c.ytd).toBe(sum(1, p.to));
            expect(c.period).toBe(sum(p.from, p.to));
            expect(c.incomplete).toBe(ms.slice(0, p.to).some((v) => v === undefined));
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('permuting columns or stripping diacritics from headers changes no figure', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 1, maxLength: 4 }),
        fc.shuffledSubarray(identity, { minLength: identity.length, maxLength: identity.length }),
        fc.constantFrom<(s: string) => string>((s) => normalizeLabel(s), (s) => normalizeLabel(s).toUpperCase(), (s) => s.replace(/ /g, '\n')),
        fc.constantFrom('T6', 'Q3', 'H1', '9M', 'Y'),
        (specs, order, label, key) => {
          const a = parseWorkbook(build(specs, identity, (x) => x));
          const b = parseWorkbook(build(specs, order, label));
          const p = allPeriods(2024).find((x) => x.kind === { T6: 'month', Q3: 'quarter', H1: 'half', '9M': 'nine_months', Y: 'year' }[key])!;
          const fa = computeReport(a, p).sectors[0].indicators.map(figures);
          const fb = computeReport(b, p).sectors[0].indicators.map(figures);
          expect(fb).toEqual(fa);
          expect(b.findings.map((f) => f.code)).toEqual(a.findings.map((f) => f.code));
        },
      ),
      { numRuns: 200 },
    );
  });
});
