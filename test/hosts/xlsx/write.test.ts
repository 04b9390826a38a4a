/**
 * Round trip: layouts → .xlsx (our ExcelJS writer) → read back with ExcelJS
 * (and the raw XML with JSZip) → what a user would see in Excel.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { generatedSheetNames } from '../../../src/engine/layout/marker';
import { buildNarrativeLayout } from '../../../src/engine/layout/narrativeSheet';
import { buildReportLayout, COL } from '../../../src/engine/layout/report';
import type { SheetLayout } from '../../../src/engine/layout/types';
import { renderLayoutsToXlsx } from '../../../src/hosts/xlsx/write';
import { gd01, gd02, gn01, info, socTrangJune2024, vl01 } from '../../engine/layout/fixture';
import { rowWith } from '../../engine/layout/helpers';

const report = buildReportLayout(socTrangJune2024(), 'BC T6-2024');
const narrative = buildNarrativeLayout(
  {
    subject: 'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024',
    blocks: [
      { type: 'heading', level: 1, text: 'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024' },
      { type: 'paragraph', source: 'staff', runs: [{ text: '- Tổ chức 22 phiên giao dịch việc làm.' }] },
    ],
  },
  'ND T6-2024',
  info,
);
/** A tiny layout with the formula-looking texts that must stay text. */
const literal: SheetLayout = {
  name: 'Thử',
  styles: { t: { numberFormat: '@' }, plain: {} },
  cells: [
    { row: 0, col: 0, value: '=1+1', style: 't' },
    { row: 1, col: 0, value: '+84 299 3822 000', style: 'plain' }, // string with a non-text style: the writer still makes it text
    { row: 2, col: 0, value: '-5', style: 't' },
    { row: 3, col: 0, value: '@SUM(A1)' },
    { row: 4, col: 0, value: 42, style: 'plain' },
  ],
  merges: [],
  columnWidths: [20],
  print: {
    orientation: 'portrait',
    paper: 'A4',
    fitToWidth: 0,
    margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
  },
  conditional: [],
};

let buffer: Uint8Array;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
const nameRow = (name: string) => rowWith(report, name, COL.name) + 1; // Excel row

