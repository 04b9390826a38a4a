/** Parsing of the "Thông tin đơn vị" form fields (pure; testable in Node). */

/** Parses the year field: '' → null, 4 digits → number, else undefined (invalid). */
export function parseYear(s: string): number | null | undefined {
  const v = s.trim();
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1900 && n <= 2999 ? n : undefined;
}

/** "Nơi nhận" textarea → one recipient per non-blank line, trimmed. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
