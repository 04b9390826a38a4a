/**
 * The layout corpus: workbooks laid out the way staff really make them (copied from
 * last year's file, a circular's form or a colleague's sheet), each modelled on a real
 * form or table (see README.md in this folder). The test (`corpus.test.ts`) reads the
 * committed .xlsx files through the real reader and checks figures worked out by hand.
 *
 *   npx tsx test/corpus/build-corpus.ts        (LibreOffice cases need /usr/bin/soffice)
 *
 * Edit this file, never the .xlsx files. Files marked `libreoffice` are written by ExcelJS
 * and then re-saved by LibreOffice Calc (its own shared strings, styles, merged cells,
 * recalculated formulas), as a clerk on LibreOffice would send them; the others are
 * checked against a fresh build by the test.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CORPUS_DIR = path.join(__dirname, 'xlsx');

type Value = ExcelJS.CellValue;

// ---------------------------------------------------------------------------
// Helpers: how a clerk's sheet is drawn
// ---------------------------------------------------------------------------

/** 1-based column number → letters. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng Kế hoạch - Tài chính';
  wb.created = new Date(Date.UTC(2024, 5, 25));
  wb.modified = new Date(Date.UTC(2024, 5, 28));
  return wb;
}

/** Values from `start` (1-based column) along row `r`; `undefined` leaves a cell alone. */
function putRow(ws: ExcelJS.Worksheet, r: number, start: number, values: (Value | undefined)[]): void {
  values.forEach((v, i) => {
    if (v === undefined || v === null) return;
    ws.getCell(r, start + i).value = v;
  });
}

