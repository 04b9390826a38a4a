/**
 * Builds the sample workbook `so-lieu-nganh-2024.xlsx` from `sample-data.ts`
 * (`npm run sample`). Styled like a clerk's sheet: Times New Roman, bold
 * wrapped headers, borders, column widths, frozen header; parent rows whose
 * parts add up are SUM formulas (with their cached results, as Excel saves them).
 *
 * The output is deterministic for a given source (fixed document dates), and
 * test/cli/sample.test.ts checks that the committed .xlsx reads exactly like a
 * fresh build.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as half from './sample-data';
import { type Fig, type SampleRow, type SampleSheet } from './sample-data';
import * as year from './sample-data-year';

export const SAMPLE_PATH = path.join(__dirname, 'so-lieu-nganh-2024.xlsx');
/** The full-year sample (January–December, December "Nội dung" rows): sample-data-year.ts. */
export const YEAR_SAMPLE_PATH = path.join(__dirname, 'so-lieu-nganh-2024-ca-nam.xlsx');

/** What a sample workbook is made of. */
interface SampleData {
  info: [string, string][];
  sectorSheets: SampleSheet[];
  content: { sector: string; month: number; part: string; text: string }[];
}

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** 1-based column number → letters. */
function colLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Columns {
  code: number;
  stt: number;
  name: number;
  unit: number;
  kind?: number;
  plan: number;
  month: number[]; // index 1..12
  ytd?: number;
  lastYear?: number[]; // index 1..12
  note: number;
  template?: number;
  count: number;
}

function columnsOf(s: SampleSheet): Columns {
  let c = 1;
  const cols: Partial<Columns> = {};
  cols.code = c++;
  cols.stt = c++;
  cols.name = c++;
  cols.unit = c++;
  if (s.labels.kind) cols.kind = c++;
  cols.plan = c++;
  cols.month = [0];
  for (let m = 1; m <= 12; m++) cols.month.push(c++);
  if (s.ytdColumn) cols.ytd = c++;
  if (s.lastYear) {
    cols.lastYear = [0];
    for (let m = 1; m <= 12; m++) cols.lastYear.push(c++);
  }
  cols.note = c++;
  if (s.labels.template) cols.template = c++;
  cols.count = c - 1;
  return cols as Columns;
}

function isRate(r: SampleRow): boolean {
  return r.unit === '%' || r.kind === 'Tỷ lệ';
}

function figNumFmt(r: SampleRow, v: Fig): string | undefined {
  if (typeof v === 'string') return '@';
  if (typeof v !== 'number') return undefined;
  if (isRate(r)) return '0.00';
  return Number.isInteger(v) ? '#,##0' : 'General';
}

