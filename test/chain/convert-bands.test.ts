/**
 * "Chuyển từ sổ theo tháng" on a commune's book as clerks keep it: one sheet a
 * month ("Tháng 1" … "Tháng 3" of 2025), a title block with merged lines, and a
 * two-row header — "STT", "Nội dung", "ĐVT", "Kế hoạch năm 2025" merged down
 * over both rows, the band "Thực hiện" merged over "Tháng | Lũy kế", the band
 * "Cùng kỳ năm 2024" over "Tháng | Lũy kế", a "So sánh cùng kỳ (%)" column
 * the conversion must not take for a figure, and a numbering row. In March the
 * clerk kept only the "Lũy kế" under "Cùng kỳ". Expected figures by hand.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import { convertMonthlyWorkbook } from '../../src/engine/chain';
import type { WorkbookGrid } from '../../src/engine/types';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { runConvertCli } from '../../src/cli/convert';

type Row = (string | number | null)[];
/** [STT, Nội dung, ĐVT, KH năm, TH tháng, TH lũy kế, CK tháng, CK lũy kế, So sánh CK (%), Ghi chú] */
const DATA: Record<number, Row[]> = {
  1: [
    ['I', 'LAO ĐỘNG - VIỆC LÀM', null, null, null, null, null, null, null, null],
    [1, 'Số lao động được tạo việc làm', 'người', 1500, 110, 110, 100, 100, 110, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 5, 5, 4, 4, 125, null],
    [2, 'Số người được tư vấn, giới thiệu việc làm', 'lượt người', null, 60, 60, 55, 55, 109.09, null],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 420, 420, 480, 480, 87.5, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3', 3.1, 3.1, 3.5, 3.5, null, null],
  ],
  2: [
    ['I', 'LAO ĐỘNG - VIỆC LÀM', null, null, null, null, null, null, null, null],
    [1, 'Số lao động được tạo việc làm', 'người', 1500, 120, 230, 105, 205, 112.2, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 3, 8, 2, 6, 133.33, null],
    [2, 'Số người được tư vấn, giới thiệu việc làm', 'lượt người', null, 70, 130, 50, 105, 123.81, null],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 415, 415, 478, 478, 86.82, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3', 3.06, 3.06, 3.49, 3.49, null, null],
  ],
  // March: "Cùng kỳ năm 2024" keeps only its "Lũy kế" (no "Tháng" under it) — 8 columns
  3: [
    ['I', 'LAO ĐỘNG - VIỆC LÀM', null, null, null, null, null, null],
    [1, 'Số lao động được tạo việc làm', 'người', 1500, 130, 360, 320, null],
    ['-', 'Trong đó: đi làm việc ở nước ngoài theo hợp đồng', 'người', null, 4, 12, 9, null],
    [2, 'Số người được tư vấn, giới thiệu việc làm', 'lượt người', null, 65, 195, 160, null],
    ['II', 'GIẢM NGHÈO', null, null, null, null, null, null],
    [1, 'Số hộ nghèo', 'hộ', null, 410, 410, 470, null],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3', 3.02, 3.02, 3.45, null],
  ],
};

