/**
 * Task pane entry (webpack entry "taskpane", template taskpane.html).
 * Waits for Office, checks the requirement sets, then renders the pane with
 * the Office.js service. See boot.tsx for the messages shown instead of a
 * blank pane (office.js not loaded, not Excel, Excel too old).
 */
import { boot, type OfficeLike } from './boot';
import { createOfficeService } from '../hosts/office/service';

const container = document.getElementById('container');
if (container) {
  // `Office` is a global from the CDN script; it is undefined when that script failed to load.
  const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
  void boot(container, office, createOfficeService);
}