/** A merged, bold, centred cell (a header or title). */
function merged(ws: ExcelJS.Worksheet, range: string, v: Value, bold = true): void {
  ws.mergeCells(range);
  const c = ws.getCell(range.split(':')[0]);
  c.value = v;
  c.font = { bold, name: 'Times New Roman', size: 12 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/**
 * The agency block top left and the national motto top right, as on every
 * administrative document (Nghị định 30/2020), then the table title.
 */
function titleBlock(ws: ExcelJS.Worksheet, lines: [string, string], width: number, title: string[]): number {
  const leftEnd = col(3);
  merged(ws, `A1:${leftEnd}1`, lines[0], false);
  merged(ws, `A2:${leftEnd}2`, lines[1]);
  const rightStart = col(Math.max(5, width - 8));
  merged(ws, `${rightStart}1:${col(width)}1`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  merged(ws, `${rightStart}2:${col(width)}2`, 'Độc lập - Tự do - Hạnh phúc');
  let r = 4;
  for (const t of title) {
    merged(ws, `A${r}:${col(width)}${r}`, t, r === 4);
    r++;
  }
  return r + 1; // one empty row before the table
}

/** Borders and widths: the table as printed. */
function boxTable(ws: ExcelJS.Worksheet, top: number, bottom: number, width: number): void {
  for (let r = top; r <= bottom; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = THIN;
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 48;
  ws.getColumn(3).width = 10;
  for (let c = 4; c <= width; c++) if (!ws.getColumn(c).width) ws.getColumn(c).width = 9;
}

/** The signature block under a table: who made the table, who signs. */
function signature(ws: ExcelJS.Worksheet, r: number, signCol: number, signer: [string, string, string]): void {
  ws.getCell(r, 2).value = 'NGƯỜI LẬP BIỂU';
  ws.getCell(r, signCol).value = signer[0];
  ws.getCell(r + 1, signCol).value = signer[1];
  ws.getCell(r + 4, 2).value = 'Trần Thị Mỹ Linh';
  ws.getCell(r + 4, signCol).value = signer[2];
}

const SUM = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------
// Figures (seed 000: Sóc Trăng, June 2024; seeds 002/003: Thừa Thiên Huế, 2023)
// ---------------------------------------------------------------------------

/** Sóc Trăng 2024, January–June (June and lũy kế = seed 000). */
export const ST = {
  vl01: [2105, 1876, 2540, 2698, 3193, 3932], // Σ 16.344, KH 28.500
  vl01LastYear: [2010, 1795, 2388, 2512, 2960, 3590, 3105, 2870, 2650, 2702, 2580, 2950],
  xkld: [18, 22, 35, 27, 30, 61], // Σ 193, KH 350
  xkldLastYear: [15, 20, 28, 25, 33, 40, 31, 27, 30, 26, 24, 35],
  tuVan: [2210, 1985, 2430, 2376, 2512, 2625],
  bhtn: [1502, 1288, 1415, 1290, 1342, 1370], // Σ 8.207
  bhtnLastYear: [1380, 1205, 1320, 1198, 1260, 1295, 1310, 1275, 1240, 1228, 1190, 1265],
  tuyenSinh: [710, 541, 1043, 1190, 1225, 2971], // Σ 7.680, KH 15.500
  tuyenSinhLastYear: [650, 520, 980, 1105, 1150, 2640, 1830, 1520, 1705, 1240, 980, 1110],
  totNghiep: [200, 107, 225, 501, 222, 381], // Σ 1.636
  maiTang: [142, 118, 135, 121, 133, 128], // Σ 777
  nccDangHuong: [6845, 6838, 6829, 6822, 6817, 6810],
  nccKinhPhi: [19250, 19180, 19120, 19080, 19050, 19010], // triệu đồng, Σ 114.690
  btxhCongDong: [58412, 58530, 58617, 58702, 58790, 58846],
  trungTamBtxh: [103, 104, 104, 105, 105, 106],
  hoNgheo: [11735, 11735, 11702, 11650, 11580, 11420],
};

/** Thừa Thiên Huế 2023, twelve months (year totals = seed 003). */
export const TTH = {
  viecLam: [1150, 1210, 1480, 1395, 1520, 1610, 1425, 1390, 1405, 1380, 1470, 1574], // Σ 17.009, KH 17.000
  nu: [560, 590, 720, 670, 735, 780, 690, 665, 680, 660, 705, 760], // Σ 8.215
  thanhNien: [510, 540, 660, 620, 680, 720, 640, 620, 630, 615, 655, 700], // Σ 7.590
  xkld: [150, 170, 210, 180, 205, 220, 190, 185, 200, 195, 200, 205], // Σ 2.310, KH 2.000
  soCap: [620, 540, 880, 910, 860, 1020, 950, 870, 1030, 890, 760, 680], // Σ 10.010
  caoDangTrungCap: [0, 0, 0, 0, 0, 0, 310, 1250, 1480, 550, 0, 0], // Σ 3.590
};

const MONTHS_1_12 = Array.from({ length: 12 }, (_, i) => i + 1);

/** "2.105" as a clerk types a number into a text cell. */
export function viText(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

// ---------------------------------------------------------------------------
// The workbooks
// ---------------------------------------------------------------------------

/**
 * 01 — Sở LĐTBXH Sóc Trăng, the department's tracking table: agency block, title,
 * two-row merged header "Thực hiện năm 2024" over 1…12 then "Cùng kỳ năm 2023"
 * over 1…12, a column-numbering row, a signature block; no "Thông tin" sheet.
 */
function wb01(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Việc làm');
  const width = 4 + 12 + 12; // A–D, E–P, Q–AB
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU LAO ĐỘNG - VIỆC LÀM NĂM 2024',
    '(Số liệu đến ngày 30/6/2024)',
  ]);
  // top = 7: header rows 7–8, numbering row 9
  merged(ws, `A${top}:A${top + 1}`, 'STT');
  merged(ws, `B${top}:B${top + 1}`, 'Chỉ tiêu');
  merged(ws, `C${top}:C${top + 1}`, 'Đơn vị tính');
  merged(ws, `D${top}:D${top + 1}`, 'KH năm 2024');
  merged(ws, `E${top}:P${top}`, 'Thực hiện năm 2024');
  merged(ws, `Q${top}:AB${top}`, 'Cùng kỳ năm 2023');
  putRow(ws, top + 1, 5, [...MONTHS_1_12, ...MONTHS_1_12]);
  putRow(ws, top + 2, 1, ['A', 'B', 'C', ...Array.from({ length: 25 }, (_, i) => i + 1)]);
  const r = top + 3;
  putRow(ws, r, 1, ['I', 'Lao động - Việc làm']);
  ws.getCell(r, 2).font = { bold: true };
  putRow(ws, r + 1, 1, [
    '1',
    'Số lao động được tạo việc làm',
    'người',
    28500,
    ...ST.vl01,
    ...[, , , , , ,],
    ...ST.vl01LastYear,
  ]);
  putRow(ws, r + 2, 1, [
    '-',
    'Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
    'người',
    350,
    ...ST.xkld,
    ...[, , , , , ,],
    ...ST.xkldLastYear,
  ]);
  putRow(ws, r + 3, 1, ['2', 'Tư vấn việc làm trong nước, ngoài nước', 'lượt người', undefined, ...ST.tuVan]);
  putRow(ws, r + 4, 1, [
    '3',
    'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết',
    'hồ sơ',
    undefined,
    ...ST.bhtn,
    ...[, , , , , ,],
    ...ST.bhtnLastYear,
  ]);
  boxTable(ws, top, r + 4, width);
  signature(ws, r + 6, 14, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Mã Chí Thanh']);
  return wb;
}

/**
 * 02 — Giáo dục nghề nghiệp, last year's block first: "Năm 2023" over 1…12, then
 * "Năm 2024" over 1…12 (the clerk copied last year's file and added this year on the right).
 */
function wb02(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('GDNN');
  const width = 4 + 12 + 12;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'KẾT QUẢ TUYỂN SINH, TỐT NGHIỆP GIÁO DỤC NGHỀ NGHIỆP',
  ]);
  merged(ws, `A${top}:A${top + 1}`, 'TT');
  merged(ws, `B${top}:B${top + 1}`, 'Nội dung');
  merged(ws, `C${top}:C${top + 1}`, 'ĐVT');
  merged(ws, `D${top}:D${top + 1}`, 'Kế hoạch năm 2024');
  merged(ws, `E${top}:P${top}`, 'Năm 2023');
  merged(ws, `Q${top}:AB${top}`, 'Năm 2024');
  putRow(ws, top + 1, 5, [...MONTHS_1_12, ...MONTHS_1_12]);
  const r = top + 2;
  putRow(ws, r, 1, ['1', 'Tuyển sinh giáo dục nghề nghiệp', 'người', 15500, ...ST.tuyenSinhLastYear, ...ST.tuyenSinh]);
  putRow(ws, r + 1, 1, [
    '2',
    'Tốt nghiệp giáo dục nghề nghiệp',
    'người',
    undefined,
    ...new Array(12).fill(undefined),
    ...ST.totNghiep,
  ]);
  boxTable(ws, top, r + 1, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 03 — The June report drafted on 25 June: months 1–5 actual, "Tháng 6" filled only
 * where the figure is in, "Ước thực hiện tháng 6" beside it, a "Lũy kế" formula column.
 */
function wb03(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('1. Việc làm');
  const width = 13;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'SỐ LIỆU BÁO CÁO THÁNG 6 NĂM 2024',
    'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động',
  ]);
  putRow(ws, top, 1, [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm',
    ...[1, 2, 3, 4, 5, 6].map((m) => `Tháng ${m}`),
    'Ước thực hiện tháng 6',
    'Lũy kế 6 tháng',
    'Ghi chú',
  ]);
  const rows: [string, string, string, number | undefined, number[], number | undefined, number | undefined][] = [
    // stt, name, unit, plan, months 1–5, June actual, June estimate
    ['1', 'Số lao động được tạo việc làm', 'người', 28500, ST.vl01.slice(0, 5), undefined, 3900],
    [
      '-',
      'Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
      'người',
      350,
      ST.xkld.slice(0, 5),
      61,
      55,
    ],
    [
      '2',
      'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết',
      'hồ sơ',
      undefined,
      ST.bhtn.slice(0, 5),
      undefined,
      undefined,
    ],
  ];
  rows.forEach(([stt, name, unit, plan, m15, june, est], i) => {
    const r = top + 1 + i;
    putRow(ws, r, 1, [stt, name, unit, plan, ...m15, june, est]);
    ws.getCell(r, 12).value = {
      formula: `SUM(E${r}:J${r})+IF(J${r}="",K${r},0)`,
      result: SUM(m15) + (june ?? est ?? 0),
    };
  });
  ws.getCell(top + 1, 13).value = 'Tháng 6 ước tính, chờ số liệu các huyện';
  boxTable(ws, top, top + 3, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 04 — The 2024 targets table of seed 002 (Thừa Thiên Huế, "Chỉ tiêu 2024": TT | Chỉ tiêu
 * | Đơn vị tính | Chỉ tiêu 2024), with the months the department tracks beside it
 * ("T1/2024" …).
 */
function wb04(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Chỉ tiêu ngành');
  const width = 10;
  const top = titleBlock(ws, ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU NGÀNH NĂM 2024',
  ]);
  putRow(ws, top, 1, [
    'TT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Chỉ tiêu 2024',
    ...[1, 2, 3, 4, 5, 6].map((m) => `T${m}/2024`),
  ]);
  const rows: [string, string, string, string | number, number[]][] = [
    [
      '1',
      'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội',
      '%',
      31.2,
      [29.8, 29.9, 30.1, 30.2, 30.4, 30.6],
    ],
    [
      '2',
      'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp',
      '%',
      '23,9',
      [23.1, 23.2, 23.4, 23.6, 23.8, 24.0],
    ],
    [
      '6',
      'Tỷ lệ người khuyết tật có hoàn cảnh khó khăn được trợ giúp xã hội, phụng dưỡng, chăm sóc kịp thời',
      '%',
      'Trên 90',
      [91.2, 91.4, 91.9, 92.1, 92.3, 92.5],
    ],
    [
      '8',
      'Giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng dân số trẻ em',
      '%',
      '<1,5',
      [1.46, 1.45, 1.44, 1.43, 1.42, 1.41],
    ],
    [
      '9',
      'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em',
      '%',
      '>60',
      [58.2, 58.2, 59.0, 59.0, 59.8, 59.8],
    ],
  ];
  rows.forEach(([tt, name, unit, plan, ms], i) => putRow(ws, top + 1 + i, 1, [tt, name, unit, plan, ...ms]));
  boxTable(ws, top, top + rows.length, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH THỪA THIÊN HUẾ'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 05 — Người có công and giảm nghèo without a "Cách tính" column: counts "đang hưởng",
 * "Số hộ nghèo" are values at the end of the month; the plan headed "KH giao năm 2024";
 * a count of beneficiaries without a tell-tale word, with a plan.
 */
function wb05(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('NCC - Giảm nghèo');
  const width = 10;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'SỐ LIỆU NGƯỜI CÓ CÔNG, BẢO TRỢ XÃ HỘI VÀ GIẢM NGHÈO NĂM 2024',
  ]);
  putRow(ws, top, 1, [
    'STT',
    'Nội dung',
    'Đơn vị tính',
    'KH giao năm 2024',
    ...[1, 2, 3, 4, 5, 6].map((m) => `Tháng ${m}`),
  ]);
  const rows: [string, string, string, number | undefined, number[]][] = [
    ['1', 'Hồ sơ mai táng phí được tiếp nhận, giải quyết', 'hồ sơ', undefined, ST.maiTang],
    ['2', 'Người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng', 'người', undefined, ST.nccDangHuong],
    ['3', 'Kinh phí chi trả trợ cấp ưu đãi hàng tháng', 'triệu đồng', 230000, ST.nccKinhPhi],
    ['4', 'Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng tại cộng đồng', 'người', 60000, ST.btxhCongDong],
    ['5', 'Số hộ nghèo', 'hộ', undefined, ST.hoNgheo],
  ];
  rows.forEach(([stt, name, unit, plan, ms], i) => putRow(ws, top + 1 + i, 1, [stt, name, unit, plan, ...ms]));
  boxTable(ws, top, top + rows.length, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 06 — Hidden columns: January–March hidden to print (read as usual), and an old copy of
 * "Tháng 6" (the draft figures of 20 June) hidden just before the visible "Tháng 6";
 * a hidden row for an indicator no longer followed (no figures).
 */
function wb06(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('2. Giáo dục nghề nghiệp');
  const width = 11;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'Lĩnh vực: Giáo dục nghề nghiệp',
  ]);
  // A STT | B Chỉ tiêu | C ĐVT | D KH năm | E–I Tháng 1–5 | J Tháng 6 (hidden old copy) | K Tháng 6
  putRow(ws, top, 1, [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'KH năm',
    ...[1, 2, 3, 4, 5].map((m) => `Tháng ${m}`),
    'Tháng 6',
    'Tháng 6',
  ]);
  putRow(ws, top + 1, 1, [
    '1',
    'Tuyển sinh giáo dục nghề nghiệp',
    'người',
    15500,
    ...ST.tuyenSinh.slice(0, 5),
    2450,
    ST.tuyenSinh[5],
  ]);
  putRow(ws, top + 2, 1, ['2', 'Số người được hỗ trợ vay vốn học nghề (không theo dõi từ năm 2024)', 'người']);
  putRow(ws, top + 3, 1, [
    '3',
    'Tốt nghiệp giáo dục nghề nghiệp',
    'người',
    undefined,
    ...ST.totNghiep.slice(0, 5),
    350,
    ST.totNghiep[5],
  ]);
  for (const c of ['E', 'F', 'G', 'J']) ws.getColumn(c).hidden = true;
  ws.getRow(top + 2).hidden = true;
  boxTable(ws, top, top + 3, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 07 — One sheet per month, as a clerk who reports month by month keeps it: sheets
 * "T1" … "T6", each the monthly form "Thực hiện tháng m" | "Lũy kế".
 */
function wb07(): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (let m = 1; m <= 6; m++) {
    const ws = wb.addWorksheet(`T${m}`);
    const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], 7, [
      `SỐ LIỆU THÁNG ${m} NĂM 2024`,
    ]);
    putRow(ws, top, 1, ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', `Thực hiện tháng ${m}`, 'Lũy kế', 'Ghi chú']);
    putRow(ws, top + 1, 1, [
      '1',
      'Số lao động được tạo việc làm',
      'người',
      28500,
      ST.vl01[m - 1],
      SUM(ST.vl01.slice(0, m)),
    ]);
    putRow(ws, top + 2, 1, [
      '2',
      'Tuyển sinh giáo dục nghề nghiệp',
      'người',
      15500,
      ST.tuyenSinh[m - 1],
      SUM(ST.tuyenSinh.slice(0, m)),
    ]);
    boxTable(ws, top, top + 2, 7);
  }
  return wb;
}

/**
 * 08 — A district's sheet retyped from a printed copy (saved through LibreOffice): every
 * figure typed as text with Vietnamese thousands dots, months headed "01/2024" … as
 * text, last year "01/2023" … beside them.
 */
function wb08(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Việc làm');
  const width = 4 + 6 + 6;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'SỐ LIỆU VIỆC LÀM 6 THÁNG ĐẦU NĂM 2024',
  ]);
  const mm = (m: number, y: number) => `${String(m).padStart(2, '0')}/${y}`;
  putRow(ws, top, 1, [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm',
    ...[1, 2, 3, 4, 5, 6].map((m) => mm(m, 2024)),
    ...[1, 2, 3, 4, 5, 6].map((m) => mm(m, 2023)),
  ]);
  putRow(ws, top + 1, 1, [
    '1',
    'Số lao động được tạo việc làm',
    'người',
    '28.500',
    ...ST.vl01.map(viText),
    ...ST.vl01LastYear.slice(0, 6).map(viText),
  ]);
  putRow(ws, top + 2, 1, [
    '2',
    'Tư vấn việc làm trong nước, ngoài nước',
    'lượt người',
    undefined,
    ...ST.tuVan.map(viText),
  ]);
  for (let r = top; r <= top + 2; r++) for (let c = 5; c <= width; c++) ws.getCell(r, c).numFmt = '@';
  boxTable(ws, top, top + 2, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', '2024'],
  ]);
  return wb;
}

