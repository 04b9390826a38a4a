/**
 * "Tạo mẫu nhập liệu": the standard yearly workbook, built from the indicator
 * catalogue as pure layout data (SheetLayout). The .xlsx host writes it as a
 * new file (`npm run template`); the Office host can add the same layouts as
 * new sheets of the open workbook (never over an existing sheet).
 *
 * Sheets: "Hướng dẫn" (how to fill it, in Vietnamese), "Thông tin" (the unit,
 * pre-filled with what is known), one sheet per chosen sector:
 *
 *   row 1  Lĩnh vực: <title>
 *   row 2  Năm <year> — <unit>
 *   row 4  Mã | STT | Chỉ tiêu | ĐVT | Cách tính | Kế hoạch năm | Tháng 1 … Tháng 12 | Cùng kỳ T1 … Cùng kỳ T12 | Ghi chú
 *   row 5… the catalogue's indicators, then blank rows for the unit's own; a
 *          sector with sub-groups (CATALOGUE_GROUPS) has a heading row (name
 *          only, locked, no validation) above each group's indicators
 *
 * The header (rows 1–4) and the indicator columns Mã … ĐVT are locked by a
 * sheet protection WITHOUT a password; Cách tính (a list), the plan, the
 * figures (numbers ≥ 0; rates 0–100) and the notes are unlocked, and so are the
 * blank rows at the bottom. None of the sheets carries the program's marker:
 * they are the staff's input sheets.
 */
import { CATALOGUE_INDICATORS, CATALOGUE_SECTORS, parentCode, sectorOf } from '../catalogue';
import type { CatalogueIndicator, CatalogueSector } from '../catalogue';
import { normalizeLabel } from '../normalize';
import type { Kind } from '../types';
import type { CellStyle, DataValidationSpec, LayoutCell, Merge, PrintSetup, SheetLayout } from '../layout/types';
import { wrappedHeight } from '../layout/builder';

export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

/** What the template is for. Agency names are data: nothing here assumes one. */
export interface TemplateOptions {
  year: number;
  /** Tên cơ quan / đơn vị ("UBND phường Phú Lợi"); empty = to be filled by the unit. */
  unit?: string;
  /** Cơ quan chủ quản ("UBND TỈNH CẦN THƠ"). */
  parent?: string;
  /** Địa danh ("Phú Lợi"). */
  place?: string;
  /** Phạm vi ("toàn phường"); default inferred from the unit ("UBND phường …" → "toàn phường"). */
  scope?: string;
  soKyHieu?: string;
  quyenHanKy?: string;
  chucVuNguoiKy?: string;
  nguoiKy?: string;
  noiNhan?: string[];
  /** Sectors to include (code prefix "VL", number "1", or title/sheet name); default all nine. */
  sectors?: string[];
  /** Blank, editable rows under the catalogue's indicators for the unit's own (default 5). */
  extraRows?: number;
}

export const KIND_LABELS: Record<Kind, string> = { flow: 'Cộng dồn', stock: 'Thời điểm', rate: 'Tỷ lệ' };

/** The fixed columns of a sector sheet (0-based), the months and last year's months. */
export const TEMPLATE_COLUMNS = {
  code: 0,
  stt: 1,
  name: 2,
  unit: 3,
  kind: 4,
  plan: 5,
  /** Month m is column month(m). */
  month: (m: number) => 5 + m,
  lastYear: (m: number) => 17 + m,
  note: 30,
  count: 31,
} as const;

export const HEADER_ROW = 3; // 0-based: Excel row 4

/** The header labels of a sector sheet, in column order. */
export function templateHeaders(): string[] {
  const h = ['Mã', 'STT', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm'];
  for (let m = 1; m <= 12; m++) h.push(`Tháng ${m}`);
  for (let m = 1; m <= 12; m++) h.push(`Cùng kỳ T${m}`);
  h.push('Ghi chú');
  return h;
}

export class TemplateOptionError extends Error {}

/** The sectors chosen by the user (in catalogue order); throws TemplateOptionError naming an unknown one. */
export function chooseSectors(wanted: string[] | undefined): CatalogueSector[] {
  if (!wanted || wanted.length === 0) return CATALOGUE_SECTORS;
  const chosen = new Set<CatalogueSector>();
  for (const w of wanted
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean)) {
    const key = normalizeLabel(w);
    const found = CATALOGUE_SECTORS.find(
      (s, i) =>
        normalizeLabel(s.prefix) === key ||
        String(i + 1) === key ||
        normalizeLabel(s.sheet) === key ||
        normalizeLabel(s.title) === key ||
        normalizeLabel(s.sheet.replace(/^\d+\.\s*/, '')) === key,
    );
    if (!found) {
      throw new TemplateOptionError(
        `Không có lĩnh vực "${w}". Chọn theo số (1–9) hoặc mã: ${CATALOGUE_SECTORS.map((s, i) => `${i + 1}=${s.prefix}`).join(', ')} (unknown sector).`,
      );
    }
    chosen.add(found);
  }
  return CATALOGUE_SECTORS.filter((s) => chosen.has(s));
}

