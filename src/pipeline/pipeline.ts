/**
 * The one report pipeline, host-agnostic:
 *
 *   grid (a host reads it) → parseWorkbook → computeReport → buildNarrative
 *   → buildReportLayout + buildNarrativeLayout → (a host renders them)
 *
 * The command line, the Office service and the offline page call these steps
 * instead of writing them out again. Turning layouts into files (.xlsx + .docx)
 * is in files.ts, so the Office bundle never pulls in ExcelJS.
 */
import { computeReport, flattenComputed, latestMonthWithData } from '../engine';
import type { ComputedReport, Finding, ParsedWorkbook, Period } from '../engine/types';
import { buildNarrative } from '../engine/narrative';
import type { NarrativeDoc } from '../engine/narrative/model';
import { buildReportLayout } from '../engine/layout/report';
import { buildNarrativeLayout } from '../engine/layout/narrativeSheet';
import type { SheetLayout } from '../engine/layout/types';
import { MAX_CELL_CHARS, safeLayout } from '../engine/layout/safeText';
import { F } from '../engine/findings';
import type { GenerateResult } from './service';

// Step 1 and what the pane shows before anything is computed: state.ts (the task
// pane's first read loads only that module, not the steps below).
export { defaultPeriodKey, parseGrid, periodFor, workbookState, yearOf } from './state';

/**
 * The period's last month has no figure at all in the workbook (a year report
 * asked in July): what the hosts ask (task pane) or warn about (CLI) before
 * writing. `latest` is the last month that has data (null: none). Null when
 * the last month has data.
 */
export function lastMonthGap(parsed: ParsedWorkbook, period: Period): { month: number; latest: number | null } | null {
  const latest = latestMonthWithData(parsed);
  return latest !== null && latest >= period.to ? null : { month: period.to, latest };
}

/** Steps 2–3: the computed report and its narrative for one period. */
export interface ReportRun {
  period: Period;
  report: ComputedReport;
  narrative: NarrativeDoc;
}

export function runReport(parsed: ParsedWorkbook, period: Period): ReportRun {
  const report = computeReport(parsed, period);
  return { period, report, narrative: buildNarrative(report) };
}

/** The findings that block writing unless the user goes on anyway. */
export function blockingErrors(report: ComputedReport): Finding[] {
  return report.issues.filter((f) => f.severity === 'error');
}

/**
 * Step 4: the two sheet layouts (report sheet, narrative sheet) under the given names,
 * with every text safe to write (engine/layout/safeText.ts); a cell cut to Excel's
 * 32 767 characters adds a TEXT_TRUNCATED warning to the report's issues.
 */
export function outputLayouts(
  run: ReportRun,
  names: { report: string; narrative: string },
): [SheetLayout, SheetLayout] {
  const built = [
    buildReportLayout(run.report, names.report),
    buildNarrativeLayout(run.narrative, names.narrative, run.report.info),
  ].map((l) => safeLayout(l));
  // A cell cut to Excel's limit is said once, as a finding on the output sheet.
  for (const b of built)
    for (const cell of b.truncated) {
      if (!run.report.issues.some((f) => f.code === 'TEXT_TRUNCATED' && f.sheet === b.layout.name && f.cell === cell))
        run.report.issues.push(F.textTruncated(b.layout.name, cell, MAX_CELL_CHARS));
    }
  return [built[0].layout, built[1].layout];
}

/** The counts the pane's summary shows after writing. */
export function countIndicators(report: ComputedReport): GenerateResult['counts'] {
  const all = flattenComputed(report);
  return {
    indicators: all.length,
    completed: all.filter((i) => i.schedule === 'completed').length,
    ahead: all.filter((i) => i.schedule === 'ahead').length,
    onSchedule: all.filter((i) => i.schedule === 'on_schedule').length,
    behind: all.filter((i) => i.schedule === 'behind').length,
    incomplete: all.filter((i) => i.incomplete).length,
  };
}
