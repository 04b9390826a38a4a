import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import type { UnitInfo } from '../../engine/types';
import { useI18n } from '../i18n';
import { errorText } from '../errors';
import { parseRecipients, parseYear } from '../unitInfo';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: '0',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: '0',
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  actions: {
    position: 'sticky',
    bottom: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type TextKey = Exclude<keyof UnitInfo, 'namBaoCao' | 'noiNhan'>;
/** The form's groups, in the order the fields appear on the printed report. */
const HEADER_KEYS_BEFORE_YEAR: TextKey[] = ['coQuanChuQuan', 'tenCoQuan', 'soKyHieu', 'diaDanh'];
const HEADER_KEYS_AFTER_YEAR: TextKey[] = ['phamVi'];
const SIGNER_KEYS: TextKey[] = ['quyenHanKy', 'chucVuNguoiKy', 'nguoiKy'];
const TEXT_KEYS: TextKey[] = [...HEADER_KEYS_BEFORE_YEAR, ...HEADER_KEYS_AFTER_YEAR, ...SIGNER_KEYS];

interface Draft {
  text: Record<TextKey, string>;
  year: string;
  noiNhan: string;
}

function toDraft(info: UnitInfo): Draft {
  return {
    text: {
      coQuanChuQuan: info.coQuanChuQuan,
      tenCoQuan: info.tenCoQuan,
      diaDanh: info.diaDanh,
      soKyHieu: info.soKyHieu,
      phamVi: info.phamVi,
      quyenHanKy: info.quyenHanKy,
      chucVuNguoiKy: info.chucVuNguoiKy,
      nguoiKy: info.nguoiKy,
    },
    year: info.namBaoCao == null ? '' : String(info.namBaoCao),
    noiNhan: info.noiNhan.join('\n'),
  };
}

export interface InfoFormProps {
  info: UnitInfo;
  onSave(info: UnitInfo): Promise<void>;
}

export function InfoForm({ info, onSave }: InfoFormProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => toDraft(info));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const year = parseYear(draft.year);
  const yearInvalid = year === undefined;

  const setText = (k: TextKey, v: string): void => {
    setDraft((d) => ({ ...d, text: { ...d.text, [k]: v } }));
    setStatus({ kind: 'idle' });
  };

  const submit = async (): Promise<void> => {
    if (yearInvalid) return;
    const next: UnitInfo = {
      ...draft.text,
      namBaoCao: year ?? null,
      noiNhan: parseRecipients(draft.noiNhan),
    } as UnitInfo;
    // trim single-line fields
    for (const k of TEXT_KEYS) next[k] = next[k].trim();
    setStatus({ kind: 'saving' });
    try {
      await onSave(next);
      // Show what was stored (trimmed, blank recipient lines dropped).
      setDraft(toDraft(next));
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errorText(e) });
    }
  };

  const textField = (k: TextKey): JSX.Element => (
    <Field key={k} label={t.info[k]} hint={t.infoHints[k]}>
      <Input value={draft.text[k]} onChange={(_, d) => setText(k, d.value)} data-testid={`info-${k}`} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="info-form"
    >
      <Text size={200} className={styles.intro}>
        {t.infoIntro}
      </Text>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.infoGroups.header}</legend>
        {HEADER_KEYS_BEFORE_YEAR.map(textField)}
        <Field
          label={t.info.namBaoCao}
          hint={yearInvalid ? undefined : t.infoHints.namBaoCao}
          validationState={yearInvalid ? 'error' : 'none'}
          validationMessage={yearInvalid ? t.yearInvalid : undefined}
        >
          <Input
            inputMode="numeric"
            value={draft.year}
            onChange={(_, d) => {
              setDraft((x) => ({ ...x, year: d.value }));
              setStatus({ kind: 'idle' });
            }}
            data-testid="info-namBaoCao"
          />
        </Field>
        {HEADER_KEYS_AFTER_YEAR.map(textField)}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.infoGroups.signer}</legend>
        {SIGNER_KEYS.map(textField)}
      </fieldset>
      <Field label={{ children: t.info.noiNhan, className: styles.legend }} hint={t.infoHints.noiNhan}>
        <Textarea
          resize="vertical"
          rows={5}
          value={draft.noiNhan}
          onChange={(_, d) => {
            setDraft((x) => ({ ...x, noiNhan: d.value }));
            setStatus({ kind: 'idle' });
          }}
          data-testid="info-noiNhan"
        />
      </Field>
      {/* Save and its outcome stay together at the bottom of the pane while the clerk scrolls the form. */}
      <div className={styles.actions}>
        {status.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.saveFailedTitle}</MessageBarTitle>
              <div>{status.message}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === 'saved' && (
          <MessageBar intent="success" data-testid="info-saved">
            <MessageBarBody>{t.saved}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button
            type="submit"
            appearance="primary"
            icon={status.kind === 'saving' ? <Spinner size="tiny" /> : <Save20Regular />}
            disabled={yearInvalid}
            disabledFocusable={status.kind === 'saving'}
          >
            {status.kind === 'saving' ? t.saving : t.save}
          </Button>
        </div>
      </div>
    </form>
  );
}
