/**
 * Start-up: wait for Office, check the host, then render the pane — or a clear
 * message (never a blank pane) when office.js did not load, the host is not
 * Excel, or Excel is too old. index.tsx calls this with the real Office global;
 * the browser tests call it with a fake one.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { App, type FirstLoad } from './App';
import { STRINGS, pickLang, type Lang } from './i18n';
import { REQUIRED_SETS, type HostInfo } from './platform';
import type { AddinService, WorkbookState } from '../pipeline/service';

/** The part of the Office global the pane uses (lets tests pass a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context: {
    displayLanguage?: string;
    platform?: string | null;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    /** Office's theme (dark/black Office themes give a dark body background). */
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

const useStyles = makeStyles({
  pad: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  details: {
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

function BootMessage({
  title,
  body,
  details,
  testid,
}: {
  title: string;
  body: string;
  details?: string;
  testid: string;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.pad}>
      <MessageBar intent="warning" layout="multiline" data-testid={testid}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <div>{body}</div>
          {details && <div className={styles.details}>{details}</div>}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** Dark Fluent theme when Office's body background is dark ("#262626" etc.), else light. */
export function themeFor(office: OfficeLike | undefined): Theme {
  let bg: string | undefined;
  try {
    bg = office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    bg = undefined; // officeTheme throws on hosts that do not support it
  }
  const m = typeof bg === 'string' ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg.trim()) : null;
  if (!m) return webLightTheme;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.4 ? webDarkTheme : webLightTheme;
}

function shell(root: Root, lang: Lang, node: ReactNode, theme: Theme = webLightTheme): void {
  document.documentElement.lang = lang;
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {node}
    </FluentProvider>,
  );
}

/** Missing requirement sets, e.g. ["ExcelApi 1.9"]. Empty = the host is new enough. */
export function missingRequirements(office: OfficeLike): string[] {
  const req = office.context.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return REQUIRED_SETS.map((s) => `${s.name} ${s.version}`);
  return REQUIRED_SETS.filter((s) => !req.isSetSupported(s.name, s.version)).map((s) => `${s.name} ${s.version}`);
}

export interface BootOptions {
  /** How long to wait for Office.onReady before telling the user office.js is stuck. */
  readyTimeoutMs?: number;
  /** How long the first read of the workbook may take before the pane shows its spinner (FIRST_READ_WAIT_MS). */
  firstReadWaitMs?: number;
}

/**
 * The pane's first read of the workbook starts before React renders anything
 * (the page's static "Đang tải Báo cáo ngành…" is on screen). A read done
 * within this time is shown in ONE render — the period picker straight away,
 * no spinner painted and replaced a moment later (a second render pass is
 * what a slow CPU pays for most); a slower read gets the spinner
 * ("Đang đọc sổ số liệu…") when this time is up.
 */
export const FIRST_READ_WAIT_MS = 600;

/** The first read (or its failure) if it ends within `ms`, else undefined; never rejects. */
async function firstReadWithin(read: Promise<WorkbookState>, ms: number): Promise<FirstLoad> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = await Promise.race([
    read.then(
      (state) => ({ state }),
      () => ({}),
    ),
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), ms);
    }),
  ]);
  clearTimeout(timer);
  return { read, state: settled && 'state' in settled ? settled.state : undefined };
}

export async function boot(
  container: HTMLElement,
  office: OfficeLike | undefined,
  createService: () => AddinService,
  opts: BootOptions = {},
): Promise<void> {
  const root = createRoot(container);
  const fallbackLang = pickLang(typeof navigator !== 'undefined' ? navigator.language : null);

  if (!office || typeof office.onReady !== 'function') {
    const t = STRINGS[fallbackLang];
    shell(
      root,
      fallbackLang,
      <BootMessage title={t.officeMissingTitle} body={t.officeMissingBody} testid="office-missing" />,
    );
    return;
  }

  const timeoutMs = opts.readyTimeoutMs ?? 15_000;
  type ReadyInfo = { host: string | null; platform: string | null };
  // (a synchronous throw from onReady also ends up as null)
  const ready: Promise<ReadyInfo | null> = new Promise<ReadyInfo>((resolve) => resolve(office.onReady())).catch(
    () => null,
  );
  let info = await Promise.race([
    ready,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs)),
  ]);
  const langNow = (): Lang => pickLang(office.context?.displayLanguage ?? (fallbackLang === 'en' ? 'en' : null));
  if (info === 'timeout') {
    // Slow start (busy PC, first load): say so, but carry on if Office becomes ready later.
    const t0 = STRINGS[langNow()];
    shell(
      root,
      langNow(),
      <BootMessage title={t0.officeMissingTitle} body={t0.officeMissingBody} testid="office-missing" />,
    );
    info = await ready;
  }
  const lang = langNow();
  const t = STRINGS[lang];
  if (info === null) {
    shell(root, lang, <BootMessage title={t.officeMissingTitle} body={t.officeMissingBody} testid="office-missing" />);
    return;
  }
  if (info.host !== 'Excel') {
    shell(root, lang, <BootMessage title={t.notExcelTitle} body={t.notExcelBody} testid="not-excel" />);
    return;
  }
  const missing = missingRequirements(office);
  if (missing.length > 0) {
    shell(
      root,
      lang,
      <BootMessage
        title={t.oldHostTitle}
        body={t.oldHostBody}
        details={t.technicalDetails(missing.join(', '))}
        testid="old-host"
      />,
    );
    return;
  }
  const host: HostInfo = {
    platform: office.context.platform ?? info.platform ?? null,
    displayLanguage: office.context.displayLanguage ?? null,
  };
  let service: AddinService;
  try {
    service = createService();
  } catch (e) {
    shell(
      root,
      lang,
      <BootMessage
        title={t.loadFailedTitle}
        body={e instanceof Error ? e.message : String(e)}
        testid="service-failed"
      />,
    );
    return;
  }
  // The read starts now; the service fetches its own code first if that has not arrived yet.
  let read: Promise<WorkbookState>;
  try {
    read = service.load();
  } catch (e) {
    read = Promise.reject(e); // shown by the pane as a failed read, with its retry button
  }
  const first = await firstReadWithin(read, opts.firstReadWaitMs ?? FIRST_READ_WAIT_MS);
  shell(root, lang, <App service={service} host={host} lang={lang} first={first} />, themeFor(office));
}
