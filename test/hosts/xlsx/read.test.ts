import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readXlsx, readXlsxFile, XlsxReadError } from '../../../src/hosts/xlsx/read';
import { generatedMarkerName, generatedMarkerRef } from '../../../src/engine/layout/marker';
import type { SheetGrid } from '../../../src/engine/types';

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cell(sheet: SheetGrid, a1: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
}

/** A small sector sheet as a clerk would keep it. */
async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('1. Việc làm');
  ws.getCell('A1').value = 'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động';
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Tháng 5', 'Tháng 6'];
  ws.getCell('G3').value = new Date(Date.UTC(2024, 5, 1)); // a month header typed as a date
  ws.getCell('G3').numFmt = 'mm/yyyy';
  ws.getCell('H3').value = 45474; // serial number of 01/07/2024 with a date format, as Excel stores it
  ws.getCell('H3').numFmt = 'dd/mm/yyyy';
  ws.getRow(4).values = ['VL01', 'Số lao động được tạo việc làm', 'người', 28500, 3193];
  ws.getCell('F4').value = { formula: 'F5+1871', result: 3932 };
  ws.getRow(5).values = ['VL01.1', 'Trong đó: đi làm việc ở nước ngoài', 'người', 350, 30, 61];
  ws.getCell('B5').alignment = { indent: 2 };
  ws.getCell('B6').value = {
    richText: [{ text: 'Số hồ sơ ', font: { bold: true } }, { text: 'bảo hiểm thất nghiệp' }],
  };
  ws.getCell('F6').value = { formula: 'Sheet9!A1', result: { error: '#REF!' } };
  ws.getCell('E6').value = { error: '#N/A' };
  ws.getCell('B7').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('C7').value = true;
  ws.getCell('E7').value = '1.234'; // number stored as text: the reader keeps text, the engine decides
  ws.getCell('F7').value = { formula: 'E7*2' }; // never calculated: no cached result
  // Shared formula (Excel's "fill down" of one formula over a range)
  ws.getCell('H4').value = 1;
  ws.getCell('H5').value = 2;
  ws.getCell('H6').value = 3;
  ws.fillFormula('I4:I6', 'H4*10', [10, 20, 30]);
  // Cached results that are falsy: a month with nothing yet, a comparison that is false.
  ws.getCell('J4').value = { formula: 'SUM(J5:J6)', result: 0 };
  ws.getCell('J5').value = { formula: 'D4<D5', result: false };
  // Rates typed with Excel's percent format (shown 2,62%, stored 0.0262).
  ws.getCell('K4').value = 0.0262;
  ws.getCell('K4').numFmt = '0.00%';
  ws.getCell('K5').value = { formula: 'K4/2', result: 0.0131 };
  ws.getCell('K5').numFmt = '0%';
  ws.getCell('K6').value = 12;
  ws.getCell('K6').numFmt = '0" %"'; // a literal % sign in quotes: not a percentage

  const hidden = wb.addWorksheet('2. Giáo dục nghề nghiệp', { state: 'hidden' });
  hidden.getCell('B2').value = 'Tuyển sinh';
  wb.addWorksheet('Thông tin').getCell('A1').value = 'Năm báo cáo';
  return toBuffer(wb);
}

