/**
 * "Tổng hợp từ các đơn vị": three units fill the template made by the tool
 * (Việc làm and Giảm nghèo, January–March 2025), a fourth file is the same unit
 * twice, a fifth is last year's, a sixth has a modified template; the sums are
 * worked out by hand below.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseWorkbook } from '../../src/engine';
import { consolidateReturns } from '../../src/engine/chain';
import { A, B, C, type Fill, unitReturn as makeReturn } from './fixtures';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { runConsolidateCli } from '../../src/cli/consolidate';

let dir: string;
const unitReturn = (file: string, unit: string, fill: Fill, opts?: Parameters<typeof makeReturn>[4]) =>
  makeReturn(dir, file, unit, fill, opts);

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

let files: string[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-consolidate-'));
  files = [
    await unitReturn('an-hoa.xlsx', 'UBND phường An Hòa', A),
    await unitReturn('tan-an.xlsx', 'UBND phường Tân An', B),
    await unitReturn('my-khanh.xlsx', 'UBND xã Mỹ Khánh', C),
  ];
}, 60_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('npm run consolidate: three units', () => {
  it('adds the units up month by month (sums by hand), rates from numerator and denominator, the per-unit sheet', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    const before = await Promise.all(files.map((f) => fs.readFile(f)));
    const r = io();
    expect(await runConsolidateCli([...files, '--out', out, '--unit', 'Sở Nội vụ thành phố Cần Thơ'], r.io)).toBe(0);
    expect(r.out.stdout).toContain('Đã tổng hợp 3/3 tệp');
    expect(await Promise.all(files.map((f) => fs.readFile(f)))).toEqual(before); // returns never written

    const parsed = parseWorkbook(await readXlsxFile(out));
    expect(parsed.year).toBe(2025);
    expect(parsed.info.tenCoQuan).toBe('Sở Nội vụ thành phố Cần Thơ');
    // the breakdown sheet is the program's own: not read as a sector
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    const flat = parsed.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const m = (code: string) => flat.find((i) => i.code === code)!.months.slice(1, 4);
    // VL01: 120+80+60 = 260; 95+70+55 = 220; March: only 110+90 = 200 came in (Mỹ Khánh missing), so the
    // consolidated cell stays empty — a partial sum is never the province's figure
    expect(m('VL01')).toEqual([260, 220, undefined]);
    expect(m('VL01.1')).toEqual([3, 2, undefined]);
    expect(m('VL02')).toEqual([85, 70, undefined]);
    expect(m('GN02')).toEqual([660, 649, 635]);
    expect(m('GN08')).toEqual([19000, 19000, 19000]);
    // tỷ lệ hộ nghèo = 660/19000, 649/19000, 635/19000 (not the average of the units' rates)
    const gn01 = m('GN01');
    expect(gn01[0]).toBeCloseTo(3.4737, 4);
    expect(gn01[1]).toBeCloseTo(3.4158, 4);
    expect(gn01[2]).toBeCloseTo(3.3421, 4);
    // plans: 1400 + 1000 + 800; the same target from every unit kept
    expect(flat.find((i) => i.code === 'VL01')!.plan).toBe(3200);
    expect(flat.find((i) => i.code === 'GN01')!.target).toEqual({ op: '<', value: 2.5 });
    // March of VL01 is marked incomplete, naming the unit
    const vl01 = flat.find((i) => i.code === 'VL01')!;
    expect(vl01.note).toBe('Chưa đủ số liệu (thiếu T3: UBND xã Mỹ Khánh)');
    // the returns' group headings are kept: the report shows the same sub-groups
    expect(vl01.group).toBe('a) Việc làm');
    expect(flat.find((i) => i.code === 'GN04')!.group).toBe('b) Chính sách hỗ trợ hộ nghèo, hộ cận nghèo');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('1. Việc làm')!;
    const cell = ws.getCell(vl01.monthCells[3]!);
    expect(cell.value).toBeNull();
    // the partial sum and who is missing are in the cell's note
    expect(String(cell.note)).toContain('Tạm cộng các đơn vị đã gửi: 200');
    expect(String(cell.note)).toContain('UBND xã Mỹ Khánh');
    const detail = wb.getWorksheet('Chi tiết đơn vị')!;
    const rows: unknown[][] = [];
    detail.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.filter((x) => x[1] === 'VL01').map((x) => [x[4], x[5], x[6], x[7]])).toEqual([
      ['UBND phường An Hòa', 120, 95, 110],
      ['UBND phường Tân An', 80, 70, 90],
      ['UBND xã Mỹ Khánh', 60, 55, undefined],
      ['Cộng', 260, 220, 200],
    ]);
    // one warning for Mỹ Khánh's March, naming its file, sheet and cells
    const empty = r.out.stdout.split('\n').filter((l) => l.includes('UNIT_MONTH_EMPTY'));
    expect(empty).toHaveLength(1);
    expect(empty[0]).toContain('Tệp "my-khanh.xlsx", trang \'1. Việc làm\', ô I6');
    expect(empty[0]).toContain('chưa có số liệu tháng 3 ở 3 chỉ tiêu (I6, I7, I8)');
  });

  it('the report on the consolidated workbook never states a partial month as fact: Q1 runs to February, marked incomplete', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    const { computeReport, parsePeriodKey } = await import('../../src/engine');
    const q1 = computeReport(parseWorkbook(await readXlsxFile(out)), parsePeriodKey('Q1', 2025)!);
    const vl01 = q1.sectors[0].indicators.find((i) => i.code === 'VL01')!;
    // 260 + 220 = 480 of 3200 → 15 %; March (Mỹ Khánh not in yet) is missing, not 200
    expect(vl01).toMatchObject({ ytd: 480, plan: 3200, planPct: 15, incomplete: true, missingMonths: [3] });
    const said = q1.issues.filter((f) => f.code === 'MISSING_MONTH' && f.message.vi.includes(`"${vl01.name}"`));
    expect(said).toHaveLength(1);
    expect(said[0].message.vi).toContain('tháng 3');
  });
});

describe('consolidation findings name the file, sheet and cell', () => {
  it('a return of another year and the same unit twice are not added', async () => {
    const again = await unitReturn('an-hoa-gui-lai.xlsx', 'UBND phường An Hòa', A);
    const old = await unitReturn('tan-an-2024.xlsx', 'UBND phường Tân An', B, { year: 2024 });
    const grids = await Promise.all(
      [...files, again, old].map(async (f) => ({ file: path.basename(f), grid: await readXlsxFile(f) })),
    );
    const res = consolidateReturns(grids);
    expect(res.units).toEqual(['UBND phường An Hòa', 'UBND phường Tân An', 'UBND xã Mỹ Khánh']);
    const f = res.findings.filter((x) => x.severity === 'error').map((x) => [x.code, x.file, x.sheet, x.cell]);
    expect(f).toEqual([
      ['SAME_UNIT_TWICE', 'an-hoa-gui-lai.xlsx', 'Thông tin', 'B3'],
      ['OTHER_YEAR', 'tan-an-2024.xlsx', 'Thông tin', 'B5'],
    ]);
    // still the three units' sums
    const vl01 = res.sectors[0].indicators.find((i) => i.code === 'VL01')!;
    expect(vl01.months.slice(1, 4)).toEqual([260, 220, 200]);
  });

  it('a modified template, a deleted and a renamed indicator are named; the unit counts as missing where it has no row', async () => {
    const modified = await unitReturn('phong-dien.xlsx', 'UBND xã Phong Điền', A, {
      edit: (wb) => {
        const ws = wb.getWorksheet('1. Việc làm')!;
        // a column added after Ghi chú, VL02 deleted (its row cleared), VL01's name changed
        ws.getCell('AF4').value = 'Ước thực hiện quý';
        ws.eachRow((row) => {
          if (row.getCell(1).value === 'VL02') row.values = [];
          if (row.getCell(1).value === 'VL01') row.getCell(3).value = 'Số người có việc làm mới';
        });
      },
    });
    const grids = await Promise.all(
      [files[0], modified].map(async (f) => ({ file: path.basename(f), grid: await readXlsxFile(f) })),
    );
    const res = consolidateReturns(grids);
    const got = res.findings.map((x) => [x.code, x.file, x.sheet, x.cell]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['MODIFIED_TEMPLATE', 'phong-dien.xlsx', '1. Việc làm', 'AF4'],
        ['MISSING_INDICATOR', 'phong-dien.xlsx', '1. Việc làm', 'C4'],
        ['RENAMED_INDICATOR', 'phong-dien.xlsx', '1. Việc làm', 'C6'],
      ]),
    );
    const vl02 = res.sectors[0].indicators.find((i) => i.code === 'VL02')!;
    // 40/35/50 from An Hòa only, marked incomplete (Phong Điền has no VL02 row)
    expect(vl02.months.slice(1, 4)).toEqual([40, 35, 50]);
    expect([...vl02.missing.entries()]).toEqual([
      [1, ['UBND xã Phong Điền']],
      [2, ['UBND xã Phong Điền']],
      [3, ['UBND xã Phong Điền']],
    ]);
  });

  it('a rate without its numerator and denominator is flagged and left empty, never averaged', async () => {
    const noTotal: Fill = { ...A, GN08: [null, null, null] };
    const x = await unitReturn('thoi-lai.xlsx', 'UBND xã Thới Lai', noTotal);
    const grids = await Promise.all(
      [files[1], x].map(async (f) => ({ file: path.basename(f), grid: await readXlsxFile(f) })),
    );
    const res = consolidateReturns(grids);
    const gn01 = res.sectors[1].indicators.find((i) => i.code === 'GN01')!;
    expect(gn01.months.slice(1, 4)).toEqual([undefined, undefined, undefined]);
    const rate = res.findings.find((f) => f.code === 'RATE_NOT_COMBINED')!;
    expect(rate.message.vi).toContain('không cộng hay lấy trung bình được');
    expect(rate.message.vi).toContain('Tổng số hộ dân cư');
  });

  it('nothing to add: exit 2, no file', async () => {
    const old = await unitReturn('nam-cu.xlsx', 'UBND xã Cũ', A, { year: 2024 });
    const r = io();
    const out = path.join(dir, 'khong-ghi.xlsx');
    expect(await runConsolidateCli([old, files[0], '--year', '2023', '--out', out], r.io)).toBe(2);
    expect(r.out.stdout).toContain('OTHER_YEAR');
    await expect(fs.access(out)).rejects.toThrow();
  });
});
