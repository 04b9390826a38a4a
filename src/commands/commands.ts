/**
 * Ribbon commands. Runs in the shared runtime (taskpane.html loads this
 * bundle too; manifest FunctionFile = Taskpane.Url).
 *
 * "Tạo báo cáo" (FunctionName generateReport): writes the report for the last
 * period chosen in this workbook, else the latest month with data. Validation
 * errors → nothing is written; the task pane opens on the findings. Any other
 * error → the task pane opens with the message. event.completed() is called on
 * every path.
 */
import type { OfficeService } from '../hosts/office/service';
import { describeOfficeError, langOf } from '../hosts/office/errors';
import { requestShowFindings, requestShowResult } from '../taskpane/events';
import type { GenerateResult } from '../pipeline/service';
import { reportRibbonError } from './handoff';

/** Must equal <FunctionName> in manifest.xml (test/manifest checks it). */
export const GENERATE_ACTION_ID = 'generateReport';

export interface CommandDeps {
  service?: () => OfficeService | Promise<OfficeService>;
  showTaskpane?: () => Promise<void>;
  showFindings?: (periodKey: string) => void;
  /** Hands a written report to the pane (shown there when the user opens it). */
  showResult?: (periodKey: string, result: GenerateResult) => void;
  showError?: (message: string) => void;
  lang?: () => 'vi' | 'en';
}

function defaultLang(): 'vi' | 'en' {
  return langOf(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
}

async function openPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane may already be open or the host may refuse; the hand-off is parked either way.
  }
}

/** Builds the ribbon handler (deps injectable for tests). */
export function makeGenerateHandler(deps: CommandDeps = {}): (event: Office.AddinCommands.Event) => Promise<void> {
  // The Office service (engine, pipeline, renderer) is its own chunk, fetched on the first click:
  // taskpane.html loads this bundle too, and the pane's first screen should not wait for it.
  const service = deps.service ?? (async () => (await import('../hosts/office/service')).createOfficeService());
  const showTaskpane = deps.showTaskpane ?? openPane;
  const showFindings = deps.showFindings ?? ((k: string) => requestShowFindings(k));
  const showError = deps.showError ?? ((m: string) => reportRibbonError(m));
  const showResult = deps.showResult ?? ((k: string, r: GenerateResult) => requestShowResult(k, r));
  const lang = deps.lang ?? defaultLang;
  return async (event) => {
    try {
      const outcome = await (await service()).generateDefault();
      if (outcome.kind === 'blocked') {
        await showTaskpane();
        showFindings(outcome.periodKey);
      } else {
        // The report sheet is already active; the pane (if the user opens it)
        // shows the summary, the preview and copy/download for this report.
        showResult(outcome.periodKey, outcome.result);
      }
    } catch (e) {
      const text = describeOfficeError(e).text[lang()];
      try {
        await showTaskpane();
        showError(text);
      } catch {
        // nothing more a ribbon command can do
      }
    } finally {
      event.completed();
    }
  };
}

export const generateReport = makeGenerateHandler();

// Registered at the top level of the entry, as soon as office.js has loaded,
// not inside Office.onReady: a shared-runtime ribbon button whose function is
// associated late does nothing on the first click (OfficeDev/office-js#5176,
// #3378, #2744). Microsoft's samples do the same.
if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate(GENERATE_ACTION_ID, generateReport);
}
