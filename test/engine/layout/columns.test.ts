/**
 * The report table's columns for each period, on the sample workbook
 * (assets/sample/so-lieu-nganh-2024.xlsx, January–June 2024): a period that
 * starts in January is its own year to date, so "Lũy kế" is not repeated; the
 * "Cùng kỳ" heading fits flows and stocks alike; the chart's data is kept off
 * the printed page. Figures worked out by hand from assets/sample/sample-data.ts.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { join } from 'path';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { buildReportLayout, columnIndex, headerTexts, reportColumns } from '../../../src/engine/layout/report';
import type { SheetLayout } from '../../../src/engine/layout/types';
import type { ParsedWorkbook } from '../../../src/engine/types';
import { readXlsxFile } from '../../../src/hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../../../src/hosts/xlsx/write';
import { buildDocx } from '../../../src/docx/buildDocx';
import { buildNarrative } from '../../../src/engine/narrative';
import { openDocx } from '../../docx/docxParts';
import { rowWith, valueAt } from './helpers';

const SAMPLE = join(__dirname, '../../../assets/sample/so-lieu-nganh-2024.xlsx');
let parsed: ParsedWorkbook;
beforeAll(async () => {
  parsed = parseWorkbook(await readXlsxFile(SAMPLE));
});
const layoutFor = (key: string): SheetLayout => {
  const r = computeReport(parsed, parsePeriodKey(key, 2024)!);
  return buildReportLayout(r, `BC ${key}`);
};
const headerRowOf = (l: SheetLayout) => rowWith(l, 'STT', 0);
const headings = (l: SheetLayout) => {
  const hr = headerRowOf(l);
  return l.cells.filter((c) => c.row === hr).sort((a, b) => a.col - b.col).map((c) => c.value);
};

describe('one "Thực hiện" column when the period is its own year to date', () => {
  it.each([
    ['H1', 'Thực hiện 6 tháng đầu năm 2024'],
    ['Y', 'Thực hiện năm 2024'],
    ['Q1', 'Thực hiện quý I/2024'],
    ['T1', 'Thực hiện tháng 1/2024'],
  ])('%s: ten columns, no "Lũy kế"', (key, period) => {
    const l = layoutFor(key);
    expect(headings(l)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm 2024',
      period,
      '% KH năm',
      'Cùng kỳ năm 2023',
      'So cùng kỳ',
      'Tiến độ',
      'Ghi chú',
    ]);
    expect(l.columnWidths).toHaveLength(10);
  });

  it('T6 and Q2 keep both columns (June alone, or April–June, is not the year to date)', () => {
    for (const key of ['T6', 'Q2']) {
      const h = headings(layoutFor(key));
      expect(h).toHaveLength(11);
      expect(h[5]).toBe('Lũy kế đến hết tháng 6/2024');
    }
  });

  it('H1 row of "Số lao động được tạo việc làm": 16.344 (2.105+1.876+2.540+2.698+3.193+3.932) under Thực hiện, 57,35% next to it', () => {
    const l = layoutFor('H1');
    const c = columnIndex(parsePeriodKey('H1', 2024)!);
    expect(c.ytd).toBe(-1);
    const row = rowWith(l, 'Số lao động được tạo việc làm', c.name);
    expect(valueAt(l, row, c.period)).toBe(16344);
    expect(valueAt(l, row, c.planPct)).toBe(57.35);
    // last year Jan–Jun: 2.010+1.795+2.388+2.512+2.960+3.590 = 15.255
    expect(valueAt(l, row, c.lastYear)).toBe(15255);
    // the title merges over exactly the ten columns
    expect(l.merges.some((m) => m.col === 0 && m.col2 === 9)).toBe(true);
    expect(l.merges.some((m) => m.col2 > 9)).toBe(false);
  });

  it('headerTexts and reportColumns agree for every period', () => {
    for (const key of ['T1', 'T6', 'T12', 'Q1', 'Q4', 'H1', '9M', 'Y']) {
      const p = parsePeriodKey(key, 2024)!;
      expect(headerTexts(p)).toHaveLength(reportColumns(p).length);
    }
  });
});

describe('"Cùng kỳ" says what it holds for flows and for stocks', () => {
  it('heading without "(lũy kế)", a legend line for both kinds', () => {
    const l = layoutFor('T6');
    const texts = l.cells.map((c) => String(c.value ?? ''));
    expect(texts.some((t) => /Cùng kỳ.*\(lũy kế\)/.test(t))).toBe(false);
    expect(texts).toContain(
      '- Cùng kỳ năm 2023: chỉ tiêu cộng dồn — lũy kế đến hết tháng 6/2023; chỉ tiêu thời điểm và chỉ tiêu tỷ lệ — số liệu tháng 6/2023.',
    );
  });
});

describe('the chart-data block is not printed', () => {
  it('the print area ends with the legends; the chart data and the chart sit below it', () => {
    const l = layoutFor('T6');
    const area = l.print.printArea!;
    expect(area).toEqual({ row: 0, col: 0, row2: expect.any(Number), col2: 10 });
    const legendRow = rowWith(l, 'Ghi chú:', 0);
    expect(area.row2).toBeGreaterThan(legendRow);
    const chartTitle = l.cells.find((c) => String(c.value).startsWith('Số liệu biểu đồ'))!;
    expect(chartTitle.row).toBeGreaterThan(area.row2);
    expect(l.chart!.values.row).toBeGreaterThan(area.row2);
    expect(l.chart!.anchor.row).toBeGreaterThan(area.row2);
    // every printed cell is inside the area
    for (const c of l.cells.filter((x) => x.row <= area.row2)) expect(c.col).toBeLessThanOrEqual(10);
  });

  it('the .xlsx carries it as the sheet\'s print area', async () => {
    const l = layoutFor('H1');
    const wb = new ExcelJS.Workbook();
    const bytes = await renderLayoutsToXlsx([l]);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const a = l.print.printArea!;
    expect(wb.worksheets[0].pageSetup.printArea).toBe(`A1:J${a.row2 + 1}`);
    // in the file fully absolute: LibreOffice ignores a mixed "$A1:$J99" and printed the chart data
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`!$A$1:$J$${a.row2 + 1}</definedName>`);
  });
});

describe('the .docx appendix follows the same columns', () => {
  it('H1: ten columns, "Thực hiện 6 tháng đầu năm 2024", the Cùng kỳ legend under the table', async () => {
    const r = computeReport(parsed, parsePeriodKey('H1', 2024)!);
    const docx = await openDocx(await buildDocx(buildNarrative(r), r));
    const table = docx.tables[docx.tables.length - 1];
    expect([...table.matchAll(/<w:gridCol /g)]).toHaveLength(10);
    expect(table).toContain('Thực hiện 6 tháng đầu năm 2024');
    expect(table).not.toContain('Lũy kế đến hết');
    expect(docx.paragraphs.map((p) => p.text)).toContain(
      '- Cùng kỳ năm 2023: chỉ tiêu cộng dồn — lũy kế đến hết tháng 6/2023; chỉ tiêu thời điểm và chỉ tiêu tỷ lệ — số liệu tháng 6/2023.',
    );
  });
});
