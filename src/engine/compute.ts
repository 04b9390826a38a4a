/**
 * computeReport: a parsed workbook + a period → the figures every output renders.
 * Missing is not zero: a month left empty is reported (MISSING_MONTH) and the
 * figures depending on it are marked incomplete; no last-year figure → no comparison.
 */
import type {
  ComputedIndicator,
  ComputedReport,
  ComputedSector,
  Finding,
  Indicator,
  MonthValues,
  ParsedWorkbook,
  Period,
  Schedule,
} from './types';
import { normalizeLabel, qualifiedCell } from './normalize';
import { CONTENT_SHEET, INFO_SHEET } from './info';
import { clean, meetsTarget, round2 } from './numbers';
import { F, F2 } from './findings';
import { computeUnitTable } from './chain/unitTable';

interface Agg {
  value: number | null;
  /** The sum is beyond the largest number a computer holds (Infinity): `value` is null. */
  overflow?: boolean;
  missing: number[];
  /** stock/rate: the month whose value was used (≤ b) */
  usedMonth: number | null;
}

/** Flow: sum over a…b; missing months listed; null when every month is empty. */
function sumRange(values: MonthValues, a: number, b: number): Agg {
  let sum = 0;
  let any = false;
  const missing: number[] = [];
  for (let m = a; m <= b; m++) {
    const v = values[m];
    if (v === undefined) missing.push(m);
    else {
      sum += v;
      any = true;
    }
  }
  if (!Number.isFinite(sum)) return { value: null, missing, usedMonth: null, overflow: true };
  return { value: any ? clean(sum) : null, missing, usedMonth: null };
}

/** Stock/rate: value of month b, else the latest non-empty month before it. */
function pointAt(values: MonthValues, b: number): Agg {
  for (let m = b; m >= 1; m--) {
    const v = values[m];
    if (v !== undefined) return { value: v, missing: m === b ? [] : [b], usedMonth: m };
  }
  return { value: null, missing: [b], usedMonth: null };
}

/** Last year's total over a…b; null unless every month is present (a partial sum would mislead). */
function lastYearSum(values: MonthValues, a: number, b: number): number | null {
  const s = sumRange(values, a, b);
  return s.missing.length ? null : s.value;
}

/**
 * Findings that make a figure unfit to be stated as fact: every error (the user
 * may have forced the report past it) and FRACTIONAL_COUNT ("9.022,15 lượt người").
 * Keyed "sheet!A1".
 */
export function doubtfulCells(findings: Finding[]): Set<string> {
  return new Set(
    findings.filter((f) => f.severity === 'error' || f.code === 'FRACTIONAL_COUNT').map((f) => `${f.sheet}!${f.cell}`),
  );
}

function anyDoubtful(cells: (string | undefined)[], sheet: string, from: number, to: number, flagged: Set<string>) {
  if (flagged.size === 0) return false; // the usual case: no cell in doubt, no key to build
  for (let m = from; m <= to; m++) {
    const c = cells[m];
    if (c && flagged.has(`${sheet}!${c}`)) return true;
  }
  return false;
}

/** The last month a flow's year to date really runs to (the month before its trailing empty months), else null. */
function lastMonthWithData(values: MonthValues, to: number): number | null {
  for (let m = to; m >= 1; m--) if (values[m] !== undefined) return m;
  return null;
}

