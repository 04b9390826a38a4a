/**
 * The open workbook's state for the task pane (AddinService.load): read.ts's
 * two syncs, the engine's parse, the period list (src/pipeline/state.ts).
 *
 * Its own chunk (`office-read`), which taskpane.html preloads: the period
 * picker waits for this and nothing else. The rest of the Office service
 * (computing, the narrative, the layouts, writing, the chain's tools) is
 * fetched once the pane is shown (src/taskpane/index.tsx). service.ts reads
 * through the same functions, so there is one way to read and parse.
 */
import { parseGrid, workbookState } from '../../pipeline/state';
import { ValidationBlockedError, type WorkbookState } from '../../pipeline/service';
import type { ParsedWorkbook } from '../../engine/types';
import { readWorkbook, type ReadResult } from './read';
import { langOf, toUserError, type ErrorContext, type Lang } from './errors';

export interface OfficeServiceDeps {
  /** Defaults to the global Excel.run. */
  run?: typeof Excel.run;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Defaults to Office.context.displayLanguage. */
  displayLanguage?: () => string | undefined;
}

/** Excel.run and the display language, from `deps` or the Office globals. */
export interface OfficeAccess {
  runBatch: <T>(...args: unknown[]) => Promise<T>;
  lang(): Lang;
}

export function officeAccess(deps: OfficeServiceDeps = {}): OfficeAccess {
  const run = deps.run ?? ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args));
  return {
    runBatch: run as <T>(...args: unknown[]) => Promise<T>,
    lang: (): Lang =>
      langOf(
        deps.displayLanguage
          ? deps.displayLanguage()
          : typeof Office !== 'undefined'
            ? Office.context?.displayLanguage
            : undefined,
      ),
  };
}

/** Any failure as the user's message in the display language (a ValidationBlockedError passes through). */
export function officeFailure(access: OfficeAccess, e: unknown, sheet?: string, context?: ErrorContext): never {
  if (e instanceof ValidationBlockedError) throw e;
  throw toUserError(e, access.lang(), sheet, context);
}

/** Read the workbook (one Excel.run, 2 syncs) and parse it. */
export async function readParsed(access: OfficeAccess): Promise<{ read: ReadResult; parsed: ParsedWorkbook }> {
  try {
    const read = await access.runBatch<ReadResult>((ctx: Excel.RequestContext) => readWorkbook(ctx));
    return { read, parsed: parseGrid(read.grid) };
  } catch (e) {
    return officeFailure(access, e);
  }
}

/** AddinService.load over the open workbook: periods (with/without data), default period, unit info. */
export async function loadState(access: OfficeAccess): Promise<WorkbookState> {
  const { read, parsed } = await readParsed(access);
  return workbookState(parsed, read.rememberedPeriod);
}

/** `load` alone, for the pane's first screen (the whole service: createOfficeService). */
export function createOfficeLoad(deps: OfficeServiceDeps = {}): () => Promise<WorkbookState> {
  const access = officeAccess(deps);
  return () => loadState(access);
}