beforeAll(async () => {
  buffer = await renderLayoutsToXlsx([report, narrative, literal]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  ws = wb.getWorksheet('BC T6-2024')!;
});

describe('renderLayoutsToXlsx', () => {
  it('writes one sheet per layout, in order, marked as generated', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['BC T6-2024', 'ND T6-2024', 'Thử']);
    const names = wb.definedNames.model.map((d) => ({ name: d.name, ref: d.ranges[0] }));
    expect([...generatedSheetNames(names)].sort()).toEqual(['BC T6-2024', 'ND T6-2024', 'Thử']);
  });

  it('writes figures as numbers with their formats and texts as text', () => {
    const r = nameRow(vl01.name);
    expect(ws.getCell(r, COL.period + 1).value).toBe(3932);
    expect(ws.getCell(r, COL.ytd + 1).value).toBe(16344);
    expect(ws.getCell(r, COL.plan + 1).value).toBe(28500);
    expect(ws.getCell(r, COL.planPct + 1).value).toBe(57.35);
    expect(ws.getCell(r, COL.period + 1).numFmt).toBe('#,##0');
    expect(ws.getCell(r, COL.planPct + 1).numFmt).toBe('0.00');
    expect(ws.getCell(r, COL.change + 1).numFmt).toBe('+0.00"%";-0.00"%";0.00"%"');
    expect(ws.getCell(r, COL.schedule + 1).value).toBe('Vượt tiến độ');
    const rate = nameRow(gn01.name);
    expect(ws.getCell(rate, COL.plan + 1).value).toBe('< 2,1');
    expect(ws.getCell(rate, COL.change + 1).numFmt).toBe('+0.00" điểm %";-0.00" điểm %";0.00" điểm %"');
    expect(ws.getCell(nameRow(gd02.name), COL.ytd + 1).numFmt).toBe('#,##0" *"');
  });

  it('uses Times New Roman, bold headers, borders, wrap and indent', () => {
    const hr = rowWith(report, 'STT', COL.stt) + 1;
    const h = ws.getCell(hr, COL.name + 1);
    expect(h.value).toBe('Chỉ tiêu');
    expect(h.font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(h.border?.top?.style).toBe('thin');
    expect(h.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(h.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const child = ws.getCell(nameRow(vl01.children[0].name), COL.name + 1);
    expect(child.alignment?.indent).toBe(1);
    expect(ws.getColumn(COL.name + 1).width).toBe(report.columnWidths[COL.name]);
    expect(ws.getRow(hr).height).toBe(64);
  });

  it('keeps merges, frozen panes, print setup and tab colour', () => {
    const titleRow = rowWith(report, 'BÁO CÁO SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU THÁNG 6 NĂM 2024') + 1;
    expect(ws.getCell(titleRow, 11).isMerged).toBe(true);
    expect(ws.getCell(titleRow, 11).master.address).toBe(`A${titleRow}`);
    expect(ws.model.merges).toContain(`A${titleRow}:K${titleRow}`);
    const view = ws.views[0];
    expect(view).toMatchObject({ state: 'frozen', ySplit: report.freeze!.rows, xSplit: 0, showGridLines: false });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const hr = rowWith(report, 'STT', COL.stt) + 1;
    expect(ws.pageSetup.printTitlesRow).toBe(`${hr}:${hr}`);
    expect(ws.pageSetup.margins).toMatchObject(report.print.margins);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2F75B5' });
    const nd = wb.getWorksheet('ND T6-2024')!;
    expect(nd.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToWidth: 1 });
    expect(nd.getColumn(1).width).toBe(narrative.columnWidths[0]);
    expect(nd.getCell(rowWith(narrative, '- Tổ chức 22 phiên giao dịch việc làm.') + 1, 1).alignment).toMatchObject({
      wrapText: true,
      horizontal: 'justify',
    });
  });

  it('colours the Tiến độ column with conditional text rules', () => {
    const cfs = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    const first = nameRow('Lao động - Việc làm');
    const last = nameRow('=Số hộ cận nghèo');
    expect(cfs[0].ref).toBe(`J${first}:J${last}`);
    const behind = cfs[0].rules.find((r) => r.formulae?.[0] === `J${first}="Chậm tiến độ"`);
    expect(behind?.type).toBe('expression');
    expect(behind?.style?.fill?.bgColor?.argb).toBe('FFFFC7CE');
    expect(cfs[0].rules.map((r) => r.formulae?.[0])).toContain(`J${first}="Hoàn thành"`);
    expect(cfs[0].rules).toHaveLength(6);
    expect(ws.getCell(nameRow(gd01.name), COL.schedule + 1).value).toBe('Chậm tiến độ');
  });

  it('writes validation warnings as a note on the row and in Ghi chú', () => {
    const r = nameRow(gd01.name);
    const note = ws.getCell(r, COL.name + 1).note;
    const text = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    expect(text).toContain('Cảnh báo (GDNN!H5)');
    expect(String(ws.getCell(r, COL.note + 1).value)).toContain('⚠ Cảnh báo ô H5');
  });

  it('keeps "=1+1", "+84…", "-5", "@SUM(A1)" and "=Số hộ cận nghèo" as text, never formulas', async () => {
    const t = wb.getWorksheet('Thử')!;
    for (const [row, text] of [
      [1, '=1+1'],
      [2, '+84 299 3822 000'],
      [3, '-5'],
      [4, '@SUM(A1)'],
    ] as const) {
      const c = t.getCell(row, 1);
      expect(c.value).toBe(text);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
      expect(c.numFmt).toBe('@');
    }
    expect(t.getCell(5, 1).value).toBe(42);
    const name = ws.getCell(nameRow('=Số hộ cận nghèo'), COL.name + 1);
    expect(name.value).toBe('=Số hộ cận nghèo');
    expect(name.formula).toBeUndefined();
    // and no sheet XML holds a formula element at all
    const zip = await JSZip.loadAsync(buffer);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(3);
    for (const f of sheets) expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
  });

  it('skips the chart (ExcelJS cannot write one) but keeps its data table', async () => {
    const zip = await JSZip.loadAsync(buffer);
    expect(Object.keys(zip.files).some((f) => f.includes('charts/'))).toBe(false);
    const chart = report.chart!;
    expect(ws.getCell(chart.values.row + 1, chart.values.col + 1).value).toBe(57.35);
    expect(ws.getCell(chart.categories.row2 + 1, chart.categories.col + 1).value).toBe(gd02.name);
  });

  it('makes the default font Arial 10 (7 px a width unit in Excel, Liberation Sans in LibreOffice), not a theme font', async () => {
    const zip = await JSZip.loadAsync(buffer);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const first = /<fonts\b[^>]*>(<font>.*?<\/font>)/.exec(styles)![1];
    expect(first).toContain('<name val="Arial"/>');
    expect(first).toContain('<sz val="10"/>');
    expect(first).not.toContain('scheme');
    // cells keep their own font
    expect(ws.getCell(nameRow(vl01.name), COL.name + 1).font.name).toBe('Times New Roman');
  });
});
