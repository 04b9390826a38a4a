/** "Mẫu câu" placeholders (outputs.md §2). Anything else in braces is an UNKNOWN_PLACEHOLDER warning. */
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