/**
 * 09 — Month headers as real date cells (01/01/2024 shown "01/2024") under a merged
 * "Năm 2024", and the 2023 dates under "Năm 2023" (saved through LibreOffice).
 */
function wb09(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Người có công');
  const width = 3 + 6 + 6;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'Lĩnh vực: Chính sách Người có công',
  ]);
  merged(ws, `A${top}:A${top + 1}`, 'STT');
  merged(ws, `B${top}:B${top + 1}`, 'Nội dung');
  merged(ws, `C${top}:C${top + 1}`, 'ĐVT');
  merged(ws, `D${top}:I${top}`, 'Năm 2024');
  merged(ws, `J${top}:O${top}`, 'Năm 2023');
  for (let m = 1; m <= 6; m++) {
    for (const [y, c] of [
      [2024, 3 + m],
      [2023, 9 + m],
    ] as const) {
      const cell = ws.getCell(top + 1, c);
      cell.value = new Date(Date.UTC(y, m - 1, 1));
      cell.numFmt = 'mm/yyyy';
    }
  }
  const lastYearMaiTang = [150, 121, 129, 118, 140, 131];
  putRow(ws, top + 2, 1, [
    '1',
    'Hồ sơ mai táng phí được tiếp nhận, giải quyết',
    'hồ sơ',
    ...ST.maiTang,
    ...lastYearMaiTang,
  ]);
  boxTable(ws, top, top + 2, width);
  wb.addWorksheet('Thông tin').addRows([['Năm báo cáo', 2024]]);
  return wb;
}

