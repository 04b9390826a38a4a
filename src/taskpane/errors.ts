/**
 * Turns anything a service call rejected with into one readable line. Never a
 * stack trace: Office.js errors carry a `message` (and a `code`, which we append
 * because support staff ask for it); other values are stringified.
 */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object') {
    const msg = (e as { message?: unknown }).message;
    const code = (e as { code?: unknown }).code;
    const text = typeof msg === 'string' && msg.trim() ? msg.trim() : '';
    // Office.js OfficeExtension.Error: code like "InvalidArgument", "ItemNotFound".
    const codeText = typeof code === 'string' && code && !text.includes(code) ? ` (${code})` : '';
    if (text) return `${text}${codeText}`;
    if (codeText) return codeText.trim().replace(/^\(|\)$/g, '');
  }
  if (typeof e === 'string' && e.trim()) return e.trim();
  return String(e);
}
