/**
 * Text every output cell can hold, at the layout → writer boundary (the ExcelJS
 * writer, the Office.js renderer and the pipeline's `outputLayouts` all pass
 * layouts through `safeLayout`):
 *
 * - characters XML 1.0 forbids are removed: U+0000–U+0008, U+000B, U+000C,
 *   U+000E–U+001F, U+FFFE, U+FFFF and lone surrogates (an .xlsx holding one is
 *   refused by Excel and blanks text in LibreOffice); tab, line feed and
 *   carriage return stay;
 * - a cell longer than Excel's 32 767 characters is cut, on a character
 *   boundary, and ends with a visible mark "… [đã cắt bớt]"; the caller gets
 *   the cut cells to report them (`TEXT_TRUNCATED`).
 */
import type { SheetLayout } from './types';
import { a1 } from '../normalize';

export const MAX_CELL_CHARS = 32_767;
export const TRUNCATION_MARK = '… [đã cắt bớt]';

// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** `s` without the characters XML 1.0 forbids (surrogate pairs kept). */
export function xmlSafe(s: string): string {
  if (!SUSPECT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      }
      continue; // a lone high surrogate
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // a lone low surrogate
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += s[i];
  }
  return out;
}

/** `s` made XML-safe and cut to Excel's cell limit; `cut` says whether it was cut. */
export function safeCellText(s: string): { text: string; cut: boolean } {
  const clean = xmlSafe(s);
  if (clean.length <= MAX_CELL_CHARS) return { text: clean, cut: false };
  let end = MAX_CELL_CHARS - TRUNCATION_MARK.length;
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // never split a surrogate pair
  return { text: clean.slice(0, end) + TRUNCATION_MARK, cut: true };
}

export interface SafeLayoutResult {
  layout: SheetLayout;
  /** A1 addresses of the cells that were cut to the limit. */
  truncated: string[];
}

/** A copy of the layout whose every text (cells, notes, footer, rule texts, chart names) is safe to write. */
export function safeLayout(layout: SheetLayout): SafeLayoutResult {
  const truncated: string[] = [];
  const cells = layout.cells.map((c) => {
    let value = c.value;
    if (typeof value === 'string') {
      const r = safeCellText(value);
      if (r.cut) truncated.push(a1(c.row, c.col));
      value = r.text;
    }
    const comment = c.comment === undefined ? undefined : safeCellText(c.comment).text;
    // a cell whose texts are safe already is kept, not copied (layouts are not modified once built)
    if (value === c.value && comment === c.comment) return c;
    const out = { ...c, value };
    if (comment !== undefined) out.comment = comment;
    return out;
  });
  const safe: SheetLayout = {
    ...layout,
    cells,
    conditional: layout.conditional.map((r) => ({ ...r, textEquals: xmlSafe(r.textEquals) })),
    print: { ...layout.print, ...(layout.print.footer !== undefined ? { footer: xmlSafe(layout.print.footer) } : {}) },
  };
  if (layout.chart)
    safe.chart = { ...layout.chart, title: xmlSafe(layout.chart.title), seriesName: xmlSafe(layout.chart.seriesName) };
  return { layout: safe, truncated };
}