describe('readXlsx', () => {
  let sheets: SheetGrid[];
  beforeAll(async () => {
    sheets = (await readXlsx(await clerkWorkbook())).sheets;
  });

  it('lists every sheet in workbook order, hidden ones included', () => {
    expect(sheets.map((s) => s.name)).toEqual(['1. Việc làm', '2. Giáo dục nghề nghiệp', 'Thông tin']);
    expect(cell(sheets[1], 'B2')).toEqual({ v: 'Tuyển sinh' });
  });

  it('reads plain values at their 0-based positions', () => {
    const s = sheets[0];
    expect(cell(s, 'A4')).toEqual({ v: 'VL01' });
    expect(cell(s, 'D4')).toEqual({ v: 28500 });
    expect(cell(s, 'E4')).toEqual({ v: 3193 });
    expect(cell(s, 'C7')).toEqual({ v: true });
    expect(cell(s, 'E7')).toEqual({ v: '1.234' });
    expect(cell(s, 'A2')).toBeNull();
  });

  it('gives the cached result of a formula and marks it', () => {
    expect(cell(sheets[0], 'F4')).toEqual({ v: 3932, formula: true });
    expect(cell(sheets[0], 'F7')).toEqual({ v: null, formula: true });
  });

  it('marks numbers shown with a percent format', () => {
    expect(cell(sheets[0], 'K4')).toEqual({ v: 0.0262, percent: true });
    expect(cell(sheets[0], 'K5')).toEqual({ v: 0.0131, formula: true, percent: true });
    expect(cell(sheets[0], 'K6')).toEqual({ v: 12 });
    expect(cell(sheets[0], 'D4')!.percent).toBeUndefined();
  });

  it('keeps a cached 0 or FALSE (a real zero is not a missing figure)', () => {
    expect(cell(sheets[0], 'J4')).toEqual({ v: 0, formula: true });
    expect(cell(sheets[0], 'J5')).toEqual({ v: false, formula: true });
  });

  it('reads every cell of a shared formula by its own cached result', () => {
    expect(['I4', 'I5', 'I6'].map((a) => cell(sheets[0], a))).toEqual([
      { v: 10, formula: true },
      { v: 20, formula: true },
      { v: 30, formula: true },
    ]);
  });

  it('reads error values, also as formula results', () => {
    expect(cell(sheets[0], 'E6')).toEqual({ v: '#N/A', t: 'error' });
    expect(cell(sheets[0], 'F6')).toEqual({ v: '#REF!', t: 'error', formula: true });
  });

  it('reads a date cell as an ISO date whatever the time zone', () => {
    expect(cell(sheets[0], 'G3')).toEqual({ v: '2024-06-01', t: 'date' });
    expect(cell(sheets[0], 'H3')).toEqual({ v: '2024-07-01', t: 'date' });
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(cell(sheets[0], 'B6')).toEqual({ v: 'Số hồ sơ bảo hiểm thất nghiệp' });
    expect(cell(sheets[0], 'B7')).toEqual({ v: 'Cổng dịch vụ công' });
  });

  it('keeps the indent level', () => {
    expect(cell(sheets[0], 'B5')).toEqual({ v: 'Trong đó: đi làm việc ở nước ngoài', indent: 2 });
    expect(cell(sheets[0], 'B4')!.indent).toBeUndefined();
  });

  it('puts a merged value on the master cell only; the other cells of the range say they are merged', () => {
    expect(cell(sheets[0], 'A1')).toEqual({ v: 'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động' });
    for (const a of ['B1', 'C1', 'F1']) expect(cell(sheets[0], a)).toEqual({ v: null, merged: 'A1:F1' });
  });

  it('tells a hidden sheet (state) and leaves a visible one without', () => {
    expect(sheets[0].state).toBeUndefined();
    expect(sheets[1].state).toBe('hidden');
  });

  it('accepts an ArrayBuffer and a Uint8Array', async () => {
    const buf = await clerkWorkbook();
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    expect((await readXlsx(ab)).sheets.map((s) => s.name)).toHaveLength(3);
    expect((await readXlsx(new Uint8Array(buf))).sheets[0].name).toBe('1. Việc làm');
  });
});

