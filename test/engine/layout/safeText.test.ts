/**
 * Output text Excel accepts (src/engine/layout/safeText.ts), checked on the
 * three writers: the ExcelJS .xlsx, the Office.js renderer (fake Excel) and the
 * pipeline's layouts (TEXT_TRUNCATED finding).
 */
import JSZip from 'jszip';
import {
  MAX_CELL_CHARS,
  TRUNCATION_MARK,
  safeCellText,
  safeLayout,
  xmlSafe,
} from '../../../src/engine/layout/safeText';
import { renderLayoutsToXlsx } from '../../../src/hosts/xlsx/write';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { createOfficeService } from '../../../src/hosts/office/service';
import { outputLayouts, parseGrid, runReport } from '../../../src/pipeline/pipeline';
import { parsePeriodKey } from '../../../src/engine';
import type { SheetLayout } from '../../../src/engine/layout/types';
import type { GridCell, WorkbookGrid } from '../../../src/engine/types';
import { FakeExcel } from '../../fakes/excel';

/** Every character XML 1.0 forbids, as a cell might carry it from a hostile input. */
const HOSTILE = 'Lao\u0000 động\u0001\u0008\u000b\u000c\u000e\u001f\ufffe\uffff\ud800 nữ\udc00 😀';
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('xmlSafe and safeCellText', () => {
  it('removes what XML forbids and keeps Vietnamese, line breaks, tabs and emoji (surrogate pairs)', () => {
    expect(xmlSafe(HOSTILE)).toBe('Lao động nữ 😀');
    expect(xmlSafe('Dòng 1\nDòng 2\tcột\r')).toBe('Dòng 1\nDòng 2\tcột\r');
  });

  it("cuts a cell at Excel's 32 767 characters with a visible mark, never inside a surrogate pair", () => {
    const long = 'Đ'.repeat(40_000);
    const r = safeCellText(long);
    expect(r.cut).toBe(true);
    expect(r.text).toHaveLength(MAX_CELL_CHARS);
    expect(r.text.endsWith(TRUNCATION_MARK)).toBe(true);
    const emoji = '😀'.repeat(20_000); // 40 000 code units
    const e = safeCellText(emoji).text;
    expect(e.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(XML_FORBIDDEN.test(e)).toBe(false);
    expect(safeCellText('x'.repeat(MAX_CELL_CHARS))).toEqual({ text: 'x'.repeat(MAX_CELL_CHARS), cut: false });
  });
});

function layout(values: string[]): SheetLayout {
  return {
    name: 'BC T6-2024',
    styles: {},
    cells: values.map((value, i) => ({ row: i, col: 0, value, comment: i === 0 ? HOSTILE : undefined })),
    merges: [],
    columnWidths: [40],
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
      footer: 'Trang &P\u0007',
    },
    conditional: [],
  };
}

describe('the .xlsx writer', () => {
  it('writes no forbidden character anywhere and cuts a 40 000-character cell', async () => {
    const { truncated } = safeLayout(layout([HOSTILE, 'x'.repeat(40_000)]));
    expect(truncated).toEqual(['A2']);
    const bytes = await renderLayoutsToXlsx([layout([HOSTILE, 'x'.repeat(40_000)])]);
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir) continue;
      const xml = await zip.files[name].async('string');
      expect({ name, bad: XML_FORBIDDEN.test(xml) }).toEqual({ name, bad: false });
    }
    const back = await readXlsx(bytes, 'out.xlsx');
    expect(back.sheets[0].rows[0][0]).toEqual({ v: 'Lao động nữ 😀' });
    const cut = back.sheets[0].rows[1][0]!.v as string;
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith(TRUNCATION_MARK)).toBe(true);
  });
});

/** A one-sector workbook whose indicator name carries the hostile characters. */
function hostileGrid(name: string): WorkbookGrid {
  const c = (v: GridCell['v']): GridCell => ({ v });
  return {
    sheets: [
      { name: 'Thông tin', rows: [[c('Năm báo cáo'), c(2024)]] },
      {
        name: 'Việc làm',
        rows: [
          [c('STT'), c('Chỉ tiêu'), c('ĐVT'), c('Kế hoạch năm'), c('T1'), c('T2'), c('T3'), c('T4'), c('T5'), c('T6')],
          [c('1'), c(name), c('người'), c(28500), c(2100), c(1850), c(2400), c(2650), c(3193), c(3932)],
        ],
      },
    ],
  };
}

describe('the pipeline and the Office renderer', () => {
  it('outputLayouts cuts an over-long indicator name and says so (TEXT_TRUNCATED on the report sheet)', () => {
    const parsed = parseGrid(hostileGrid('Số lao động ' + 'rất '.repeat(8_300)));
    const run = runReport(parsed, parsePeriodKey('T6', 2024)!);
    const [report] = outputLayouts(run, { report: 'BC T6-2024', narrative: 'ND T6-2024' });
    const f = run.report.issues.filter((x) => x.code === 'TEXT_TRUNCATED');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ severity: 'warning', sheet: 'BC T6-2024' });
    expect(f[0].message.vi).toMatch(/32767 ký tự.*đã cắt bớt/);
    const longest = Math.max(...report.cells.map((x) => (typeof x.value === 'string' ? x.value.length : 0)));
    expect(longest).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it('the Office host writes the report sheet without a forbidden character', async () => {
    const fx = FakeExcel.fromGrid(hostileGrid(HOSTILE)).install();
    try {
      fx.displayLanguage = 'vi-VN';
      const service = createOfficeService({
        run: fx.run as unknown as typeof Excel.run,
        isSetSupported: (n, v) => fx.isSetSupported(n, v),
        displayLanguage: () => fx.displayLanguage,
      });
      await service.generate('T6', { force: true });
      for (const sheet of ['BC T6-2024', 'ND T6-2024']) {
        const texts = fx
          .sheet(sheet)
          .valuesMatrix()
          .flat()
          .filter((v): v is string => typeof v === 'string');
        expect(texts.some((t) => XML_FORBIDDEN.test(t))).toBe(false);
      }
      const names = fx
        .sheet('BC T6-2024')
        .valuesMatrix()
        .flat()
        .filter((v) => typeof v === 'string' && v.startsWith('Lao'));
      expect([...new Set(names.map((v) => String(v).replace(/ +/g, ' ')))]).toEqual(['Lao động nữ 😀']);
    } finally {
      fx.uninstall();
    }
  });
});
