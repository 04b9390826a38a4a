/**
 * A hand-built ComputedReport for Sóc Trăng, June 2024 (figures from the seed
 * report 000_…): a flow with a plan and children, a rate with a target
 * "< 2,1", a flow behind schedule, an incomplete figure, warnings on rows and
 * one not tied to a row, and names/notes that begin with "=", "-" and "+".
 */
import type { ComputedIndicator, ComputedReport, Finding, UnitInfo } from '../../../src/engine/types';
import { computedIndicator, socTrangInfo } from '../../fixtures/computed';

export function ind(
  p: Partial<ComputedIndicator> & Pick<ComputedIndicator, 'name' | 'sheet' | 'row'>,
): ComputedIndicator {
  return computedIndicator(p);
}

export const info: UnitInfo = socTrangInfo({
  tenCoQuan: 'Sở Lao động - Thương binh và Xã hội',
  noiNhan: ['Bộ LĐTBXH;', 'UBND tỉnh;', 'Lưu: VT.'],
});

export const VL = 'Việc làm';
export const GDNN = 'GDNN';
export const GN = 'Giảm nghèo';

export const vl01 = ind({
  code: 'VL01',
  stt: '1',
  name: 'Giải quyết việc làm',
  sheet: VL,
  row: 5,
  period: 3932,
  ytd: 16344,
  plan: 28500,
  planPct: 57.35,
  lastYearYtd: 13665,
  changePct: 19.6,
  schedule: 'ahead',
  expectedPct: 50,
  children: [
    ind({
      code: 'VL01.1',
      name: 'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
      sheet: VL,
      row: 6,
      level: 1,
      period: 61,
      ytd: 193,
      plan: 350,
      planPct: 55.14,
      schedule: 'ahead',
      expectedPct: 50,
    }),
    ind({ code: 'VL01.2', name: '- Lao động nữ', sheet: VL, row: 7, level: 1, period: 1870, ytd: 7910 }),
  ],
});
export const vl02 = ind({
  code: 'VL02',
  stt: '2',
  name: 'Tư vấn việc làm',
  unit: 'lượt người',
  sheet: VL,
  row: 8,
  period: 2625,
  ytd: 12874,
});
export const vl03 = ind({
  code: 'VL03',
  stt: '3',
  name: 'Số người có quyết định hưởng trợ cấp thất nghiệp',
  sheet: VL,
  row: 9,
  period: 1650,
  ytd: 9522,
  lastYearYtd: 7899,
  changePct: 20.55,
});
export const gd01 = ind({
  code: 'GD01',
  stt: '1',
  name: 'Tuyển sinh và đào tạo nghề nghiệp',
  sheet: GDNN,
  row: 5,
  period: 2971,
  ytd: 7680,
  plan: 19000,
  planPct: 40.42,
  schedule: 'behind',
  expectedPct: 50,
});
export const gd02 = ind({
  code: 'GD02',
  stt: '2',
  name: 'Số người tốt nghiệp',
  sheet: GDNN,
  row: 6,
  period: 1215,
  ytd: 9100,
  plan: 18000,
  planPct: 50.56,
  schedule: 'on_schedule',
  expectedPct: 50,
  incomplete: true,
  missingMonths: [5],
});
export const gn01 = ind({
  code: 'GN01',
  stt: '1',
  name: 'Tỷ lệ hộ nghèo',
  unit: '%',
  kind: 'rate',
  sheet: GN,
  row: 6,
  group: '9.1. Kết quả giảm nghèo',
  period: 1.98,
  ytd: 1.98,
  target: { op: '<', value: 2.1 },
  targetMet: true,
  targetGap: -0.12,
  lastYearYtd: 3.27,
  changePct: -1.29,
});
export const gn02 = ind({
  code: 'GN02',
  stt: '2',
  name: 'Số hộ nghèo',
  unit: 'hộ',
  kind: 'stock',
  sheet: GN,
  row: 7,
  group: '9.1. Kết quả giảm nghèo',
  period: 6034,
  ytd: 6034,
  lastYearYtd: 9850,
  changePct: -38.74,
});
export const gn03 = ind({
  code: 'GN03',
  name: '=Số hộ cận nghèo',
  unit: 'hộ',
  kind: 'stock',
  sheet: GN,
  row: 8,
  group: '9.1. Kết quả giảm nghèo',
  period: 8120,
  ytd: 8120,
  note: '+ số liệu tạm tính',
});

export const fractionalWarning: Finding = {
  severity: 'warning',
  code: 'FRACTIONAL_COUNT',
  sheet: GDNN,
  cell: 'H5',
  message: {
    vi: 'Ô H5 có giá trị 2,971 ở đơn vị đếm "người"; có thể là 2.971 (dấu chấm phân cách hàng nghìn).',
    en: 'Cell H5 holds 2.971 in a count unit; probably 2971.',
  },
  suggestion: 2971,
};
export const missingMonth: Finding = {
  severity: 'warning',
  code: 'MISSING_MONTH',
  sheet: GDNN,
  cell: 'G6',
  message: { vi: 'Thiếu số liệu tháng 5 (ô G6).', en: 'Month 5 is empty (G6).' },
};
export const missingInfo: Finding = {
  severity: 'warning',
  code: 'MISSING_INFO_KEY',
  sheet: 'Thông tin',
  cell: 'A1',
  message: { vi: 'Thiếu mục "Số ký hiệu" trong sheet Thông tin; dùng giá trị mặc định.', en: 'Missing key.' },
};

export function socTrangJune2024(): ComputedReport {
  return {
    period: { kind: 'month', from: 6, to: 6, year: 2024, label: 'tháng 6 năm 2024' },
    info,
    sectors: [
      { title: 'Lao động - Việc làm', sheet: VL, indicators: [vl01, vl02, vl03] },
      { title: 'Giáo dục nghề nghiệp', sheet: GDNN, indicators: [gd01, gd02] },
      { title: 'Giảm nghèo', sheet: GN, indicators: [gn01, gn02, gn03] },
    ],
    issues: [fractionalWarning, missingMonth, missingInfo],
    content: [],
  };
}