/**
 * 10 — Seed 003's year (Thừa Thiên Huế 2023): "Trong đó" breakdowns of one total
 * (women, young people, abroad), and a bare "Trong đó:" line followed by the list of
 * training levels.
 */
function wb10(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Lao động - GDNN');
  const width = 4 + 12;
  const top = titleBlock(ws, ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023',
  ]);
  putRow(ws, top, 1, ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', ...MONTHS_1_12.map((m) => `Tháng ${m}`)]);
  const tuyenSinh = TTH.soCap.map((v, i) => v + TTH.caoDangTrungCap[i]);
  const rows: [string, string, string, number | undefined, (number | undefined)[]][] = [
    ['1', 'Số lao động được giải quyết việc làm', 'người', 17000, TTH.viecLam],
    ['', 'Trong đó: Lao động nữ', 'người', undefined, TTH.nu],
    ['', 'Trong đó: Thanh niên', 'người', undefined, TTH.thanhNien],
    ['', 'Trong đó: Đưa người lao động đi làm việc ở nước ngoài', 'người', 2000, TTH.xkld],
    ['2', 'Tuyển sinh giáo dục nghề nghiệp', 'người', 13500, tuyenSinh],
    ['', 'Trong đó:', '', undefined, []],
    ['', '- Trình độ cao đẳng, trung cấp', 'người', undefined, TTH.caoDangTrungCap],
    ['', '- Trình độ sơ cấp và đào tạo thường xuyên', 'người', undefined, TTH.soCap],
  ];
  rows.forEach(([tt, name, unit, plan, ms], i) => putRow(ws, top + 1 + i, 1, [tt, name, unit, plan, ...ms]));
  boxTable(ws, top, top + rows.length, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH THỪA THIÊN HUẾ'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Địa danh', 'Thừa Thiên Huế'],
    ['Năm báo cáo', 2023],
  ]);
  return wb;
}

