/**
 * The offline page: pick or drop an .xlsx, then the task pane's own <App> runs
 * on it through the file service (src/hosts/file/service.ts). This file only
 * adds what a page needs around the pane: the title, the privacy note, the
 * file picker / drop zone and the message for a file that cannot be opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUp20Regular, ShieldLock20Regular } from '@fluentui/react-icons';
import { App } from '../taskpane/App';
import { I18nContext, STRINGS, type Lang } from '../taskpane/i18n';
import { errorText } from '../taskpane/errors';
import { downloadBytes } from '../taskpane/download';
import { ChainTools } from '../taskpane/components/ChainTools';
import type { AddinService, ChainTools as ChainToolsApi } from '../pipeline/service';
import { WEB_STRINGS } from './strings';
import { visuallyHidden } from '../taskpane/components/visuallyHidden';

const useStyles = makeStyles({
  page: {
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
  },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dropCompact: {
    flexDirection: 'row',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'left',
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  // The real <input type="file"> stays in the page (keyboard, screen readers, tests) but
  // is drawn by the button: visually hidden, not display:none.
  input: visuallyHidden,
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface WebPageProps {
  lang: Lang;
  /** Reads the file and returns its service; rejects with a user-facing message. */
  open(file: File): Promise<AddinService>;
  /** The reporting chain's tools (template, conversion, consolidation): new files to download. */
  chain?: ChainToolsApi;
}

type Opened =
  | { status: 'none' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string; message: string }
  | { status: 'ready'; name: string; service: AddinService; n: number };

export function WebPage({ lang, open, chain }: WebPageProps): JSX.Element {
  const w = WEB_STRINGS[lang];
  const i18n = useMemo(() => ({ lang, t: STRINGS[lang] }), [lang]);
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened>({ status: 'none' });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const count = useRef(0);

  const openFile = useCallback(
    async (file: File): Promise<void> => {
      const n = ++count.current;
      setOpened({ status: 'reading', name: file.name });
      try {
        const service = await open(file);
        if (n === count.current) setOpened({ status: 'ready', name: file.name, service, n });
      } catch (e) {
        if (n === count.current) setOpened({ status: 'failed', name: file.name, message: errorText(e) });
      }
    },
    [open],
  );

  // A file dropped outside the zone must not make the browser navigate away to it.
  useEffect(() => {
    const stop = (e: Event): void => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  const compact = opened.status === 'ready';
  return (
    <main className={styles.page}>
      <header>
        <h1 className={styles.h1}>{w.title}</h1>
        <Text className={styles.subtitle} as="p" style={{ margin: 0 }}>
          {w.subtitle}
        </Text>
      </header>

      <MessageBar intent="info" layout="multiline" icon={<ShieldLock20Regular />} data-testid="privacy">
        <MessageBarBody>
          <MessageBarTitle>{w.privacyTitle}</MessageBarTitle>
          {w.privacy}
        </MessageBarBody>
      </MessageBar>

      <div
        className={mergeClasses(styles.drop, compact && styles.dropCompact, dragging && styles.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        {compact && <Text>{w.pickOtherHint}</Text>}
        <input
          ref={inputRef}
          id="bcn-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.input}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Reset so that picking the same file again (after fixing it) reads it again.
            e.currentTarget.value = '';
            if (file) void openFile(file);
          }}
          data-testid="file-input"
          aria-describedby="bcn-file-hint"
          tabIndex={-1}
        />
        <Button
          appearance={compact ? 'secondary' : 'primary'}
          size={compact ? 'medium' : 'large'}
          icon={<DocumentArrowUp20Regular />}
          disabled={opened.status === 'reading'}
          onClick={() => inputRef.current?.click()}
          data-testid="pick"
        >
          {compact ? w.pickOther : w.pick}
        </Button>
        {!compact && (
          <Text size={200} className={styles.hint} id="bcn-file-hint">
            {w.dropHint} · {w.accepted}
          </Text>
        )}
      </div>

      {opened.status === 'reading' && <Spinner label={w.reading(opened.name)} data-testid="reading" />}
      {opened.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="open-error">
          <MessageBarBody>
            <MessageBarTitle>{w.openFailedTitle(opened.name)}</MessageBarTitle>
            <div>{opened.message}</div>
            <div>{w.openFailedHint}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {opened.status === 'ready' && (
        <div className={styles.pane}>
          <App
            key={opened.n}
            service={opened.service}
            host={{ platform: null, displayLanguage: typeof navigator !== 'undefined' ? navigator.language : null }}
            lang={lang}
            fileName={opened.name}
          />
        </div>
      )}

      {chain && (
        <Accordion collapsible data-testid="chain-section">
          <AccordionItem value="tools">
            <AccordionHeader as="h2" size="large">
              {w.toolsTitle}
            </AccordionHeader>
            <AccordionPanel>
              <I18nContext.Provider value={i18n}>
                <ChainTools
                  tools={chain}
                  mode="files"
                  year={null}
                  unit=""
                  onDownload={(f) => downloadBytes(f.bytes, f.name, f.mime)}
                />
              </I18nContext.Provider>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </main>
  );
}
