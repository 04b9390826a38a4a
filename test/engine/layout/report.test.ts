import { unmarkedTextCells } from '../../../src/engine/layout/literal';
import {
  roman,
  buildReportLayout,
  COL,
  FORMAT,
  INCOMPLETE_SUFFIX,
  SCHEDULE_TEXT,
  TARGET_TEXT,
} from '../../../src/engine/layout/report';
import type { SheetLayout } from '../../../src/engine/layout/types';
import type { ComputedReport } from '../../../src/engine/types';
import { cellAt, rowWith, styleAt, valueAt } from './helpers';
import { gd01, gd02, gn01, gn03, socTrangJune2024, vl01 } from './fixture';

const layout: SheetLayout = buildReportLayout(socTrangJune2024(), 'BC T6-2024');
const headerRow = rowWith(layout, 'STT', COL.stt);
const nameRow = (name: string) => rowWith(layout, name, COL.name);

describe('report layout: title and header', () => {
  it('names the sheet as asked', () => {
    expect(layout.name).toBe('BC T6-2024');
  });

  it('starts with the agency block and a title carrying the period', () => {
    expect(valueAt(layout, 0, 0)).toBe('UBND TỈNH SÓC TRĂNG');
    expect(valueAt(layout, 1, 0)).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(styleAt(layout, 1, 0).bold).toBe(true);
    const title = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('BÁO CÁO'));
    expect(title?.value).toBe('BÁO CÁO SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU THÁNG 6 NĂM 2024');
    expect(title && headerRow).toBeGreaterThan(title!.row);
    // the title spans the whole table
    expect(layout.merges).toContainEqual({ row: title!.row, col: 0, row2: title!.row, col2: COL.note });
  });

  it('has the eleven Vietnamese column headers with the period in them', () => {
    const texts = Array.from({ length: 11 }, (_, c) => valueAt(layout, headerRow, c));
    expect(texts).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm 2024',
      'Thực hiện tháng 6/2024',
      'Lũy kế đến hết tháng 6/2024',
      '% KH năm',
      'Cùng kỳ năm 2023',
      'So cùng kỳ',
      'Tiến độ',
      'Ghi chú',
    ]);
    for (let c = 0; c <= COL.note; c++) {
      expect(styleAt(layout, headerRow, c)).toMatchObject({ bold: true, border: true, wrap: true, hAlign: 'center' });
    }
  });

  it('labels a quarter and a half-year by their own names', () => {
    const q = buildReportLayout(
      { ...socTrangJune2024(), period: { kind: 'quarter', from: 4, to: 6, year: 2024, label: 'quý II năm 2024' } },
      'BC Q2-2024',
    );
    const hr = rowWith(q, 'STT', COL.stt);
    expect(valueAt(q, hr, COL.period)).toBe('Thực hiện quý II/2024');
    expect(valueAt(q, hr, COL.ytd)).toBe('Lũy kế đến hết tháng 6/2024');
    const h = buildReportLayout(
      { ...socTrangJune2024(), period: { kind: 'half', from: 1, to: 6, year: 2024, label: '6 tháng đầu năm 2024' } },
      'BC 6T-2024',
    );
    expect(valueAt(h, rowWith(h, 'STT', COL.stt), COL.period)).toBe('Thực hiện 6 tháng đầu năm 2024');
  });
});

