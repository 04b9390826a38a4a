/**
 * Renderers of the narrative document: plain text (the ND sheet, JSON, the
 * clipboard's text/plain) and HTML (the clipboard's text/html, pasting into
 * Word with headings, Times New Roman 14 pt, justified, first-line indent).
 */
import type { Block, NarrativeDoc, Run } from './model';

function runsText(runs: Run[]): string {
  return (runs ?? []).map((r) => r.text ?? '').join('');
}

function blockText(b: Block): string {
  return b.type === 'heading' ? b.text : runsText(b.runs);
}

export interface RenderOptions {
  /**
   * Put the subject line ("Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và …")
   * first. Default: yes in HTML (the clipboard, where users expect what the
   * preview shows), no in text (the JSON `narrative`, outputs.md §4, is the
   * body from the opening paragraph on; the clipboard passes `{ subject: true }`).
   */
  subject?: boolean;
}

/** One line per heading or paragraph (no blank lines). */
export function narrativeToText(doc: NarrativeDoc, opts: RenderOptions = {}): string {
  const subject = opts.subject && doc.subject ? [doc.subject] : [];
  return [...subject, ...(doc.blocks ?? []).map(blockText)].map((s) => s.replace(/[\r\n]+/g, ' ')).join('\n');
}

export function escapeHtml(s: string): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const FONT = "font-family:'Times New Roman',Times,serif;font-size:14pt;line-height:1.3;color:#000000;";
const STYLE = {
  h1: `${FONT}font-weight:bold;margin:12pt 0 6pt 0;text-indent:1cm;text-align:justify;`,
  h2: `${FONT}font-weight:bold;margin:6pt 0 6pt 0;text-indent:1cm;text-align:justify;`,
  h3: `${FONT}font-weight:bold;font-style:italic;margin:6pt 0 6pt 0;text-indent:1cm;text-align:justify;`,
  p: `${FONT}font-weight:normal;margin:0 0 6pt 0;text-indent:1cm;text-align:justify;`,
  /** The subject line as Nghị định 30 sets it under "BÁO CÁO": bold, centred. */
  subject: `${FONT}font-weight:bold;margin:0 0 12pt 0;text-align:center;`,
};

function runHtml(r: Run): string {
  let s = escapeHtml(r.text ?? '');
  if (r.bold) s = `<b>${s}</b>`;
  if (r.italic) s = `<i>${s}</i>`;
  return s;
}

/** HTML for the clipboard: the subject, then <h1>/<h2>/<h3>/<p> with inline styles, text escaped. */
export function narrativeToHtml(doc: NarrativeDoc, opts: RenderOptions = {}): string {
  const subject =
    (opts.subject ?? true) && doc.subject ? [`<p style="${STYLE.subject}">${escapeHtml(doc.subject)}</p>`] : [];
  const parts = (doc.blocks ?? []).map((b) => {
    if (b.type === 'heading') {
      const tag = b.level === 1 ? 'h1' : b.level === 2 ? 'h2' : 'h3';
      return `<${tag} style="${STYLE[tag]}">${escapeHtml(b.text)}</${tag}>`;
    }
    return `<p style="${STYLE.p}">${(b.runs ?? []).map(runHtml).join('')}</p>`;
  });
  return `<div lang="vi" style="${FONT}">${[...subject, ...parts].join('')}</div>`;
}