/** "UBND phường Phú Lợi" → "toàn phường"; "UBND xã …" → "toàn xã"; "UBND tỉnh …"/"Sở …" → "toàn tỉnh"; else "". */
export function inferScope(unit: string): string {
  const n = normalizeLabel(unit);
  if (/\bphuong\b/.test(n)) return 'toàn phường';
  if (/\bdac khu\b/.test(n)) return 'toàn đặc khu';
  if (/\bxa\b/.test(n)) return 'toàn xã';
  if (/^(ubnd|uy ban nhan dan) (tinh|thanh pho)\b/.test(n) || /^so\b/.test(n)) return 'toàn tỉnh';
  return '';
}

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 13, numberFormat: '@' },
  subtitle: { italic: true, size: 12, numberFormat: '@' },
  header: {
    bold: true,
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: 'DDEBF7',
    numberFormat: '@',
  },
  text: { border: true, wrap: true, vAlign: 'middle', numberFormat: '@' },
  textCenter: { border: true, hAlign: 'center', vAlign: 'middle', numberFormat: '@' },
  child: { border: true, wrap: true, vAlign: 'middle', indent: 1, numberFormat: '@' },
  parent: { border: true, wrap: true, vAlign: 'middle', bold: true, numberFormat: '@' },
  heading: { border: true, vAlign: 'middle', bold: true, italic: true, fill: 'F2F2F2', numberFormat: '@' },
  count: { border: true, numberFormat: '#,##0' },
  decimal: { border: true, numberFormat: '#,##0.00' },
  input: { border: true, fill: 'FFF2CC', numberFormat: '@' },
  key: { bold: true, border: true, numberFormat: '@' },
  value: { border: true, wrap: true, numberFormat: '@' },
  line: { wrap: true, vAlign: 'top', numberFormat: '@' },
  lineBold: { bold: true, wrap: true, numberFormat: '@' },
};

const PRINT: PrintSetup = {
  orientation: 'landscape',
  paper: 'A4',
  fitToWidth: 1,
  repeatRows: { from: HEADER_ROW, to: HEADER_ROW },
  margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
};

function range(row: number, col: number, row2: number, col2: number): Merge {
  return { row, col, row2, col2 };
}

function indicatorsOf(sector: CatalogueSector): CatalogueIndicator[] {
  return CATALOGUE_INDICATORS.filter((c) => sectorOf(c.code) === sector);
}

/** One row of a yearly sector sheet (template, conversion, consolidation). */
export interface YearlyRow {
  code?: string | null;
  stt?: string | null;
  name: string;
  unit?: string;
  kind?: Kind | null;
  /** A number, or a target text ("Dưới 2,1"). */
  plan?: number | string | null;
  /** Index 1..12; undefined = empty. */
  months?: (number | undefined)[];
  lastYear?: (number | undefined)[];
  note?: string | null;
  /** A part of the row above it ("Trong đó", VL01.1): indented. */
  child?: boolean;
  /** A parent: bold name. */
  parent?: boolean;
  /** A group heading (name only). */
  heading?: boolean;
  /** Comments on month cells (index 1..12), e.g. the units still missing. */
  monthComments?: (string | undefined)[];
  /** The plan cell takes a number (validated ≥ 0 in a template) even while empty. */
  planNumber?: boolean;
}

export interface YearlySheetOptions {
  year: number;
  /** Shown on row 2 after the year. */
  unit?: string;
  /** Blank, editable rows under the indicators (template: 5; conversion/consolidation: 0). */
  extraRows?: number;
  /** Lock the header and indicator columns (template). */
  protect?: boolean;
  /** Data validation on the figure cells (template). */
  validate?: boolean;
  /** Write the "Cùng kỳ T1…T12" columns (default true). */
  lastYear?: boolean;
}