export function computeIndicator(
  ind: Indicator,
  period: Period,
  issues: Finding[],
  flagged: Set<string> = new Set(),
): ComputedIndicator {
  const a = period.from;
  const b = period.to;
  let periodAgg: Agg;
  let ytdAgg: Agg;
  let lyPeriod: number | null;
  let lyYtd: number | null;
  if (ind.kind === 'flow') {
    periodAgg = sumRange(ind.months, a, b);
    ytdAgg = sumRange(ind.months, 1, b);
    lyPeriod = lastYearSum(ind.lastYear, a, b);
    lyYtd = lastYearSum(ind.lastYear, 1, b);
    // A total that overflows is not a figure: said, naming the cells, never silently dropped.
    for (const [agg, values, cells] of [
      [ytdAgg, ind.months, ind.monthCells],
      [sumRange(ind.lastYear, 1, b), ind.lastYear, ind.lastYearCells],
    ] as const) {
      if (!agg.overflow) continue;
      const used: string[] = [];
      for (let m = 1; m <= b; m++) if (values[m] !== undefined && cells[m]) used.push(cells[m] as string);
      issues.push(F.sumOverflow(ind.sheet, used[0] ?? ind.nameCell, ind.name, used));
    }
    // months with an unreadable cell already have their error; only months left empty are warned about
    const empty = ind.unreadableMonths
      ? ytdAgg.missing.filter((m) => !ind.unreadableMonths!.includes(m))
      : ytdAgg.missing;
    if (empty.length)
      issues.push(F.missingMonthsFlow(ind.sheet, ind.monthCells[empty[0]] ?? ind.nameCell, ind.name, empty));
  } else {
    periodAgg = pointAt(ind.months, b);
    ytdAgg = periodAgg;
    // last year's value of month b itself: an older month would compare unlike with like, silently
    lyPeriod = ind.lastYear[b] ?? null;
    lyYtd = lyPeriod;
    if (periodAgg.missing.length && !ind.unreadableMonths?.includes(b))
      issues.push(F.missingMonthPoint(ind.sheet, ind.monthCells[b] ?? ind.nameCell, ind.name, b, periodAgg.usedMonth));
  }
  const ytd = ytdAgg.value;

  let planPct: number | null = null;
  let expectedPct: number | null = null;
  let schedule: Schedule | null = null;
  if (ind.plan !== null && ind.kind !== 'rate' && ytd !== null && ind.plan > 0) {
    planPct = round2((ytd / ind.plan) * 100);
    if (ind.kind === 'flow') {
      // judged on the percentages the report shows: "100%" is never "ahead", "55%" by June never "on schedule"
      expectedPct = round2((b / 12) * 100);
      const lead = round2(planPct - expectedPct); // rounded again: 11.67 − 16.67 is −5.000000000000002
      if (planPct >= 100) schedule = 'completed';
      else if (lead >= 5) schedule = 'ahead';
      else if (lead < -5) schedule = 'behind';
      else schedule = 'on_schedule';
    }
  }

  let targetMet: boolean | null = null;
  let targetGap: number | null = null;
  if (ind.target && ytd !== null) {
    targetMet = meetsTarget(ytd, ind.target);
    targetGap = clean(ytd - ind.target.value);
  }

  let changePct: number | null = null;
  // Like for like only ("over the same months"): a flow with an empty month this year, or a
  // stock/rate standing in with an older month, has no comparable last-year figure.
  const sameMonths = ind.kind === 'flow' ? ytdAgg.missing.length === 0 : periodAgg.usedMonth === b;
  if (ytd !== null && lyYtd !== null && sameMonths) {
    if (ind.kind === 'rate') changePct = round2(ytd - lyYtd);
    else if (lyYtd !== 0) changePct = round2(((ytd - lyYtd) / lyYtd) * 100);
  }

  // a flow far above its plan may be a stock typed month by month ("đang hưởng" summed: 591%)
  if (ind.kind === 'flow' && ind.plan !== null && ind.plan > 0 && ytd !== null && ytd > 3 * ind.plan)
    issues.push(F2.maybeStock(ind.sheet, ind.nameCell, ind.name, ytd, ind.plan));

  // estimates ("Ước thực hiện tháng 6") the figures use: every month 1…b of a flow, month used of a stock/rate
  const estimatedMonths = (ind.estimatedMonths ?? []).filter((m) =>
    ind.kind === 'flow' ? m <= b : m === periodAgg.usedMonth,
  );
  const missingMonths = ind.kind === 'flow' ? ytdAgg.missing : periodAgg.missing;
  return {
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    cell: qualifiedCell(ind.sheet, ind.nameCell),
    period: periodAgg.value,
    ytd,
    plan: ind.plan,
    planPct,
    target: ind.target,
    targetMet,
    lastYearPeriod: lyPeriod,
    lastYearYtd: lyYtd,
    changePct,
    schedule,
    incomplete: missingMonths.length > 0,
    children: ind.children.map((c) => computeIndicator(c, period, issues, flagged)),
    stt: ind.stt,
    group: ind.group,
    note: ind.note,
    template: ind.template,
    level: ind.level,
    expectedPct,
    targetGap,
    missingMonths,
    row: ind.row,
    sheet: ind.sheet,
    ...(estimatedMonths.length ? { estimated: true, estimatedMonths } : {}),
    dataMonth: ind.kind === 'flow' ? lastMonthWithData(ind.months, b) : periodAgg.usedMonth,
    doubtful: {
      period:
        ind.kind === 'flow'
          ? anyDoubtful(ind.monthCells, ind.sheet, a, b, flagged)
          : anyDoubtful(ind.monthCells, ind.sheet, periodAgg.usedMonth ?? b, periodAgg.usedMonth ?? b, flagged),
      ytd:
        ind.kind === 'flow'
          ? anyDoubtful(ind.monthCells, ind.sheet, 1, b, flagged)
          : anyDoubtful(ind.monthCells, ind.sheet, periodAgg.usedMonth ?? b, periodAgg.usedMonth ?? b, flagged),
      lastYear:
        ind.kind === 'flow'
          ? anyDoubtful(ind.lastYearCells, ind.sheet, 1, b, flagged)
          : anyDoubtful(ind.lastYearCells, ind.sheet, b, b, flagged),
    },
  };
}

