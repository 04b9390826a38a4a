import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Regular, ErrorCircle16Filled, Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import type { Finding } from '../../engine/types';
import { useI18n } from '../i18n';
import { groupFindings, messageWithoutCell } from '../findings';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  summary: { color: tokens.colorNeutralForeground2 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', minWidth: '0' },
  sheetName: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
  },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '2px' },
  finding: {
    width: '100%',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    height: 'auto',
    minHeight: '32px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  // Cell address in its own column, the message (secondary) wrapping beside it, not under it.
  body: {
    display: 'grid',
    gridTemplateColumns: '3em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
    width: '100%',
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
  },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  errorIcon: { color: tokens.colorPaletteRedForeground1, marginTop: '2px', flexShrink: 0 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1, marginTop: '2px', flexShrink: 0 },
  infoIcon: { color: tokens.colorBrandForeground1, marginTop: '2px', flexShrink: 0 },
  // Info findings: a quieter, separate box (not a warning), collapsed until asked for.
  infoBox: {
    marginTop: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  infoHeader: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  infoIntro: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXS },
  infoMessage: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  infoSheet: { display: 'block', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  more: { marginLeft: '28px', marginTop: tokens.spacingVerticalXS },
  // A finding as text (offline page): the button's look without the button.
  textFinding: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minHeight: '24px',
  },
  srOnly: visuallyHidden,
  ok: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    color: tokens.colorPaletteGreenForeground1,
  },
});

export interface FindingsViewProps {
  findings: Finding[];
  /** Jump to the finding's cell; absent when there is no open workbook (offline page): plain text then. */
  onSelect?(f: Finding): void;
}

/** Findings shown per sheet before "Xem thêm". */
export const GROUP_LIMIT = 8;

