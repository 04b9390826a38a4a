/**
 * Task pane entry (webpack entry "taskpane", template taskpane.html).
 * Waits for Office, checks the requirement sets, then renders the pane with
 * the Office.js service. See boot.tsx for the messages shown instead of a
 * blank pane (office.js not loaded, not Excel, Excel too old).
 *
 * The Office service is loaded in two pieces (lazyService.ts):
 * - the first read (src/hosts/office/load.ts: read + parse + period list,
 *   chunk `office-read`): taskpane.html preloads its files alongside the
 *   page's own scripts (webpack.config.js, PreloadChunksPlugin) and this
 *   module imports it as its first act, before Office is ready — the period
 *   picker waits for it;
 * - the rest (chunk `office-service`: computing, narrative, writing, the
 *   chain's tools) is requested once the pane is on screen, so that a click
 *   on "Kiểm tra dữ liệu" right after does not wait for it.
 * What the first screen does not show loads after it too (App.tsx).
 */
import { boot, type OfficeLike } from './boot';
import { lazyService } from './lazyService';

// The bundle parsed and its modules ran: the boot guard in taskpane.html stays hidden.
(window as Window & { __bcnStarted?: boolean }).__bcnStarted = true;

const officeRead = () => import(/* webpackChunkName: "office-read" */ '../hosts/office/load');
const officeService = () => import(/* webpackChunkName: "office-service" */ '../hosts/office/service');
/** Requested now, not when Office is ready: its files are already on their way (preloaded). */
let early: ReturnType<typeof officeRead> | null = officeRead();
early.catch(() => undefined); // a failed fetch is reported by the first read that needs it

/** Runs `fn` after the next frame has been painted. */
const afterPaint = (fn: () => void): void => {
  requestAnimationFrame(() => setTimeout(fn, 0));
};

const container = document.getElementById('container');
if (container) {
  // `Office` is a global from the CDN script; it is undefined when that script failed to load.
  const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
  let service: ReturnType<typeof lazyService> | undefined;
  void boot(container, office, () => {
    service = lazyService(
      () => officeService().then((m) => m.createOfficeService()),
      () => {
        // the early request the first time; a fresh one on a retry after a failure
        const chunk = early ?? officeRead();
        early = null;
        return chunk.then((m) => m.createOfficeLoad());
      },
    );
    return service;
  }).then(() => {
    // boot has rendered the pane (or a message): the rest of the service, once that is painted.
    if (service) afterPaint(() => service?.prefetch());
  });
}
