/**
 * The report of a consolidated workbook shows the per-unit table: the three
 * units of test/chain/fixtures.ts (Mỹ Khánh has not sent March's job figures)
 * consolidated by the tool, then reported through the one pipeline
 * (src/pipeline) — the report sheet and the .docx's second appendix. Every
 * figure below is worked out by hand from the fixtures.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriodKey, reportToJson } from '../../src/engine';
import type { ComputedReport, ParsedWorkbook } from '../../src/engine/types';
import { consolidateReturns, consolidatedLayouts, readUnitBreakdown } from '../../src/engine/chain';
import { buildReportLayout } from '../../src/engine/layout/report';
import type { SheetLayout } from '../../src/engine/layout/types';
import { parseGrid, runReport } from '../../src/pipeline/pipeline';
import { buildOutputFiles } from '../../src/pipeline/files';
import { readXlsx, readXlsxFile } from '../../src/hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../../src/hosts/xlsx/write';
import { SAMPLE_PATH } from '../../assets/sample/build-sample';
import { openDocx } from '../docx/docxParts';
import { runCli } from '../../src/cli/main';
import { FakeExcel } from '../fakes/excel';
import { createOfficeService } from '../../src/hosts/office/service';
import { generatedMarkerName, generatedMarkerRef } from '../../src/engine/layout/marker';
import { A, B, C, unitReturn } from './fixtures';

let dir: string;
let parsed: ParsedWorkbook;
let consolidatedFile: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-unit-table-'));
  const files = [
    await unitReturn(dir, 'an-hoa.xlsx', 'UBND phường An Hòa', A),
    await unitReturn(dir, 'tan-an.xlsx', 'UBND phường Tân An', B),
    await unitReturn(dir, 'my-khanh.xlsx', 'UBND xã Mỹ Khánh', C),
  ];
  const returns = await Promise.all(files.map(async (f) => ({ file: path.basename(f), grid: await readXlsxFile(f) })));
  const result = consolidateReturns(returns);
  consolidatedFile = path.join(dir, 'tong-hop.xlsx');
  await fs.writeFile(
    consolidatedFile,
    await renderLayoutsToXlsx(consolidatedLayouts(result, { unit: 'Sở Nội vụ thành phố Cần Thơ' })),
  );
  parsed = parseGrid(await readXlsxFile(consolidatedFile));
}, 60_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const run = (key: string) => runReport(parsed, parsePeriodKey(key, 2025)!);

function indicator(report: ComputedReport, code: string) {
  const t = report.unitTable!;
  const hit = t.sectors.flatMap((s) => s.indicators).find((i) => i.indicator.code === code);
  if (!hit) throw new Error(`no ${code} in the per-unit table`);
  return hit;
}
const figures = (report: ComputedReport, code: string) =>
  indicator(report, code).units.map((u) => [u.unit, u.period, u.ytd, u.missingMonths]);

/** The layout's cells as rows of values (row index → col → value). */
function rowsOf(layout: SheetLayout): Map<number, (string | number | null)[]> {
  const rows = new Map<number, (string | number | null)[]>();
  for (const c of layout.cells) {
    const r = rows.get(c.row) ?? [];
    r[c.col] = c.value as string | number | null;
    rows.set(c.row, r);
  }
  return rows;
}