async function communeBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const month of [1, 2, 3]) {
    const ws = wb.addWorksheet(`Tháng ${month}`);
    const march = month === 3;
    const last = march ? 'H' : 'J';
    ws.getCell('A1').value = 'UBND XÃ VĨNH THẠNH';
    ws.mergeCells('A1:C1');
    ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.mergeCells(`E1:${last}1`);
    ws.getCell('A3').value = `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU LAO ĐỘNG - XÃ HỘI THÁNG ${month} NĂM 2025`;
    ws.mergeCells(`A3:${last}3`);
    // the two-row header
    for (const [col, label] of [
      ['A', 'STT'],
      ['B', 'Nội dung'],
      ['C', 'ĐVT'],
      ['D', 'Kế hoạch năm 2025'],
    ] as const) {
      ws.getCell(`${col}5`).value = label;
      ws.mergeCells(`${col}5:${col}6`);
    }
    ws.getCell('E5').value = 'Thực hiện';
    ws.mergeCells('E5:F5');
    ws.getCell('E6').value = month === 2 ? 'Tháng 2' : 'Tháng';
    ws.getCell('F6').value = month === 2 ? 'Lũy kế từ đầu năm' : 'Lũy kế';
    ws.getCell('G5').value = 'Cùng kỳ năm 2024';
    if (march) {
      ws.getCell('G6').value = 'Lũy kế';
      ws.getCell('H5').value = 'Ghi chú';
      ws.mergeCells('H5:H6');
    } else {
      ws.mergeCells('G5:H5');
      ws.getCell('G6').value = 'Tháng';
      ws.getCell('H6').value = 'Lũy kế';
      ws.getCell('I5').value = 'So sánh cùng kỳ (%)';
      ws.mergeCells('I5:I6');
      ws.getCell('J5').value = 'Ghi chú';
      ws.mergeCells('J5:J6');
    }
    const width = march ? 8 : 10;
    ws.getRow(7).values = Array.from({ length: width }, (_, i) => `(${i + 1})`);
    DATA[month].forEach((r, i) => {
      // March has no "Cùng kỳ tháng" and no "So sánh": [STT, name, ĐVT, KH, TH, LK, CK lũy kế, Ghi chú]
      ws.getRow(8 + i).values = r;
    });
    ws.getCell(`B${9 + DATA[month].length}`).value = 'Người lập biểu';
  }
  await wb.xlsx.writeFile(file);
}

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-convert-bands-'));
  input = path.join(dir, 'so-theo-thang-vinh-thanh-2025.xlsx');
  await communeBook(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
};

