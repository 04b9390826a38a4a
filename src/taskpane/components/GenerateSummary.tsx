import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { GenerateResult, OutputFile } from '../../pipeline/service';
import { useI18n } from '../i18n';
import { fmtNumber } from '../../engine/format';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  dt: { margin: '0' },
  dd: { margin: '0', textAlign: 'right', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  behind: { color: tokens.colorPaletteRedForeground1 },
});

export interface GenerateSummaryProps {
  result: GenerateResult;
  /** Created with "Vẫn tạo báo cáo" although errors remained. */
  forced?: boolean;
  /** Jump to the report sheet; absent when there is no open workbook (offline page). */
  onOpenSheet?(sheet: string): void;
  /** Save one of `result.files` (offline page). */
  onDownload?(file: OutputFile): void;
}

export function GenerateSummary({ result, forced, onOpenSheet, onDownload }: GenerateSummaryProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const c = result.counts;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const rows: { label: string; value: number; testid: string; warn?: boolean }[] = [
    { label: t.countIndicators, value: c.indicators, testid: 'count-indicators' },
    { label: t.countCompleted, value: c.completed, testid: 'count-completed' },
    { label: t.countAhead, value: c.ahead, testid: 'count-ahead' },
    { label: t.countOnSchedule, value: c.onSchedule, testid: 'count-on-schedule' },
    { label: t.countBehind, value: c.behind, testid: 'count-behind', warn: c.behind > 0 },
    { label: t.countIncomplete, value: c.incomplete, testid: 'count-incomplete', warn: c.incomplete > 0 },
  ];
  return (
    <MessageBar intent={forced && errors > 0 ? 'warning' : 'success'} layout="multiline" data-testid="summary">
      <MessageBarBody>
        <MessageBarTitle>{t.doneTitle}</MessageBarTitle>
        <div>{result.files ? t.filesReady(result.reportSheet) : t.doneBody(result.reportSheet, result.narrativeSheet)}</div>
        {forced && errors > 0 && <div data-testid="forced-note">{t.doneWithErrors(errors)}</div>}
        <dl className={styles.counts}>
          {rows.map((r) => (
            <div key={r.testid} style={{ display: 'contents' }}>
              <dt className={styles.dt}>{r.label}</dt>
              <dd className={r.warn ? `${styles.dd} ${styles.behind}` : styles.dd} data-testid={r.testid}>
                {fmtNumber(r.value)}
              </dd>
            </div>
          ))}
        </dl>
      </MessageBarBody>
      {result.files && onDownload ? (
        <MessageBarActions>
          {result.files.map((f) => (
            <Button
              key={f.name}
              size="small"
              appearance={f.kind === 'xlsx' ? 'primary' : 'secondary'}
              icon={<ArrowDownload20Regular />}
              title={f.name}
              onClick={() => onDownload(f)}
              data-testid={`download-${f.kind}`}
            >
              {f.kind === 'xlsx' ? t.downloadXlsx : t.downloadDocx}
            </Button>
          ))}
        </MessageBarActions>
      ) : (
        onOpenSheet && (
          <MessageBarActions>
            <Button size="small" onClick={() => onOpenSheet(result.reportSheet)}>
              {t.goToReport}
            </Button>
          </MessageBarActions>
        )
      )}
    </MessageBar>
  );
}
