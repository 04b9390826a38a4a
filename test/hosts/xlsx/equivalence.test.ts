/**
 * The direct SpreadsheetML writer (src/hosts/xlsx/write.ts) against the
 * ExcelJS writer it replaced (kept as test/hosts/xlsx/exceljsWriter.ts): the
 * same layouts rendered both ways, both files read back with ExcelJS, and
 * compared cell by cell — value and type, font, fill, border, alignment,
 * number format, protection, note — and sheet by sheet: merges, column widths
 * and styles, row heights, views, page setup (with print area and titles),
 * header/footer, tab colour, sheet protection, data validations, conditional
 * formatting; and the workbook's sheets and defined names.
 *
 * Layouts: the sample workbook's report for T6 and Q2 (report + narrative
 * sheets, as the command line writes them), the input template (validations,
 * protection, unlocked cells, no marker), a consolidation of three units'
 * returns (sector sheets + "Chi tiết đơn vị") and a hand-made sheet with
 * notes, merges, conditional rules and formula-looking text.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SAMPLE_PATH } from '../../../assets/sample/build-sample';
import { parsePeriodKey } from '../../../src/engine';
import { consolidateReturns, consolidatedLayouts } from '../../../src/engine/chain';
import { outputSheetNames } from '../../../src/engine/layout/naming';
import type { SheetLayout } from '../../../src/engine/layout/types';
import { buildTemplateLayouts } from '../../../src/engine/template';
import { readXlsxFile } from '../../../src/hosts/xlsx/read';
import { nodeRawDeflate } from '../../../src/hosts/xlsx/nodeDeflate';
import { renderLayoutsToXlsx } from '../../../src/hosts/xlsx/write';
import { outputLayouts, parseGrid, runReport } from '../../../src/pipeline/pipeline';
import { A, B, C, TEMPLATE_INFO, unitReturn } from '../../chain/fixtures';
import { renderLayoutsWithExcelJS } from './exceljsWriter';

/** A sheet with every feature the report sheets use, and texts a writer could get wrong. */
const handMade: SheetLayout = {
  name: 'Kiểm tra đặc biệt',
  styles: {
    title: { bold: true, size: 14, hAlign: 'center', vAlign: 'middle', numberFormat: '@' },
    head: {
      bold: true,
      fill: 'D9E1F2',
      border: true,
      wrap: true,
      hAlign: 'center',
      vAlign: 'middle',
      numberFormat: '@',
    },
    text: { border: true, wrap: true, indent: 1, vAlign: 'top', numberFormat: '@' },
    num: { border: true, numberFormat: '#,##0', hAlign: 'right' },
    pct: { border: true, numberFormat: '0.00', italic: true, color: 'C00000', underline: true },
    custom: { numberFormat: '+0.00" điểm %";-0.00" điểm %";0.00" điểm %"' },
    plain: {},
  },
  cells: [
    { row: 0, col: 0, value: 'BÁO CÁO THỬ <&> "ngoặc"', style: 'title' },
    { row: 0, col: 1, value: 'bị gộp mất', style: 'plain' }, // a merged cell's other value: dropped by both
    { row: 2, col: 0, value: 'Chỉ tiêu', style: 'head' },
    { row: 2, col: 1, value: 'Tháng 6', style: 'head' },
    { row: 2, col: 2, value: 'Tiến độ', style: 'head' },
    { row: 3, col: 0, value: '=1+1', style: 'text', comment: 'Ghi chú: ô <b>này</b> & "kia"\nhai dòng' },
    { row: 3, col: 1, value: 3932, style: 'num' },
    { row: 3, col: 2, value: 'Hoàn thành', style: 'text' },
    { row: 4, col: 0, value: '+84 299 3822 000', style: 'plain' },
    { row: 4, col: 1, value: -5.25, style: 'pct' },
    { row: 4, col: 2, value: 'Chậm tiến độ', style: 'text', comment: 'Thiếu số liệu tháng 5 (ô G6).' },
    { row: 5, col: 0, value: '-5', style: 'text' },
    { row: 5, col: 1, value: 1.5, style: 'custom' },
    { row: 5, col: 2, value: null, style: 'head' },
    { row: 6, col: 0, value: '@SUM(A1)' },
    { row: 6, col: 1, value: '  hai  khoảng trắng\tvà tab  ', style: 'text' },
    { row: 7, col: 0, value: 'Ký tự lạ\u0001\u0008 bị bỏ', style: 'text' },
    { row: 8, col: 5, value: 'ngoài các cột có độ rộng' },
  ],
  merges: [
    { row: 0, col: 0, row2: 0, col2: 2 },
    { row: 5, col: 2, row2: 6, col2: 3 },
  ],
  columnWidths: [30, 12, 14, 14],
  rowHeights: [28, undefined, 40, undefined, 33.5],
  freeze: { rows: 3, cols: 1 },
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: 1,
    repeatRows: { from: 2, to: 2 },
    printArea: { row: 0, col: 0, row2: 6, col2: 2 },
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4, header: 0.3, footer: 0.3 },
    footer: 'Trang &P/&N – "thử" & <xong>',
  },
  conditional: [
    {
      range: { row: 3, col: 2, row2: 5, col2: 2 },
      textEquals: 'Hoàn thành',
      fill: 'C6EFCE',
      color: '006100',
      bold: true,
    },
    { range: { row: 3, col: 2, row2: 5, col2: 2 }, textEquals: 'Chậm "tiến" độ', fill: 'FFC7CE', color: '9C0006' },
    { range: { row: 3, col: 1, row2: 5, col2: 1 }, textEquals: 'x', fill: 'FFF2CC' },
  ],
  tabColor: '2F75B5',
  showGridLines: false,
  validations: [
    {
      range: { row: 3, col: 1, row2: 6, col2: 1 },
      type: 'decimal',
      min: 0,
      error: { title: 'Số liệu không hợp lệ', text: 'Nhập một số không âm; để trống nếu chưa có.' },
      prompt: { title: 'Tháng 6', text: 'Số người được tạo việc làm' },
    },
    {
      range: { row: 4, col: 1, row2: 4, col2: 1 },
      type: 'decimal',
      min: 0,
      max: 100,
      error: { title: 'Tỷ lệ', text: '0–100' },
    },
    {
      range: { row: 3, col: 2, row2: 6, col2: 2 },
      type: 'list',
      list: ['Hoàn thành', 'Chậm tiến độ'],
      error: { title: 'Chọn', text: 'Chọn trong danh sách.' },
    },
  ],
  protection: {
    unlocked: [
      { row: 3, col: 1, row2: 6, col2: 2 },
      { row: 10, col: 6, row2: 10, col2: 6 },
    ],
  },
};

