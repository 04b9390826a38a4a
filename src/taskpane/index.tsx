/**
 * Task pane entry (webpack entry "taskpane", template taskpane.html).
 * Waits for Office, checks the requirement sets, then renders the pane with
 * the Office.js service. See boot.tsx for the messages shown instead of a
 * blank pane (office.js not loaded, not Excel, Excel too old).
 *
 * The Office service (engine, pipeline, renderer) is a separate chunk: the
 * page preloads its files alongside its own scripts (webpack.config.js,
 * PreloadChunksPlugin) and this module imports it as its first act, before
 * Office is ready, so it is there when the pane reads the workbook
 * (lazyService.ts); what the first screen does not show loads after it (App.tsx).
 */
import { boot, type OfficeLike } from './boot';
import { lazyService } from './lazyService';

// The bundle parsed and its modules ran: the boot guard in taskpane.html stays hidden.
(window as Window & { __bcnStarted?: boolean }).__bcnStarted = true;

const officeService = () => import(/* webpackChunkName: "office-service" */ '../hosts/office/service');
/** Requested now, not when Office is ready: its files are already on their way (preloaded). */
let early: ReturnType<typeof officeService> | null = officeService();
early.catch(() => undefined); // a failed fetch is reported by the first call that needs it

const container = document.getElementById('container');
if (container) {
  // `Office` is a global from the CDN script; it is undefined when that script failed to load.
  const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
  void boot(container, office, () =>
    lazyService(() => {
      // the early request the first time; a fresh one on a retry after a failure
      const chunk = early ?? officeService();
      early = null;
      return chunk.then((m) => m.createOfficeService());
    }),
  );
}
