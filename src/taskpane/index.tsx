/**
 * Task pane entry (webpack entry "taskpane", template taskpane.html).
 * Waits for Office, checks the requirement sets, then renders the pane with
 * the Office.js service. See boot.tsx for the messages shown instead of a
 * blank pane (office.js not loaded, not Excel, Excel too old).
 *
 * The Office service (engine, pipeline, renderer) is a separate chunk fetched
 * right away, in parallel with React's first render (lazyService.ts); what
 * the first screen does not show loads after it (App.tsx).
 */
import { boot, type OfficeLike } from './boot';
import { lazyService } from './lazyService';

// The bundle parsed and its modules ran: the boot guard in taskpane.html stays hidden.
(window as Window & { __bcnStarted?: boolean }).__bcnStarted = true;

const container = document.getElementById('container');
if (container) {
  // `Office` is a global from the CDN script; it is undefined when that script failed to load.
  const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
  void boot(container, office, () =>
    lazyService(() =>
      import(/* webpackChunkName: "office-service" */ '../hosts/office/service').then((m) => m.createOfficeService()),
    ),
  );
}