describe('report layout: rows', () => {
  it('puts one bold numbered row per sector, in order', () => {
    const rows = ['Lao động - Việc làm', 'Giáo dục nghề nghiệp', 'Giảm nghèo'].map(nameRow);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.map((r) => valueAt(layout, r, COL.stt))).toEqual(['I', 'II', 'III']);
    for (const r of rows) {
      expect(styleAt(layout, r, COL.name).bold).toBe(true);
      expect(styleAt(layout, r, COL.name).fill).toBeDefined();
      expect(styleAt(layout, r, COL.note).border).toBe(true);
    }
    expect(rows[0]).toBe(headerRow + 1);
  });

  it('writes VL01 as numbers: 3.932 / 16.344 / 28.500 → 57,35%, ahead of schedule', () => {
    const r = nameRow(vl01.name);
    expect(valueAt(layout, r, COL.stt)).toBe('1');
    expect(valueAt(layout, r, COL.unit)).toBe('người');
    expect(valueAt(layout, r, COL.plan)).toBe(28500);
    expect(valueAt(layout, r, COL.period)).toBe(3932);
    expect(valueAt(layout, r, COL.ytd)).toBe(16344);
    expect(valueAt(layout, r, COL.planPct)).toBe(57.35);
    expect(valueAt(layout, r, COL.lastYear)).toBe(13665);
    expect(valueAt(layout, r, COL.change)).toBe(19.6);
    expect(valueAt(layout, r, COL.schedule)).toBe('Vượt tiến độ');
    expect(styleAt(layout, r, COL.period).numberFormat).toBe('#,##0');
    expect(styleAt(layout, r, COL.plan).numberFormat).toBe('#,##0');
    expect(styleAt(layout, r, COL.planPct).numberFormat).toBe('0.00');
    expect(styleAt(layout, r, COL.change).numberFormat).toBe(FORMAT.changePct);
    expect(FORMAT.changePct.startsWith('+0.00"%"')).toBe(true);
  });

  it('puts "Trong đó:" and the children, further indented, right under their parent', () => {
    const r = nameRow(vl01.name);
    expect(valueAt(layout, r + 1, COL.name)).toBe('Trong đó:');
    expect(styleAt(layout, r + 1, COL.name).italic).toBe(true);
    expect(valueAt(layout, r + 2, COL.name)).toBe(vl01.children[0].name);
    expect(valueAt(layout, r + 2, COL.stt)).toBe('-');
    expect(valueAt(layout, r + 2, COL.planPct)).toBe(55.14);
    expect(valueAt(layout, r + 3, COL.name)).toBe('- Lao động nữ');
    expect(valueAt(layout, r + 4, COL.name)).toBe('Tư vấn việc làm');
    const parentIndent = styleAt(layout, r, COL.name).indent ?? 0;
    expect(styleAt(layout, r + 2, COL.name).indent).toBe(parentIndent + 1);
    expect(styleAt(layout, r + 3, COL.name).indent).toBe(parentIndent + 1);
  });

  it('does not add "Trong đó:" when the child already says it', () => {
    const rep = socTrangJune2024();
    rep.sectors[0].indicators[0] = {
      ...vl01,
      children: [{ ...vl01.children[0], name: 'Trong đó: đi làm việc ở nước ngoài' }],
    };
    const l = buildReportLayout(rep, 'BC T6-2024');
    expect(l.cells.some((c) => c.value === 'Trong đó:')).toBe(false);
  });

  it('puts a group heading above its indicators and indents them', () => {
    const g = nameRow('9.1. Kết quả giảm nghèo');
    expect(valueAt(layout, g + 1, COL.name)).toBe('Tỷ lệ hộ nghèo');
    expect(styleAt(layout, g, COL.name).bold).toBe(true);
    expect(styleAt(layout, g + 1, COL.name).indent).toBe(1);
    // once only, though three indicators share it
    expect(layout.cells.filter((c) => c.value === '9.1. Kết quả giảm nghèo')).toHaveLength(1);
  });

  it('shows a rate target as text "< 2,1", rates with two decimals and the change in points', () => {
    const r = nameRow(gn01.name);
    expect(valueAt(layout, r, COL.plan)).toBe('< 2,1');
    expect(styleAt(layout, r, COL.plan).numberFormat).toBe('@');
    expect(valueAt(layout, r, COL.period)).toBe(1.98);
    expect(styleAt(layout, r, COL.period).numberFormat).toBe('0.00');
    expect(valueAt(layout, r, COL.planPct)).toBeNull();
    expect(valueAt(layout, r, COL.change)).toBe(-1.29);
    expect(styleAt(layout, r, COL.change).numberFormat).toBe(FORMAT.changePoints);
    expect(FORMAT.changePoints).toContain('điểm %');
    expect(valueAt(layout, r, COL.schedule)).toBe(TARGET_TEXT.met);
  });

  it('says "Chậm tiến độ" for a flow behind schedule and colours it', () => {
    const r = nameRow(gd01.name);
    expect(valueAt(layout, r, COL.schedule)).toBe('Chậm tiến độ');
    const rule = layout.conditional.find((c) => c.textEquals === 'Chậm tiến độ');
    expect(rule).toBeDefined();
    expect(rule!.range.col).toBe(COL.schedule);
    expect(rule!.range.row).toBeLessThanOrEqual(r);
    expect(rule!.range.row2).toBeGreaterThanOrEqual(r);
    expect(rule!.fill).toBe('FFC7CE');
  });

  it('marks an incomplete figure: italic, shaded, starred format, note and legend', () => {
    const r = nameRow(gd02.name);
    for (const c of [COL.period, COL.ytd, COL.planPct]) {
      const s = styleAt(layout, r, c);
      expect(s.italic).toBe(true);
      expect(s.fill).toBeDefined();
      expect(s.numberFormat!.endsWith(INCOMPLETE_SUFFIX)).toBe(true);
      expect(typeof valueAt(layout, r, c)).toBe('number');
    }
    expect(styleAt(layout, r, COL.period).numberFormat).toBe('#,##0" *"');
    expect(valueAt(layout, r, COL.note)).toContain('(*) Thiếu số liệu tháng 5');
    // complete rows are not marked
    expect(styleAt(layout, nameRow(vl01.name), COL.ytd).italic).toBeUndefined();
    expect(layout.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('(*) Số liệu chưa đầy đủ'))).toBe(
      true,
    );
  });

  it('shows a validation warning next to its row (Ghi chú and a comment) and the rest under the table', () => {
    const r = nameRow(gd01.name);
    const note = String(valueAt(layout, r, COL.note));
    expect(note).toContain('⚠ Cảnh báo ô H5');
    expect(note).toContain('có thể là 2.971');
    expect(styleAt(layout, r, COL.note).color).toBeDefined();
    expect(cellAt(layout, r, COL.name)?.comment).toContain('Cảnh báo (GDNN!H5)');
    // MISSING_MONTH on the incomplete row is said once, by the (*) line, and kept in the comment
    const r2 = nameRow(gd02.name);
    expect(String(valueAt(layout, r2, COL.note))).not.toContain('⚠');
    expect(cellAt(layout, r2, COL.name)?.comment).toContain('Thiếu số liệu tháng 5');
    // a finding not tied to an indicator row is listed below the table
    const other = layout.cells.find((c) => typeof c.value === 'string' && c.value.includes('Số ký hiệu'));
    expect(other?.value).toBe(
      '⚠ Cảnh báo (Thông tin!A1): Thiếu mục "Số ký hiệu" trong sheet Thông tin; dùng giá trị mặc định.',
    );
    expect(other!.row).toBeGreaterThan(nameRow(gn03.name));
  });

  it('keeps names and notes that begin with = - + as literal text', () => {
    const r = nameRow('=Số hộ cận nghèo');
    expect(styleAt(layout, r, COL.name).numberFormat).toBe('@');
    expect(valueAt(layout, r, COL.note)).toBe('+ số liệu tạm tính');
    expect(styleAt(layout, r, COL.note).numberFormat).toBe('@');
    expect(styleAt(layout, nameRow('- Lao động nữ'), COL.name).numberFormat).toBe('@');
    expect(unmarkedTextCells(layout)).toEqual([]);
  });

  it('never writes a figure as text', () => {
    const numeric = [COL.period, COL.ytd, COL.planPct, COL.lastYear, COL.change];
    const lastRow = nameRow(gn03.name);
    for (const c of layout.cells) {
      if (c.row > headerRow && c.row <= lastRow && numeric.includes(c.col as (typeof numeric)[number])) {
        expect(c.value === null || typeof c.value === 'number').toBe(true);
      }
    }
  });

  it('has no two cells at the same place and a style for every cell', () => {
    const keys = layout.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of layout.cells) expect(layout.styles[c.style!]).toBeDefined();
  });

  it('styles every cell of a merge (so borders and fills show all round)', () => {
    for (const m of layout.merges) {
      const top = cellAt(layout, m.row, m.col)!;
      for (let r = m.row; r <= m.row2; r++)
        for (let c = m.col; c <= m.col2; c++) expect(cellAt(layout, r, c)?.style).toBe(top.style);
    }
  });

  it('does not crash on a report without sectors', () => {
    const empty: ComputedReport = { ...socTrangJune2024(), sectors: [], issues: [] };
    const l = buildReportLayout(empty, 'BC T6-2024');
    expect(l.cells.some((c) => c.value === 'Không có chỉ tiêu nào trong kỳ báo cáo.')).toBe(true);
    expect(l.chart).toBeUndefined();
  });
});

