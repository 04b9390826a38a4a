import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import { socTrangWorkbook } from './fixtures';

describe('Sóc Trăng, tháng 6 năm 2024 (seed 000)', () => {
  const parsed = parseWorkbook(socTrangWorkbook());
  const report = computeReport(parsed, parsePeriodKey('T6', parsed.year as number)!);
  const jobs = report.sectors[0].indicators[0];

  it('reads the year and the sector title from the workbook', () => {
    expect(parsed.year).toBe(2024);
    expect(report.sectors[0].title).toBe('Việc làm – Tiền lương – An toàn lao động');
    expect(report.period.label).toBe('tháng 6 năm 2024');
  });

  it('tạo việc làm: 3.932 in June, 16.344 year to date, 57,35% of 28.500', () => {
    expect(jobs).toMatchObject({ code: 'VL01', period: 3932, ytd: 16344, plan: 28500, planPct: 57.35, schedule: 'ahead', incomplete: false });
  });

  it('trong đó đi làm việc ở nước ngoài: 61 / 193 / 55,14% of 350, as a child of VL01', () => {
    expect(jobs.children).toHaveLength(1);
    expect(jobs.children[0]).toMatchObject({ code: 'VL01.1', period: 61, ytd: 193, plan: 350, planPct: 55.14, level: 1 });
  });

  it('a clean workbook has no findings', () => {
    expect(report.issues).toEqual([]);
  });
});