/** A yearly sector sheet (the template's layout) holding the given rows. */
export function yearlySectorLayout(
  sheetName: string,
  title: string,
  rows: YearlyRow[],
  opts: YearlySheetOptions,
): SheetLayout {
  const C = TEMPLATE_COLUMNS;
  const cells: LayoutCell[] = [];
  const validations: DataValidationSpec[] = [];
  const unlocked: Merge[] = [];
  const last = C.count - 1;
  cells.push({ row: 0, col: 0, value: `Lĩnh vực: ${title}`, style: 'title' });
  const unit = (opts.unit ?? '').trim();
  cells.push({ row: 1, col: 0, value: `Năm ${opts.year}${unit ? ` — ${unit}` : ''}`, style: 'subtitle' });
  templateHeaders().forEach((h, col) => cells.push({ row: HEADER_ROW, col, value: h, style: 'header' }));

  const first = HEADER_ROW + 1;
  let row = first;
  /** Rows that are group headings: locked, no validation (a figure typed there would make it an indicator). */
  const headings: number[] = [];
  for (const r of rows) {
    if (r.heading) {
      headings.push(row);
      cells.push({ row, col: C.stt, value: r.stt ?? null, style: 'textCenter' });
      cells.push({ row, col: C.name, value: r.name, style: 'heading' });
      for (const col of [C.code, ...Array.from({ length: last - C.unit + 1 }, (_, i) => C.unit + i)])
        cells.push({ row, col, value: null, style: 'heading' });
      row++;
      continue;
    }
    const rate = r.kind === 'rate' || (r.unit ?? '').trim() === '%';
    cells.push({ row, col: C.code, value: r.code ?? null, style: 'textCenter' });
    cells.push({ row, col: C.stt, value: r.stt ?? null, style: 'textCenter' });
    cells.push({ row, col: C.name, value: r.name, style: r.child ? 'child' : r.parent ? 'parent' : 'text' });
    cells.push({ row, col: C.unit, value: r.unit ?? null, style: 'textCenter' });
    cells.push({ row, col: C.kind, value: r.kind ? KIND_LABELS[r.kind] : null, style: 'textCenter' });
    const plan = r.plan ?? null;
    cells.push({
      row,
      col: C.plan,
      value: plan,
      style: typeof plan === 'number' ? (rate ? 'decimal' : 'count') : 'textCenter',
    });
    const fig = rate ? 'decimal' : 'count';
    for (let m = 1; m <= 12; m++) {
      const comment = r.monthComments?.[m];
      cells.push({ row, col: C.month(m), value: r.months?.[m] ?? null, style: fig, ...(comment ? { comment } : {}) });
      cells.push({ row, col: C.lastYear(m), value: r.lastYear?.[m] ?? null, style: fig });
    }
    cells.push({ row, col: C.note, value: r.note ?? null, style: 'text' });
    if (opts.validate) {
      const figures = range(row, C.month(1), row, C.lastYear(12));
      validations.push(
        rate
          ? {
              range: figures,
              type: 'decimal',
              min: 0,
              max: 100,
              error: {
                title: 'Tỷ lệ không hợp lệ',
                text: 'Nhập tỷ lệ phần trăm từ 0 đến 100 (ví dụ 2,27), không nhập chữ.',
              },
            }
          : {
              range: figures,
              type: 'decimal',
              min: 0,
              error: { title: 'Số liệu không hợp lệ', text: 'Nhập một số không âm; để trống nếu chưa có số liệu.' },
            },
      );
      if (typeof plan === 'number' || (plan === null && r.planNumber)) {
        validations.push({
          range: range(row, C.plan, row, C.plan),
          type: 'decimal',
          min: 0,
          prompt: { title: 'Kế hoạch năm', text: 'Kế hoạch năm được giao: một số không âm.' },
          error: { title: 'Kế hoạch không hợp lệ', text: 'Kế hoạch năm là một số không âm.' },
        });
      }
    }
    row++;
  }
  const extra = opts.extraRows ?? 0;
  const end = row + extra - 1;
  for (let r = row; r <= end; r++) {
    for (let col = 0; col <= last; col++) {
      const numeric = col >= C.month(1) && col <= C.lastYear(12);
      cells.push({ row: r, col, value: null, style: numeric ? 'count' : 'text' });
    }
  }
  if (extra > 0) {
    if (opts.validate) {
      validations.push({
        range: range(row, C.month(1), end, C.lastYear(12)),
        type: 'decimal',
        min: 0,
        error: { title: 'Số liệu không hợp lệ', text: 'Nhập một số không âm; để trống nếu chưa có số liệu.' },
      });
    }
    unlocked.push(range(row, 0, end, last));
  }
  const lastData = Math.max(first, end);
  // the rows between group headings: kind as a list, kind … notes editable
  const runs: [number, number][] = [];
  let from = first;
  for (const h of [...headings, lastData + 1]) {
    if (h > from) runs.push([from, h - 1]);
    from = h + 1;
  }
  for (const [a, b] of runs) {
    if (opts.validate) {
      validations.push({
        range: range(a, C.kind, b, C.kind),
        type: 'list',
        list: Object.values(KIND_LABELS),
        error: { title: 'Cách tính không hợp lệ', text: 'Chọn Cộng dồn, Thời điểm hoặc Tỷ lệ.' },
      });
    }
    unlocked.push(range(a, C.kind, b, last));
  }

  const widths: number[] = [];
  widths[C.code] = 11;
  widths[C.stt] = 5;
  widths[C.name] = 48;
  widths[C.unit] = 11;
  widths[C.kind] = 11;
  widths[C.plan] = 11;
  for (let m = 1; m <= 12; m++) {
    widths[C.month(m)] = 9;
    widths[C.lastYear(m)] = 9;
  }
  widths[C.note] = 30;
  const rowHeights: (number | undefined)[] = [];
  rowHeights[HEADER_ROW] = 32;
  // a long name wraps: Excel and LibreOffice do not re-fit row heights on opening, so give the room here
  for (const cell of cells) {
    if (cell.col !== C.name || cell.row <= HEADER_ROW || typeof cell.value !== 'string') continue;
    const h = wrappedHeight(cell.value, widths[C.name], STYLES[cell.style ?? 'text'] ?? {});
    if (h !== undefined) rowHeights[cell.row] = h;
  }
  return {
    name: sheetName,
    styles: STYLES,
    cells,
    merges: [],
    columnWidths: widths,
    rowHeights,
    freeze: { rows: HEADER_ROW + 1, cols: C.unit + 1 },
    print: PRINT,
    conditional: [],
    ...(opts.validate && validations.length ? { validations } : {}),
    ...(opts.protect ? { protection: { unlocked } } : {}),
    generated: false,
  };
}

