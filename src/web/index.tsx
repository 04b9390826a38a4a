/**
 * Entry of the offline page (webpack entry "web": dist/web.html and the single
 * file dist/bao-cao-nganh.html). Separate from the task pane's entry so the
 * pane's bundle does not carry ExcelJS. Language: the browser's (English when
 * navigator.language is English, else Vietnamese).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { pickLang } from '../taskpane/i18n';
import { openWorkbookFile } from '../hosts/file/service';
import { createFileChain } from '../hosts/file/chain';
import { WebPage } from './WebPage';

declare global {
  interface Window {
    /** Set once the bundle runs: web.html's ES5 guard then no longer shows the old-browser message. */
    __bcnStarted?: boolean;
    /** Set by web.html's guard when the browser lacks what the page needs. */
    __bcnOld?: boolean;
  }
}

window.__bcnStarted = true;
const container = document.getElementById('container');
if (container && !window.__bcnOld) {
  const lang = pickLang(navigator.language);
  document.documentElement.lang = lang;
  document.title = lang === 'en' ? 'Sector Report' : 'Báo cáo ngành';
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <WebPage
        lang={lang}
        open={(file) => openWorkbookFile(file, () => lang)}
        chain={createFileChain(() => lang)}
      />
    </FluentProvider>,
  );
}
