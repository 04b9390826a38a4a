/**
 * "Mẫu câu" placeholders: the ten of outputs.md §2, then four extensions
 * needed to write the seeds' sentences as templates — {ky_luy_ke} "tháng
 * 6/2024" ("lũy kế đến hết tháng 6/2024"), {nam_truoc} last year ("2023"),
 * {chi_tiet} / {chi_tiet_luy_ke} the children of the period / of the year to
 * date in parentheses. Anything else in braces is an UNKNOWN_PLACEHOLDER warning.
 */
export const KNOWN_PLACEHOLDERS = [
  'ten',
  'dvt',
  'ky',
  'thuc_hien',
  'luy_ke',
  'ke_hoach',
  'ty_le_kh',
  'cung_ky',
  'so_cung_ky',
  'pham_vi',
  'ky_luy_ke',
  'nam_truoc',
  'chi_tiet',
  'chi_tiet_luy_ke',
] as const;

export type Placeholder = (typeof KNOWN_PLACEHOLDERS)[number];

const KNOWN = new Set<string>(KNOWN_PLACEHOLDERS);

/** Names inside {…} in a template, in order (trimmed, as written). */
export function templatePlaceholders(template: string): string[] {
  const out: string[] = [];
  const re = /\{([^{}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template))) out.push(m[1].trim());
  return out;
}

export function unknownPlaceholders(template: string): string[] {
  return [...new Set(templatePlaceholders(template).filter((p) => !KNOWN.has(p)))];
}
