/**
 * Tiny builders for in-memory workbooks, so tests read like the sheets the staff keep.
 * `sheet('1. Việc làm', [[...header], [...row], ...])`: plain values become cells;
 * use `err('#REF!')`, `date('2024-06-01')`, `ind('text', 2)`, `f(123)` (formula) for the rest.
 */
import type { GridCell, SheetGrid, WorkbookGrid } from '../../src/engine/types';

export type Raw = GridCell | string | number | boolean | null | undefined;

export const err = (v: string): GridCell => ({ v, t: 'error' });
export const date = (iso: string): GridCell => ({ v: iso, t: 'date' });
export const ind = (v: string, indent: number): GridCell => ({ v, indent });
export const f = (v: number | string): GridCell => ({ v, formula: true });

function toCell(x: Raw): GridCell | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'object') return x;
  return { v: x };
}

export function sheet(name: string, rows: Raw[][], opts: { generated?: boolean } = {}): SheetGrid {
  return { name, rows: rows.map((r) => r.map(toCell)), ...(opts.generated ? { generated: true } : {}) };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** Twelve month headers "T1".."T12" (or with a formatter). */
export function monthHeaders(fmt: (m: number) => Raw = (m) => `T${m}`, n = 12): Raw[] {
  return Array.from({ length: n }, (_, i) => fmt(i + 1));
}

/** A month array padded to 12 with empties. */
export function months(...vals: Raw[]): Raw[] {
  const out: Raw[] = [...vals];
  while (out.length < 12) out.push(null);
  return out;
}

/** A complete "Thông tin" sheet (Sóc Trăng, 2024). */
export function infoSheet(overrides: Record<string, Raw> = {}, omit: string[] = []): SheetGrid {
  const base: [string, Raw][] = [
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Địa danh', 'Sóc Trăng'],
    ['Năm báo cáo', 2024],
    ['Số ký hiệu', '/BC-SLĐTBXH'],
    ['Phạm vi', 'toàn tỉnh'],
    ['Quyền hạn ký', 'KT. GIÁM ĐỐC'],
    ['Chức vụ người ký', 'PHÓ GIÁM ĐỐC'],
    ['Người ký', 'Mã Chí Thanh'],
    ['Nơi nhận', '- Bộ LĐTBXH;'],
  ];
  const rows: Raw[][] = [];
  for (const [k, v] of base) {
    if (omit.includes(k)) continue;
    rows.push([k, k in overrides ? overrides[k] : v]);
    if (k === 'Nơi nhận' && !omit.includes(k)) {
      rows.push([null, '- UBND tỉnh;']);
      rows.push([null, '- Lưu: VT, VP.']);
    }
  }
  return sheet('Thông tin', rows);
}

export const HEADER = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm', ...monthHeaders()];

/**
 * "1. Việc làm" as in the Sóc Trăng June 2024 report: jobs created (VL01) 3.932 in June,
 * 16.344 year to date, plan 28.500; of which overseas (VL01.1) 61 / 193, plan 350.
 */
export const JOBS_MONTHS = [2310, 2450, 2680, 2402, 2570, 3932];
export const OVERSEAS_MONTHS = [20, 25, 30, 27, 30, 61];

export function jobsSheet(): SheetGrid {
  return sheet('1. Việc làm', [
    ['Lĩnh vực: Việc làm – Tiền lương – An toàn lao động'],
    [],
    HEADER,
    [1, 'VL01', 'Số lao động được tạo việc làm', 'người', 'Cộng dồn', 28500, ...months(...JOBS_MONTHS)],
    [null, 'VL01.1', 'Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 'người', 'Cộng dồn', 350, ...months(...OVERSEAS_MONTHS)],
    [2, 'VL02', 'Tư vấn việc làm', 'lượt người', null, null, ...months(2100, 2300, 2500, 2400, 2550, 2625)],
    [3, 'VL03', 'Phiên giao dịch việc làm', 'phiên', null, null, ...months(18, 20, 21, 19, 22, 22)],
  ]);
}

export function socTrangWorkbook(): WorkbookGrid {
  return workbook(infoSheet(), jobsSheet());
}

/**
 * A sector sheet with the standard header in row 1:
 * A STT | B Mã | C Chỉ tiêu | D ĐVT | E Cách tính | F Kế hoạch năm | G…R = T1…T12.
 * So T1 = G, T6 = L, T12 = R; the first data row is Excel row 2.
 */
export function sectorSheet(name: string, rows: Raw[][], header: Raw[] = HEADER): SheetGrid {
  return sheet(name, [header, ...rows]);
}

/** A workbook with a complete "Thông tin" sheet and the given sector sheets. */
export function wbWith(...sheets: SheetGrid[]): WorkbookGrid {
  return workbook(infoSheet(), ...sheets);
}

/** Column letter of month m in `sectorSheet` (T1 = G). */
export const monthCol = (m: number): string => String.fromCharCode('G'.charCodeAt(0) + m - 1);
