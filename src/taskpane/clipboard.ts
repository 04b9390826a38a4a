/**
 * Copying the narrative so that it pastes into Word with headings intact.
 *
 * 1. navigator.clipboard.write with text/html + text/plain (desktop Excel,
 *    plain browsers). Excel on the web runs the pane in an iframe without the
 *    clipboard-write permission, so this rejects there.
 * 2. A hidden contenteditable holding the HTML, selected, document.execCommand('copy')
 *    — works inside the iframe while the click's user activation lasts.
 * 3. Neither: the caller selects the preview text and asks for Ctrl+C.
 */
export type CopyOutcome = 'rich' | 'fallback' | 'manual';

export async function copyRichText(html: string, text: string, doc: Document = document): Promise<CopyOutcome> {
  const win = doc.defaultView;
  const nav = win?.navigator;
  const ClipboardItemCtor = (win as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  if (nav?.clipboard && typeof nav.clipboard.write === 'function' && ClipboardItemCtor) {
    try {
      const item = new ClipboardItemCtor({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await nav.clipboard.write([item]);
      return 'rich';
    } catch {
      // Blocked by the permissions policy (web iframe) or denied: try the legacy path.
    }
  }
  if (execCommandCopy(html, text, doc)) return 'fallback';
  return 'manual';
}

function execCommandCopy(html: string, text: string, doc: Document): boolean {
  const holder = doc.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  // Off-screen but rendered (display:none cannot be selected).
  holder.style.cssText =
    'position:fixed;left:-10000px;top:0;width:600px;opacity:0;pointer-events:none;white-space:pre-wrap;';
  holder.innerHTML = html;
  doc.body.appendChild(holder);
  const sel = doc.getSelection();
  const saved: Range[] = [];
  // A DOM Selection, not an Office.js proxy (the office-addins rule keys on get…() calls).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  if (sel) for (let i = 0; i < sel.rangeCount; i++) saved.push(sel.getRangeAt(i));
  // Put both flavours on the clipboard explicitly when the browser lets us.
  const onCopy = (e: ClipboardEvent): void => {
    if (e.clipboardData) {
      e.clipboardData.setData('text/html', html);
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    }
  };
  doc.addEventListener('copy', onCopy);
  let ok = false;
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    sel?.removeAllRanges();
    sel?.addRange(range);
    ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    sel?.removeAllRanges();
    for (const r of saved) sel?.addRange(r);
    holder.remove();
  }
  return ok;
}

/** Selects the contents of `el` (last resort: the user presses Ctrl+C). */
export function selectElementText(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(range);
}
