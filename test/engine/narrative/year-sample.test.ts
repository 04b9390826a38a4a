/**
 * The year report on a full year of data: assets/sample/so-lieu-nganh-2024-ca-nam.xlsx
 * (built from sample-data-year.ts: the half-year sample's January–June, July–December
 * derived from them, the December "Nội dung" rows). Figures worked out by hand
 * in the comments from sample-data.ts / sample-data-year.ts.
 */
import { join } from 'path';
import { buildDocx } from '../../../src/docx/buildDocx';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { buildNarrative, narrativeToText } from '../../../src/engine/narrative';
import type { ComputedReport } from '../../../src/engine/types';
import { readXlsxFile } from '../../../src/hosts/xlsx/read';
import { openDocx } from '../../docx/docxParts';

const YEAR_SAMPLE = join(__dirname, '../../../assets/sample/so-lieu-nganh-2024-ca-nam.xlsx');

let report: ComputedReport;
let lines: string[];
beforeAll(async () => {
  const parsed = parseWorkbook(await readXlsxFile(YEAR_SAMPLE));
  report = computeReport(parsed, parsePeriodKey('Y', 2024)!);
  lines = narrativeToText(buildNarrative(report)).split('\n');
});

describe('the year report of the full-year sample', () => {
  it('has clean data: no error, no warning', () => {
    expect(report.issues.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });

  it('opens on the December "Căn cứ" row and closes with the agency', () => {
    expect(lines[0]).toBe(
      'Thực hiện Công văn số 4386/UBND-TH ngày 25/11/2024 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025, ' +
        'Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025 như sau:',
    );
    expect(lines[lines.length - 1]).toBe(
      'Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025 của Sở Lao động - Thương binh và Xã hội./.',
    );
  });

  it('has the four parts of seeds 002/003, the sectors and "Đánh giá chung" in part I', () => {
    expect(lines.filter((l) => /^[IV]+\. /.test(l))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2025',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // nine sectors, then the staff's assessment as item 10
    expect(lines).toContain('9. Thanh tra, tài chính, cải cách hành chính');
    expect(lines).toContain('10. Đánh giá chung');
    // part III: the general orientation, then the three sectors that wrote tasks for 2025
    const iii = lines.slice(lines.indexOf('III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2025'), lines.indexOf('IV. ĐỀ XUẤT, KIẾN NGHỊ'));
    expect(iii[1]).toMatch(/^Năm 2025 là năm cuối thực hiện Kế hoạch/);
    expect(iii.filter((l) => /^\d+\. /.test(l))).toEqual([
      '1. Việc làm – Tiền lương – An toàn lao động',
      '2. Giáo dục nghề nghiệp',
      '3. Giảm nghèo',
    ]);
  });

  it('sums up the 17 planned indicators: 14 met, the 3 that are not named', () => {
    // Not met, by hand:
    // - Tỷ lệ lao động qua đào tạo (Trên 70): June 68,6, trend (68,6 − 67,9) ÷ 5 × 0,8 = 0,112 a month → December 69,27 → 69,3 ≤ 70;
    // - TNXH03 (300): Jan–Jun 21+18+25+30+27+27 (June = May) = 148; Jul–Dec 24,67 × (1,02 0,96 1,04 0,98 1,03 1,1)
    //   = 25+24+26+24+25+27 = 151; 299 < 300;
    // - TT01 (14): Jan–Jun 7; Jul–Dec 1,17 × season → 1 each = 6; 13 < 14.
    // Met that was not met in June: the poverty rate, 2,05% after the year-end survey (< 2,1).
    expect(lines[lines.indexOf('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024') + 2]).toBe(
      'Năm 2024, có 14/17 chỉ tiêu kế hoạch được giao đạt và vượt kế hoạch; 03 chỉ tiêu chưa đạt ' +
        '(tỷ lệ lao động qua đào tạo, người nghiện được cai nghiện tại gia đình, cộng đồng và cuộc thanh tra, kiểm tra).',
    );
    // jobs: Jan–Jun 16.344; Jul–Dec last year's 3.105, 2.870, 2.650, 2.702, 2.580, 2.950 × 16.344/15.255
    // = 3.327 + 3.075 + 2.839 + 2.895 + 2.764 + 3.161 = 18.061; year 34.405
    const vl01 = report.sectors[0].indicators.find((i) => i.code === 'VL01')!;
    expect([vl01.ytd, vl01.planPct]).toEqual([34405, 120.72]);
    expect(lines.join('\n')).toContain('34.405');
  });

  it('the .docx: one "Thực hiện năm 2024" column in the appendix, part III in the body', async () => {
    const docx = await openDocx(await buildDocx(buildNarrative(report), report));
    const table = docx.tables[docx.tables.length - 1];
    expect([...table.matchAll(/<w:gridCol /g)]).toHaveLength(10);
    expect(table).toContain('Thực hiện năm 2024');
    expect(table).not.toContain('Lũy kế đến hết');
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2025');
  });
});
