/**
 * The "Công cụ" tab: the reporting chain's three tools — "Tạo mẫu nhập liệu",
 * "Chuyển từ sổ theo tháng", "Tổng hợp từ các đơn vị" — over `ChainTools`
 * (src/pipeline/service.ts). In Excel (`mode: 'workbook'`) they add new sheets
 * to the open workbook; on the offline page (`mode: 'files'`) they hand out a
 * new .xlsx to download. One tool runs at a time; each shows its progress, its
 * result ("Đã thêm 4 trang: …") and its findings naming file, sheet and cell.
 */
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Dismiss16Regular, DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { CATALOGUE_SECTORS } from '../../engine/catalogue/indicators';
import {
  isChainBlocked,
  type ChainOutcome,
  type ChainStep,
  type ChainTools as Tools,
  type OutputFile,
  type PickedFile,
  type ToolFinding,
} from '../../pipeline/service';
import { useI18n } from '../i18n';
import { CHAIN_STRINGS } from '../chainStrings';
import { errorText } from '../errors';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: '0' },
  tool: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: '0',
  },
  h3: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  sectors: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  // The real <input type="file"> stays in the page (tests, screen readers) but is drawn by a button.
  input: visuallyHidden,
  files: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
  findings: { margin: '0', padding: '0', listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '6px' },
  finding: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: '0' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  message: { overflowWrap: 'anywhere', minWidth: '0' },
  srOnly: visuallyHidden,
});

export interface ChainToolsProps {
  tools: Tools;
  /** 'workbook': the tools add sheets to the open workbook (Excel); 'files': they make files to download (page). */
  mode: 'workbook' | 'files';
  /** The open workbook's year and unit, to pre-fill the forms. */
  year: number | null;
  unit: string;
  /** Select a cell / a sheet's A1 in the open workbook (Excel only). */
  onSelect?(sheet: string, cell: string): void;
  onDownload(file: OutputFile): void;
  /** After a tool added sheets (the pane re-reads the workbook). */
  onChanged?(): void;
}

type ToolId = 'template' | 'convert' | 'consolidate';

