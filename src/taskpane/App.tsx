/**
 * The task pane. Talks to Excel only through `service` (AddinService); knows the
 * host only through `host` (platform, display language).
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  DismissRegular,
  DocumentTable20Regular,
  TableSearch20Regular,
} from '@fluentui/react-icons';
import type { ComputedReport, Finding, UnitInfo } from '../engine/types';
import { parsePeriodKey } from '../engine/periods';
import type { NarrativeDoc } from '../engine/narrative/model';
import { narrativeToHtml, narrativeToText } from '../engine/narrative/render';
import type { AddinService, CheckResult, GenerateResult, GenerateStep, WorkbookState } from '../pipeline/service';
import { isValidationBlocked } from '../pipeline/service';
import { I18nContext, STRINGS, useI18n, type Lang } from './i18n';
import { downloadSupport, type HostInfo } from './platform';
import { onShowFindings, onShowResult } from './events';
import { onRibbonError } from '../commands/handoff';
import { errorText } from './errors';
import { copyRichText, selectElementText } from './clipboard';
import { docxFileName, downloadBytes } from './download';
import { APP_VERSION } from './version';
import { PeriodPicker, usePeriodLabel } from './components/PeriodPicker';
import { FindingsView } from './components/FindingsView';
import type { Busy, Notice, TabId } from './PaneBody';
import { visuallyHidden } from './components/visuallyHidden';

/**
 * What the first screen (header, period picker, the two actions) does not need
 * is its own chunk: the tabs and their panels, the confirmation dialog, the
 * summary of a generation. Its download starts right after the pane's first
 * paint (Pane's first effect), so it is there when the clerk reaches for it.
 */