describe('readXlsx on a file saved by LibreOffice Calc (test/fixtures/xlsx/clerk-libreoffice.xlsx)', () => {
  let sheets: SheetGrid[];
  beforeAll(async () => {
    sheets = (await readXlsxFile(path.join(__dirname, '../../fixtures/xlsx/clerk-libreoffice.xlsx'))).sheets;
  });

  it('reads shared strings, the merged title, the date header and the indent', () => {
    expect(sheets.map((s) => s.name)).toEqual(['1. Việc làm', 'Thông tin']);
    const s = sheets[0];
    expect(cell(s, 'A1')).toEqual({ v: 'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động' });
    expect(cell(s, 'B1')).toEqual({ v: null, merged: 'A1:F1' });
    expect(cell(s, 'F3')).toEqual({ v: '2024-06-01', t: 'date' });
    expect(cell(s, 'B5')).toEqual({ v: 'Trong đó: đi làm việc ở nước ngoài', indent: 2 });
    expect(cell(s, 'B6')).toEqual({ v: 'Số hồ sơ bảo hiểm thất nghiệp' });
    expect(cell(s, 'F6')).toEqual({ v: '1.370' });
    expect(cell(sheets[1], 'B1')).toEqual({ v: 2024 });
  });

  it('keeps cached formula results of 0 and booleans written by LibreOffice', () => {
    // LibreOffice keeps the cached results it was given (0) and writes TRUE as the formula TRUE().
    expect(cell(sheets[0], 'F4')).toEqual({ v: 0, formula: true });
    expect(cell(sheets[0], 'E6')).toEqual({ v: 0, formula: true });
    expect(cell(sheets[0], 'G4')).toEqual({ v: true, formula: true });
  });
});

describe("readXlsx and the program's own sheets", () => {
  it('flags a sheet carrying the generated-sheet marker, and only that one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('1. Việc làm').getCell('A1').value = 'Mã';
    wb.addWorksheet('BC T6-2024').getCell('A1').value = 'BÁO CÁO';
    wb.addWorksheet('BC T5-2024').getCell('A1').value = 'a sheet the user made with the same kind of name';
    wb.definedNames.add(generatedMarkerRef('BC T6-2024'), generatedMarkerName('BC T6-2024'));
    const { sheets } = await readXlsx(await toBuffer(wb));
    expect(sheets.map((s) => [s.name, s.generated ?? false])).toEqual([
      ['1. Việc làm', false],
      ['BC T6-2024', true],
      ['BC T5-2024', false],
    ]);
  });
});

describe('readXlsx on files that are not readable workbooks', () => {
  it('rejects random bytes with a one-line Vietnamese and English message', async () => {
    const err = await readXlsx(Buffer.from('Báo cáo tháng 6 — not a workbook'), 'bao-cao.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err.message).toMatch(/Không đọc được "bao-cao.xlsx"/);
    expect(err.message).toMatch(/tệp văn bản.*\(a text\/CSV file, not an \.xlsx workbook/);
    expect(err.message).not.toContain('\n');
  });

  it('explains an old .xls file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readXlsx(ole, 'so-lieu.xls')).rejects.toThrow(/Excel 97-2003 \(\.xls\).*\(an old \.xls workbook/);
  });

  it('rejects a damaged zip', async () => {
    const good = await clerkWorkbook();
    const damaged = Buffer.concat([good.subarray(0, 200), Buffer.alloc(300, 7)]);
    const err = await readXlsx(damaged, 'hong.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err.message).toMatch(/bị hỏng/);
    expect(err.message).not.toContain('\n');
  });

  it('rejects an empty file and a missing path', async () => {
    await expect(readXlsx(Buffer.alloc(0), 'rong.xlsx')).rejects.toThrow(/rỗng/);
    await expect(readXlsxFile(path.join(os.tmpdir(), 'khong-co-tep-nay.xlsx'))).rejects.toThrow(/Không tìm thấy tệp/);
  });

  it('reads a file from disk without changing it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-read-'));
    const file = path.join(dir, 'so lieu.xlsx');
    const bytes = await clerkWorkbook();
    await fs.writeFile(file, bytes);
    const before = await fs.stat(file);
    const wb = await readXlsxFile(file);
    expect(wb.sheets[0].name).toBe('1. Việc làm');
    expect(Buffer.compare(await fs.readFile(file), bytes)).toBe(0);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
    await fs.rm(dir, { recursive: true });
  });
});
