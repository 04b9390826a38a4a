/**
 * Step 1 of the pipeline and what the task pane shows before anything is
 * computed: the parsed workbook, its periods (with or without data), the
 * period to offer first, the unit information. Apart from pipeline.ts (which
 * re-exports all of it) so that the pane's first read of the workbook
 * (src/hosts/office/load.ts, its own chunk) carries the parser only, not
 * computing, the narrative and the layouts.
 */
import { parseWorkbook } from '../engine/parse';
import { latestMonthWithData } from '../engine/compute';
import { ALL_PERIOD_KEYS, parsePeriodKey, periodKey } from '../engine/periods';
import type { ParsedWorkbook, Period, WorkbookGrid } from '../engine/types';
import type { PeriodOption, WorkbookState } from './service';

/** Step 1: the grid a host read → the parsed workbook (indicators, findings, unit info). */
export function parseGrid(grid: WorkbookGrid): ParsedWorkbook {
  return parseWorkbook(grid);
}

/** The workbook's year, else this year (the period picker still needs one). */
export function yearOf(parsed: ParsedWorkbook): number {
  return parsed.year ?? new Date().getFullYear();
}

/** The period for a key ("T6", "Q2", "H1", "9M", "Y") in the workbook's year, or null when invalid. */
export function periodFor(parsed: ParsedWorkbook, key: string): Period | null {
  return parsePeriodKey(key, yearOf(parsed));
}

/** The period to offer first: the remembered one if still valid, else the latest month with data. */
export function defaultPeriodKey(parsed: ParsedWorkbook, remembered: string | null): string | null {
  if (remembered && periodFor(parsed, remembered)) return remembered;
  const latest = latestMonthWithData(parsed);
  return latest ? `T${latest}` : null;
}

/** What the pane shows before anything is computed: periods (with/without data), unit info. */
export function workbookState(parsed: ParsedWorkbook, remembered: string | null): WorkbookState {
  const latest = latestMonthWithData(parsed) ?? 0;
  const periods: PeriodOption[] = [];
  for (const key of ALL_PERIOD_KEYS) {
    const p = periodFor(parsed, key);
    if (p) periods.push({ key: periodKey(p), label: p.label, hasData: latest >= p.to });
  }
  return {
    year: parsed.year,
    periods,
    defaultPeriod: defaultPeriodKey(parsed, remembered),
    info: parsed.info,
    sectorCount: parsed.sectors.length,
  };
}