export function FindingsView({ findings, onSelect }: FindingsViewProps): JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // Info findings (what the program decided on the user's behalf) are not problems: they go
  // to their own collapsed box below, and never count as warnings.
  const infos = findings.filter((f) => f.severity === 'info');
  const problems = findings.filter((f) => f.severity !== 'info');
  const infoBox = infos.length > 0 && (
    <Accordion collapsible className={styles.infoBox} data-testid="info-findings">
      <AccordionItem value="info">
        <AccordionHeader size="small" icon={<Info16Regular className={styles.infoIcon} aria-hidden />}>
          <span className={styles.infoHeader}>{t.infoFindingsTitle(infos.length)}</span>
        </AccordionHeader>
        <AccordionPanel>
          <Text size={200} className={styles.infoIntro}>
            {t.infoFindingsIntro}
          </Text>
          <ul className={styles.list}>
            {infos.map((f, i) => {
              const message = messageWithoutCell(lang === 'en' ? f.message.en : f.message.vi, f.cell);
              if (!onSelect) {
                return (
                  <li
                    key={`${f.sheet}-${f.cell}-${f.code}-${i}`}
                    className={styles.textFinding}
                    title={`${f.sheet} · ${f.cell} (${f.code})`}
                    data-testid="info-finding"
                  >
                    <Info16Regular className={styles.infoIcon} aria-hidden />
                    <span className={styles.srOnly}>{t.findingName('info', f.cell, `${f.sheet}: ${message}`)}</span>
                    <span className={styles.body} aria-hidden>
                      <span className={styles.cell}>{f.cell}</span>
                      <span className={styles.infoMessage}>
                        <span className={styles.infoSheet}>{f.sheet}</span> {message}
                      </span>
                    </span>
                  </li>
                );
              }
              return (
                <li key={`${f.sheet}-${f.cell}-${f.code}-${i}`}>
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    icon={<Info16Regular className={styles.infoIcon} aria-hidden />}
                    aria-label={t.findingName('info', f.cell, `${f.sheet}: ${message}`)}
                    title={t.findingTooltip(f.sheet, f.cell, f.code)}
                    onClick={() => onSelect(f)}
                    data-testid="info-finding"
                  >
                    <span className={styles.body}>
                      <span className={styles.cell}>{f.cell}</span>
                      <span className={styles.infoMessage}>
                        <span className={styles.infoSheet}>{f.sheet}</span> {message}
                      </span>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
  if (problems.length === 0) {
    return (
      <div className={styles.root}>
        <div className={styles.ok} data-testid="no-findings">
          <CheckmarkCircle20Regular />
          <Text>{t.noFindings}</Text>
        </div>
        {infoBox}
      </div>
    );
  }
  const errors = problems.filter((f) => f.severity === 'error').length;
  const warnings = problems.length - errors;
  const filtering = onlyErrors && errors > 0 && warnings > 0;
  const groups = groupFindings(filtering ? problems.filter((f) => f.severity === 'error') : problems);
  return (
    <div className={styles.root} data-testid="findings">
      <Text size={200} className={styles.summary}>
        {t.findingsSummary(errors, warnings)}
      </Text>
      {errors > 0 && warnings > 0 && (
        <Switch
          checked={onlyErrors}
          onChange={(_, d) => setOnlyErrors(d.checked)}
          label={t.onlyErrors(errors)}
          data-testid="only-errors"
        />
      )}
      {/* keyed by the set of sheets so that new groups (after a re-check or filter change) start open */}
      <Accordion
        key={groups.map((g) => g.sheet).join('\u0000')}
        multiple
        collapsible
        defaultOpenItems={groups.map((g) => g.sheet)}
      >
        {groups.map((g) => (
          <AccordionItem key={g.sheet} value={g.sheet} data-testid="finding-group" data-sheet={g.sheet}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <span className={styles.sheetName}>{g.sheet}</span>
                {g.errors > 0 && (
                  <Badge appearance="filled" color="danger" size="small">
                    {t.errorBadge(g.errors)}
                  </Badge>
                )}
                {g.warnings > 0 && (
                  <Badge appearance="tint" color="warning" size="small">
                    {t.warningBadge(g.warnings)}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {(expanded.has(g.sheet) ? g.items : g.items.slice(0, GROUP_LIMIT)).map((f, i) => {
                  const message = messageWithoutCell(lang === 'en' ? f.message.en : f.message.vi, f.cell);
                  const icon =
                    f.severity === 'error' ? (
                      <ErrorCircle16Filled className={styles.errorIcon} aria-hidden />
                    ) : (
                      <Warning16Filled className={styles.warningIcon} aria-hidden />
                    );
                  const body = (
                    <span className={styles.body}>
                      <span className={styles.cell}>{f.cell}</span>
                      <span className={styles.message}>{message}</span>
                    </span>
                  );
                  if (!onSelect) {
                    // No workbook to jump into: the same line as text, naming sheet (group) and cell.
                    return (
                      <li
                        key={`${f.cell}-${f.code}-${i}`}
                        className={styles.textFinding}
                        title={`${f.sheet} · ${f.cell} (${f.code})`}
                        data-testid="finding"
                        data-severity={f.severity}
                      >
                        {icon}
                        <span className={styles.srOnly}>{t.findingName(f.severity, f.cell, message)}</span>
                        <span aria-hidden>{body}</span>
                      </li>
                    );
                  }
                  return (
                    <li key={`${f.cell}-${f.code}-${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.finding}
                        icon={
                          f.severity === 'error' ? (
                            <ErrorCircle16Filled className={styles.errorIcon} aria-hidden />
                          ) : (
                            <Warning16Filled className={styles.warningIcon} aria-hidden />
                          )
                        }
                        aria-label={t.findingName(f.severity, f.cell, message)}
                        title={t.findingTooltip(f.sheet, f.cell, f.code)}
                        onClick={() => onSelect(f)}
                        data-testid="finding"
                        data-severity={f.severity}
                      >
                        <span className={styles.body}>
                          <span className={styles.cell}>{f.cell}</span>
                          <span className={styles.message}>{message}</span>
                        </span>
                      </Button>
                    </li>
                  );
                })}
              </ul>
              {!expanded.has(g.sheet) && g.items.length > GROUP_LIMIT && (
                <Link
                  as="button"
                  className={styles.more}
                  onClick={() => setExpanded((x) => new Set([...x, g.sheet]))}
                  data-testid="show-more"
                >
                  {t.showMore(g.items.length - GROUP_LIMIT)}
                </Link>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {infoBox}
    </div>
  );
}
