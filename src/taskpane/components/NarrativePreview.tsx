import { forwardRef } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeDoc } from '../../engine/narrative/model';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  box: {
    maxHeight: '45vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: '14px',
    lineHeight: '1.45',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  subject: { textAlign: 'center', fontWeight: 'bold', margin: `0 0 ${tokens.spacingVerticalS} 0` },
  h1: { fontSize: '14px', fontWeight: 'bold', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  h2: { fontSize: '14px', fontWeight: 'bold', margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0` },
  h3: { fontSize: '14px', fontWeight: 'bold', fontStyle: 'italic', margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0` },
  p: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, textIndent: '1.2em', textAlign: 'justify' },
  generated: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS} - 3px)`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface NarrativePreviewProps {
  doc: NarrativeDoc;
}

/** Read-only preview of the narrative; the ref is used to select its text for manual copying. */
export const NarrativePreview = forwardRef<HTMLDivElement, NarrativePreviewProps>(function NarrativePreview({ doc }, ref) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <Text size={200} className={styles.hint}>
        {t.previewHint}
      </Text>
      <div ref={ref} className={styles.box} tabIndex={0} role="region" aria-label={t.previewTitle} data-testid="preview">
        {doc.subject && <p className={styles.subject}>{doc.subject}</p>}
        {doc.blocks.length === 0 && <p>{t.previewEmpty}</p>}
        {doc.blocks.map((b, i) => {
          if (b.type === 'heading') {
            const Tag = b.level === 1 ? 'h3' : b.level === 2 ? 'h4' : 'h5';
            const cls = b.level === 1 ? styles.h1 : b.level === 2 ? styles.h2 : styles.h3;
            return (
              <Tag key={i} className={cls}>
                {b.text}
              </Tag>
            );
          }
          return (
            <p
              key={i}
              className={b.source === 'generated' ? `${styles.p} ${styles.generated}` : styles.p}
              title={b.source === 'generated' ? t.generatedMark : undefined}
              data-source={b.source}
            >
              {b.runs.map((r, j) =>
                r.bold || r.italic ? (
                  <span key={j} style={{ fontWeight: r.bold ? 'bold' : undefined, fontStyle: r.italic ? 'italic' : undefined }}>
                    {r.text}
                  </span>
                ) : (
                  <span key={j}>{r.text}</span>
                ),
              )}
            </p>
          );
        })}
      </div>
    </>
  );
});