interface Case {
  title: string;
  layouts: SheetLayout[];
}

let dir: string;
const cases: Case[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-xlsx-equiv-'));
  const sample = parseGrid(await readXlsxFile(SAMPLE_PATH));
  const year = sample.year ?? 2024;
  for (const key of ['T6', 'Q2']) {
    const run = runReport(sample, parsePeriodKey(key, year)!);
    cases.push({ title: `sample ${key}`, layouts: outputLayouts(run, outputSheetNames(run.period)) });
  }
  cases.push({
    title: 'input template',
    layouts: buildTemplateLayouts({ ...TEMPLATE_INFO, sectors: ['VL', 'GN', 'NCC'] }),
  });
  const files = [
    await unitReturn(dir, 'an-hoa.xlsx', 'UBND phường An Hòa', A),
    await unitReturn(dir, 'tan-an.xlsx', 'UBND phường Tân An', B),
    await unitReturn(dir, 'my-khanh.xlsx', 'UBND xã Mỹ Khánh', C),
  ];
  const returns = await Promise.all(files.map(async (f) => ({ file: path.basename(f), grid: await readXlsxFile(f) })));
  cases.push({
    title: 'consolidation',
    layouts: consolidatedLayouts(consolidateReturns(returns), { unit: 'Sở Nội vụ thành phố Cần Thơ' }),
  });
  cases.push({ title: 'hand-made sheet', layouts: [handMade] });
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** A value with `undefined` members dropped and keys sorted, for comparing read-back models. */
function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = plain(v);
    }
    return out;
  }
  return x;
}

