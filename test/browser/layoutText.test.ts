/** "Cách đọc số liệu" in words (src/taskpane/layoutText.ts), in Node. */
import { columnNumber, describeLayout, monthRuns } from '../../src/taskpane/layoutText';
import type { SectorLayout } from '../../src/engine/types';

const twelve = (first: number): Record<number, string> => {
  const out: Record<number, string> = {};
  for (let m = 1; m <= 12; m++) {
    let n = first + m - 1;
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    out[m] = s;
  }
  return out;
};

/** The example: E–P this year, Q–AB last year, AC a hidden old copy of "Tháng 6". */
const EXAMPLE: SectorLayout = {
  headerRow: 7,
  headerRowLast: 8,
  year: 2024,
  columns: { stt: 'A', name: 'B', unit: 'C', plan: 'D', months: twelve(5), lastYearMonths: twelve(17), estimates: {} },
  ignored: [{ cell: 'AC8', why: { vi: 'cột ẩn trùng “Tháng 6”', en: 'hidden copy of “Tháng 6”' } }],
};

describe('describeLayout', () => {
  it('says which columns are this year, last year and what was skipped, with the ranges to select', () => {
    const r = describeLayout('1. Việc làm', 'Việc làm', EXAMPLE, 'vi');
    expect(r.headerRows).toBe('Dòng tiêu đề: 7–8');
    expect(r.summary).toBe('Tháng 1–12/2024 · cùng kỳ 2023 · 1 ô bỏ qua');
    expect(r.lines.map((l) => [l.ref, l.range, l.text])).toEqual([
      ['A', 'A7:A8', 'số thứ tự'],
      ['B', 'B7:B8', 'tên chỉ tiêu'],
      ['C', 'C7:C8', 'đơn vị tính'],
      ['D', 'D7:D8', 'kế hoạch năm'],
      ['E–P', 'E7:P8', 'tháng 1–12/2024'],
      ['Q–AB', 'Q7:AB8', 'cùng kỳ tháng 1–12/2023'],
      ['AC8', 'AC8', 'bỏ qua: cột ẩn trùng “Tháng 6”'],
    ]);
  });

  it('in English', () => {
    const r = describeLayout('1. Việc làm', 'Việc làm', EXAMPLE, 'en');
    expect(r.summary).toBe('Months 1–12 of 2024 · last year 2023 · 1 cell ignored');
    expect(r.lines.find((l) => l.kind === 'months')?.text).toBe('months 1–12 of 2024');
    expect(r.lines.find((l) => l.kind === 'lastYear')?.text).toBe('months 1–12 of 2023 (last year)');
    expect(r.lines.find((l) => l.kind === 'ignored')?.text).toBe('ignored: hidden copy of “Tháng 6”');
  });

  it('splits the months where a skipped column breaks the run, and names the estimate column', () => {
    const r = describeLayout(
      'GDNN',
      'GDNN',
      {
        headerRow: 6,
        headerRowLast: 6,
        year: 2024,
        columns: {
          name: 'B',
          unit: 'C',
          months: { 1: 'E', 2: 'F', 3: 'G', 4: 'H', 5: 'I', 6: 'K' },
          lastYearMonths: {},
          estimates: { 6: 'L' },
        },
        ignored: [{ cell: 'J6', why: { vi: 'cột ẩn trùng “Tháng 6” (ô K6)', en: 'hidden copy of “Tháng 6” (K6)' } }],
      },
      'vi',
    );
    expect(r.lines.filter((l) => l.kind === 'months').map((l) => `${l.ref} ${l.text}`)).toEqual([
      'E–I tháng 1–5/2024',
      'K tháng 6/2024',
    ]);
    expect(r.lines.find((l) => l.kind === 'estimate')).toEqual({
      kind: 'estimate',
      ref: 'L',
      range: 'L6',
      text: 'ước thực hiện tháng 6/2024 (chỉ dùng khi ô tháng 6 trống)',
    });
    expect(r.summary).toBe('Tháng 1–6/2024 · không có cùng kỳ · 1 cột ước tính · 1 ô bỏ qua');
  });

  it('an ignored year block (cell … lastCell) is one line that shows and selects the whole run', () => {
    const r = describeLayout(
      '1. Việc làm',
      'Việc làm',
      {
        headerRow: 6,
        headerRowLast: 7,
        year: 2024,
        columns: { name: 'B', months: { 1: 'E', 2: 'F' }, lastYearMonths: {}, estimates: {} },
        ignored: [
          {
            cell: 'L7',
            lastCell: 'W7',
            why: { vi: 'số liệu năm 2022, không phải năm báo cáo 2024 hay năm trước', en: 'figures of 2022' },
          },
        ],
      },
      'vi',
    );
    expect(r.lines.find((l) => l.kind === 'ignored')).toEqual({
      kind: 'ignored',
      ref: 'L7–W7',
      range: 'L7:W7',
      text: 'bỏ qua: số liệu năm 2022, không phải năm báo cáo 2024 hay năm trước',
    });
  });

  it('without a known year says "năm trước", and months with a gap are listed run by run', () => {
    const noYear: SectorLayout = {
      headerRow: 3,
      headerRowLast: 3,
      year: null,
      columns: { name: 'A', months: { 1: 'C', 2: 'D', 6: 'H' }, lastYearMonths: { 6: 'I' }, estimates: {} },
      ignored: [],
    };
    const r = describeLayout('X', 'X', noYear, 'vi');
    expect(r.summary).toBe('Tháng 1–2, Tháng 6 · cùng kỳ năm trước');
    // the report's year stands in when the layout does not know it
    const withYear = describeLayout('X', 'X', noYear, 'vi', 2024);
    expect(withYear.lines.find((l) => l.kind === 'months')?.text).toBe('tháng 1–2/2024');
    expect(r.lines.find((l) => l.kind === 'lastYear')?.text).toBe('cùng kỳ tháng 6 năm trước');
  });
});

describe('monthRuns / columnNumber', () => {
  it('column letters count like Excel', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('AB')]).toEqual([1, 26, 27, 28]);
  });
  it('a run needs both the month and the column to go up by one', () => {
    expect(monthRuns({ 1: 'Z', 2: 'AA', 3: 'AC' })).toEqual([
      { from: 1, to: 2, first: 'Z', last: 'AA' },
      { from: 3, to: 3, first: 'AC', last: 'AC' },
    ]);
    expect(monthRuns(undefined)).toEqual([]);
  });
});
