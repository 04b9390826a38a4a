/**
 * Ribbon → task pane hand-off for an error (the two share one runtime).
 * Ribbon commands cannot show a dialog or alert, so the command opens the task
 * pane and parks the message here; the pane shows it (owner T subscribes with
 * onRibbonError). Validation findings go through src/taskpane/events.ts
 * (requestShowFindings) instead.
 */
export const RIBBON_ERROR_EVENT = 'bcn:ribbon-error';

export interface RibbonErrorDetail {
  message: string;
}

interface PendingHolder {
  __bcnPendingRibbonError?: RibbonErrorDetail;
}

export function reportRibbonError(message: string, target: Window = window): void {
  const detail: RibbonErrorDetail = { message };
  (target as unknown as PendingHolder).__bcnPendingRibbonError = detail;
  target.dispatchEvent(new CustomEvent<RibbonErrorDetail>(RIBBON_ERROR_EVENT, { detail }));
}

/** Subscribes the pane; a message parked before it mounted is delivered at once (asynchronously). */
export function onRibbonError(handler: (detail: RibbonErrorDetail) => void, target: Window = window): () => void {
  const holder = target as unknown as PendingHolder;
  const listener = (e: Event): void => {
    const detail = (e as CustomEvent<RibbonErrorDetail>).detail;
    if (detail && typeof detail.message === 'string') {
      holder.__bcnPendingRibbonError = undefined;
      handler(detail);
    }
  };
  target.addEventListener(RIBBON_ERROR_EVENT, listener);
  let active = true;
  const parked = holder.__bcnPendingRibbonError;
  if (parked) {
    queueMicrotask(() => {
      if (active && holder.__bcnPendingRibbonError === parked) {
        holder.__bcnPendingRibbonError = undefined;
        handler(parked);
      }
    });
  }
  return () => {
    active = false;
    target.removeEventListener(RIBBON_ERROR_EVENT, listener);
  };
}
