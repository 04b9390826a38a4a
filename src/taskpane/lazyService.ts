/**
 * An AddinService whose implementation arrives later: every call waits for
 * `load()` (once), then forwards. index.tsx starts fetching the Office service
 * (engine, pipeline, Office.js renderer — its own chunk) as soon as the page
 * runs, in parallel with React's first render, instead of making the page's
 * first scripts carry it. A failed fetch rejects each call with its error, which
 * the pane shows like any other failure (with its retry button).
 */
import type { AddinService, ChainTools } from '../pipeline/service';

function tools(s: AddinService): ChainTools {
  if (!s.chain) throw new Error('This host has no chain tools.');
  return s.chain;
}

/** A service for an open workbook: it can select cells and write "Thông tin". */
type WorkbookService = AddinService & Required<Pick<AddinService, 'selectCell' | 'saveInfo'>>;

export function lazyService(load: () => Promise<WorkbookService>): WorkbookService {
  let pending: Promise<WorkbookService> | null = null;
  const get = (): Promise<WorkbookService> => {
    pending ??= load().catch((e: unknown) => {
      pending = null; // a later call (retry) fetches again
      throw e;
    });
    return pending;
  };
  // Start now: by the time the pane asks for the workbook, the chunk is usually here.
  void get().catch(() => undefined);
  return {
    load: () => get().then((s) => s.load()),
    check: (key) => get().then((s) => s.check(key)),
    generate: (key, opts, onStep) => get().then((s) => s.generate(key, opts, onStep)),
    selectCell: (sheet, cell) => get().then((s) => s.selectCell(sheet, cell)),
    saveInfo: (info) => get().then((s) => s.saveInfo(info)),
    // The Office service always has the chain's tools (src/hosts/office/chain.ts).
    chain: {
      makeTemplate: (req, onStep) => get().then((s) => tools(s).makeTemplate(req, onStep)),
      convertMonthly: (req, onStep) => get().then((s) => tools(s).convertMonthly(req, onStep)),
      consolidate: (files, req, onStep) => get().then((s) => tools(s).consolidate(files, req, onStep)),
    },
  };
}
