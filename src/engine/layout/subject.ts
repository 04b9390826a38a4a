/**
 * The report's subject line ("Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và
 * nhiệm vụ trọng tâm tháng 7 năm 2024"), centred and bold in the .docx and on
 * the narrative sheet: broken into balanced lines so that the last line never
 * holds a lone "năm 2025".
 */

/**
 * Period phrases never break across lines: "tháng 7 năm 2024", "quý II năm
 * 2024", "6 tháng đầu năm 2024", "năm 2025" get no-break spaces.
 */
export function keepPeriodsTogether(text: string): string {
  return text.replace(
    /\d+\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}|(?:tháng|quý)\s+[0-9IVX]+(?:\s+năm\s+\d{4}|\/\d{4})?|năm\s+\d{4}/gi,
    (m) => m.replace(/\s+/g, '\u00A0'),
  );
}

/**
 * The subject's printed lines for lines of `perLine` characters. One line when
 * it fits; otherwise two balanced lines, broken before "và" or after a comma
 * when that keeps both lines within `perLine` (as the seeds do: "Kết quả thực
 * hiện nhiệm vụ năm 2024 / và phương hướng, nhiệm vụ trọng tâm năm 2025"), else
 * at the space that makes the longer line shortest. Period phrases stay whole;
 * a subject too long for two lines is left to the host's wrapping.
 */
export function subjectLines(subject: string, perLine: number): string[] {
  const text = keepPeriodsTogether(subject.replace(/\s+/g, ' ').trim());
  const len = (s: string) => Array.from(s).length;
  if (len(text) <= perLine || len(text) > 2 * perLine) return [text];
  const splits: { at: number; preferred: boolean }[] = [];
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1))
    splits.push({ at: i, preferred: text.startsWith('và ', i + 1) || text[i - 1] === ',' });
  const longest = (at: number) => Math.max(len(text.slice(0, at)), len(text.slice(at + 1)));
  const fitting = splits.filter((sp) => longest(sp.at) <= perLine);
  const pool = fitting.some((sp) => sp.preferred) ? fitting.filter((sp) => sp.preferred) : fitting;
  if (!pool.length) return [text];
  const best = pool.reduce((x, y) => (longest(y.at) < longest(x.at) ? y : x));
  return [text.slice(0, best.at), text.slice(best.at + 1)];
}
