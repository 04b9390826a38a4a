/**
 * Hand-off from the ribbon command to the task pane (they share one runtime,
 * but each bundle has its own copy of this module: everything goes through
 * the window — an event name and a parked value — never module state).
 *
 * - `requestShowFindings("T6")`: the pane selects that period, runs the check
 *   and shows the findings (e.g. the ribbon's generate was blocked by errors).
 * - `requestShowResult("T6", result)`: the ribbon wrote the report; the pane
 *   shows the summary, findings, preview and the copy/download buttons.
 *
 * If the pane has not mounted yet, the request is parked on `window` and
 * delivered when it subscribes. Owner O: import from '../taskpane/events'.
 */
import type { GenerateResult } from '../pipeline/service';

export const SHOW_FINDINGS_EVENT = 'bcn:show-findings';
export const SHOW_RESULT_EVENT = 'bcn:show-result';

export interface ShowFindingsDetail {
  periodKey: string;
}

export interface ShowResultDetail {
  periodKey: string;
  result: GenerateResult;
}

type Parked = Record<string, unknown>;

function parkKey(event: string): string {
  return `__bcnPending:${event}`;
}

function send<T>(event: string, detail: T, target: Window): void {
  (target as unknown as Parked)[parkKey(event)] = detail;
  target.dispatchEvent(new CustomEvent<T>(event, { detail }));
}

function subscribe<T>(
  event: string,
  valid: (d: unknown) => d is T,
  handler: (d: T) => void,
  target: Window,
): () => void {
  const holder = target as unknown as Parked;
  const key = parkKey(event);
  const listener = (e: Event): void => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (valid(detail)) {
      holder[key] = undefined;
      handler(detail);
    }
  };
  target.addEventListener(event, listener);
  let active = true;
  const parked = holder[key];
  if (valid(parked)) {
    queueMicrotask(() => {
      if (active && holder[key] === parked) {
        holder[key] = undefined;
        handler(parked);
      }
    });
  }
  return () => {
    active = false;
    target.removeEventListener(event, listener);
  };
}

const isFindingsDetail = (d: unknown): d is ShowFindingsDetail =>
  typeof d === 'object' && d !== null && typeof (d as ShowFindingsDetail).periodKey === 'string';

const isResultDetail = (d: unknown): d is ShowResultDetail =>
  isFindingsDetail(d) &&
  typeof (d as ShowResultDetail).result === 'object' &&
  (d as ShowResultDetail).result !== null &&
  typeof (d as ShowResultDetail).result.reportSheet === 'string';

/** Asks the task pane to check `periodKey` and show the findings. */
export function requestShowFindings(periodKey: string, target: Window = window): void {
  send<ShowFindingsDetail>(SHOW_FINDINGS_EVENT, { periodKey }, target);
}

/** Subscribes the pane; returns the unsubscribe function. */
export function onShowFindings(handler: (detail: ShowFindingsDetail) => void, target: Window = window): () => void {
  return subscribe(SHOW_FINDINGS_EVENT, isFindingsDetail, handler, target);
}

/** Tells the task pane that the ribbon wrote a report (shows summary, preview, copy/download). */
export function requestShowResult(periodKey: string, result: GenerateResult, target: Window = window): void {
  send<ShowResultDetail>(SHOW_RESULT_EVENT, { periodKey, result }, target);
}

export function onShowResult(handler: (detail: ShowResultDetail) => void, target: Window = window): () => void {
  return subscribe(SHOW_RESULT_EVENT, isResultDetail, handler, target);
}
