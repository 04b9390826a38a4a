/**
 * Browser-test entry: the real task pane (boot → App) with a fake Office global
 * and a FakeService. Query parameters choose the situation:
 *   lang=en-US           Office display language (default vi-VN)
 *   platform=Mac|PC|OfficeOnline   Office.context.platform (default OfficeOnline)
 *   old=1                ExcelApi 1.9 not supported (Excel 2019 and older)
 *   readyDelay=ms, readyTimeout=ms   Office.onReady slower than the pane's patience
 *   host=none            opened outside Office (onReady gives host null)
 *   noOffice=1           office.js failed to load (no Office global)
 *   errors=0             only warnings (generate not blocked)
 *   clipboard=blocked    navigator.clipboard.write rejects (Excel on the web iframe)
 *   clipboard=none       …and document.execCommand('copy') fails too
 *   failLoad=1 / failCheck=1   the service rejects
 *   reportInGenerate=0   GenerateResult without the optional report
 *   theme=dark           Office's dark theme (body background #262626)
 *   plainBlock=1         generate blocked with a plain Error instead of ValidationBlockedError
 *   many=1               20 more warnings on one sheet (long list)
 *   failSelect=1         selectCell rejects (sheet renamed/deleted since the check)
 *   infos=1              info findings too (kind inferred, a year block ignored)
 *   loadDelay=ms         reading the workbook takes this long (default 30)
 * window.__bcn exposes the fake's calls and copy events to the test.
 */
import { boot, type OfficeLike } from '../../src/taskpane/boot';
import { requestShowFindings, requestShowResult } from '../../src/taskpane/events';
import { reportRibbonError } from '../../src/commands/handoff';
import { FakeService, findingsFor, narrativeFor, reportFor } from './fakeService';
import type { GenerateResult } from '../../src/pipeline/service';

const q = new URLSearchParams(location.search);

const fake = new FakeService({
  withErrors: q.get('errors') !== '0',
  stepDelayMs: Number(q.get('stepDelay') ?? 250),
  failLoad: q.get('failLoad') === '1',
  failCheck: q.get('failCheck') === '1',
  reportInGenerate: q.get('reportInGenerate') !== '0',
  many: q.get('many') === '1',
  plainBlock: q.get('plainBlock') === '1',
  failSelect: q.get('failSelect') === '1',
  infos: q.get('infos') === '1',
  generationRunning: q.get('generationRunning') === '1',
  loadDelayMs: q.get('loadDelay') ? Number(q.get('loadDelay')) : undefined,
});

/** What the pane showed while it started, in order (the test of the first screen reads it). */
const seen: string[] = [];
new MutationObserver(() => {
  const now = document.querySelector('[data-testid="period-picker"]')
    ? 'picker'
    : document.querySelector('[data-testid="loading"]')
      ? 'spinner'
      : document.getElementById('boot-message')
        ? 'boot-message'
        : 'other';
  if (seen[seen.length - 1] !== now) seen.push(now);
}).observe(document, { childList: true, subtree: true });

interface CopyRecord {
  html: string;
  text: string;
}
const copies: CopyRecord[] = [];
// Runs after the pane's own document-level copy handler (bubbling reaches window last).
window.addEventListener('copy', (e) => {
  copies.push({
    html: e.clipboardData?.getData('text/html') ?? '',
    text: e.clipboardData?.getData('text/plain') ?? '',
  });
});

const clip = q.get('clipboard');
if (clip === 'blocked' || clip === 'none') {
  const blocked = (): Promise<never> =>
    Promise.reject(
      new DOMException(
        'The Clipboard API has been blocked because of a permissions policy applied to the current document.',
        'NotAllowedError',
      ),
    );
  if (navigator.clipboard) {
    Object.defineProperty(navigator.clipboard, 'write', { value: blocked, configurable: true });
    Object.defineProperty(navigator.clipboard, 'writeText', { value: blocked, configurable: true });
  }
}
if (clip === 'none') {
  Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
}

const fakeOffice: OfficeLike = {
  onReady: () =>
    new Promise((resolve) =>
      setTimeout(
        () =>
          resolve({ host: q.get('host') === 'none' ? null : 'Excel', platform: q.get('platform') ?? 'OfficeOnline' }),
        Number(q.get('readyDelay') ?? 20),
      ),
    ),
  context: {
    displayLanguage: q.get('lang') ?? 'vi-VN',
    officeTheme: { bodyBackgroundColor: q.get('theme') === 'dark' ? '#262626' : '#FFFFFF' },
    platform: q.get('platform') ?? 'OfficeOnline',
    requirements: {
      isSetSupported: (name: string, version?: string) => {
        // Excel 2019 supports ExcelApi up to 1.8 (compare the minor version as a number: 1.9 > 1.8).
        if (q.get('old') === '1' && name === 'ExcelApi') return Number((version ?? '1.1').split('.')[1]) <= 8;
        return true;
      },
    },
  },
};

(window as unknown as { __bcn: unknown }).__bcn = {
  calls: fake.calls,
  seen,
  copies,
  requestShowFindings,
  reportRibbonError,
  /** What the ribbon's one-click generation hands over (period T5, warnings only). */
  showRibbonResult: () => {
    const findings = findingsFor(false);
    const result: GenerateResult = {
      reportSheet: 'BC T5-2024',
      narrativeSheet: 'ND T5-2024',
      counts: { indicators: 48, completed: 2, ahead: 10, onSchedule: 11, behind: 7, incomplete: 1 },
      findings,
      narrative: narrativeFor('T5'),
      report: reportFor('T5', findings),
    };
    requestShowResult('T5', result);
  },
};

const container = document.getElementById('container');
if (container) {
  void boot(container, q.get('noOffice') === '1' ? undefined : fakeOffice, () => fake, {
    readyTimeoutMs: q.get('readyTimeout') ? Number(q.get('readyTimeout')) : undefined,
  });
}