describe('two-row headers and "Cùng kỳ" columns on month sheets', () => {
  it('reads the bands and the last-year figures; the yearly layout holds them month by month (by hand)', async () => {
    const res = convertMonthlyWorkbook(await readXlsxFile(input));
    expect(res.year).toBe(2025);
    expect(res.months).toEqual([1, 2, 3]);
    // nothing unmatched, no lũy kế off: 110 + 120 + 130 = 360, 5 + 3 + 4 = 12, 60 + 70 + 65 = 195
    expect(res.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(res.sectors.map((s) => s.title)).toEqual(['LAO ĐỘNG - VIỆC LÀM', 'GIẢM NGHÈO']);
    const rows = res.sectors.flatMap((s) => s.rows);
    const get = (name: string) => rows.find((r) => r.name === name)!;
    const jobs = get('Số lao động được tạo việc làm');
    expect(jobs.months!.slice(1, 4)).toEqual([110, 120, 130]);
    expect(jobs.plan).toBe(1500);
    // Cùng kỳ: January 100, February 105 (its "Tháng" column); March 320 − 205 = 115 (only the lũy kế given)
    expect(jobs.lastYear!.slice(1, 4)).toEqual([100, 105, 115]);
    const abroad = get('Trong đó: đi làm việc ở nước ngoài theo hợp đồng');
    expect(abroad.child).toBe(true);
    expect(abroad.lastYear!.slice(1, 4)).toEqual([4, 2, 3]); // 9 − 6 = 3
    expect(get('Số người được tư vấn, giới thiệu việc làm').lastYear!.slice(1, 4)).toEqual([55, 50, 55]); // 160 − 105
    // a stock: last year's value at the month, never a difference — March 470
    const poor = get('Số hộ nghèo');
    expect(poor.kind).toBe('stock');
    expect(poor.months!.slice(1, 4)).toEqual([420, 415, 410]);
    expect(poor.lastYear!.slice(1, 4)).toEqual([480, 478, 470]);
    const rate = get('Tỷ lệ hộ nghèo');
    expect(rate.kind).toBe('rate');
    expect(rate.lastYear!.slice(1, 4)).toEqual([3.5, 3.49, 3.45]);
    // "So sánh cùng kỳ (%)" is a comparison, not a figure: 110 (%) appears nowhere as a month
    expect(rows.some((r) => r.months?.includes(110) && r.name !== 'Số lao động được tạo việc làm')).toBe(false);
  });

  it('npm run convert → the report compares with last year over the same months (by hand)', async () => {
    const out = path.join(dir, 'so-ca-nam-vinh-thanh-2025.xlsx');
    const r = io();
    expect(await runConvertCli([input, '--out', out], r.io)).toBe(0);
    expect(r.out.stdout).toContain('Đã chuyển 3 trang tháng (T1, T2, T3) thành 2 lĩnh vực, 5 chỉ tiêu, năm 2025');
    const parsed = parseWorkbook(await readXlsxFile(out));
    const q1 = computeReport(parsed, parsePeriodKey('Q1', 2025)!);
    const all = q1.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    const ind = (name: string) => all.find((i) => i.name === name)!;
    // 360 of 1 500 = 24 %; last year 100 + 105 + 115 = 320 → +12,5 %
    expect(ind('Số lao động được tạo việc làm')).toMatchObject({
      ytd: 360,
      planPct: 24,
      lastYearYtd: 320,
      changePct: 12.5,
    });
    // households in March: 410 against 470 → (410 − 470) / 470 = −12,77 %
    expect(ind('Số hộ nghèo')).toMatchObject({ ytd: 410, lastYearYtd: 470, changePct: -12.77 });
    // the rate in points: 3,02 − 3,45 = −0,43; target "Dưới 3" not met
    expect(ind('Tỷ lệ hộ nghèo')).toMatchObject({ ytd: 3.02, changePct: -0.43, targetMet: false });
  });

  it('a band whose continuation cells a host does not mark as merged is still read (Office gives no merge on values)', () => {
    const c = (v: string | number | null) => (v === null ? null : { v });
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: 'T4',
          rows: [
            [c('PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG AN BÌNH')],
            [c('BÁO CÁO THÁNG 4 NĂM 2025')],
            [c('TT'), c('Chỉ tiêu'), c('ĐVT'), c('Thực hiện'), null, c('Cùng kỳ năm trước'), null],
            [null, null, null, c('Trong tháng'), c('Cộng dồn'), c('Trong tháng'), c('Cộng dồn')],
            [c('1'), c('Số lao động được tạo việc làm'), c('người'), c(140), c(480), c(130), c(450)],
          ],
        },
      ],
    };
    const res = convertMonthlyWorkbook(grid);
    expect(res.year).toBe(2025);
    const row = res.sectors[0].rows[0];
    expect([row.months![4], row.lastYear![4]]).toEqual([140, 130]);
  });

  it('a one-row header with a "Cùng kỳ năm trước" column: the month of last year; "So với cùng kỳ (%)" is left alone', () => {
    const c = (v: string | number | null) => (v === null ? null : { v });
    const sheet = (name: string, month: number, last: number) => ({
      name,
      rows: [
        [c(`BÁO CÁO THÁNG ${month} NĂM 2025`)],
        [c('STT'), c('Nội dung'), c('ĐVT'), c('Thực hiện tháng'), c('Cùng kỳ năm trước'), c('So với cùng kỳ (%)')],
        [c('1'), c('Số hộ nghèo'), c('hộ'), c(300 - month), c(last), c(95)],
      ],
    });
    const res = convertMonthlyWorkbook({ sheets: [sheet('T5', 5, 320), sheet('T6', 6, 318)] });
    const row = res.sectors[0].rows[0];
    expect(row.months!.slice(5, 7)).toEqual([295, 294]);
    expect(row.lastYear!.slice(5, 7)).toEqual([320, 318]);
    expect(row.months!.includes(95)).toBe(false);
  });
});
