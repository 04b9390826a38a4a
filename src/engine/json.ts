/** reportToJson: the `--json` output of the command-line tool (outputs.md §4). */
import type { ComputedIndicator, ComputedReport, SectorLayout } from './types';
import { unitTotals, type UnitTable } from './chain/unitTable';
import type { Period } from './types';

/**
 * Extension `unitTable` (a consolidated workbook): per sector and indicator the
 * consolidated figures (null while some unit's month is missing) and each
 * unit's figure, lũy kế and the months it has not sent.
 */
function unitTableJson(t: UnitTable, p: Period): object {
  return {
    sheet: t.sheet,
    units: t.units,
    sectors: t.sectors.map((s) => ({
      title: s.title,
      indicators: s.indicators.map((i) => ({
        code: i.indicator.code,
        name: i.indicator.name,
        unit: i.indicator.unit,
        depth: i.depth,
        ...unitTotals(i, p),
        byUnit: i.units.map((u) => ({
          unit: u.unit,
          period: u.period,
          ytd: u.ytd,
          missingMonths: u.missingMonths,
          ...(u.absent ? { absent: true } : {}),
        })),
      })),
    })),
  };
}

function indicatorJson(c: ComputedIndicator): object {
  return {
    code: c.code,
    name: c.name,
    unit: c.unit,
    kind: c.kind,
    cell: c.cell,
    period: c.period,
    ytd: c.ytd,
    plan: c.plan,
    planPct: c.planPct,
    target: c.target ? { op: c.target.op, value: c.target.value } : null,
    targetMet: c.targetMet,
    lastYearPeriod: c.lastYearPeriod,
    lastYearYtd: c.lastYearYtd,
    changePct: c.changePct,
    schedule: c.schedule,
    incomplete: c.incomplete,
    children: c.children.map(indicatorJson),
    // extensions (allowed by §4)
    stt: c.stt,
    group: c.group,
    missingMonths: c.missingMonths,
    targetGap: c.targetGap,
    // v2: an estimate column stood in for an empty month the figures use
    ...(c.estimated ? { estimated: true, estimatedMonths: c.estimatedMonths ?? [] } : {}),
  };
}

/** outputs.md §4 v2: `why` in Vietnamese (`whyEn` as an extension, like `messageEn`). */
function layoutJson(l: SectorLayout): object {
  return {
    headerRow: l.headerRow,
    headerRowLast: l.headerRowLast,
    year: l.year,
    columns: l.columns,
    ignored: l.ignored.map((i) => ({
      cell: i.cell,
      ...(i.lastCell ? { lastCell: i.lastCell } : {}),
      why: i.why.vi,
      whyEn: i.why.en,
    })),
  };
}

export function reportToJson(report: ComputedReport, narrativeText: string): object {
  const p = report.period;
  return {
    period: { kind: p.kind, from: p.from, to: p.to, year: p.year, label: p.label },
    sectors: report.sectors.map((s) => ({
      title: s.title,
      sheet: s.sheet,
      layout: s.layout ? layoutJson(s.layout) : null,
      indicators: s.indicators.map(indicatorJson),
    })),
    issues: report.issues.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message.vi,
      // extension
      messageEn: f.message.en,
    })),
    narrative: narrativeText,
    ...(report.unitTable ? { unitTable: unitTableJson(report.unitTable, p) } : {}),
  };
}