describe('the consolidated workbook carries its per-unit figures into the report', () => {
  it('reads "Chi tiết đơn vị" back: three units, in the order the returns were added', () => {
    expect(parsed.unitBreakdown?.units).toEqual(['UBND phường An Hòa', 'UBND phường Tân An', 'UBND xã Mỹ Khánh']);
    // never read as a sector, and no finding about it (it is the program's own, read for this table)
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    expect(parsed.findings.filter((f) => f.sheet === 'Chi tiết đơn vị')).toEqual([]);
  });

  it('month 2: each unit its February and its lũy kế, all complete, the total is the consolidated figure', () => {
    const r = run('T2').report;
    // An Hòa 95, 120 + 95 = 215; Tân An 70, 80 + 70 = 150; Mỹ Khánh 55, 60 + 55 = 115
    expect(figures(r, 'VL01')).toEqual([
      ['UBND phường An Hòa', 95, 215, []],
      ['UBND phường Tân An', 70, 150, []],
      ['UBND xã Mỹ Khánh', 55, 115, []],
    ]);
    const vl01 = indicator(r, 'VL01');
    // 95 + 70 + 55 = 220; 215 + 150 + 115 = 480
    expect([vl01.indicator.period, vl01.indicator.ytd]).toEqual([220, 480]);
    // the part "đi làm việc ở nước ngoài" nests under it: 1 / 3, 0 / 1, 1 / 1
    const part = indicator(r, 'VL01.1');
    expect(part.depth).toBe(1);
    expect(part.units.map((u) => [u.period, u.ytd])).toEqual([
      [1, 3],
      [0, 1],
      [1, 1],
    ]);
  });

  it('month 3: Mỹ Khánh has not sent March — its figures are empty and the months named, never a partial sum', () => {
    const r = run('T3').report;
    // An Hòa 110, 120 + 95 + 110 = 325; Tân An 90, 80 + 70 + 90 = 240
    expect(figures(r, 'VL01')).toEqual([
      ['UBND phường An Hòa', 110, 325, []],
      ['UBND phường Tân An', 90, 240, []],
      ['UBND xã Mỹ Khánh', null, null, [3]],
    ]);
    // a stock: each unit's March — 200, 145, 290 households (sum 635, complete)
    expect(figures(r, 'GN02')).toEqual([
      ['UBND phường An Hòa', 200, 200, []],
      ['UBND phường Tân An', 145, 145, []],
      ['UBND xã Mỹ Khánh', 290, 290, []],
    ]);
    // a rate: each unit's own rate, never added up
    expect(figures(r, 'GN01').map((f) => f[1])).toEqual([2.5, 2.42, 5.8]);
  });

  it('the --json output carries it as the extension unitTable (null totals while a unit is missing)', () => {
    const json = reportToJson(run('T3').report, '') as {
      unitTable: {
        units: string[];
        sectors: { indicators: { code: string; period: number | null; ytd: number | null; byUnit: unknown[] }[] }[];
      };
    };
    expect(json.unitTable.units).toHaveLength(3);
    const vl01 = json.unitTable.sectors[0].indicators.find((i) => i.code === 'VL01')!;
    expect([vl01.period, vl01.ytd]).toEqual([null, null]);
    expect(vl01.byUnit[2]).toEqual({ unit: 'UBND xã Mỹ Khánh', period: null, ytd: null, missingMonths: [3] });
    const gn02 = json.unitTable.sectors[1].indicators.find((i) => i.code === 'GN02')!;
    expect([gn02.period, gn02.ytd]).toEqual([635, 635]);
    // a workbook that is not consolidated: no such key
    expect(reportToJson({ ...run('T3').report, unitTable: null }, '')).not.toHaveProperty('unitTable');
  });

  it('the report sheet: title, headers, the total row empty while a unit is missing, one row per unit', () => {
    const rr = run('T3');
    const layout = buildReportLayout(rr.report, 'BC T3-2025');
    const rows = [...rowsOf(layout).values()];
    const title = rows.findIndex((r) => r[0] === 'SỐ LIỆU THEO ĐƠN VỊ THÁNG 3 NĂM 2025');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1][0]).toContain('Tổng hợp từ 3 đơn vị');
    const after = rows.slice(title);
    // the report table's columns (Thực hiện, Lũy kế, Ghi chú where they are above), so a printed page that
    // repeats the report table's heading above these rows still says what each column holds
    expect(after.find((r) => r[0] === 'STT')).toEqual([
      'STT',
      'Chỉ tiêu / Đơn vị',
      'ĐVT',
      null,
      'Thực hiện tháng 3/2025',
      'Lũy kế đến hết tháng 3/2025',
      null,
      null,
      null,
      null,
      'Ghi chú',
    ]);
    expect(
      after
        .find((r) => r[0] === 'STT')!
        .map((h, c) => (h ? c : -1))
        .filter((c) => c >= 0),
    ).toEqual([0, 1, 2, 4, 5, 10]);
    const main = rows.find((r) => r[0] === 'STT')!; // the report table's heading, above
    expect([main[4], main[5], main[10]]).toEqual(['Thực hiện tháng 3/2025', 'Lũy kế đến hết tháng 3/2025', 'Ghi chú']);
    const at = after.findIndex((r) => r[1] === 'Số lao động được tạo việc làm');
    // the indicator's row: 110 + 90 + (Mỹ Khánh missing) → no total stated, the unit named
    expect([after[at][0], after[at][1], after[at][2], after[at][4], after[at][5], after[at][10]]).toEqual([
      '1',
      'Số lao động được tạo việc làm',
      'người',
      null,
      null,
      'Chưa đủ số liệu: UBND xã Mỹ Khánh (T3)',
    ]);
    expect(after.slice(at + 1, at + 4).map((r) => [r[1], r[4], r[5], r[10]])).toEqual([
      ['- UBND phường An Hòa', 110, 325, null],
      ['- UBND phường Tân An', 90, 240, null],
      ['- UBND xã Mỹ Khánh', null, null, 'Chưa gửi số liệu tháng 3'],
    ]);
    // the households: complete, so the total is stated — 200 + 145 + 290 = 635
    const gn = after.findIndex((r) => r[1] === 'Số hộ nghèo');
    expect(after[gn].slice(4, 6)).toEqual([635, 635]);
    // and the table is printed: inside the print area
    const lastRow = Math.max(...layout.cells.filter((c) => c.value === '- UBND xã Mỹ Khánh').map((c) => c.row));
    expect(layout.print?.printArea?.row2).toBeGreaterThanOrEqual(lastRow);
  });

  it('a quarter starting in January has no separate Lũy kế column, as in the report table', () => {
    const layout = buildReportLayout(run('Q1').report, 'BC Q1-2025');
    const rows = [...rowsOf(layout).values()];
    const title = rows.findIndex((r) => r[0] === 'SỐ LIỆU THEO ĐƠN VỊ QUÝ I NĂM 2025');
    const head = rows.slice(title).find((r) => r[0] === 'STT')!;
    expect(head).toEqual([
      'STT',
      'Chỉ tiêu / Đơn vị',
      'ĐVT',
      null,
      'Thực hiện quý I/2025',
      null,
      null,
      null,
      null,
      'Ghi chú',
    ]);
    const after = rows.slice(title);
    const at = after.findIndex((r) => r[1] === 'Số lao động được tạo việc làm');
    // Q1: 120 + 95 + 110 = 325; 80 + 70 + 90 = 240; Mỹ Khánh missing March
    expect(after.slice(at + 1, at + 4).map((r) => [r[1], r[4], r[9]])).toEqual([
      ['- UBND phường An Hòa', 325, null],
      ['- UBND phường Tân An', 240, null],
      ['- UBND xã Mỹ Khánh', null, 'Chưa gửi số liệu tháng 3'],
    ]);
  });

  it('the .docx: a second appendix "PHỤ LỤC II" with the same table; the files every host writes carry it', async () => {
    const rr = run('T3');
    const files = await buildOutputFiles(rr, { report: 'BC T3-2025', narrative: 'ND T3-2025' });
    const docx = await openDocx(files.docx);
    const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const tables = docx.document.split('<w:tbl>').slice(1);
    const rows = tables[tables.length - 1]
      .split('<w:tr>')
      .slice(1)
      .map((tr) =>
        tr
          .split('<w:tc>')
          .slice(1)
          .map((tc) => text(tc)),
      );
    expect(text(docx.document)).toContain('PHỤ LỤC I');
    expect(text(docx.document)).toContain('PHỤ LỤC II');
    expect(text(docx.document)).toContain('SỐ LIỆU THEO ĐƠN VỊ THÁNG 3 NĂM 2025');
    expect(rows[0]).toEqual([
      'STT',
      'Chỉ tiêu / Đơn vị',
      'ĐVT',
      'Thực hiện tháng 3/2025',
      'Lũy kế đến hết tháng 3/2025',
      'Ghi chú',
    ]);
    const at = rows.findIndex((r) => r[1] === 'Số lao động được tạo việc làm');
    expect(rows[at]).toEqual([
      '1',
      'Số lao động được tạo việc làm',
      'người',
      '',
      '',
      'Chưa đủ số liệu: UBND xã Mỹ Khánh (T3)',
    ]);
    expect(rows.slice(at + 1, at + 4)).toEqual([
      ['', '- UBND phường An Hòa', '', '110', '325', ''],
      ['', '- UBND phường Tân An', '', '90', '240', ''],
      ['', '- UBND xã Mỹ Khánh', '', '', '', 'Chưa gửi số liệu tháng 3'],
    ]);
    // the rate in two decimals, each unit's own
    const rate = rows.findIndex((r) => r[1] === 'Tỷ lệ hộ nghèo');
    expect(rows.slice(rate + 1, rate + 4).map((r) => r[3])).toEqual(['2,50', '2,42', '5,80']);
    // three sections: the report (portrait), appendix I and appendix II (landscape)
    expect(docx.document.match(/<w:sectPr/g)).toHaveLength(3);

    // the report workbook written for the user has it too
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.xlsx as unknown as ExcelJS.Buffer);
    const values: unknown[] = [];
    wb.getWorksheet('BC T3-2025')!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain('SỐ LIỆU THEO ĐƠN VỊ THÁNG 3 NĂM 2025');
    expect(values).toContain('- UBND xã Mỹ Khánh');
  });
});