/** One sector sheet of the template: the catalogue's indicators, validated, header protected. */
export function sectorTemplateLayout(sector: CatalogueSector, opts: TemplateOptions): SheetLayout {
  const inds = indicatorsOf(sector);
  let stt = 0;
  const rows: YearlyRow[] = [];
  let group: string | undefined;
  for (const c of inds) {
    const child = parentCode(c.code) !== null;
    if (!child) stt++;
    // a sub-group's heading (name only: the reader takes it as a group heading, never as an indicator)
    if (c.group && c.group !== group && !child) rows.push({ name: c.group, heading: true });
    group = c.group;
    rows.push({
      code: c.code,
      stt: child ? '-' : String(stt),
      name: c.name,
      unit: c.unit,
      kind: c.kind,
      plan: null,
      planNumber: c.target === 'number',
      child,
      parent: inds.some((k) => parentCode(k.code) === c.code),
    });
  }
  return yearlySectorLayout(sector.sheet, sector.title, rows, {
    year: opts.year,
    unit: opts.unit,
    extraRows: opts.extraRows ?? 5,
    protect: true,
    validate: true,
  });
}

/** The "Thông tin" sheet, key | value, pre-filled with what the options say. */
export function infoTemplateLayout(opts: TemplateOptions): SheetLayout {
  const unit = (opts.unit ?? '').trim();
  const rows: [string, string][] = [
    ['Cơ quan chủ quản', (opts.parent ?? '').trim()],
    ['Tên cơ quan', unit],
    ['Địa danh', (opts.place ?? '').trim()],
    ['Năm báo cáo', String(opts.year)],
    ['Số ký hiệu', (opts.soKyHieu ?? '').trim()],
    ['Phạm vi', (opts.scope ?? inferScope(unit)).trim()],
    ['Quyền hạn ký', (opts.quyenHanKy ?? '').trim()],
    ['Chức vụ người ký', (opts.chucVuNguoiKy ?? '').trim()],
    ['Người ký', (opts.nguoiKy ?? '').trim()],
  ];
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: 'Khóa', style: 'header' },
    { row: 0, col: 1, value: 'Giá trị', style: 'header' },
  ];
  rows.forEach(([k, v], i) => {
    cells.push({ row: i + 1, col: 0, value: k, style: 'key' });
    cells.push({ row: i + 1, col: 1, value: v || null, style: v ? 'value' : 'input' });
  });
  const recipients = opts.noiNhan?.length ? opts.noiNhan : [''];
  recipients.forEach((r, i) => {
    const row = rows.length + 1 + i;
    cells.push({ row, col: 0, value: i === 0 ? 'Nơi nhận' : null, style: 'key' });
    cells.push({ row, col: 1, value: r || null, style: r ? 'value' : 'input' });
  });
  return {
    name: 'Thông tin',
    styles: STYLES,
    cells,
    merges: [],
    columnWidths: [22, 60],
    print: { ...PRINT, orientation: 'portrait', repeatRows: undefined },
    conditional: [],
    generated: false,
  };
}

