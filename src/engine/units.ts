/** Units whose figures are whole counts (FRACTIONAL_COUNT), compared normalised. */
import { normalizeLabel, normalizeShort } from './normalize';

export const COUNT_UNITS: readonly string[] = [
  'người',
  'lượt',
  'lượt người',
  'người lao động',
  'lao động',
  'hồ sơ',
  'hộ',
  'hộ gia đình',
  'lượt hộ',
  'trẻ',
  'trẻ em',
  'đối tượng',
  'giấy phép',
  'phiên',
  'vụ',
  'việc',
  'trường hợp',
  'cơ sở',
  'doanh nghiệp',
  'học viên',
  'học sinh',
  'sinh viên',
  'xã',
  'phường',
  'thôn',
  'ấp',
  'khóm',
  'cuộc',
  'lớp',
  'đơn vị',
  'văn bản',
  'đơn',
  'căn',
  'căn nhà',
  'nhà',
  'công trình',
  'thẻ',
  'suất',
  'phần quà',
  'quyết định',
  'cá nhân',
  'tổ chức',
  'đoàn',
  'lần',
  'buổi',
  'hội nghị',
  'tập thể',
  'gia đình',
  'mô hình',
  'câu lạc bộ',
  'nhóm',
  'cán bộ',
  'thành viên',
  'cơ sở giáo dục',
  'trường',
  'bệnh nhân',
  'ca',
  'con',
  'chiếc',
  'bộ',
  'cuốn',
  'tin',
  'bài',
  'lao động/lượt',
];

const COUNT_SET = new Set(COUNT_UNITS.map(normalizeLabel));

/** True for count units ("người", "lượt người", "Hồ sơ", "người/lượt"). */
export function isCountUnit(unit: string): boolean {
  const u = normalizeShort(unit).replace(/[()]/g, '').trim();
  if (!u) return false;
  if (COUNT_SET.has(u)) return true;
  return u.split(/\s*[/,]\s*/).some((p) => COUNT_SET.has(p));
}

/** True for a percentage unit ("%", "Tỷ lệ %"). */
export function isPercentUnit(unit: string): boolean {
  return unit.includes('%');
}
