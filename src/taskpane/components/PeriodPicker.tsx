import { Dropdown, Field, Option, OptionGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodOption } from '../../pipeline/service';
import { capitalize, useI18n } from '../i18n';
import { englishPeriodLabel, periodGroup } from '../platform';

const useStyles = makeStyles({
  dropdown: { minWidth: '0', width: '100%' },
  noData: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
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
  return (p) => (lang === 'en' ? englishPeriodLabel(p.key, year) ?? capitalize(p.label) : capitalize(p.label));
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
      <Dropdown
        className={styles.dropdown}
        placeholder={t.periodPlaceholder}
        value={selected ? textOf(selected) : ''}
        selectedOptions={selected ? [selected.key] : []}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
        data-testid="period-picker"
      >
        {groups.map((g) => {
          const items = periods.filter((p) => periodGroup(p.key) === g.id);
          if (items.length === 0) return null;
          return (
            <OptionGroup key={g.id} label={g.label}>
              {items.map((p) => (
                <Option key={p.key} value={p.key} text={textOf(p)}>
                  {p.hasData ? (
                    labelOf(p)
                  ) : (
                    <span>
                      {labelOf(p)} <span className={styles.noData}>({t.periodNoData})</span>
                    </span>
                  )}
                </Option>
              ))}
            </OptionGroup>
          );
        })}
      </Dropdown>
    </Field>
  );
}