describe('report layout: sheet settings', () => {
  it('freezes the panes below the header and repeats the header when printed', () => {
    expect(layout.freeze).toEqual({ rows: headerRow + 1, cols: 0 });
    expect(layout.print.repeatRows).toEqual({ from: headerRow, to: headerRow });
  });

  it('prints on A4 landscape, one page wide, with margins', () => {
    expect(layout.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
    expect(layout.print.margins.left).toBeGreaterThan(0);
    expect(layout.columnWidths).toHaveLength(11);
    expect(layout.columnWidths[COL.name]).toBeGreaterThan(layout.columnWidths[COL.stt]);
  });

  it('colours every schedule/target text over the whole data range', () => {
    const texts = layout.conditional.map((c) => c.textEquals).sort();
    expect(texts).toEqual([...Object.values(SCHEDULE_TEXT), ...Object.values(TARGET_TEXT)].sort());
    const first = nameRow('Lao động - Việc làm');
    const last = nameRow(gn03.name);
    for (const c of layout.conditional)
      expect(c.range).toEqual({ row: first, col: COL.schedule, row2: last, col2: COL.schedule });
    expect(layout.conditional.find((c) => c.textEquals === 'Hoàn thành')?.fill).toBe('C6EFCE');
  });

  it('uses status texts none of which contains another (renderers may use "contains")', () => {
    const all = [...Object.values(SCHEDULE_TEXT), ...Object.values(TARGET_TEXT)].map((t) => t.toLocaleLowerCase('vi'));
    for (const a of all) for (const b of all) if (a !== b) expect(b.includes(a)).toBe(false);
  });

  it('charts % of plan for exactly the indicators that have one, from data in the sheet', () => {
    const chart = layout.chart!;
    expect(chart.type).toBe('barClustered');
    const cats: unknown[] = [];
    const vals: unknown[] = [];
    for (let r = chart.categories.row; r <= chart.categories.row2; r++)
      cats.push(valueAt(layout, r, chart.categories.col));
    for (let r = chart.values.row; r <= chart.values.row2; r++) vals.push(valueAt(layout, r, chart.values.col));
    expect(cats).toEqual([vl01.name, vl01.children[0].name, gd01.name, gd02.name]);
    expect(vals).toEqual([57.35, 55.14, 40.42, 50.56]);
    expect(chart.values.row).toBe(chart.categories.row);
    expect(chart.values.row2).toBe(chart.categories.row2);
    // below the table and its legends, not on top of them
    expect(chart.categories.row).toBeGreaterThan(nameRow(gn03.name));
    expect(chart.anchor.row).toBeGreaterThan(chart.categories.row2);
  });
});

describe('report layout: row heights', () => {
  it('gives a wrapped multi-line row room and leaves one-line rows alone', () => {
    const warned = nameRow(gd01.name);
    expect(layout.rowHeights?.[warned]).toBeGreaterThanOrEqual(3 * 12 * 1.3);
    expect(layout.rowHeights?.[nameRow('Tỷ lệ hộ nghèo')]).toBeUndefined();
    expect(layout.rowHeights?.[headerRow]).toBe(64);
  });
});

describe('report layout: sector numbers', () => {
  it('numbers sectors I, II, … XIV, XX (Word appendix uses the same function)', () => {
    expect([1, 4, 9, 14, 19, 20, 39].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XIX', 'XX', 'XXXIX']);
    expect(roman(40)).toBe('40');
  });
});