const loadBody = () => import(/* webpackChunkName: "pane-body" */ './PaneBody');
const PaneTabs = lazy(() => loadBody().then((m) => ({ default: m.PaneTabs })));
const ConfirmDialog = lazy(() => loadBody().then((m) => ({ default: m.ConfirmDialog })));
const NoDataDialog = lazy(() => loadBody().then((m) => ({ default: m.NoDataDialog })));
const GenerateSummary = lazy(() => loadBody().then((m) => ({ default: m.GenerateSummary })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`,
    boxSizing: 'border-box',
    minWidth: '0',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '0' },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  headerText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '0' },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  srOnly: visuallyHidden,
});

/** The workbook read boot.tsx started before the first render, and its state if it had already arrived. */
export interface FirstLoad {
  read: Promise<WorkbookState>;
  state?: WorkbookState;
}

export interface AppProps {
  service: AddinService;
  host: HostInfo;
  lang: Lang;
  /** The first read, already under way (boot.tsx); without it the pane reads the workbook when it mounts. */
  first?: FirstLoad;
  /**
   * The offline page: the file's name shown as a second-level heading instead of the
   * app's title (the page has its own), and no "refresh" (a picked file is read once).
   */
  fileName?: string;
}

export function App({ service, host, lang, fileName, first }: AppProps): JSX.Element {
  const i18n = useMemo(() => ({ lang, t: STRINGS[lang] }), [lang]);
  return (
    <I18nContext.Provider value={i18n}>
      <Pane service={service} host={host} fileName={fileName} first={first} />
    </I18nContext.Provider>
  );
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; state: WorkbookState };
interface Problem {
  title: string;
  message: string;
}

function countErrors(findings: Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

const STEP_ORDER: GenerateStep[] = ['reading', 'checking', 'computing', 'writing', 'done'];

/** The period chosen when the workbook is first read: the remembered one, else the latest month with data. */
const initialPeriod = (state: WorkbookState): string | null =>
  state.defaultPeriod ?? state.periods.find((p) => p.hasData)?.key ?? null;

function Pane({
  service,
  host,
  fileName,
  first,
}: {
  service: AddinService;
  host: HostInfo;
  fileName?: string;
  first?: FirstLoad;
}): JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  // Already read (boot.tsx): the first render shows the pane itself, not the spinner.
  const [load, setLoad] = useState<Load>(() =>
    first?.state ? { status: 'ready', state: first.state } : { status: 'loading' },
  );
  /** Bumped on every (re)load so the info form re-reads the workbook's values. */
  const [loadCount, setLoadCount] = useState(first?.state ? 1 : 0);
  const [tab, setTab] = useState<TabId>('check');
  const [periodKey, setPeriodKey] = useState<string | null>(() => (first?.state ? initialPeriod(first.state) : null));
  /** The read under way when the pane mounted: the mount uses it instead of reading again. */
  const firstRead = useRef<FirstLoad | undefined>(first);
  const [busy, setBusy] = useState<Busy>(null);
  const [step, setStep] = useState<GenerateStep | null>(null);
  const [checkResult, setCheckResult] = useState<{ key: string; result: CheckResult } | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [generated, setGenerated] = useState<{ key: string; result: GenerateResult; forced: boolean } | null>(null);
  const [confirm, setConfirm] = useState<{ key: string; errors: number } | null>(null);
  const [noData, setNoData] = useState<{
    key: string;
    label: string;
    month: number;
    year: number;
    latest: number | null;
  } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const labelOf = usePeriodLabel(load.status === 'ready' ? load.state.year : null);
  const previewRef = useRef<HTMLDivElement>(null);
  const findingsRef = useRef<HTMLHeadingElement>(null);
  const pendingShow = useRef<string | null>(null);
  /**
   * Text for the screen-reader live region (results of the last action). `n` changes on every
   * announcement so that the same result twice (a second check, nothing fixed) is read again.
   */
  const [live, setLiveState] = useState({ text: '', n: 0 });
  const setLive = useCallback((text: string) => setLiveState((l) => ({ text, n: l.n + 1 })), []);

  const reload = useCallback(
    async (pending?: Promise<WorkbookState>): Promise<void> => {
      setLoad({ status: 'loading' });
      try {
        const state = await (pending ?? service.load());
        setLoad({ status: 'ready', state });
        setLoadCount((n) => n + 1);
        setPeriodKey((cur) => cur ?? initialPeriod(state));
      } catch (e) {
        setLoad({ status: 'error', message: errorText(e) });
      }
    },
    [service],
  );

  useEffect(() => {
    const started = firstRead.current;
    firstRead.current = undefined;
    if (started?.state) return; // shown by the first render
    void reload(started?.read);
  }, [reload]);

  /** Re-reads the workbook's state without a spinner (periods with data change as the clerk types). */
  const refreshQuietly = useCallback(async (): Promise<void> => {
    try {
      const state = await service.load();
      setLoad({ status: 'ready', state });
    } catch (e) {
      setProblem({ title: t.loadFailedTitle, message: errorText(e) });
    }
  }, [service, t]);

  // The pane lives on while hidden (shared runtime): refresh when it is shown again.
  const refreshable = load.status === 'ready' && busy === null;
  useEffect(() => {
    if (!refreshable) return undefined;
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void refreshQuietly();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refreshable, refreshQuietly]);

  const resetResults = (): void => {
    setCheckResult(null);
    setFindings(null);
    setGenerated(null);
    setNotice(null);
    setProblem(null);
  };

  const runCheck = useCallback(
    async (key: string, focusFindings = false): Promise<CheckResult | null> => {
      setBusy('check');
      setProblem(null);
      setNotice(null);
      try {
        const result = await service.check(key);
        setCheckResult({ key, result });
        setFindings(result.report.issues);
        setTab('check');
        const errs = countErrors(result.report.issues);
        setLive(
          result.report.issues.length === 0
            ? t.noFindings
            : t.findingsSummary(errs, result.report.issues.length - errs),
        );
        if (focusFindings) {
          // After render — and after the lazily loaded tabs arrived: on a slow machine their chunk
          // can come after the check, and the heading to focus does not exist before it (up to 10 s).
          const focusWhenShown = (tries: number): void => {
            if (findingsRef.current) findingsRef.current.focus();
            else if (tries > 0) setTimeout(() => focusWhenShown(tries - 1), 100);
          };
          setTimeout(() => focusWhenShown(100), 0);
        }
        return result;
      } catch (e) {
        setProblem({ title: t.checkFailedTitle, message: errorText(e) });
        return null;
      } finally {
        setBusy(null);
      }
    },
    [service, t, setLive],
  );

  // Ribbon → pane hand-off: check the requested period and show its findings.
  useEffect(
    () =>
      onShowFindings(({ periodKey: key }) => {
        setTab('check');
        pendingShow.current = key;
        setPeriodKey(key);
        setGenerated(null);
      }),
    [],
  );
  // Ribbon → pane: the ribbon wrote a report; show it as if generated here.
  useEffect(
    () =>
      onShowResult(({ periodKey: key, result }) => {
        setTab('text');
        setPeriodKey(key);
        setCheckResult(null);
        setProblem(null);
        setNotice(null);
        setGenerated({ key, result, forced: false });
        setFindings(result.findings);
        setLive(`${t.doneTitle}. ${t.doneBody(result.reportSheet, result.narrativeSheet)}`);
        void refreshQuietly();
      }),
    [t, refreshQuietly, setLive],
  );

  // Ribbon → pane: an error the ribbon command could not show itself.
  useEffect(
    () =>
      onRibbonError(({ message }) => {
        setProblem({ title: t.ribbonErrorTitle, message });
      }),
    [t],
  );
  useEffect(() => {
    if (load.status !== 'ready' || busy !== null || pendingShow.current === null) return;
    const key = pendingShow.current;
    pendingShow.current = null;
    void runCheck(key, true);
  });

  const runGenerate = async (key: string, force: boolean): Promise<void> => {
    setBusy('generate');
    setStep('reading');
    setProblem(null);
    setNotice(null);
    setGenerated(null);
    setLive('');
    try {
      const result = await service.generate(key, { force }, (s) => setStep(s));
      setGenerated({ key, result, forced: force });
      setLive(`${t.doneTitle}. ${t.doneBody(result.reportSheet, result.narrativeSheet)}`);
      setFindings(result.findings);
      // Errors left in (forced): the findings come first; otherwise the text to copy/download.
      setTab(force && countErrors(result.findings) > 0 ? 'check' : 'text');
    } catch (e) {
      if (isValidationBlocked(e)) {
        setFindings(e.findings);
        setTab('check');
        setConfirm({ key, errors: Math.max(1, countErrors(e.findings)) });
      } else {
        // A plain rejection: if the latest check of this period found errors, that is the reason.
        const known = checkResult && checkResult.key === key ? countErrors(checkResult.result.report.issues) : 0;
        // Refused because the ribbon is generating (src/hosts/office/lock.ts): say that, not "errors".
        const running = (e as { code?: unknown } | null)?.code === 'GENERATION_RUNNING';
        if (!force && known > 0 && !running) {
          setTab('check');
          setConfirm({ key, errors: known });
        } else setProblem({ title: t.generateFailedTitle, message: errorText(e) });
      }
    } finally {
      setBusy(null);
      setStep(null);
    }
  };

  const selectCell = async (sheet: string, cell: string): Promise<void> => {
    if (!service.selectCell) return;
    try {
      await service.selectCell(sheet, cell);
    } catch (e) {
      setProblem({ title: t.selectFailedTitle(sheet, cell), message: errorText(e) });
    }
  };

  const narrative: NarrativeDoc | null =
    generated && generated.key === periodKey
      ? generated.result.narrative
      : checkResult && checkResult.key === periodKey
        ? checkResult.result.narrative
        : null;
  const narrativeSheet = generated && generated.key === periodKey ? generated.result.narrativeSheet : null;
  // How each sector sheet was read: from the report of the findings shown (check, else generate).
  const shownReport: ComputedReport | null =
    checkResult && checkResult.key === periodKey
      ? checkResult.result.report
      : generated && generated.key === periodKey
        ? (generated.result.report ?? null)
        : null;
  const layoutSectors = shownReport?.sectors ?? null;
  const support = downloadSupport(host.platform);

  const copy = async (): Promise<void> => {
    if (!narrative) return;
    setBusy('copy');
    setNotice(null);
    try {
      const outcome = await copyRichText(narrativeToHtml(narrative), narrativeToText(narrative, { subject: true }));
      if (outcome === 'manual') {
        if (previewRef.current) {
          previewRef.current.focus();
          selectElementText(previewRef.current);
        }
        setNotice({ intent: 'warning', text: t.copyManual });
      } else {
        setNotice({ intent: 'success', text: outcome === 'rich' ? t.copied : t.copiedPlain });
      }
    } catch (e) {
      setProblem({ title: t.copyFailedTitle, message: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const download = async (): Promise<void> => {
    if (!narrative || !periodKey) return;
    setBusy('download');
    setNotice(null);
    setProblem(null);
    try {
      // A host that produced the files (offline page): save its .docx as is.
      const made = generated && generated.key === periodKey ? generated.result.files : undefined;
      const docx = made?.find((f) => f.kind === 'docx');
      if (docx) {
        downloadBytes(docx.bytes, docx.name, docx.mime);
        setNotice({ intent: 'success', text: t.downloaded(docx.name) });
        return;
      }
      let report: ComputedReport | undefined =
        generated && generated.key === periodKey ? generated.result.report : undefined;
      if (!report && checkResult && checkResult.key === periodKey && !generated) report = checkResult.result.report;
      if (!report) report = (await service.check(periodKey)).report;
      // Separate chunk: the docx library is loaded only when a file is asked for.
      const { buildDocx } = await import('../docx/buildDocx');
      const bytes = await buildDocx(narrative, report);
      const name = docxFileName(`Báo cáo ${report.period.label}`);
      downloadBytes(bytes, name);
      setNotice({ intent: 'success', text: t.downloaded(name) });
    } catch (e) {
      setProblem({ title: t.downloadFailedTitle, message: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const saveInfo = async (info: UnitInfo): Promise<void> => {
    if (!service.saveInfo) return;
    await service.saveInfo(info);
    setLoad((l) => (l.status === 'ready' ? { status: 'ready', state: { ...l.state, info } } : l));
    // The year may have changed: refresh the period list quietly (no spinner, the form stays).
    await refreshQuietly();
  };

  if (load.status === 'loading') {
    return (
      <div className={styles.root}>
        <Spinner label={t.loading} labelPosition="below" data-testid="loading" />
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" layout="multiline" data-testid="load-error">
          <MessageBarBody>
            <MessageBarTitle>{t.loadFailedTitle}</MessageBarTitle>
            <div>{load.message}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<ArrowClockwise20Regular />} onClick={() => void reload()}>
              {t.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }

  const state = load.state;
  const canAct = periodKey !== null && busy === null && state.sectorCount > 0;
  // A period whose last month has no figure at all: ask first ("Chưa có số liệu tháng 12/2024 … Vẫn tạo?").
  const askOrGenerate = (key: string): void => {
    const option = state.periods.find((p) => p.key === key);
    const period = parsePeriodKey(key, state.year ?? new Date().getFullYear());
    if (option && period && !option.hasData) {
      const withData = state.periods
        .filter((p) => p.hasData && /^T\d+$/.test(p.key))
        .map((p) => Number(p.key.slice(1)));
      setNoData({
        key,
        label: lang === 'en' ? labelOf(option) : option.label,
        month: period.to,
        year: period.year,
        latest: withData.length ? Math.max(...withData) : null,
      });
      return;
    }
    void runGenerate(key, false);
  };
  const stepIndex = step ? STEP_ORDER.indexOf(step) : 0;
  const errorCount = findings ? countErrors(findings) : 0;
  // The workbook's label is Vietnamese lower case ("tháng 6 năm 2024", "quý II năm 2024").
  const periodOption = state.periods.find((p) => p.key === periodKey);
  const findingsPeriod = findings && periodOption ? (lang === 'en' ? labelOf(periodOption) : periodOption.label) : null;
  // info findings (what the program decided for the user) are neither errors nor warnings
  const warningCount = findings ? findings.filter((f) => f.severity === 'warning').length : 0;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          {fileName === undefined ? (
            <h1 className={styles.h1}>{t.appTitle}</h1>
          ) : (
            <h2 className={styles.h1} data-testid="file-name">
              {fileName}
            </h2>
          )}
          <Text size={200} className={styles.meta} data-testid="workbook-summary">
            {state.info.tenCoQuan ? `${state.info.tenCoQuan} · ` : ''}
            {t.workbookSummary(state.year, state.sectorCount)}
          </Text>
        </div>
        {fileName === undefined && (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwise20Regular />}
            aria-label={t.refresh}
            title={t.refresh}
            disabledFocusable={busy !== null}
            onClick={() => void refreshQuietly()}
          />
        )}
      </header>

      {problem && (
        <MessageBar intent="error" layout="multiline" data-testid="problem">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            <div>{problem.message}</div>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={t.dismiss}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={() => setProblem(null)}
              />
            }
          />
        </MessageBar>
      )}

      {/* Period and the two actions stay above the tabs: "Tạo báo cáo" is always in view. */}
      <section className={styles.section}>
        {state.sectorCount === 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.noSectorsTitle}</MessageBarTitle>
              <div>{t.noSectorsBody}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        <PeriodPicker
          periods={state.periods}
          year={state.year}
          value={periodKey}
          disabled={busy !== null}
          onChange={(key) => {
            if (key !== periodKey) resetResults();
            setPeriodKey(key);
          }}
        />
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={<DocumentTable20Regular />}
            disabledFocusable={!canAct}
            onClick={() => periodKey && askOrGenerate(periodKey)}
          >
            {t.generate}
          </Button>
          <Button
            icon={busy === 'check' ? <Spinner size="tiny" /> : <TableSearch20Regular />}
            disabledFocusable={!canAct}
            onClick={() => periodKey && void runCheck(periodKey)}
          >
            {busy === 'check' ? t.checking : t.check}
          </Button>
        </div>
        {busy === 'generate' && (
          <Field
            label={t.generating}
            validationMessage={step ? t.steps[step] : t.generating}
            validationState="none"
            data-testid="progress"
          >
            <ProgressBar value={(stepIndex + 0.5) / STEP_ORDER.length} thickness="large" />
          </Field>
        )}
        {generated && generated.key === periodKey && (
          <Suspense fallback={null}>
            <GenerateSummary
              result={generated.result}
              forced={generated.forced}
              onOpenSheet={service.selectCell ? (sheet) => void selectCell(sheet, 'A1') : undefined}
              onDownload={(f) => {
                downloadBytes(f.bytes, f.name, f.mime);
                setLive(t.downloaded(f.name));
              }}
            />
          </Suspense>
        )}
      </section>

      <Suspense fallback={null}>
        <PaneTabs
          tab={tab}
          onTab={setTab}
          findings={findings}
          errorCount={errorCount}
          warningCount={warningCount}
          findingsPeriod={findingsPeriod}
          findingsRef={findingsRef}
          onSelectFinding={service.selectCell ? (f) => void selectCell(f.sheet, f.cell) : undefined}
          layoutSectors={layoutSectors}
          layoutYear={shownReport?.period.year ?? null}
          onSelectRange={service.selectCell ? (sheet, range) => void selectCell(sheet, range) : undefined}
          narrative={narrative}
          narrativeSheet={narrativeSheet}
          busy={busy}
          support={support}
          notice={notice}
          onCopy={() => void copy()}
          onDownload={() => void download()}
          onOpenSheet={(sheet) => void selectCell(sheet, 'A1')}
          previewRef={previewRef}
          info={state.info}
          infoKey={loadCount}
          onSaveInfo={service.saveInfo ? saveInfo : undefined}
          chain={service.chain}
          year={state.year}
          onChainChanged={() => void refreshQuietly()}
          onDownloadFile={(f) => downloadBytes(f.bytes, f.name, f.mime)}
        />
      </Suspense>

      <div aria-live="polite" className={styles.srOnly} data-testid="live">
        {busy === 'generate' && step ? t.steps[step] : <span key={live.n}>{live.text}</span>}
      </div>

      <Suspense fallback={null}>
        <NoDataDialog
          noData={noData}
          onClose={() => setNoData(null)}
          onGo={(key) => {
            setNoData(null);
            void runGenerate(key, false);
          }}
        />
        <ConfirmDialog
          confirm={confirm}
          onClose={() => setConfirm(null)}
          onGo={(key) => {
            setConfirm(null);
            void runGenerate(key, true);
          }}
        />
      </Suspense>

      <footer>
        <Text size={100} className={styles.meta} data-testid="version">
          {t.versionLine(APP_VERSION)}
        </Text>
      </footer>
    </div>
  );
}
