/**
 * The part of the task pane the first screen does not need (its own chunk,
 * loaded right after the pane's first paint — see App.tsx): the tabs
 * *Kiểm tra* / *Nội dung* / *Thông tin đơn vị* with their panels, the
 * "errors remain" confirmation dialog and the summary of a generation. State
 * stays in App.tsx's Pane; these components only render it and call back.
 */
import { Suspense, lazy, useRef, type Ref } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular, DocumentArrowDown20Regular } from '@fluentui/react-icons';
import type { ComputedSector, Finding, UnitInfo } from '../engine/types';
import type { NarrativeDoc } from '../engine/narrative/model';
import { useI18n } from './i18n';
import type { DownloadSupport } from './platform';
import { FindingsView } from './components/FindingsView';
import { LayoutView } from './components/LayoutView';
import { NarrativePreview } from './components/NarrativePreview';
import { InfoForm } from './components/InfoForm';
import type { ChainTools as ChainToolsApi, OutputFile } from '../pipeline/service';

export { GenerateSummary } from './components/GenerateSummary';

/**
 * The "Công cụ" tab's content (and the catalogue's sector list): its own chunk, run when the tab
 * is opened. Its files are prefetched (low priority, not run) as soon as this chunk is in, so a
 * click on the tab right after the pane appears does not wait for a download.
 */
const ChainTools = lazy(() =>
  import(/* webpackChunkName: "chain-tools", webpackPrefetch: true */ './components/ChainTools').then((m) => ({
    default: m.ChainTools,
  })),
);

