/**
 * What the host lets the pane do. Office.context.platform values: "PC"
 * (Windows desktop, WebView2), "Mac", "OfficeOnline" (Excel on the web),
 * "iOS", "Android", "Universal". In a plain browser (tests) it is undefined.
 */

export interface HostInfo {
  /** Office.context.platform as a string, or null outside Office. */
  platform: string | null;
  /** Office.context.displayLanguage, e.g. "vi-VN", "en-US". */
  displayLanguage: string | null;
}

/**
 * - `ok`: blob + <a download> works (Excel on the web, a plain browser).
 * - `unreliable`: Windows desktop (WebView2) — works on some builds, silently
 *   does nothing on others; offer it but point to the alternatives.
 * - `unsupported`: Mac (WKWebView ignores downloads), iPad, Android.
 */
export type DownloadSupport = 'ok' | 'unreliable' | 'unsupported';

export function downloadSupport(platform: string | null | undefined): DownloadSupport {
  switch (platform) {
    case null:
    case undefined:
    case 'OfficeOnline':
      return 'ok';
    case 'PC':
    case 'Universal':
      return 'unreliable';
    default:
      // Mac, iOS, Android and anything unknown.
      return 'unsupported';
  }
}

/** Minimum requirement sets; the manifest declares the same (test/manifest checks it). */
export const REQUIRED_SETS: ReadonlyArray<{ name: string; version: string }> = [
  // 1.9: cell indent levels (getCellProperties), page layout, many ranges at once.
  // Newer sets (1.18 notes, 1.20 one undo step) are used only when present.
  { name: 'ExcelApi', version: '1.9' },
  // Ribbon command and task pane share one JavaScript runtime.
  { name: 'SharedRuntime', version: '1.1' },
];

/** English month/period names for the period picker (the workbook's labels are Vietnamese). */
export function englishPeriodLabel(key: string, year: number | null): string | null {
  const y = year ? ` ${year}` : '';
  const k = key.trim().toUpperCase();
  let m: RegExpMatchArray | null;
  if ((m = /^T(\d{1,2})$/.exec(k))) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    const name = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, month - 1, 1)),
    );
    return `${name}${y}`;
  }
  if ((m = /^Q([1-4])$/.exec(k))) return `Q${m[1]}${y}`;
  if (k === 'H1') return `First half${y}`;
  if (k === '9M') return `Nine months${y}`;
  if (k === 'Y') return `Full year${y}`;
  return null;
}

/** Group of a period key in the picker. */
export function periodGroup(key: string): 'month' | 'quarter' | 'longer' {
  const k = key.trim().toUpperCase();
  if (/^T\d{1,2}$/.test(k)) return 'month';
  if (/^Q[1-4]$/.test(k)) return 'quarter';
  return 'longer';
}
