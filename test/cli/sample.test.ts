import { buildSampleXlsx, buildYearSampleXlsx, SAMPLE_PATH, YEAR_SAMPLE_PATH } from '../../assets/sample/build-sample';
import { sectorSheets } from '../../assets/sample/sample-data';
import { readXlsx, readXlsxFile } from '../../src/hosts/xlsx/read';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/types';

/** Find the row whose column-A code is `code`, and the column whose header row holds `header`. */
function figure(sheet: SheetGrid, code: string, header: string) {
  const headerRow = sheet.rows.find((r) => r.some((c) => c?.v === header))!;
  const col = headerRow.findIndex((c) => c?.v === header);
  const row = sheet.rows.find((r) => r[0]?.v === code)!;
  return row[col];
}

describe('assets/sample/so-lieu-nganh-2024.xlsx', () => {
  let committed: WorkbookGrid;
  beforeAll(async () => {
    committed = await readXlsxFile(SAMPLE_PATH);
  });

  it('reads exactly like a fresh build from sample-data.ts (run `npm run sample` after editing the data)', async () => {
    const fresh = await readXlsx(await buildSampleXlsx());
    expect(committed).toEqual(fresh);
  });

  it('has the nine sector sheets in order, with Thông tin and Nội dung', () => {
    expect(committed.sheets.map((s) => s.name)).toEqual([
      'Thông tin',
      '1. Việc làm',
      '2. Giáo dục nghề nghiệp',
      '3. Người có công',
      '4. Bảo trợ xã hội',
      '5. Trẻ em',
      '6. Bình đẳng giới',
      '7. Giảm nghèo',
      '8. Phòng chống TNXH',
      '9. Thanh tra - CCHC',
      'Nội dung',
    ]);
    const indicators = sectorSheets.flatMap((s) => s.rows.filter((r) => !r.heading));
    expect(indicators.length).toBeGreaterThanOrEqual(40);
  });

  it('carries the June 2024 seed figures as the clerk would type them', () => {
    const vl = committed.sheets[1];
    expect(figure(vl, 'VL01', 'Tháng 6')).toEqual({ v: 3932 });
    expect(figure(vl, 'VL01', 'Kế hoạch năm')).toEqual({ v: 28500 });
    expect(figure(vl, 'VL05', 'Tháng 6')).toEqual({ v: 3, formula: true });
    const gdnn = committed.sheets[2];
    expect(figure(gdnn, 'GDNN01', 'T6')).toEqual({ v: 2971, formula: true });
    expect(figure(gdnn, 'GDNN01', 'Lũy kế')).toEqual({ v: 7680, formula: true });
    const ncc = committed.sheets[3];
    expect(figure(ncc, 'NCC05', 'Tháng\n04')).toEqual({ v: '1.234' });
    const te = committed.sheets[5];
    expect(te.rows.some((r) => r.some((c) => c?.t === 'date' && c.v === '2024-06-01'))).toBe(true);
  });
});

describe('assets/sample/so-lieu-nganh-2024-ca-nam.xlsx (the full year)', () => {
  let committed: WorkbookGrid;
  beforeAll(async () => {
    committed = await readXlsxFile(YEAR_SAMPLE_PATH);
  });

  it('reads exactly like a fresh build from sample-data-year.ts (run `npm run sample` after editing the data)', async () => {
    expect(committed).toEqual(await readXlsx(await buildYearSampleXlsx()));
  });

  it('keeps January–June as typed in the half-year sample, the slips corrected, and fills July–December', () => {
    const vl = committed.sheets[1];
    expect(figure(vl, 'VL01', 'Tháng 6')).toEqual({ v: 3932 });
    // July: last year's July 3.105 × (16.344 ÷ 15.255) = 3.326,8 → 3.327
    expect(figure(vl, 'VL01', 'Tháng 7')).toEqual({ v: 3327 });
    const ncc = committed.sheets[3];
    expect(figure(ncc, 'NCC05', 'Tháng\n04')).toEqual({ v: 1234 });
    const tnxh = committed.sheets[8];
    expect(figure(tnxh, 'TNXH03', 'Tháng 6')).toEqual({ v: 27 });
    expect(committed.sheets.map((s) => s.name)).toContain('Nội dung');
  });
});
