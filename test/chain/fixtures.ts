/**
 * The reporting chain's hand-made fixtures, shared by the headless tests
 * (test/chain, test/cli), the add-in's (test/office/chain.test.ts, on the fake
 * Excel), the pane's and the offline page's (Chromium):
 * - the units' returns: the template made by the tool (Việc làm and Giảm
 *   nghèo, 2025), filled January–March the way a unit would (typing into the
 *   month cells). Mỹ Khánh has not sent March's job figures;
 * - a commune's one-sheet-per-month workbook (T1–T3 of 2025).
 * Hand sums are worked out in the tests that use them.
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

/** A ward's details as a clerk fills them in the template form (the signer and recipients included). */
export const TEMPLATE_INFO = {
  year: 2025,
  unit: 'UBND phường An Hòa',
  parent: 'UBND THÀNH PHỐ CẦN THƠ',
  place: 'Cần Thơ',
  soKyHieu: '/BC-UBND',
  quyenHanKy: 'TM. ỦY BAN NHÂN DÂN',
  chucVuNguoiKy: 'CHỦ TỊCH',
  nguoiKy: 'Trần Văn Bình',
  noiNhan: ['- Sở Nội vụ;', '- Lưu: VT.'],
};

/** The same form as another ward fills it (Phú Lợi, its own signer): the template tests' details. */
export const PHU_LOI_INFO = {
  ...TEMPLATE_INFO,
  unit: 'UBND phường Phú Lợi',
  place: 'Phú Lợi',
  nguoiKy: 'Nguyễn Văn An',
};

/** The template as the tool makes it, filled the way a unit would (typing into the month cells). */
export async function unitWorkbook(
  unit: string,
  fill: Fill,
  opts: { year?: number; edit?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<ExcelJS.Workbook> {
  const year = opts.year ?? 2025;
  const layouts = buildTemplateLayouts({ ...TEMPLATE_INFO, year, unit, sectors: ['VL', 'GN'] });
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
  return wb;
}

/** A unit's return written as `dir/file`. */
export async function unitReturn(
  dir: string,
  file: string,
  unit: string,
  fill: Fill,
  opts: { year?: number; edit?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<string> {
  const wb = await unitWorkbook(unit, fill, opts);
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

/** The three units' returns as .xlsx bytes: An Hòa (A), Tân An (B), Mỹ Khánh (C, March's jobs not sent). */
export async function threeReturns(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const units: [string, string, Fill][] = [
    ['an-hoa.xlsx', 'UBND phường An Hòa', A],
    ['tan-an.xlsx', 'UBND phường Tân An', B],
    ['my-khanh.xlsx', 'UBND xã Mỹ Khánh', C],
  ];
  return Promise.all(
    units.map(async ([name, unit, fill]) => ({
      name,
      bytes: new Uint8Array((await (await unitWorkbook(unit, fill)).xlsx.writeBuffer()) as ArrayBuffer),
    })),
  );
}

export type Row = (string | number | null)[];

/** [STT, Nội dung, ĐVT, Kế hoạch năm, Thực hiện tháng, Lũy kế, Ghi chú] per month */
export const MONTHS: Record<string, Row[]> = {
  T1: [
    ['I', 'LĨNH VỰC VIỆC LÀM', null, null, null, null, null],
    [1, 'Số lao động được tạo việc làm', 'người', 1200, 95, 95, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 3, 3, null],
    [2, 'Tư vấn việc làm', 'lượt người', null, 40, 40, null],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 312, 312, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2,5', 2.9, 2.9, null],
    [3, 'Lượt hộ nghèo được vay vốn', 'lượt hộ', 150, 12, 12, null],
  ],
  T2: [
    ['I', 'LĨNH VỰC VIỆC LÀM', null, null, null, null, null],
    [1, 'Số lao động được tạo việc làm', 'người', 1200, 110, 205, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 4, 7, null],
    [2, 'Tư vấn việc làm', 'lượt người', null, 35, 75, null],
    [3, 'Phiên giao dịch việc làm', 'phiên', null, 1, 1, 'phiên lưu động'],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 305, 305, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2,5', 2.85, 2.85, null],
    [3, 'Lượt hộ nghèo được vay vốn', 'lượt hộ', 150, 10, 22, null],
  ],
  T3: [
    ['I', 'LĨNH VỰC VIỆC LÀM', null, null, null, null, null],
    // lũy kế typed 330, but 95 + 110 + 120 = 325
    [1, 'Số lao động được tạo việc làm', 'người', 1200, '120', 330, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 2, 9, null],
    // renamed this month: no longer matches "Tư vấn việc làm"
    [2, 'Tư vấn việc làm, học nghề', 'lượt người', null, 50, 125, null],
    [3, 'Phiên giao dịch việc làm', 'phiên', null, 2, 3, null],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 298, 298, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2,5', 2.8, 2.8, null],
    // the plan was raised in March
    [3, 'Lượt hộ nghèo được vay vốn', 'lượt hộ', 160, 15, 37, null],
  ],
};

/** Row (1-based) of a name on a month sheet: title 1–2, header 4, numbering 5, data from 6. */
export function rowOf(sheet: string, name: string): number {
  return MONTHS[sheet].findIndex((r) => r[1] === name) + 6;
}

/** The monthly workbook as a commune keeps it (title block, merged title, numbering row, a signature line). */
export function monthlyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(MONTHS)) {
    const ws = wb.addWorksheet(sheet);
    ws.getCell('A1').value = 'UBND XÃ TÂN THẠNH';
    ws.getCell('A2').value = `BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG ${sheet.slice(1)} NĂM 2025`;
    ws.mergeCells('A2:G2');
    ws.getRow(4).values = ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm', 'Thực hiện tháng', 'Lũy kế', 'Ghi chú'];
    ws.getRow(5).values = ['A', 'B', 'C', 1, 2, 3, 4];
    rows.forEach((r, i) => (ws.getRow(6 + i).values = r));
    ws.getCell('B20').value = 'Người lập biểu';
  }
  return wb;
}