/**
 * 11 — Money with a decimal slip (saved through LibreOffice): March's payment typed
 * "19,12" (in thousands of millions) among values near 19.000 triệu đồng.
 */
function wb11(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('3. Người có công');
  const width = 11;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'Lĩnh vực: Chính sách Người có công',
  ]);
  putRow(ws, top, 1, [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm',
    'Cách tính',
    ...[1, 2, 3, 4, 5, 6].map((m) => `T${m}`),
  ]);
  const kinhPhi = [...ST.nccKinhPhi];
  kinhPhi[2] = 19.12;
  putRow(ws, top + 1, 1, [
    '1',
    'Kinh phí chi trả trợ cấp ưu đãi hàng tháng',
    'triệu đồng',
    230000,
    'Cộng dồn',
    ...kinhPhi,
  ]);
  putRow(ws, top + 2, 1, [
    '2',
    'Hồ sơ mai táng phí được tiếp nhận, giải quyết',
    'hồ sơ',
    undefined,
    'Cộng dồn',
    ...ST.maiTang,
  ]);
  boxTable(ws, top, top + 2, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 12 — A commune office (UBND xã), agency names only in the title block, months
 * "Tháng 1 - Jan." under "Năm 2024" (copied from a bilingual statistical table).
 */
function wb12(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('LĐ-VL-GN');
  const width = 10;
  const top = titleBlock(ws, ['UBND HUYỆN MỸ XUYÊN', 'UBND XÃ GIA HÒA 2'], width, [
    'TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU LAO ĐỘNG, VIỆC LÀM, GIẢM NGHÈO NĂM 2024',
  ]);
  const en = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.'];
  merged(ws, `A${top}:A${top + 1}`, 'STT');
  merged(ws, `B${top}:B${top + 1}`, 'Chỉ tiêu');
  merged(ws, `C${top}:C${top + 1}`, 'ĐVT');
  merged(ws, `D${top}:D${top + 1}`, 'KH giao năm 2024');
  merged(ws, `E${top}:J${top}`, 'Năm 2024');
  putRow(
    ws,
    top + 1,
    5,
    en.map((e, i) => `Tháng ${i + 1} - ${e}`),
  );
  const rows: [string, string, string, number | undefined, number[]][] = [
    ['1', 'Lao động được giải quyết việc làm', 'người', 150, [12, 9, 15, 14, 11, 18]],
    ['2', 'Số hộ nghèo', 'hộ', undefined, [212, 212, 210, 208, 205, 203]],
    ['3', 'Hộ nghèo được hỗ trợ nhà ở', 'hộ', 6, [0, 1, 0, 1, 1, 0]],
  ];
  rows.forEach(([stt, name, unit, plan, ms], i) => putRow(ws, top + 2 + i, 1, [stt, name, unit, plan, ...ms]));
  boxTable(ws, top, top + 1 + rows.length, width);
  signature(ws, top + 3 + rows.length, 8, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lâm Văn Tài']);
  return wb;
}

/**
 * 13 — The statistical report form layout (biểu mẫu báo cáo thống kê): "Biểu số",
 * reporting and receiving units in the corner boxes, "Tên chỉ tiêu | Mã số | Đơn vị
 * tính", a numbering row "A | B | C | 1 | 2 … | 8=2+…+7", a "Lũy kế" column.
 */
function wb13(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Biểu 01');
  const width = 11;
  ws.getCell('A1').value = 'Biểu số: 01/LĐVL-T';
  ws.getCell('A2').value = 'Ngày nhận báo cáo: ngày 25 hằng tháng';
  merged(ws, 'C1:H1', 'KẾT QUẢ GIẢI QUYẾT VIỆC LÀM');
  merged(ws, 'C2:H2', '6 tháng đầu năm 2024', false);
  ws.getCell('I1').value = 'Đơn vị báo cáo: Sở LĐTBXH tỉnh Sóc Trăng';
  ws.getCell('I2').value = 'Đơn vị nhận báo cáo: Bộ LĐTBXH';
  const top = 4;
  putRow(ws, top, 1, [
    'Tên chỉ tiêu',
    'Mã số',
    'Đơn vị tính',
    'Kế hoạch năm',
    ...[1, 2, 3, 4, 5, 6].map((m) => `Tháng ${m}`),
    'Lũy kế từ đầu năm',
  ]);
  putRow(ws, top + 1, 1, ['A', 'B', 'C', '1', '2', '3', '4', '5', '6', '7', '8=2+…+7']);
  const rows: [string, string, string, number | undefined, number[]][] = [
    ['1. Số lao động được tạo việc làm', '01', 'người', 28500, ST.vl01],
    ['Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', '02', 'người', 350, ST.xkld],
    ['2. Số người được tư vấn, giới thiệu việc làm', '03', 'lượt người', undefined, ST.tuVan],
  ];
  rows.forEach(([name, code, unit, plan, ms], i) => {
    const r = top + 2 + i;
    putRow(ws, r, 1, [name, code, unit, plan, ...ms]);
    ws.getCell(r, 11).value = { formula: `SUM(E${r}:J${r})`, result: SUM(ms) };
  });
  ws.getCell(top + 3, 1).alignment = { indent: 1 };
  boxTable(ws, top, top + 1 + rows.length, width);
  ws.getColumn(1).width = 46;
  ws.getColumn(2).width = 7;
  wb.addWorksheet('Thông tin').addRows([
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

/**
 * 14 — Two month blocks without a year label: the clerk copied "T1 … T6" to the right to
 * type last year's figures and never labelled either block.
 */
function wb14(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Việc làm');
  const width = 4 + 6 + 6;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'SỐ LIỆU VIỆC LÀM',
  ]);
  const t = [1, 2, 3, 4, 5, 6].map((m) => `T${m}`);
  putRow(ws, top, 1, ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', ...t, ...t]);
  putRow(ws, top + 1, 1, [
    '1',
    'Số lao động được tạo việc làm',
    'người',
    28500,
    ...ST.vl01,
    ...ST.vl01LastYear.slice(0, 6),
  ]);
  boxTable(ws, top, top + 1, width);
  wb.addWorksheet('Thông tin').addRows([['Năm báo cáo', 2024]]);
  return wb;
}

/**
 * 15 — Three year blocks copied forward year after year, in the order they were added:
 * "Năm 2024" (1…6) and "Ước TH tháng 6", then "Năm 2022", then "Năm 2023".
 */
function wb15(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('1. Việc làm');
  // A STT | B Chỉ tiêu | C ĐVT | D KH | E–J 2024 1–6 | K Ước TH tháng 6 | L–W 2022 | X–AI 2023
  const width = 35;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động',
  ]);
  merged(ws, `A${top}:A${top + 1}`, 'STT');
  merged(ws, `B${top}:B${top + 1}`, 'Chỉ tiêu');
  merged(ws, `C${top}:C${top + 1}`, 'ĐVT');
  merged(ws, `D${top}:D${top + 1}`, 'Kế hoạch năm 2024');
  merged(ws, `E${top}:J${top}`, 'Năm 2024');
  merged(ws, `K${top}:K${top + 1}`, 'Ước TH tháng 6');
  merged(ws, `L${top}:W${top}`, 'Năm 2022');
  merged(ws, `X${top}:AI${top}`, 'Năm 2023');
  putRow(ws, top + 1, 5, [1, 2, 3, 4, 5, 6]);
  putRow(ws, top + 1, 12, [...MONTHS_1_12, ...MONTHS_1_12]);
  const vl2022 = [1850, 1702, 2210, 2300, 2655, 3120, 2840, 2610, 2400, 2380, 2290, 2600];
  putRow(ws, top + 2, 1, [
    '1',
    'Số lao động được tạo việc làm',
    'người',
    28500,
    ...ST.vl01.slice(0, 5),
    undefined,
    3900,
    ...vl2022,
    ...ST.vl01LastYear,
  ]);
  boxTable(ws, top, top + 2, width);
  wb.addWorksheet('Thông tin').addRows([['Năm báo cáo', 2024]]);
  return wb;
}

/**
 * 16 — A provincial plan table kept by the planning office (saved through LibreOffice):
 * plan headed "Chỉ tiêu kế hoạch", parent rows as SUM formulas over their "Gồm:" parts,
 * past months hidden to print, a note column.
 */
function wb16(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('4. Bảo trợ xã hội');
  const width = 11;
  const top = titleBlock(ws, ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], width, [
    'Lĩnh vực: Bảo trợ xã hội',
  ]);
  putRow(ws, top, 1, [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Chỉ tiêu kế hoạch',
    'Cách tính',
    ...[1, 2, 3, 4, 5, 6].map((m) => `Tháng ${m}`),
  ]);
  const parts: [string, number[]][] = [
    ['- Trẻ em mồ côi, bị bỏ rơi', [26, 26, 26, 27, 27, 27]],
    ['- Người cao tuổi cô đơn', [31, 32, 32, 32, 32, 32]],
    ['- Người khuyết tật', [46, 46, 46, 46, 46, 47]],
  ];
  const r0 = top + 1;
  putRow(ws, r0, 1, [
    '1',
    'Đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội',
    'đối tượng',
    undefined,
    'Thời điểm',
  ]);
  for (let m = 1; m <= 6; m++) {
    const c = col(5 + m);
    // the cached result Excel saved (LibreOffice keeps it: it does not recalculate on load)
    const result = SUM(parts.map(([, ms]) => ms[m - 1]));
    ws.getCell(r0, 5 + m).value = { formula: `SUM(${c}${r0 + 2}:${c}${r0 + 4})`, result };
  }
  putRow(ws, r0 + 1, 2, ['Gồm:']);
  parts.forEach(([name, ms], i) => putRow(ws, r0 + 2 + i, 1, ['', name, 'người', undefined, 'Thời điểm', ...ms]));
  putRow(ws, r0 + 5, 1, [
    '2',
    'Đối tượng được chi trả trợ cấp không dùng tiền mặt',
    'người',
    45000,
    'Thời điểm',
    38120,
    39050,
    40210,
    41380,
    42150,
    43012,
  ]);
  putRow(ws, r0 + 6, 1, [
    '3',
    'Đối tượng được hỗ trợ nuôi dưỡng khẩn cấp',
    'đối tượng',
    undefined,
    'Cộng dồn',
    2,
    0,
    1,
    0,
    2,
    1,
  ]);
  for (const c of ['F', 'G', 'H']) ws.getColumn(c).hidden = true;
  boxTable(ws, top, r0 + 6, width);
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Địa danh', 'Sóc Trăng'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

export interface CorpusEntry {
  file: string;
  build: () => ExcelJS.Workbook;
  /** Re-saved through LibreOffice Calc (the committed file is LibreOffice's). */
  libreoffice?: boolean;
}

export const CORPUS: CorpusEntry[] = [
  { file: '01-so-tong-hop-hai-khoi-nam.xlsx', build: wb01 },
  { file: '02-khoi-nam-truoc-dung-truoc.xlsx', build: wb02 },
  { file: '03-uoc-thuc-hien-thang-6.xlsx', build: wb03 },
  { file: '04-chi-tieu-2024-ty-le.xlsx', build: wb04 },
  { file: '05-thoi-diem-khong-cot-cach-tinh.xlsx', build: wb05 },
  { file: '06-cot-an-thang-6-cu.xlsx', build: wb06 },
  { file: '07-moi-thang-mot-sheet.xlsx', build: wb07 },
  { file: '08-so-dang-chu-libreoffice.xlsx', build: wb08, libreoffice: true },
  { file: '09-thang-la-ngay-libreoffice.xlsx', build: wb09, libreoffice: true },
  { file: '10-trong-do-nam-2023.xlsx', build: wb10 },
  { file: '11-tien-sai-dau-phay-libreoffice.xlsx', build: wb11, libreoffice: true },
  { file: '12-ubnd-xa.xlsx', build: wb12 },
  { file: '13-bieu-mau-thong-ke.xlsx', build: wb13 },
  { file: '14-hai-khoi-khong-nhan.xlsx', build: wb14 },
  { file: '15-ba-khoi-nam-uoc-tinh.xlsx', build: wb15 },
  { file: '16-ke-hoach-tinh-libreoffice.xlsx', build: wb16, libreoffice: true },
];

async function main(): Promise<void> {
  await fs.mkdir(CORPUS_DIR, { recursive: true });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-corpus-'));
  const viaLibreOffice: string[] = [];
  for (const e of CORPUS) {
    const wb = e.build();
    if (e.libreoffice) {
      const src = path.join(tmp, e.file);
      await wb.xlsx.writeFile(src);
      viaLibreOffice.push(src);
    } else {
      await wb.xlsx.writeFile(path.join(CORPUS_DIR, e.file));
      console.log(`wrote ${e.file}`);
    }
  }
  if (viaLibreOffice.length) {
    execFileSync('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${tmp}/profile`,
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      path.join(tmp, 'out'),
      ...viaLibreOffice,
    ]);
    for (const src of viaLibreOffice) {
      const name = path.basename(src);
      await fs.copyFile(path.join(tmp, 'out', name), path.join(CORPUS_DIR, name));
      console.log(`wrote ${name} (through LibreOffice)`);
    }
  }
  await fs.rm(tmp, { recursive: true, force: true });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