interface Done {
  tool: ToolId;
  outcome: ChainOutcome;
}
interface Failed {
  tool: ToolId;
  title: string;
  message: string;
  findings: ToolFinding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function monthsText(months: number[] | undefined): string {
  return (months ?? []).map((m) => `T${m}`).join(', ');
}

export function ChainTools({ tools, mode, year, unit, onSelect, onDownload, onChanged }: ChainToolsProps): JSX.Element {
  const { lang } = useI18n();
  const c = CHAIN_STRINGS[lang];
  const styles = useStyles();
  const thisYear = year ?? new Date().getFullYear();
  const [busy, setBusy] = useState<{ tool: ToolId; step: ChainStep } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [failed, setFailed] = useState<Failed | null>(null);
  const [live, setLive] = useState('');
  // Tạo mẫu nhập liệu
  const [tYear, setTYear] = useState(String(thisYear));
  const [tUnit, setTUnit] = useState(unit);
  const [tParent, setTParent] = useState('');
  const [tPlace, setTPlace] = useState('');
  const [tSectors, setTSectors] = useState<Set<string>>(() => new Set(CATALOGUE_SECTORS.map((s) => s.prefix)));
  // Chuyển từ sổ theo tháng
  const [cYear, setCYear] = useState('');
  const [cFile, setCFile] = useState<PickedFile | null>(null);
  // Tổng hợp từ các đơn vị
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [gUnit, setGUnit] = useState(unit);
  const [gPlace, setGPlace] = useState('');
  const [tried, setTried] = useState<ToolId | null>(null);
  const convertInput = useRef<HTMLInputElement>(null);
  const returnsInput = useRef<HTMLInputElement>(null);

  const validYear = (s: string): number | null => (/^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null);

  const run = async (tool: ToolId, work: (onStep: (s: ChainStep) => void) => Promise<ChainOutcome>) => {
    setBusy({ tool, step: 'reading' });
    setDone(null);
    setFailed(null);
    setLive('');
    try {
      const outcome = await work((step) => setBusy({ tool, step }));
      setDone({ tool, outcome });
      setLive(summary(tool, outcome).join(' '));
      if (mode === 'workbook') onChanged?.();
    } catch (e) {
      const blocked = isChainBlocked(e);
      const message = blocked ? (e as Error).message : errorText(e);
      setFailed({
        tool,
        title: blocked || (e as { code?: unknown })?.code === 'SHEET_EXISTS' ? c.blockedTitle : c.failedTitle,
        message,
        findings: blocked ? e.findings : [],
      });
      setLive(message);
    } finally {
      setBusy(null);
    }
  };

  const summary = (tool: ToolId, o: ChainOutcome): string[] => {
    const names = o.sheets.join(', ');
    const file = o.files?.[0];
    const lines = [file ? c.made(file.name, o.sheets.length, names) : c.added(o.sheets.length, names)];
    if (o.kept.length) lines.push(c.kept(o.kept.map((k) => `"${k}"`).join(', ')));
    if (tool === 'convert') lines.unshift(c.converted(monthsText(o.months), o.year));
    if (tool === 'consolidate')
      lines.unshift(c.consolidated(o.units?.length ?? 0, o.picked ?? 0, (o.units ?? []).join('; '), o.year));
    if (tool === 'convert' && mode === 'workbook') lines.push(c.convertMonthsNote(monthsText(o.months)));
    return lines;
  };

  const makeTemplate = (): void => {
    setTried('template');
    const y = validYear(tYear);
    if (y === null || tSectors.size === 0) return;
    void run('template', (onStep) =>
      tools.makeTemplate(
        {
          year: y,
          unit: tUnit.trim() || undefined,
          parent: tParent.trim() || undefined,
          place: tPlace.trim() || undefined,
          sectors: CATALOGUE_SECTORS.filter((s) => tSectors.has(s.prefix)).map((s) => s.prefix),
        },
        onStep,
      ),
    );
  };

  const convert = (): void => {
    setTried('convert');
    const y = cYear.trim() ? validYear(cYear) : null;
    if (cYear.trim() && y === null) return;
    if (mode === 'files' && !cFile) return;
    void run('convert', (onStep) => tools.convertMonthly({ year: y, ...(cFile ? { file: cFile } : {}) }, onStep));
  };

  const consolidate = (): void => {
    setTried('consolidate');
    if (files.length === 0) return;
    void run('consolidate', (onStep) =>
      tools.consolidate(files, { unit: gUnit.trim() || undefined, place: gPlace.trim() || undefined }, onStep),
    );
  };

  const addFiles = (list: FileList | null): void => {
    const picked = Array.from(list ?? []);
    setFiles((cur) => [...cur, ...picked.filter((f) => !cur.some((x) => x.name === f.name && x.size === f.size))]);
  };

  const result = (tool: ToolId): ReactNode => {
    const progress = busy?.tool === tool && (
      <Spinner size="tiny" label={c.steps[busy.step]} data-testid={`chain-progress-${tool}`} />
    );
    const ok = done?.tool === tool ? done.outcome : null;
    const bad = failed?.tool === tool ? failed : null;
    const list = ok?.findings ?? bad?.findings ?? [];
    return (
      <>
        {progress}
        {ok && (
          <MessageBar intent="success" layout="multiline" data-testid={`chain-result-${tool}`}>
            <MessageBarBody>
              {summary(tool, ok).map((line, i) => (
                <div key={i}>{line}</div>
              ))}
              <div className={styles.row}>
                {mode === 'workbook' &&
                  onSelect &&
                  ok.sheets.map((s) => (
                    <Link key={s} as="button" onClick={() => onSelect(s, 'A1')}>
                      {c.openSheet(s)}
                    </Link>
                  ))}
                {(ok.files ?? []).map((f) => (
                  <Button
                    key={f.name}
                    size="small"
                    icon={<ArrowDownload20Regular />}
                    onClick={() => {
                      onDownload(f);
                      setLive(c.downloaded(f.name));
                    }}
                    data-testid="chain-download"
                  >
                    {c.download(f.name)}
                  </Button>
                ))}
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {bad && (
          <MessageBar intent="error" layout="multiline" data-testid={`chain-error-${tool}`}>
            <MessageBarBody>
              <MessageBarTitle>{bad.title}</MessageBarTitle>
              <div>{bad.message}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        {list.length > 0 && (
          <section aria-label={c.findingsTitle(list.length)} data-testid={`chain-findings-${tool}`}>
            <Text weight="semibold" as="p" style={{ margin: 0 }}>
              {c.findingsTitle(list.length)}
            </Text>
            <ul className={styles.findings}>
              {[...list]
                .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
                .map((f, i) => (
                  <li key={i} className={styles.finding}>
                    <Badge
                      className={styles.badge}
                      size="small"
                      appearance={f.severity === 'error' ? 'filled' : 'tint'}
                      color={f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'informative'}
                    >
                      {c.severity[f.severity]}
                    </Badge>
                    <span className={styles.message}>
                      {f.message[lang]}{' '}
                      {mode === 'workbook' && onSelect && !f.file && f.sheet && f.cell && (
                        <Link as="button" onClick={() => onSelect(f.sheet, f.cell)}>
                          {c.goToCell(f.sheet, f.cell)}
                        </Link>
                      )}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        )}
      </>
    );
  };

  const tYearBad = tried === 'template' && validYear(tYear) === null;
  const sectorsBad = tried === 'template' && tSectors.size === 0;
  const cYearBad = tried === 'convert' && cYear.trim() !== '' && validYear(cYear) === null;
  const working = busy !== null;
  /** One tool: its heading, what it does, its fields, the button that runs it and its outcome. */
  const toolSection = (tool: ToolId, title: string, body: string, go: string, onGo: () => void, fields: ReactNode) => (
    <section className={styles.tool} aria-labelledby={`bcn-tool-${tool}`}>
      <h3 className={styles.h3} id={`bcn-tool-${tool}`}>
        {title}
      </h3>
      <Text size={200} className={styles.note}>
        {body}
      </Text>
      {fields}
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={working} onClick={onGo} data-testid={`${tool}-go`}>
          {go}
        </Button>
      </div>
      {result(tool)}
    </section>
  );
  /** The hidden file input behind a "choose file" button: .xlsx only, cleared after each pick so the same file can be picked again. */
  const xlsxInput = (
    ref: RefObject<HTMLInputElement>,
    testId: string,
    multiple: boolean,
    onPick: (files: FileList | null) => void,
  ) => (
    <input
      ref={ref}
      type="file"
      multiple={multiple}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      className={styles.input}
      tabIndex={-1}
      aria-hidden
      data-testid={testId}
      onChange={(e) => {
        onPick(e.currentTarget.files);
        e.currentTarget.value = '';
      }}
    />
  );
  return (
    <div className={styles.root} data-testid="chain-tools">
      <Text className={styles.note}>{mode === 'workbook' ? c.intro : c.introFiles}</Text>

      {toolSection(
        'template',
        c.templateTitle,
        mode === 'workbook' ? c.templateBody : c.templateBodyFiles,
        c.templateGo,
        makeTemplate,
        <>
          <Field
            label={c.year}
            hint={c.yearHint}
            validationState={tYearBad ? 'error' : 'none'}
            validationMessage={tYearBad ? c.yearInvalid : undefined}
          >
            <Input
              value={tYear}
              onChange={(_, d) => setTYear(d.value)}
              inputMode="numeric"
              data-testid="template-year"
            />
          </Field>
          <Field label={c.unit} hint={c.unitHint}>
            <Input value={tUnit} onChange={(_, d) => setTUnit(d.value)} data-testid="template-unit" />
          </Field>
          <Field label={c.parent}>
            <Input value={tParent} onChange={(_, d) => setTParent(d.value)} />
          </Field>
          <Field label={c.place} hint={c.placeHint}>
            <Input value={tPlace} onChange={(_, d) => setTPlace(d.value)} data-testid="template-place" />
          </Field>
          <Field
            label={c.sectors}
            hint={c.sectorsHint}
            validationState={sectorsBad ? 'error' : 'none'}
            validationMessage={sectorsBad ? c.sectorsNone : undefined}
          >
            <div className={styles.sectors} role="group" aria-label={c.sectors}>
              {CATALOGUE_SECTORS.map((s) => (
                <Checkbox
                  key={s.prefix}
                  label={s.sheet}
                  checked={tSectors.has(s.prefix)}
                  onChange={(_, d) =>
                    setTSectors((cur) => {
                      const next = new Set(cur);
                      if (d.checked) next.add(s.prefix);
                      else next.delete(s.prefix);
                      return next;
                    })
                  }
                />
              ))}
            </div>
          </Field>
        </>,
      )}

      {toolSection(
        'convert',
        c.convertTitle,
        mode === 'workbook' ? c.convertBody : c.convertBodyFiles,
        c.convertGo,
        convert,
        <>
          {mode === 'files' && (
            <Field
              validationState={tried === 'convert' && !cFile ? 'error' : 'none'}
              validationMessage={tried === 'convert' && !cFile ? c.convertNeedFile : undefined}
            >
              <div className={styles.row}>
                {xlsxInput(convertInput, 'convert-input', false, (picked) => {
                  const f = picked?.[0] ?? null;
                  if (f) setCFile(f);
                })}
                <Button icon={<DocumentArrowUp20Regular />} onClick={() => convertInput.current?.click()}>
                  {c.convertPick}
                </Button>
                {cFile && <Text data-testid="convert-file">{cFile.name}</Text>}
              </div>
            </Field>
          )}
          <Field
            label={c.year}
            hint={c.convertYearHint}
            validationState={cYearBad ? 'error' : 'none'}
            validationMessage={cYearBad ? c.yearInvalid : undefined}
          >
            <Input value={cYear} onChange={(_, d) => setCYear(d.value)} inputMode="numeric" />
          </Field>
        </>,
      )}

      {toolSection(
        'consolidate',
        c.consolidateTitle,
        mode === 'workbook' ? c.consolidateBody : c.consolidateBodyFiles,
        c.consolidateGo,
        consolidate,
        <>
          <Field
            hint={c.privacy}
            validationState={tried === 'consolidate' && files.length === 0 ? 'error' : 'none'}
            validationMessage={tried === 'consolidate' && files.length === 0 ? c.consolidateNeedFiles : undefined}
          >
            <div className={styles.row}>
              {xlsxInput(returnsInput, 'consolidate-input', true, addFiles)}
              <Button
                icon={<DocumentArrowUp20Regular />}
                onClick={() => returnsInput.current?.click()}
                data-testid="consolidate-pick"
              >
                {files.length ? c.consolidatePickMore : c.consolidatePick}
              </Button>
            </div>
          </Field>
          {files.length > 0 && (
            <div data-testid="consolidate-files">
              <Text size={200}>{c.pickedCount(files.length)}</Text>
              <ul className={styles.files}>
                {files.map((f) => (
                  <li key={`${f.name}/${f.size}`}>
                    {f.name}{' '}
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<Dismiss16Regular />}
                      aria-label={c.removeFile(f.name)}
                      title={c.removeFile(f.name)}
                      disabledFocusable={working}
                      onClick={() => setFiles((cur) => cur.filter((x) => x !== f))}
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Field
            label={c.consolidateUnit}
            hint={mode === 'workbook' ? c.consolidateUnitHint : c.consolidateUnitHintFiles}
          >
            <Input value={gUnit} onChange={(_, d) => setGUnit(d.value)} data-testid="consolidate-unit" />
          </Field>
          <Field label={c.place} hint={c.placeHint}>
            <Input value={gPlace} onChange={(_, d) => setGPlace(d.value)} data-testid="consolidate-place" />
          </Field>
        </>,
      )}

      <div aria-live="polite" className={styles.srOnly} data-testid="chain-live">
        {busy ? c.steps[busy.step] : live}
      </div>
    </div>
  );
}
