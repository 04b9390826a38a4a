import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SectorLayout } from '../../engine/types';
import { useI18n } from '../i18n';
import { describeLayout, type LayoutLine } from '../layoutText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '0' },
  h3: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { color: tokens.colorNeutralForeground3 },
  header: { display: 'flex', flexDirection: 'column', minWidth: '0', textAlign: 'left' },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  summary: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  rows: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '2px' },
  line: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  ref: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  ignored: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface LayoutSector {
  sheet: string;
  title: string;
  layout?: SectorLayout;
}

export interface LayoutViewProps {
  sectors: LayoutSector[];
  /** The report's year, for sheets whose layout does not name one. */
  year?: number | null;
  /** Selects `range` ("E7:P8", "J6") on `sheet` in Excel. */
  /** Select the header cells; absent when there is no open workbook (offline page): references as text. */
  onSelect?(sheet: string, range: string): void;
}

/**
 * "Cách đọc số liệu": per sector sheet, which row is the header and which column was read
 * as what (months of this year, last year, estimates, plan…) and which cells were ignored.
 * Each column reference is a link that selects those header cells in Excel, so the clerk
 * can check the reading against the sheet. Collapsed per sheet; the summary line shows the
 * gist at a glance.
 */
export function LayoutView({ sectors, year = null, onSelect }: LayoutViewProps): JSX.Element | null {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const readings = sectors
    .filter((s): s is Required<LayoutSector> => s.layout !== undefined)
    .map((s) => describeLayout(s.sheet, s.title, s.layout, lang, year));
  if (readings.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="bcn-layout-title" data-testid="layout-view">
      <h3 className={styles.h3} id="bcn-layout-title">
        {t.layoutTitle}
      </h3>
      <Text size={200} className={styles.intro}>
        {t.layoutIntro}
      </Text>
      <Accordion multiple collapsible>
        {readings.map((r) => (
          <AccordionItem key={r.sheet} value={r.sheet} data-testid="layout-sheet" data-sheet={r.sheet}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <span className={styles.sheetName}>{r.sheet}</span>
                <Text size={200} className={styles.summary} data-testid="layout-summary">
                  {r.summary}
                </Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <Text size={200} className={styles.rows}>
                {r.headerRows}
              </Text>
              <ul className={styles.list}>
                {r.lines.map((line: LayoutLine, i) => {
                  const label = t.layoutRef(line.kind === 'ignored', line.ref);
                  return (
                    <li
                      key={`${line.kind}-${line.ref}-${i}`}
                      className={line.kind === 'ignored' ? `${styles.line} ${styles.ignored}` : styles.line}
                      data-testid="layout-line"
                      data-kind={line.kind}
                    >
                      <Text size={200}>
                        {onSelect ? (
                          <Link
                            as="button"
                            onClick={() => onSelect(r.sheet, line.range)}
                            aria-label={t.layoutSelect(r.sheet, label, line.text)}
                            title={t.layoutSelect(r.sheet, label, line.text)}
                          >
                            {label.slice(0, label.length - line.ref.length)}
                            <span className={styles.ref}>{line.ref}</span>
                          </Link>
                        ) : (
                          <span>
                            {label.slice(0, label.length - line.ref.length)}
                            <span className={styles.ref}>{line.ref}</span>
                          </span>
                        )}
                        {line.kind === 'ignored' ? ` ${line.text}` : `: ${line.text}`}
                      </Text>
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
