/**
 * Hand-off from the ribbon command to the task pane (they share one runtime).
 *
 * The ribbon calls `requestShowFindings("T6")` after it has opened the pane
 * (e.g. when generate was blocked by validation errors). The pane then selects
 * that period, runs the check and shows the findings. If the pane has not
 * mounted yet, the request is parked on `window` and picked up on mount.
 *
 * Owner O: import { requestShowFindings } from '../../taskpane/events'.
 */
export const SHOW_FINDINGS_EVENT = 'bcn:show-findings';

export interface ShowFindingsDetail {
  periodKey: string;
}

interface PendingHolder {
  __bcnPendingShowFindings?: ShowFindingsDetail;
}

/** Asks the task pane to check `periodKey` and show the findings. */
export function requestShowFindings(periodKey: string, target: Window = window): void {
  const detail: ShowFindingsDetail = { periodKey };
  (target as unknown as PendingHolder).__bcnPendingShowFindings = detail;
  target.dispatchEvent(new CustomEvent<ShowFindingsDetail>(SHOW_FINDINGS_EVENT, { detail }));
}

/**
 * Subscribes the pane. A request parked before the pane mounted is delivered
 * at once (asynchronously). Returns the unsubscribe function.
 */
export function onShowFindings(handler: (detail: ShowFindingsDetail) => void, target: Window = window): () => void {
  const holder = target as unknown as PendingHolder;
  const listener = (e: Event): void => {
    const detail = (e as CustomEvent<ShowFindingsDetail>).detail;
    if (detail && typeof detail.periodKey === 'string') {
      holder.__bcnPendingShowFindings = undefined;
      handler(detail);
    }
  };
  target.addEventListener(SHOW_FINDINGS_EVENT, listener);
  let active = true;
  const parked = holder.__bcnPendingShowFindings;
  if (parked) {
    queueMicrotask(() => {
      if (active && holder.__bcnPendingShowFindings === parked) {
        holder.__bcnPendingShowFindings = undefined;
        handler(parked);
      }
    });
  }
  return () => {
    active = false;
    target.removeEventListener(SHOW_FINDINGS_EVENT, listener);
  };
}