describe('npm run report on the consolidated workbook', () => {
  it('says there is a per-unit table and which units have not sent which month', async () => {
    let stdout = '';
    const code = await runCli([consolidatedFile, '--period', 'T3', '--out', path.join(dir, 'bc')], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Bảng số liệu theo đơn vị (3 đơn vị, trang "Chi tiết đơn vị"): trên trang báo cáo và Phụ lục II.',
    );
    expect(stdout).toContain('Đơn vị chưa gửi đủ số liệu: UBND xã Mỹ Khánh (tháng 3).');
    // February: everyone sent everything — no such line
    let feb = '';
    await runCli([consolidatedFile, '--period', 'T2', '--out', path.join(dir, 'bc')], {
      stdout: (t) => (feb += t),
      stderr: () => undefined,
    });
    expect(feb).toContain('Bảng số liệu theo đơn vị (3 đơn vị');
    expect(feb).not.toContain('chưa gửi đủ');
  });
});

describe('in the add-in (fake Excel): the consolidated workbook opened in Excel', () => {
  it('reads the marked "Chi tiết đơn vị" in the same two syncs and writes the per-unit table on the report sheet', async () => {
    const grid = await readXlsxFile(consolidatedFile);
    const fx = FakeExcel.fromGrid(grid).install();
    try {
      // the marker consolidation wrote (a defined name to A1 of its own sheet)
      fx.model.names.push({
        name: generatedMarkerName('Chi tiết đơn vị'),
        formula: `=${generatedMarkerRef('Chi tiết đơn vị')}`,
        visible: true,
      });
      fx.displayLanguage = 'vi-VN';
      const service = createOfficeService({
        run: fx.run as unknown as typeof Excel.run,
        isSetSupported: (n, v) => fx.isSetSupported(n, v),
        displayLanguage: () => fx.displayLanguage,
      });
      const result = await service.generate('T3', { force: false });
      expect(fx.syncCount).toBe(4); // 2 reads (the per-unit sheet in the second) + 2 writes, as for any workbook
      const sheet = fx.model.sheets.find((x) => x.name === result.reportSheet)!;
      const values = [...sheet.cells.values()].map((c) => c.value);
      expect(values).toContain('SỐ LIỆU THEO ĐƠN VỊ THÁNG 3 NĂM 2025');
      expect(values).toContain('- UBND xã Mỹ Khánh');
      expect(values).toContain('Chưa đủ số liệu: UBND xã Mỹ Khánh (T3)');
      // the per-unit sheet itself is never written
      const detail = fx.model.sheets.find((x) => x.name === 'Chi tiết đơn vị')!;
      expect(detail.value('F4')).toBe(120);
    } finally {
      fx.uninstall();
    }
  });
});

describe('only a consolidated workbook gets the table', () => {
  it('the sample workbook: no per-unit table, one appendix named "PHỤ LỤC"', async () => {
    const sample = parseGrid(await readXlsxFile(SAMPLE_PATH));
    expect(sample.unitBreakdown).toBeUndefined();
    const rr = runReport(sample, parsePeriodKey('T6', 2024)!);
    expect(rr.report.unitTable).toBeUndefined();
    const cells = buildReportLayout(rr.report, 'BC T6-2024').cells.map((c) => c.value);
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('SỐ LIỆU THEO ĐƠN VỊ'))).toBe(false);
    const docx = await openDocx((await buildOutputFiles(rr, { report: 'BC T6-2024', narrative: 'ND T6-2024' })).docx);
    expect(docx.document).not.toContain('PHỤ LỤC I');
    expect(docx.document.match(/<w:sectPr/g)).toHaveLength(2);
  });

  it('a sheet "Chi tiết đơn vị" the user made (no program marker) is never taken for it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(consolidatedFile);
    wb.definedNames.model = []; // the marker gone: now a sheet like any other
    const grid = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(readUnitBreakdown(grid)).toBeNull();
  });
});
