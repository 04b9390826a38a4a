/** reportToJson: the --json shape of outputs.md §4. */
import { computeReport, parsePeriodKey, parseWorkbook, reportToJson } from '../../src/engine';
import { infoSheet, jobsSheet, months, sectorSheet, workbook } from './fixtures';

const INDICATOR_KEYS = ['code', 'name', 'unit', 'kind', 'cell', 'period', 'ytd', 'plan', 'planPct', 'target', 'targetMet', 'lastYearPeriod', 'lastYearYtd', 'changePct', 'schedule', 'incomplete', 'children'];

function json(narrative = 'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024\n…') {
  const rate = sectorSheet('7. Giảm nghèo', [[null, 'GN01', 'Tỷ lệ hộ nghèo', '%', null, 'Dưới 2,79', ...months(null, null, null, null, null, 2.27)]]);
  const parsed = parseWorkbook(workbook(infoSheet(), jobsSheet(), rate));
  const report = computeReport(parsed, parsePeriodKey('T6', 2024)!);
  // JSON.stringify/parse: what the CLI prints is what is tested
  return JSON.parse(JSON.stringify(reportToJson(report, narrative)));
}

describe('reportToJson', () => {
  const out = json();

  it('top level: period, sectors, issues, narrative', () => {
    expect(Object.keys(out)).toEqual(['period', 'sectors', 'issues', 'narrative']);
    expect(out.period).toEqual({ kind: 'month', from: 6, to: 6, year: 2024, label: 'tháng 6 năm 2024' });
    expect(out.narrative).toBe('I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024\n…');
  });

  it('indicators carry every listed field (extensions after them), children nested in the same shape', () => {
    const [jobs] = out.sectors[0].indicators;
    expect(Object.keys(out.sectors[0])).toEqual(['title', 'sheet', 'layout', 'indicators']);
    expect(Object.keys(jobs).slice(0, INDICATOR_KEYS.length)).toEqual(INDICATOR_KEYS);
    expect(jobs).toMatchObject({
      code: 'VL01', name: 'Số lao động được tạo việc làm', unit: 'người', kind: 'flow', cell: "'1. Việc làm'!C4",
      period: 3932, ytd: 16344, plan: 28500, planPct: 57.35, target: null, targetMet: null,
      lastYearPeriod: null, lastYearYtd: null, changePct: null, schedule: 'ahead', incomplete: false,
    });
    expect(Object.keys(jobs.children[0]).slice(0, INDICATOR_KEYS.length)).toEqual(INDICATOR_KEYS);
    expect(jobs.children[0]).toMatchObject({ code: 'VL01.1', period: 61, ytd: 193, planPct: 55.14 });
  });

  it('each sector carries its layout (outputs.md §4 v2): header row, column letters per field and month', () => {
    // jobsSheet: title in row 1, empty row 2, header in row 3: STT | Mã | Chỉ tiêu | ĐVT | Cách tính | Kế hoạch năm | T1…T12
    // → A B C D E F, months G (T1) … R (T12); no last-year or estimate columns
    expect(out.sectors[0].layout).toEqual({
      headerRow: 3,
      headerRowLast: 3,
      year: 2024, // Thông tin → Năm báo cáo
      columns: {
        stt: 'A', code: 'B', name: 'C', unit: 'D', kind: 'E', plan: 'F',
        months: { 1: 'G', 2: 'H', 3: 'I', 4: 'J', 5: 'K', 6: 'L', 7: 'M', 8: 'N', 9: 'O', 10: 'P', 11: 'Q', 12: 'R' },
        lastYearMonths: {},
        estimates: {},
      },
      ignored: [],
    });
    // no estimate column stood in: no "estimated" key at all
    expect(out.sectors[0].indicators[0]).not.toHaveProperty('estimated');
  });

  it('a comparison target appears as { op, value } with targetMet', () => {
    const rate = out.sectors[1].indicators[0];
    expect(rate).toMatchObject({ kind: 'rate', target: { op: '<', value: 2.79 }, targetMet: true, plan: null, planPct: null, schedule: null });
  });

  it('issues: severity, code, sheet, cell and the Vietnamese message as a string', () => {
    // the rate has only June: nothing missing for a rate in June; the jobs sheet is complete
    expect(out.issues).toEqual([]);
    const withIssue = JSON.parse(
      JSON.stringify(
        reportToJson(
          computeReport(parseWorkbook(workbook(infoSheet(), sectorSheet('Việc làm', [[null, null, 'Tạo việc làm', 'người', null, null, 'khoảng 50']]))), parsePeriodKey('T1', 2024)!),
          '',
        ),
      ),
    );
    expect(withIssue.issues[0]).toMatchObject({ severity: 'error', code: 'NOT_A_NUMBER', sheet: 'Việc làm', cell: 'G2', message: "Ô G2: 'khoảng 50' không phải là số. Hãy nhập một số (để trống nếu chưa có số liệu)." });
    expect(Object.keys(withIssue.issues[0]).slice(0, 5)).toEqual(['severity', 'code', 'sheet', 'cell', 'message']);
  });
});