/** The "Hướng dẫn" sheet: one paragraph a row in column A. */
export function instructionsLayout(opts: TemplateOptions, sectors: CatalogueSector[]): SheetLayout {
  const lines: [string, 'lineBold' | 'line'][] = [
    [`MẪU NHẬP LIỆU BÁO CÁO NGÀNH NĂM ${opts.year}`, 'lineBold'],
    [`Lĩnh vực trong mẫu: ${sectors.map((s) => s.sheet).join('; ')}.`, 'line'],
    [
      '1. Sheet "Thông tin": điền tên cơ quan chủ quản, tên đơn vị, địa danh, người ký và nơi nhận (ô tô vàng là ô còn trống).',
      'line',
    ],
    [
      '2. Mỗi lĩnh vực một sheet. Mỗi tháng điền số liệu vào cột "Tháng m" của tháng đó; không xóa, không đổi tên cột và sheet.',
      'line',
    ],
    [
      '3. Cách tính: "Cộng dồn" — số phát sinh trong tháng (chương trình tự cộng lũy kế); "Thời điểm" — số có tại cuối tháng; "Tỷ lệ" — phần trăm (nhập 2,27 cho 2,27%).',
      'line',
    ],
    [
      '4. Điền số phát sinh của từng tháng, không điền số lũy kế. Tháng chưa có số liệu để trống (không ghi 0); không phát sinh thì ghi 0.',
      'line',
    ],
    [
      '5. "Kế hoạch năm": số kế hoạch được giao; với tỷ lệ ghi chỉ tiêu dạng "Dưới 2,1" hoặc "Trên 70". Cột "Cùng kỳ T1 … T12" là số liệu năm trước (nếu có).',
      'line',
    ],
    [
      '6. Chỉ tiêu riêng của đơn vị: ghi vào các dòng trống dưới bảng (Mã, Chỉ tiêu, ĐVT, Cách tính). Chỉ tiêu con ghi mã có dấu chấm, ví dụ VL01.2.',
      'line',
    ],
    [
      '7. Tiêu đề và tên chỉ tiêu được khóa (không mật khẩu) để tránh sửa nhầm; khi cần: Review → Unprotect Sheet (Xem lại → Bỏ bảo vệ trang tính).',
      'line',
    ],
    [
      '8. Gửi lại nguyên tệp .xlsx này (không đổi sang .xls, không dán ảnh chụp); cơ quan cấp trên dùng chức năng "Tổng hợp từ các đơn vị" để cộng số liệu.',
      'line',
    ],
  ];
  return {
    name: INSTRUCTIONS_SHEET,
    styles: STYLES,
    cells: lines.map(([value, style], row) => ({ row, col: 0, value, style })),
    merges: [],
    columnWidths: [120],
    print: { ...PRINT, orientation: 'portrait', repeatRows: undefined },
    conditional: [],
    showGridLines: false,
    generated: false,
  };
}

/** The whole template: Hướng dẫn, Thông tin, then the chosen sectors in catalogue order. */
export function buildTemplateLayouts(opts: TemplateOptions): SheetLayout[] {
  if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100) {
    throw new TemplateOptionError(`Năm "${opts.year}" không hợp lệ (year must be 2000–2100).`);
  }
  const sectors = chooseSectors(opts.sectors);
  return [
    instructionsLayout(opts, sectors),
    infoTemplateLayout(opts),
    ...sectors.map((s) => sectorTemplateLayout(s, opts)),
  ];
}
