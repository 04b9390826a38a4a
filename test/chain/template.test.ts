/**
 * "Tạo mẫu nhập liệu": the template as a unit receives it — sheets, locked
 * header, unlocked figure cells, validation, Thông tin — and read back by the
 * engine with no findings.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseWorkbook } from '../../src/engine';
import { buildTemplateLayouts, chooseSectors, inferScope } from '../../src/engine/template';
import { CATALOGUE_INDICATORS, sectorOf } from '../../src/engine/catalogue';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { runTemplateCli } from '../../src/cli/template';
import { PHU_LOI_INFO } from './fixtures';

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-template-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const FULL = [
  '--year',
  '2025',
  '--unit',
  'UBND phường Phú Lợi',
  '--parent',
  'UBND THÀNH PHỐ CẦN THƠ',
  '--place',
  'Phú Lợi',
];

describe('npm run template', () => {
  it('writes Hướng dẫn, Thông tin and the chosen sectors; Thông tin is pre-filled for the unit', async () => {
    const file = path.join(dir, 'mau-vl-gn.xlsx');
    const { out, io: o } = io();
    expect(await runTemplateCli([...FULL, '--sectors', 'VL,7', '--out', file], o)).toBe(0);
    expect(out.stdout).toContain('2 lĩnh vực');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Thông tin', '1. Việc làm', '7. Giảm nghèo']);
    const info = wb.getWorksheet('Thông tin')!;
    const kv = new Map<string, unknown>();
    info.eachRow((r) => kv.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(kv.get('Tên cơ quan')).toBe('UBND phường Phú Lợi');
    expect(kv.get('Năm báo cáo')).toBe('2025');
    expect(kv.get('Phạm vi')).toBe('toàn phường');
    expect(kv.get('Cơ quan chủ quản')).toBe('UBND THÀNH PHỐ CẦN THƠ');
    // no program marker: these are the unit's input sheets
    expect((wb.definedNames.model ?? []).filter((d) => d.name.startsWith('BCN_GENERATED'))).toEqual([]);
  });

  it('freezes and protects the header without a password; figures, plan, kind and notes stay editable', async () => {
    const file = path.join(dir, 'mau-vl.xlsx');
    expect(await runTemplateCli([...FULL, '--sectors', 'VL', '--out', file], io().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('1. Việc làm')!;
    expect(ws.getCell('A1').value).toBe('Lĩnh vực: Việc làm – Tiền lương – An toàn lao động');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 4 });
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    expect(protection.algorithmName).toBeUndefined();
    // row 5 = the group heading "a) Việc làm": locked all along, no validation (a figure there would make it an indicator)
    expect(ws.getCell('C5').value).toBe('a) Việc làm');
    for (const a of ['A5', 'E5', 'F5', 'G5', 'AE5']) expect(ws.getCell(a).protection?.locked).not.toBe(false);
    expect(ws.getCell('G5').dataValidation?.type).toBeUndefined();
    expect(ws.getCell('E5').dataValidation?.type).toBeUndefined();
    // row 6 = VL01: A..D locked, E (Cách tính) .. AE unlocked
    expect(ws.getCell('A4').value).toBe('Mã');
    expect(ws.getCell('C6').value).toBe('Số lao động được tạo việc làm');
    for (const a of ['A4', 'G4', 'A6', 'C6', 'D6']) expect(ws.getCell(a).protection?.locked).not.toBe(false);
    for (const a of ['E6', 'F6', 'G6', 'R6', 'S6', 'AE6'])
      expect(ws.getCell(a).protection).toMatchObject({ locked: false });
    // figure cells: non-negative numbers; the rate VL06: 0–100; the kind: a list
    expect(ws.getCell('G6').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    const vl06 = [...Array(30).keys()].map((i) => i + 5).find((r) => ws.getCell(`A${r}`).value === 'VL06')!;
    expect(ws.getCell(`H${vl06}`).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(ws.getCell('E6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Cộng dồn,Thời điểm,Tỷ lệ"'] });
    expect(ws.getCell('F6').dataValidation).toMatchObject({ type: 'decimal', formulae: [0] });
  });

  it('a template made by the tool reads back with no findings (all nine sectors, every catalogue indicator)', async () => {
    const file = path.join(dir, 'mau-day-du.xlsx');
    const layouts = buildTemplateLayouts(PHU_LOI_INFO);
    const { renderLayoutsToXlsx } = await import('../../src/hosts/xlsx/write');
    await fs.writeFile(file, await renderLayoutsToXlsx(layouts));
    const parsed = parseWorkbook(await readXlsxFile(file));
    expect(parsed.findings).toEqual([]);
    expect(parsed.year).toBe(2025);
    expect(parsed.info.phamVi).toBe('toàn phường');
    expect(parsed.sectors.map((s) => s.title)).toEqual([
      'Việc làm – Tiền lương – An toàn lao động',
      'Quản lý giáo dục nghề nghiệp',
      'Chính sách Người có công',
      'Bảo trợ xã hội',
      'Trẻ em',
      'Bình đẳng giới',
      'Giảm nghèo',
      'Phòng, chống tệ nạn xã hội',
      'Thanh tra, tài chính, cải cách hành chính',
    ]);
    const flat = parsed.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    expect(flat.map((i) => i.code)).toEqual(CATALOGUE_INDICATORS.map((c) => c.code));
    const vl01 = flat.find((i) => i.code === 'VL01')!;
    expect(vl01.children.map((c) => c.code)).toEqual(['VL01.1']);
    expect(flat.find((i) => i.code === 'GN02')!.kind).toBe('stock');
    expect(flat.find((i) => i.code === 'GN01')!.kind).toBe('rate');
  });

  it('sub-groups of real reports are heading rows the reader skips: BTXH "a) Nuôi dưỡng tập trung", "b) Trợ cấp hằng tháng tại cộng đồng"', async () => {
    const file = path.join(dir, 'mau-btxh.xlsx');
    const layouts = buildTemplateLayouts({ ...PHU_LOI_INFO, sectors: ['BTXH'] });
    const { renderLayoutsToXlsx } = await import('../../src/hosts/xlsx/write');
    await fs.writeFile(file, await renderLayoutsToXlsx(layouts));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('4. Bảo trợ xã hội')!;
    const col = (c: string) => [...Array(20).keys()].map((i) => ws.getCell(`${c}${i + 5}`).value ?? null);
    // Mã | Chỉ tiêu down the sheet: the heading, its indicators (parts after their parent), the next heading
    expect(col('C').slice(0, 13)).toEqual([
      'a) Nuôi dưỡng tập trung',
      'Đối tượng đang được nuôi dưỡng, chăm sóc tại cơ sở trợ giúp xã hội',
      'Trẻ em mồ côi, bị bỏ rơi',
      'Người cao tuổi cô đơn',
      'Người khuyết tật',
      'Đối tượng khác',
      'Đối tượng được hỗ trợ nuôi dưỡng khẩn cấp',
      'Đối tượng được thẩm định, xác minh vào nuôi dưỡng tập trung',
      'Cơ sở trợ giúp xã hội đang hoạt động',
      'Công lập',
      'Ngoài công lập',
      'b) Trợ cấp hằng tháng tại cộng đồng',
      'Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng tại cộng đồng',
    ]);
    expect(col('A')[0]).toBeNull(); // a heading has no code
    // a name that wraps gets the room for its lines (Excel does not re-fit heights on opening); a short one keeps the default
    expect(ws.getRow(6).height).toBeGreaterThanOrEqual(30);
    expect(ws.getRow(7).height).toBeUndefined();
    expect(ws.getCell('G16').protection?.locked).not.toBe(false); // the "b)" heading row is locked
    // read back: zero findings; the headings are groups, never indicators
    const parsed = parseWorkbook(await readXlsxFile(file));
    expect(parsed.findings).toEqual([]);
    const inds = parsed.sectors[0].indicators;
    expect(inds.map((i) => [i.code, i.group])).toEqual([
      ['BTXH01', 'a) Nuôi dưỡng tập trung'],
      ['BTXH02', 'a) Nuôi dưỡng tập trung'],
      ['BTXH03', 'a) Nuôi dưỡng tập trung'],
      ['BTXH07', 'a) Nuôi dưỡng tập trung'],
      ['BTXH04', 'b) Trợ cấp hằng tháng tại cộng đồng'],
      ['BTXH05', 'b) Trợ cấp hằng tháng tại cộng đồng'],
      ['BTXH06', 'b) Trợ cấp hằng tháng tại cộng đồng'],
    ]);
    expect(inds[0].children.map((c) => c.code)).toEqual(['BTXH01.1', 'BTXH01.2', 'BTXH01.3', 'BTXH01.4']);
    // the report shows each heading once, above its indicators
    const { computeReport, parsePeriodKey } = await import('../../src/engine');
    const { buildReportLayout } = await import('../../src/engine/layout/report');
    const names = buildReportLayout(computeReport(parsed, parsePeriodKey('T1', 2025)!), 'BC T1-2025')
      .cells.filter((c) => c.col === 1)
      .map((c) => c.value);
    const a = names.indexOf('a) Nuôi dưỡng tập trung');
    const b = names.indexOf('b) Trợ cấp hằng tháng tại cộng đồng');
    expect(a).toBeGreaterThan(0);
    expect(names.indexOf('Đối tượng đang được nuôi dưỡng, chăm sóc tại cơ sở trợ giúp xã hội')).toBe(a + 1);
    expect(names[b + 1]).toBe('Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng tại cộng đồng');
    expect(names.filter((n) => n === 'b) Trợ cấp hằng tháng tại cộng đồng')).toHaveLength(1);
  });

  it('with only the year and unit, the one finding lists the Thông tin keys the unit still has to fill', async () => {
    const file = path.join(dir, 'mau-toi-thieu.xlsx');
    expect(await runTemplateCli(['--year', '2025', '--unit', 'UBND xã Tân Thạnh', '--out', file], io().io)).toBe(0);
    const parsed = parseWorkbook(await readXlsxFile(file));
    expect(parsed.findings.map((f) => [f.code, f.sheet])).toEqual([['MISSING_INFO_KEY', 'Thông tin']]);
    expect(parsed.findings[0].message.vi).toContain('Người ký');
    expect(parsed.info.phamVi).toBe('toàn xã');
  });

  it('refuses a wrong sector, a missing year or output, in one line (exit 1), and writes nothing', async () => {
    const file = path.join(dir, 'khong-ghi.xlsx');
    const a = io();
    expect(await runTemplateCli(['--year', '2025', '--sectors', 'YT', '--out', file], a.io)).toBe(1);
    expect(a.out.stderr).toMatch(/^Lỗi: Không có lĩnh vực "YT"/);
    expect(a.out.stderr.trim().split('\n')).toHaveLength(1);
    const b = io();
    expect(await runTemplateCli(['--out', file], b.io)).toBe(1);
    expect(b.out.stderr).toContain('--year');
    const c = io();
    expect(await runTemplateCli(['--year', '2025'], c.io)).toBe(1);
    expect(c.out.stderr).toContain('--out');
    await expect(fs.access(file)).rejects.toThrow();
  });

  it('chooses sectors by number, code or name; infers the scope from the unit', () => {
    expect(chooseSectors(['1', 'gn', 'Trẻ em']).map((s) => s.prefix)).toEqual(['VL', 'TE', 'GN']);
    expect(inferScope('UBND phường Phú Lợi')).toBe('toàn phường');
    expect(inferScope('UBND xã Tân Thạnh')).toBe('toàn xã');
    expect(inferScope('Sở Nội vụ tỉnh Cần Thơ')).toBe('toàn tỉnh');
    expect(inferScope('Trung tâm Dịch vụ việc làm')).toBe('');
    expect(CATALOGUE_INDICATORS.every((c) => sectorOf(c.code))).toBe(true);
  });
});