export function computeReport(parsed: ParsedWorkbook, period: Period): ComputedReport {
  const periodIssues: Finding[] = [];
  const flagged = doubtfulCells(parsed.findings);
  const sectors: ComputedSector[] = parsed.sectors.map((s) => ({
    title: s.title,
    sheet: s.sheet,
    indicators: s.indicators.map((ind) => computeIndicator(ind, period, periodIssues, flagged)),
    layout: s.layout,
  }));
  const content = parsed.content.filter((p) =>
    p.part === 'ket_qua' ? p.month >= period.from && p.month <= period.to : p.month === period.to,
  );
  const unitTable = computeUnitTable(parsed.unitBreakdown, sectors, period);
  return {
    period,
    info: parsed.info,
    sectors,
    issues: sortFindings([...parsed.findings, ...periodIssues], parsed),
    content,
    ...(unitTable ? { unitTable } : {}),
  };
}

function cellPosition(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/**
 * Findings in reading order: sheet by sheet ("Thông tin", the sector sheets in workbook
 * order, "Nội dung", anything else), then row, then column; ties keep their order.
 */
export function sortFindings(findings: Finding[], parsed: ParsedWorkbook): Finding[] {
  const order = new Map<string, number>();
  order.set(INFO_SHEET.name, 0);
  parsed.sectors.forEach((s, i) => order.set(s.sheet, i + 1));
  const contentRank = parsed.sectors.length + 1;
  const rank = (sheet: string) =>
    order.get(sheet) ??
    (normalizeLabel(sheet) === CONTENT_SHEET.key
      ? contentRank
      : normalizeLabel(sheet) === INFO_SHEET.key
        ? 0
        : contentRank + 1);
  return findings
    .map((f, i) => ({ f, i, s: rank(f.sheet), p: cellPosition(f.cell) }))
    .sort((a, b) => a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i)
    .map((x) => x.f);
}

/** The latest month (1..12) in which any indicator has a figure, or null. */
export function latestMonthWithData(parsed: ParsedWorkbook): number | null {
  let best = 0;
  const visit = (ind: Indicator) => {
    for (let m = 12; m > best; m--) {
      if (ind.months[m] !== undefined) {
        best = m;
        break;
      }
    }
    for (const c of ind.children) visit(c);
  };
  for (const s of parsed.sectors) for (const ind of s.indicators) visit(ind);
  return best || null;
}

/** Every indicator of a computed report, parents before children, in report order. */
export function flattenComputed(report: ComputedReport): ComputedIndicator[] {
  const out: ComputedIndicator[] = [];
  const visit = (c: ComputedIndicator) => {
    out.push(c);
    c.children.forEach(visit);
  };
  for (const s of report.sectors) s.indicators.forEach(visit);
  return out;
}