/** Kiểm tra (findings) / Nội dung (preview, copy, download) / Thông tin đơn vị / Công cụ (the chain's tools). */
export type TabId = 'check' | 'text' | 'info' | 'tools';
const TAB_IDS: readonly TabId[] = ['check', 'text', 'info', 'tools'];
export type Busy = null | 'check' | 'generate' | 'download' | 'copy';
export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '0' },
  tabBadge: { marginLeft: tokens.spacingHorizontalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  h2: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface PaneTabsProps {
  tab: TabId;
  onTab(id: TabId): void;
  findings: Finding[] | null;
  errorCount: number;
  warningCount: number;
  /** The period the findings are for, as shown in their heading. */
  findingsPeriod: string | null;
  findingsRef: Ref<HTMLHeadingElement>;
  /** Absent when there is no open workbook (offline page): findings as text. */
  onSelectFinding?(f: Finding): void;
  /** The sectors of the report whose findings are shown ("Cách đọc số liệu"), if any. */
  layoutSectors: ComputedSector[] | null;
  /** The report's year, for sheets whose layout does not name one. */
  layoutYear: number | null;
  onSelectRange?(sheet: string, range: string): void;
  narrative: NarrativeDoc | null;
  /** The narrative sheet written by the last generation of this period, if any. */
  narrativeSheet: string | null;
  busy: Busy;
  support: DownloadSupport;
  notice: Notice | null;
  onCopy(): void;
  onDownload(): void;
  onOpenSheet(sheet: string): void;
  previewRef: Ref<HTMLDivElement>;
  info: UnitInfo;
  /** Changes on every reload of the workbook: the info form re-reads its values. */
  infoKey: number;
  /** Absent when the host cannot write the workbook (offline page): no "Thông tin đơn vị" tab. */
  onSaveInfo?(info: UnitInfo): Promise<void>;
  /** The reporting chain's tools on the open workbook; absent: no "Công cụ" tab. */
  chain?: ChainToolsApi;
  /** The workbook's year (pre-fills the tools' forms). */
  year: number | null;
  /** After a tool added sheets: re-read the workbook. */
  onChainChanged?(): void;
  onDownloadFile(file: OutputFile): void;
}

export function PaneTabs({
  tab,
  onTab,
  findings,
  errorCount,
  warningCount,
  findingsPeriod,
  findingsRef,
  onSelectFinding,
  layoutSectors,
  layoutYear,
  onSelectRange,
  narrative,
  narrativeSheet,
  busy,
  support,
  notice,
  onCopy,
  onDownload,
  onOpenSheet,
  previewRef,
  info,
  infoKey,
  onSaveInfo,
  chain,
  year,
  onChainChanged,
  onDownloadFile,
}: PaneTabsProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  // The tools' chunk loads when the tab is first opened; then it stays mounted (forms, picked files, results).
  const toolsSeen = useRef(false);
  if (tab === 'tools') toolsSeen.current = true;
  const tabId = (id: TabId): string => `bcn-tab-${id}`;
  const panelProps = (id: TabId): JSX.IntrinsicElements['div'] => ({
    role: 'tabpanel',
    id: `bcn-panel-${id}`,
    'aria-labelledby': tabId(id),
    // Kept mounted (the info form keeps its draft, the preview its scroll); `hidden` alone would lose
    // to the flex display of the class, so a hidden panel gets no class.
    hidden: tab !== id,
    className: tab === id ? styles.section : undefined,
  });
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => onTab(d.value as TabId)} size="small">
        {TAB_IDS.filter((id) => (id !== 'info' || onSaveInfo) && (id !== 'tools' || chain)).map((id) => (
          <Tab
            key={id}
            value={id}
            id={tabId(id)}
            aria-controls={`bcn-panel-${id}`}
            aria-label={
              id === 'check' && errorCount + warningCount > 0 ? t.tabCheckName(errorCount, warningCount) : undefined
            }
          >
            {id === 'check' ? t.tabCheck : id === 'text' ? t.tabText : id === 'info' ? t.tabInfo : t.tabTools}
            {id === 'check' && errorCount + warningCount > 0 && (
              <Badge
                className={styles.tabBadge}
                size="small"
                appearance={errorCount > 0 ? 'filled' : 'tint'}
                color={errorCount > 0 ? 'danger' : 'warning'}
                aria-hidden
              >
                {errorCount > 0 ? errorCount : warningCount}
              </Badge>
            )}
          </Tab>
        ))}
      </TabList>

      <div {...panelProps('check')}>
        <h2 className={styles.h2} id="bcn-findings-title" ref={findingsRef} tabIndex={-1}>
          {t.findingsTitle(findingsPeriod)}
        </h2>
        {findings ? (
          <>
            <FindingsView findings={findings} onSelect={onSelectFinding} />
            {layoutSectors && <LayoutView sectors={layoutSectors} year={layoutYear} onSelect={onSelectRange} />}
          </>
        ) : (
          <Text className={styles.note} data-testid="check-empty">
            {onSelectFinding ? t.checkEmpty : t.checkEmptyFile}
          </Text>
        )}
      </div>

      <div {...panelProps('text')}>
        {narrative ? (
          <>
            <div className={styles.section} role="group" aria-label={t.previewTitle} data-testid="outputs">
              <div className={styles.buttons}>
                <Button
                  icon={busy === 'copy' ? <Spinner size="tiny" /> : <Copy20Regular />}
                  disabledFocusable={busy !== null}
                  onClick={onCopy}
                >
                  {t.copy}
                </Button>
                {support !== 'unsupported' && (
                  <Button
                    icon={busy === 'download' ? <Spinner size="tiny" /> : <DocumentArrowDown20Regular />}
                    disabledFocusable={busy !== null}
                    onClick={onDownload}
                  >
                    {busy === 'download' ? t.downloading : t.downloadWord}
                  </Button>
                )}
                {support === 'unsupported' && narrativeSheet && (
                  <Button onClick={() => onOpenSheet(narrativeSheet)}>{t.openNarrativeSheet}</Button>
                )}
              </div>
              {support !== 'ok' && (
                <Text size={200} className={styles.note} data-testid="download-note">
                  {support === 'unsupported'
                    ? t.downloadUnsupported(narrativeSheet)
                    : t.downloadUnreliable(narrativeSheet)}
                </Text>
              )}
              {notice && (
                <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
                  <MessageBarBody>{notice.text}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            <NarrativePreview ref={previewRef} doc={narrative} />
          </>
        ) : (
          <Text className={styles.note} data-testid="text-empty">
            {t.textEmpty}
          </Text>
        )}
      </div>

      {onSaveInfo && (
        <div {...panelProps('info')}>
          <InfoForm key={infoKey} info={info} onSave={onSaveInfo} />
        </div>
      )}

      {chain && (
        <div {...panelProps('tools')}>
          {toolsSeen.current && (
            <Suspense fallback={<Spinner size="small" />}>
              <ChainTools
                tools={chain}
                mode="workbook"
                year={year}
                unit={info.tenCoQuan ?? ''}
                onSelect={onSelectRange}
                onDownload={onDownloadFile}
                onChanged={onChainChanged}
              />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}

export interface ConfirmDialogProps {
  /** The period whose generation was blocked and how many errors it has; null = closed. */
  confirm: { key: string; errors: number } | null;
  onClose(): void;
  /** "Vẫn tạo báo cáo": generate this period anyway. */
  onGo(key: string): void;
}

export interface NoDataDialogProps {
  /** The period asked for, the last month it needs and the last month with data (null: none); null = closed. */
  noData: { key: string; label: string; month: number; year: number; latest: number | null } | null;
  onClose(): void;
  /** "Vẫn tạo báo cáo": generate this period anyway (its figures marked incomplete). */
  onGo(key: string): void;
}

/** "Chưa có số liệu tháng 12/2024 … Vẫn tạo?": asked before generating a period whose last month is empty. */
export function NoDataDialog({ noData, onClose, onGo }: NoDataDialogProps): JSX.Element {
  const { t } = useI18n();
  return (
    <Dialog open={noData !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="bcn-nodata-body">
        <DialogBody>
          <DialogTitle>{noData ? t.noDataTitle(noData.month, noData.year) : ''}</DialogTitle>
          <DialogContent id="bcn-nodata-body">
            {noData ? t.noDataBody(noData.label, noData.month, noData.year, noData.latest) : ''}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => noData && onGo(noData.key)}>
              {t.noDataGo}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t.noDataCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** "Dữ liệu còn lỗi": generate anyway, or go back to the findings. */
export function ConfirmDialog({ confirm, onClose, onGo }: ConfirmDialogProps): JSX.Element {
  const { t } = useI18n();
  return (
    <Dialog open={confirm !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="bcn-confirm-body">
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent id="bcn-confirm-body">{confirm ? t.confirmBody(confirm.errors) : ''}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => confirm && onGo(confirm.key)}>
              {t.confirmGo}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t.confirmCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