/** What ExcelJS reads but its typings do not declare. */
const inner = (ws: ExcelJS.Worksheet) =>
  ws as unknown as { sheetProtection: unknown; dataValidations: { model: unknown }; conditionalFormattings: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

/** Every difference a user could see between two workbooks, as "sheet!cell: what" lines. */
function differences(before: ExcelJS.Workbook, after: ExcelJS.Workbook): string[] {
  const diffs: string[] = [];
  const check = (where: string, what: string, a: unknown, b: unknown) => {
    if (!same(a, b)) diffs.push(`${where}: ${what} ${JSON.stringify(plain(a))} → ${JSON.stringify(plain(b))}`);
  };
  check(
    'workbook',
    'sheets',
    before.worksheets.map((w) => w.name),
    after.worksheets.map((w) => w.name),
  );
  const names = (wb: ExcelJS.Workbook) =>
    wb.definedNames.model.map((d) => `${d.name}=${[...d.ranges].sort().join(',')}`).sort();
  check('workbook', 'defined names', names(before), names(after));

  for (const ws0 of before.worksheets) {
    const ws1 = after.getWorksheet(ws0.name);
    if (!ws1) continue;
    const s = ws0.name;
    check(s, 'merges', [...ws0.model.merges].sort(), [...ws1.model.merges].sort());
    // The first sheet is now also marked selected (tabSelected): compared apart.
    const views = (ws: ExcelJS.Worksheet) => ws.views.map((v) => ({ ...v, tabSelected: undefined }));
    check(s, 'views', views(ws0), views(ws1));
    check(s, 'page setup', ws0.pageSetup, ws1.pageSetup);
    check(s, 'header/footer', ws0.headerFooter, ws1.headerFooter);
    // dyDescent (x14ac, a rendering hint): ExcelJS wrote a meaningless 55; no longer written.
    const props = (ws: ExcelJS.Worksheet) => ({ ...ws.properties, dyDescent: undefined });
    check(s, 'properties (tab colour, default row height)', props(ws0), props(ws1));
    check(s, 'sheet protection', inner(ws0).sheetProtection, inner(ws1).sheetProtection);
    check(s, 'data validations', inner(ws0).dataValidations.model, inner(ws1).dataValidations.model);
    check(s, 'conditional formatting', inner(ws0).conditionalFormattings, inner(ws1).conditionalFormattings);
    const cols = Math.max(ws0.columnCount, ws1.columnCount, ws0.columns?.length ?? 0, ws1.columns?.length ?? 0);
    for (let c = 1; c <= cols; c++) {
      const [a, b] = [ws0.getColumn(c), ws1.getColumn(c)];
      check(
        s,
        `column ${c}`,
        { width: a.width, style: a.style, hidden: a.hidden },
        { width: b.width, style: b.style, hidden: b.hidden },
      );
    }
    const rows = Math.max(ws0.rowCount, ws1.rowCount);
    for (let r = 1; r <= rows; r++) {
      const [ra, rb] = [ws0.getRow(r), ws1.getRow(r)];
      check(s, `row ${r} height`, ra.height, rb.height);
      for (let c = 1; c <= Math.max(cols, ra.cellCount, rb.cellCount); c++) {
        const [a, b] = [ra.getCell(c), rb.getCell(c)];
        const where = `${s}!${a.address}`;
        check(where, 'type', a.type, b.type);
        check(where, 'value', a.value, b.value);
        check(where, 'font', a.font, b.font);
        check(where, 'fill', a.fill, b.fill);
        check(where, 'border', a.border, b.border);
        check(where, 'alignment', a.alignment, b.alignment);
        check(where, 'number format', a.numFmt, b.numFmt);
        check(where, 'protection', a.protection, b.protection);
        check(where, 'note', a.note, b.note);
      }
    }
  }
  return diffs;
}

describe('the direct writer writes what the ExcelJS writer wrote', () => {
  it.each(['sample T6', 'sample Q2', 'input template', 'consolidation', 'hand-made sheet'])(
    '%s: same cells, styles, sheet settings and names',
    async (title) => {
      const { layouts } = cases.find((c) => c.title === title)!;
      const bytes = await renderLayoutsToXlsx(layouts, { deflate: nodeRawDeflate });
      const [before, after] = await Promise.all([load(await renderLayoutsWithExcelJS(layouts)), load(bytes)]);
      expect(differences(before, after)).toEqual([]);
      // What the old writer left out: the first sheet is the selected one.
      const parts = unzipSync(bytes);
      const selected = layouts.map((_, i) =>
        strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]).includes('tabSelected="1"'),
      );
      expect(selected).toEqual(layouts.map((_, i) => i === 0));
    },
    60_000,
  );

  it('covers what the comparison must see: notes, merges, validations, protection, rules, formats, markers', () => {
    const all = cases.flatMap((c) => c.layouts);
    expect(all.some((l) => l.cells.some((c) => c.comment))).toBe(true);
    expect(all.some((l) => l.merges.length)).toBe(true);
    expect(all.some((l) => l.validations?.some((v) => v.type === 'list'))).toBe(true);
    expect(all.some((l) => l.validations?.some((v) => v.max !== undefined))).toBe(true);
    expect(all.some((l) => l.protection?.unlocked.length)).toBe(true);
    expect(all.some((l) => l.conditional.length)).toBe(true);
    expect(all.some((l) => l.generated === false)).toBe(true);
    expect(all.some((l) => l.name === 'Chi tiết đơn vị')).toBe(true);
    expect(all.filter((l) => l.print.printArea).length).toBeGreaterThan(1);
  });

  it('squeezes the cells of one validation into ranges (one range per rule on the template)', async () => {
    const { layouts } = cases.find((c) => c.title === 'input template')!;
    const parts = unzipSync(await renderLayoutsToXlsx(layouts));
    layouts.forEach((l, i) => {
      const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]);
      const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
      expect(sqrefs.length).toBeLessThanOrEqual(l.validations?.length ?? 0);
    });
  });

  it('keeps formula-looking text as text and never writes a formula', async () => {
    const bytes = await renderLayoutsToXlsx([handMade]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toMatch(/<f[ >]/);
    const ws = (await load(bytes)).worksheets[0];
    for (const [ref, text] of [
      ['A4', '=1+1'],
      ['A5', '+84 299 3822 000'],
      ['A6', '-5'],
      ['A7', '@SUM(A1)'],
    ]) {
      expect(ws.getCell(ref).value).toBe(text);
      expect(ws.getCell(ref).numFmt).toBe('@');
    }
    expect(ws.getCell('B7').value).toBe('  hai  khoảng trắng\tvà tab  ');
    expect(ws.getCell('A8').value).toBe('Ký tự lạ bị bỏ');
  });

  it('keeps a line break in a validation message (the ExcelJS writer turned it into a space)', async () => {
    const v = handMade.validations![0];
    const layout = { ...handMade, validations: [{ ...v, error: { title: 'Lỗi', text: 'Dòng một\nDòng hai' } }] };
    const ws = (await load(await renderLayoutsToXlsx([layout]))).worksheets[0];
    expect(ws.getCell('B4').dataValidation.error).toBe('Dòng một\nDòng hai');
  });

  it('writes a well-formed package: content types, relationships, Arial 10 as the Normal font, no theme needed', () => {
    return renderLayoutsToXlsx([handMade, { ...handMade, name: 'Trang hai', cells: handMade.cells.slice(0, 6) }]).then(
      (bytes) => {
        const parts = unzipSync(bytes);
        const names = Object.keys(parts);
        expect(names[0]).toBe('[Content_Types].xml');
        const types = strFromU8(parts['[Content_Types].xml']);
        for (const n of names.filter((x) => x.endsWith('.xml') && !x.startsWith('[')))
          expect(types.includes(`PartName="/${n}"`)).toBe(true);
        expect(types).toContain('Extension="vml"');
        const styles = strFromU8(parts['xl/styles.xml']);
        expect(styles).toMatch(
          /<fonts count="\d+"><font><sz val="10"\/><name val="Arial"\/><family val="2"\/><\/font>/,
        );
        // The second sheet's note shapes do not reuse the first sheet's ids.
        const vml1 = strFromU8(parts['xl/drawings/vmlDrawing1.vml']);
        const vml2 = strFromU8(parts['xl/drawings/vmlDrawing2.vml']);
        expect(vml1).toContain('data="1"');
        expect(vml2).toContain('data="2"');
        expect(vml2).toContain('_x0000_s2049');
      },
    );
  });
});
