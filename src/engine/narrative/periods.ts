/**
 * Period wording for the narrative: the next period ("tháng 7 năm 2024"),
 * section headings, the subject line and the year-to-date label ("tháng 6/2024").
 */
import type { Period } from '../types';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The label of a period, built from its fields (the engine's `label` is used when present). */
export function periodLabel(p: Period): string {
  if (p.label) return p.label;
  switch (p.kind) {
    case 'month':
      return `tháng ${p.to} năm ${p.year}`;
    case 'quarter':
      return `quý ${ROMAN[Math.ceil(p.to / 3)] ?? ''} năm ${p.year}`;
    case 'half':
      return `6 tháng đầu năm ${p.year}`;
    case 'nine_months':
      return `9 tháng năm ${p.year}`;
    default:
      return `năm ${p.year}`;
  }
}

/**
 * The period that follows, as the text names it: month 6 → "tháng 7 năm 2024",
 * month 12 → "tháng 1 năm 2025", quarter II → "quý III năm 2024", quarter IV →
 * "quý I năm 2025", first half → "6 tháng cuối năm 2024", nine months →
 * "quý IV năm 2024", year 2024 → "năm 2025".
 */
export function nextPeriodLabel(p: Period): string {
  switch (p.kind) {
    case 'month':
      return p.to >= 12 ? `tháng 1 năm ${p.year + 1}` : `tháng ${p.to + 1} năm ${p.year}`;
    case 'quarter': {
      const q = Math.ceil(p.to / 3);
      return q >= 4 ? `quý I năm ${p.year + 1}` : `quý ${ROMAN[q + 1]} năm ${p.year}`;
    }
    case 'half':
      return `6 tháng cuối năm ${p.year}`;
    case 'nine_months':
      return `quý IV năm ${p.year}`;
    case 'year':
    default:
      return `năm ${p.year + 1}`;
  }
}

/** "tháng 6/2024": the end of the year-to-date span, as the seeds write it after "lũy kế đến hết". */
export function ytdLabel(p: Period): string {
  return `tháng ${p.to}/${p.year}`;
}

/** "I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024"; a year, as seeds 002/003: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024". */
export function resultsHeading(p: Period): string {
  const what = p.kind === 'year' ? 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ' : 'TÌNH HÌNH THỰC HIỆN';
  return `I. ${what} ${periodLabel(p).toLocaleUpperCase('vi')}`;
}

/** What section II is about: "nhiệm vụ trọng tâm tháng 7 năm 2024"; for a year "phương hướng, nhiệm vụ trọng tâm năm 2025". */
function tasksPhrase(p: Period): string {
  const next = nextPeriodLabel(p);
  return p.kind === 'year' ? `phương hướng, nhiệm vụ trọng tâm ${next}` : `nhiệm vụ trọng tâm ${next}`;
}

/** "II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024" */
export function tasksHeading(p: Period): string {
  return `II. ${tasksPhrase(p).toLocaleUpperCase('vi')}`;
}

/** "Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024" */
export function subjectLine(p: Period): string {
  return `Kết quả thực hiện nhiệm vụ ${periodLabel(p)} và ${tasksPhrase(p)}`;
}
