/**
 * An AddinService whose implementation arrives later: every call waits for
 * its code (fetched once), then forwards. index.tsx gives two pieces:
 *
 * - `loadReader`: the first read alone (src/hosts/office/load.ts, chunk
 *   `office-read`, preloaded by taskpane.html and requested before Office is
 *   ready) — `load()` goes through it, so the period picker waits for the
 *   read and the parser only;
 * - `loadService`: the whole Office service (computing, narrative, writing,
 *   the chain's tools), requested by `prefetch()` once the pane is on screen,
 *   or by the first call that needs it.
 *
 * Without `loadReader` the whole service is fetched at once and does `load()`
 * too. A failed fetch rejects each call with its error, which the pane shows
 * like any other failure (with its retry button); the next call fetches again.
 */
import type { AddinService, ChainTools, WorkbookState } from '../pipeline/service';

function tools(s: AddinService): ChainTools {
  if (!s.chain) throw new Error('This host has no chain tools.');
  return s.chain;
}

/** A service for an open workbook: it can select cells and write "Thông tin". */
type WorkbookService = AddinService & Required<Pick<AddinService, 'selectCell' | 'saveInfo'>>;

/** `load()` on its own (the first screen's read). */
type Reader = () => Promise<WorkbookState>;

/** `fetch()` once; after a failure, the next call fetches again. */
function once<T>(fetch: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= fetch().catch((e: unknown) => {
      pending = null; // a later call (retry) fetches again
      throw e;
    });
    return pending;
  };
}

export function lazyService(
  loadService: () => Promise<WorkbookService>,
  loadReader?: () => Promise<Reader>,
): WorkbookService & { prefetch(): void } {
  const get = once(loadService);
  const reader = loadReader ? once(loadReader) : null;
  const prefetch = (): void => void get().catch(() => undefined);
  // Without a separate reader, the service itself reads: start fetching it now.
  if (!reader) prefetch();
  return {
    prefetch,
    load: () => (reader ? reader().then((read) => read()) : get().then((s) => s.load())),
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
