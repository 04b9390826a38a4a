/**
 * The units' returns used by the consolidation tests: the template made by the
 * tool (Việc làm and Giảm nghèo, 2025), filled January–March the way a unit
 * would (typing into the month cells). Mỹ Khánh has not sent March's job
 * figures. Hand sums are worked out in the tests that use them.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildTemplateLayouts, TEMPLATE_COLUMNS } from '../../src/engine/template';
import { renderLayoutsToXlsx } from '../../src/hosts/xlsx/write';

export type Fill = Record<string, (number | null)[]>; // code → [T1, T2, T3]

export const A: Fill = {
  VL01: [120, 95, 110],
  'VL01.1': [2, 1, 3],
  VL02: [40, 35, 50],
  GN02: [210, 205, 200],
  GN08: [8000, 8000, 8000],
  GN01: [2.63, 2.56, 2.5],
};
export const B: Fill = {
  VL01: [80, 70, 90],
  'VL01.1': [1, 0, 2],
  VL02: [30, 25, 20],
  GN02: [150, 148, 145],
  GN08: [6000, 6000, 6000],
  GN01: [2.5, 2.47, 2.42],
};
// Mỹ Khánh has not sent March's job figures yet
export const C: Fill = {
  VL01: [60, 55, null],
  'VL01.1': [0, 1, null],
  VL02: [15, 10, null],
  GN02: [300, 296, 290],
  GN08: [5000, 5000, 5000],
  GN01: [6, 5.92, 5.8],
};
export const PLANS: Record<string, Record<string, number | string>> = {
  'UBND phường An Hòa': { VL01: 1400, GN01: 'Dưới 2,5' },
  'UBND phường Tân An': { VL01: 1000, GN01: 'Dưới 2,5' },
  'UBND xã Mỹ Khánh': { VL01: 800, GN01: 'Dưới 2,5' },
};

/** The template as the tool makes it, filled the way a unit would (typing into the month cells). */
export async function unitReturn(
  dir: string,
  file: string,
  unit: string,
  fill: Fill,
  opts: { year?: number; edit?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<string> {
  const year = opts.year ?? 2025;
  const layouts = buildTemplateLayouts({
    year,
    unit,
    parent: 'UBND THÀNH PHỐ CẦN THƠ',
    place: 'Cần Thơ',
    soKyHieu: '/BC-UBND',
    quyenHanKy: 'TM. ỦY BAN NHÂN DÂN',
    chucVuNguoiKy: 'CHỦ TỊCH',
    nguoiKy: 'Trần Văn Bình',
    noiNhan: ['- Sở Nội vụ;', '- Lưu: VT.'],
    sectors: ['VL', 'GN'],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderLayoutsToXlsx(layouts)) as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code !== 'string') return;
      const v = fill[code];
      if (v) v.forEach((x, i) => x !== null && (row.getCell(TEMPLATE_COLUMNS.month(i + 1) + 1).value = x));
      const plan = PLANS[unit]?.[code];
      if (plan !== undefined) row.getCell(TEMPLATE_COLUMNS.plan + 1).value = plan;
    });
  }
  opts.edit?.(wb);
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}
