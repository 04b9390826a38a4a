/** Opening a corpus workbook as the command line does, and looking things up in its §4 JSON. */
import * as path from 'node:path';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { computeReport, parsePeriodKey, parseWorkbook, reportToJson } from '../../src/engine';
import type { ParsedWorkbook, ComputedReport } from '../../src/engine/types';
import { buildNarrative, narrativeToText } from '../../src/engine/narrative';
import { CORPUS_DIR } from './build-corpus';

export interface JIndicator {
  code: string | null;
  name: string;
  kind: string;
  cell: string;
  period: number | null;
  ytd: number | null;
  plan: number | null;
  planPct: number | null;
  target: { op: string; value: number } | null;
  targetMet: boolean | null;
  lastYearPeriod: number | null;
  lastYearYtd: number | null;
  changePct: number | null;
  schedule: string | null;
  incomplete: boolean;
  estimated?: boolean;
  children: JIndicator[];
}
export interface JIssue {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
}
export interface JLayout {
  headerRow: number;
  columns: {
    name?: string;
    unit?: string;
    plan?: string;
    months?: Record<string, string>;
    lastYearMonths?: Record<string, string>;
    estimates?: Record<string, string>;
  };
  ignored: { cell: string; why: string }[];
}
export interface JSector {
  title: string;
  sheet: string;
  indicators: JIndicator[];
  layout?: JLayout;
}
export interface JReport {
  sectors: JSector[];
  issues: JIssue[];
  narrative: string;
}

export interface Opened {
  parsed: ParsedWorkbook;
  report: ComputedReport;
  json: JReport;
}

const opened = new Map<string, Promise<Opened>>();

/** The workbook read, parsed and computed exactly as the command line does it. */
export function open(file: string, periodKey = 'T6'): Promise<Opened> {
  const key = `${file}|${periodKey}`;
  let p = opened.get(key);
  if (!p) {
    p = (async () => {
      const parsed = parseWorkbook(await readXlsxFile(path.join(CORPUS_DIR, file)));
      const period = parsePeriodKey(periodKey, parsed.year ?? 2024);
      if (!period) throw new Error(`bad period ${periodKey}`);
      const report = computeReport(parsed, period);
      const text = narrativeToText(buildNarrative(report));
      const json = JSON.parse(JSON.stringify(reportToJson(report, text))) as JReport;
      return { parsed, report, json };
    })();
    opened.set(key, p);
  }
  return p;
}

export function all(inds: JIndicator[]): JIndicator[] {
  return inds.flatMap((i) => [i, ...all(i.children)]);
}

/** The indicator whose name starts with `prefix` (exactly one). */
export function ind(json: JReport, prefix: string): JIndicator {
  const hits = json.sectors.flatMap((s) => all(s.indicators)).filter((i) => i.name.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`${hits.length} indicators named "${prefix}…"`);
  return hits[0];
}

export function issuesAt(json: JReport, sheet: string, cell: string): JIssue[] {
  return json.issues.filter((i) => i.sheet === sheet && i.cell === cell);
}

export function figures(i: JIndicator) {
  return {
    period: i.period,
    ytd: i.ytd,
    plan: i.plan,
    planPct: i.planPct,
    schedule: i.schedule,
    lastYearPeriod: i.lastYearPeriod,
    lastYearYtd: i.lastYearYtd,
    changePct: i.changePct,
    incomplete: i.incomplete,
  };
}

/** {"1": "E", "2": "F", …}: `count` months from column number `first` (1-based). */
export function monthLetters(first: number, count: number, fromMonth = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    let n = first + i;
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    out[String(fromMonth + i)] = s;
  }
  return out;
}

export function layoutOf(json: JReport, sheet: string): JLayout {
  const s = json.sectors.find((x) => x.sheet === sheet);
  if (!s?.layout) throw new Error(`no layout for "${sheet}"`);
  return s.layout;
}
