import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { PeriodOption } from '../../pipeline/service';
import { capitalize, useI18n } from '../i18n';
import { englishPeriodLabel, periodGroup } from '../platform';

const useStyles = makeStyles({
  select: { minWidth: '0', width: '100%' },
});

export interface PeriodPickerProps {
  periods: PeriodOption[];
  year: number | null;
  value: string | null;
  disabled?: boolean;
  onChange(key: string): void;
}

/** Display label of a period in the UI language. */
export function usePeriodLabel(year: number | null): (p: PeriodOption) => string {
  const { lang } = useI18n();
  return (p) => (lang === 'en' ? (englishPeriodLabel(p.key, year) ?? capitalize(p.label)) : capitalize(p.label));
}

export function PeriodPicker({ periods, year, value, disabled, onChange }: PeriodPickerProps): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const labelOf = usePeriodLabel(year);
  const textOf = (p: PeriodOption): string => (p.hasData ? labelOf(p) : `${labelOf(p)} (${t.periodNoData})`);
  const selected = periods.find((p) => p.key === value) ?? null;
  const groups: { id: 'month' | 'quarter' | 'longer'; label: string }[] = [
    { id: 'month', label: t.periodGroupMonths },
    { id: 'quarter', label: t.periodGroupQuarters },
    { id: 'longer', label: t.periodGroupLonger },
  ];
  return (
    <Field
      label={t.periodLabel}
      validationState={selected && !selected.hasData ? 'warning' : 'none'}
      validationMessage={selected && !selected.hasData ? t.periodNoDataWarning(labelOf(selected)) : undefined}
    >
      {/*
        Fluent's Select: a native <select> (the browser's own list, keyboard and screen-reader
        behaviour) styled like the other Fluent inputs. It replaced Dropdown, whose popup
        positioning and focus-management code was a fifth of the pane's first download.
      */}
      <Select
        className={styles.select}
        value={selected ? selected.key : ''}
        disabled={disabled}
        onChange={(_, data) => {
          if (data.value) onChange(data.value);
        }}
        data-testid="period-picker"
      >
        {!selected && (
          <option value="" disabled hidden>
            {t.periodPlaceholder}
          </option>
        )}
        {groups.map((g) => {
          const items = periods.filter((p) => periodGroup(p.key) === g.id);
          if (items.length === 0) return null;
          return (
            <optgroup key={g.id} label={g.label}>
              {items.map((p) => (
                <option key={p.key} value={p.key}>
                  {textOf(p)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
    </Field>
  );
}