function addSectorSheet(wb: ExcelJS.Workbook, s: SampleSheet): void {
  const ws = wb.addWorksheet(s.name, {
    properties: { defaultRowHeight: 18 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cols = columnsOf(s);
  ws.properties.defaultColWidth = 9;

  // Title rows above the table.
  s.above.forEach((text, i) => {
    if (!text) return;
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 13, bold: true };
  });

  // Header row.
  const hr = s.above.length + 1;
  const header = ws.getRow(hr);
  const put = (col: number, v: string | Date) => {
    const cell = header.getCell(col);
    cell.value = v;
    if (v instanceof Date) cell.numFmt = 'mm/yyyy';
  };
  put(cols.code, s.labels.code);
  put(cols.stt, s.labels.stt);
  put(cols.name, s.labels.name);
  put(cols.unit, s.labels.unit);
  if (cols.kind && s.labels.kind) put(cols.kind, s.labels.kind);
  put(cols.plan, s.labels.plan);
  for (let m = 1; m <= 12; m++) put(cols.month[m], s.month(m));
  if (cols.ytd) put(cols.ytd, 'Lũy kế');
  if (cols.lastYear && s.lastYear) for (let m = 1; m <= 12; m++) put(cols.lastYear[m], s.lastYear(m));
  put(cols.note, s.labels.note);
  if (cols.template && s.labels.template) put(cols.template, s.labels.template);
  header.height = 33;
  for (let c = 1; c <= cols.count; c++) {
    const cell = header.getCell(c);
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = HEADER_FILL;
  }

  // Data rows.
  s.rows.forEach((r, i) => {
    const rowNo = hr + 1 + i;
    const row = ws.getRow(rowNo);
    const text = (col: number | undefined, v: string | undefined) => {
      if (col && v !== undefined) row.getCell(col).value = v;
    };
    text(cols.code, r.code);
    text(cols.stt, r.stt);
    text(cols.name, r.name);
    text(cols.unit, r.unit);
    text(cols.kind, r.kind);
    if (r.plan !== undefined) {
      const cell = row.getCell(cols.plan);
      cell.value = r.plan;
      if (typeof r.plan === 'number') cell.numFmt = '#,##0';
    }
    text(cols.note, r.note);
    text(cols.template, r.template);

    const children = r.sumOfChildren ? childRowsOf(s.rows, i) : null;
    (r.months ?? []).forEach((v, k) => {
      if (v === null || v === undefined) return;
      const m = k + 1;
      const cell = row.getCell(cols.month[m]);
      if (children) {
        const sum = children.reduce((acc, j) => acc + Number(s.rows[j].months?.[k] ?? 0), 0);
        if (sum !== v) throw new Error(`sample-data: ${s.name} ${r.code} month ${m}: ${v} ≠ sum of parts ${sum}`);
        const L = colLetter(cols.month[m]);
        const first = hr + 1 + children[0];
        const last = hr + 1 + children[children.length - 1];
        cell.value = { formula: `SUM(${L}${first}:${L}${last})`, result: v };
      } else {
        cell.value = v;
      }
      const fmt = figNumFmt(r, v);
      if (fmt) cell.numFmt = fmt;
    });
    if (cols.ytd && r.months && !isRate(r) && r.kind !== 'Thời điểm') {
      const nums = r.months.filter((v): v is number => typeof v === 'number');
      const a = colLetter(cols.month[1]);
      const b = colLetter(cols.month[12]);
      const cell = row.getCell(cols.ytd);
      cell.value = { formula: `SUM(${a}${rowNo}:${b}${rowNo})`, result: nums.reduce((x, y) => x + y, 0) };
      cell.numFmt = '#,##0';
    }
    if (cols.lastYear && r.lastYear) {
      r.lastYear.forEach((v, k) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(cols.lastYear![k + 1]);
        cell.value = v;
        const fmt = figNumFmt(r, v);
        if (fmt) cell.numFmt = fmt;
      });
    }

    for (let c = 1; c <= cols.count; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.font = { name: FONT, size: 11, bold: !!r.heading || (!r.indent && !!r.sumOfChildren) };
      cell.alignment = { vertical: 'middle', wrapText: c === cols.name || c === cols.note || c === cols.template };
    }
    row.getCell(cols.stt).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(cols.unit).alignment = { horizontal: 'center', vertical: 'middle' };
    if (r.indent) row.getCell(cols.name).alignment = { vertical: 'middle', wrapText: true, indent: r.indent };
  });

  // Widths.
  ws.getColumn(cols.code).width = 10;
  ws.getColumn(cols.stt).width = 5;
  ws.getColumn(cols.name).width = 48;
  ws.getColumn(cols.unit).width = 11;
  if (cols.kind) ws.getColumn(cols.kind).width = 11;
  ws.getColumn(cols.plan).width = 12;
  for (let m = 1; m <= 12; m++) ws.getColumn(cols.month[m]).width = 9;
  if (cols.ytd) ws.getColumn(cols.ytd).width = 10;
  if (cols.lastYear) for (let m = 1; m <= 12; m++) ws.getColumn(cols.lastYear[m]).width = 9;
  ws.getColumn(cols.note).width = 30;
  if (cols.template) ws.getColumn(cols.template).width = 60;

  ws.views = [{ state: 'frozen', xSplit: cols.name, ySplit: hr }];
}

/** Indices of the rows right below `i` whose code is `<code>.<n>`. */
function childRowsOf(rows: SampleRow[], i: number): number[] {
  const code = rows[i].code;
  if (!code) throw new Error(`sample-data: sumOfChildren on a row without a code (${rows[i].name})`);
  const out: number[] = [];
  for (let j = i + 1; j < rows.length && rows[j].code?.startsWith(code + '.'); j++) out.push(j);
  if (out.length === 0) throw new Error(`sample-data: ${code} has sumOfChildren but no child rows`);
  return out;
}

function addInfoSheet(wb: ExcelJS.Workbook, info: SampleData['info']): void {
  const ws = wb.addWorksheet('Thông tin');
  info.forEach(([key, value], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = key || null;
    row.getCell(2).value = /^\d+$/.test(value) ? Number(value) : value;
    row.getCell(1).font = { name: FONT, size: 12, bold: true };
    row.getCell(2).font = { name: FONT, size: 12 };
    for (const c of [1, 2]) row.getCell(c).border = THIN;
  });
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 80;
}

function addContentSheet(wb: ExcelJS.Workbook, content: SampleData['content']): void {
  const ws = wb.addWorksheet('Nội dung');
  const header = ws.getRow(1);
  ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
    cell.fill = HEADER_FILL;
  });
  content.forEach((p, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = p.sector;
    row.getCell(2).value = p.month;
    row.getCell(3).value = p.part;
    row.getCell(4).value = p.text;
    for (let c = 1; c <= 4; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12 };
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: c !== 2, horizontal: c === 2 ? 'center' : c === 4 ? 'justify' : undefined };
    }
  });
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 7;
  ws.getColumn(3).width = 10;
  ws.getColumn(4).width = 110;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function buildWorkbook(data: SampleData, saved: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng Kế hoạch - Tài chính';
  wb.created = saved;
  wb.modified = saved;
  addInfoSheet(wb, data.info);
  for (const s of data.sectorSheets) addSectorSheet(wb, s);
  addContentSheet(wb, data.content);
  return wb;
}

/** The sample workbook (January–June), in memory. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  return buildWorkbook(half, new Date(Date.UTC(2024, 6, 3, 8, 0, 0)));
}

export async function buildSampleXlsx(): Promise<Buffer> {
  return Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer());
}

/** The full-year sample (January–December), in memory. */
export function buildYearSampleWorkbook(): ExcelJS.Workbook {
  return buildWorkbook(year, new Date(Date.UTC(2024, 11, 30, 8, 0, 0)));
}

export async function buildYearSampleXlsx(): Promise<Buffer> {
  return Buffer.from(await buildYearSampleWorkbook().xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const targets: [string, () => Promise<Buffer>, SampleData][] = process.argv[2]
    ? [[process.argv[2], buildSampleXlsx, half]]
    : [
        [SAMPLE_PATH, buildSampleXlsx, half],
        [YEAR_SAMPLE_PATH, buildYearSampleXlsx, year],
      ];
  for (const [out, build, data] of targets) {
    await fs.writeFile(out, await build());
    const rows = data.sectorSheets.reduce((n, s) => n + s.rows.filter((r) => !r.heading).length, 0);
    console.log(
      `Đã ghi ${path.relative(process.cwd(), out)}: ${data.sectorSheets.length} lĩnh vực, ${rows} chỉ tiêu, ${data.content.length} đoạn nội dung.`,
    );
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
