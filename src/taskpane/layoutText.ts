/**
 * "Cách đọc số liệu": the engine's per-sheet layout (SectorLayout) put into short lines a
 * clerk can check against the sheet — "cột E–P: tháng 1–12/2024", "cột Q–AB: cùng kỳ tháng
 * 1–12/2023", "ô AC7 bỏ qua: cột ẩn trùng 'Tháng 6'". Each line carries the range to select
 * when its column reference is clicked. Pure (no React, no Fluent): tested in Node.
 */
import type { LayoutColumns, SectorLayout } from '../engine/types';
import type { Lang } from './i18n';

export interface LayoutLine {
  kind: 'field' | 'months' | 'lastYear' | 'estimate' | 'ignored';
  /** What the link shows: "B", "E–P", "AC7". */
  ref: string;
  /** What selecting it selects on the sheet: "B7", "E7:P8", "AC7". */
  range: string;
  /** The rest of the line: "tháng 1–12/2024". */
  text: string;
}

export interface SheetReading {
  sheet: string;
  title: string;
  /** One line at a glance: "Tháng 1–12/2024 · cùng kỳ 2023 · 1 ô bỏ qua". */
  summary: string;
  /** "Dòng tiêu đề 7–8" */
  headerRows: string;
  lines: LayoutLine[];
  /** Cells not read (hidden duplicates, ignored year blocks, numbering rows…). */
  ignoredCount: number;
  estimateCount: number;
}

type FieldKey = Exclude<keyof LayoutColumns, 'months' | 'lastYearMonths' | 'estimates'>;

const FIELD_ORDER: FieldKey[] = ['code', 'stt', 'name', 'unit', 'kind', 'plan', 'note', 'sentence'];

const TEXT = {
  vi: {
    fields: {
      code: 'mã chỉ tiêu',
      stt: 'số thứ tự',
      name: 'tên chỉ tiêu',
      unit: 'đơn vị tính',
      kind: 'cách tính',
      plan: 'kế hoạch năm',
      note: 'ghi chú',
      sentence: 'mẫu câu',
    } as Record<FieldKey, string>,
    months: (a: number, b: number, year: number | null) => `${monthSpan('tháng', a, b)}${year ? `/${year}` : ''}`,
    lastYear: (a: number, b: number, year: number | null) =>
      `cùng kỳ ${monthSpan('tháng', a, b)}${year ? `/${year - 1}` : ' năm trước'}`,
    estimate: (m: number, year: number | null) =>
      `ước thực hiện tháng ${m}${year ? `/${year}` : ''} (chỉ dùng khi ô tháng ${m} trống)`,
    ignored: (why: string) => `bỏ qua: ${why}`,
    headerRows: (a: number, b: number) => (a === b ? `Dòng tiêu đề: ${a}` : `Dòng tiêu đề: ${a}–${b}`),
    summaryMonths: (a: number, b: number, year: number | null) =>
      `${monthSpan('Tháng', a, b)}${year ? `/${year}` : ''}`,
    summaryLastYear: (year: number | null) => (year ? `cùng kỳ ${year - 1}` : 'cùng kỳ năm trước'),
    summaryNoLastYear: 'không có cùng kỳ',
    summaryEstimates: (n: number) => `${n} cột ước tính`,
    summaryIgnored: (n: number) => `${n} ô bỏ qua`,
    noMonths: 'không có cột tháng',
  },
  en: {
    fields: {
      code: 'indicator code',
      stt: 'row number',
      name: 'indicator name',
      unit: 'unit',
      kind: 'kind (flow / stock / rate)',
      plan: 'annual plan',
      note: 'note',
      sentence: 'sentence template',
    } as Record<FieldKey, string>,
    months: (a: number, b: number, year: number | null) => `${enSpan(a, b)}${year ? ` of ${year}` : ''}`,
    lastYear: (a: number, b: number, year: number | null) =>
      `${enSpan(a, b)}${year ? ` of ${year - 1}` : ''} (last year)`,
    estimate: (m: number, year: number | null) =>
      `estimate for month ${m}${year ? ` of ${year}` : ''} (used only when month ${m} is empty)`,
    ignored: (why: string) => `ignored: ${why}`,
    headerRows: (a: number, b: number) => (a === b ? `Header row: ${a}` : `Header rows: ${a}–${b}`),
    summaryMonths: (a: number, b: number, year: number | null) =>
      `${enSpan(a, b).replace(/^m/, 'M')}${year ? ` of ${year}` : ''}`,
    summaryLastYear: (year: number | null) => (year ? `last year ${year - 1}` : 'last year'),
    summaryNoLastYear: 'no last-year columns',
    summaryEstimates: (n: number) => `${n} estimate column${n === 1 ? '' : 's'}`,
    summaryIgnored: (n: number) => `${n} cell${n === 1 ? '' : 's'} ignored`,
    noMonths: 'no month columns',
  },
};

function monthSpan(word: string, a: number, b: number): string {
  return a === b ? `${word} ${a}` : `${word} ${a}–${b}`;
}

function enSpan(a: number, b: number): string {
  return a === b ? `month ${a}` : `months ${a}–${b}`;
}

/** "AB" → 28 (1-based). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

interface Run {
  from: number;
  to: number;
  first: string;
  last: string;
}

/**
 * Months → runs where both the month and the column go up by one: {1:E,…,12:P} is one run
 * "E–P: 1–12"; a skipped column (a hidden duplicate) or a gap in the months starts a new one.
 */
export function monthRuns(map: Record<number, string> | undefined): Run[] {
  const entries = Object.entries(map ?? {})
    .map(([m, c]) => ({ m: Number(m), c, n: columnNumber(c) }))
    .filter((e) => Number.isInteger(e.m) && e.m >= 1 && e.m <= 12 && /^[A-Z]+$/i.test(e.c))
    .sort((a, b) => a.m - b.m);
  const runs: Run[] = [];
  for (const e of entries) {
    const r = runs[runs.length - 1];
    if (r && e.m === r.to + 1 && e.n === columnNumber(r.last) + 1) {
      r.to = e.m;
      r.last = e.c;
    } else runs.push({ from: e.m, to: e.m, first: e.c, last: e.c });
  }
  return runs;
}

function ref(first: string, last: string): string {
  return first === last ? first : `${first}–${last}`;
}

function range(first: string, last: string, top: number, bottom: number): string {
  const a = `${first}${top}`;
  const b = `${last}${bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * The reading of one sector sheet, in the pane's language. `reportYear` (the report's
 * year) stands in when the layout itself does not know the year (e.g. months headed "Tháng 1"
 * with the year only in "Thông tin").
 */
export function describeLayout(
  sheet: string,
  title: string,
  layout: SectorLayout,
  lang: Lang,
  reportYear: number | null = null,
): SheetReading {
  const T = TEXT[lang];
  const top = layout.headerRow;
  const bottom = Math.max(layout.headerRowLast ?? top, top);
  const c = layout.columns;
  const year = layout.year ?? reportYear;
  const lines: LayoutLine[] = [];
  for (const f of FIELD_ORDER) {
    const letter = c[f];
    if (!letter) continue;
    lines.push({ kind: 'field', ref: letter, range: range(letter, letter, top, bottom), text: T.fields[f] });
  }
  const months = monthRuns(c.months);
  for (const r of months)
    lines.push({
      kind: 'months',
      ref: ref(r.first, r.last),
      range: range(r.first, r.last, top, bottom),
      text: T.months(r.from, r.to, year),
    });
  const last = monthRuns(c.lastYearMonths);
  for (const r of last)
    lines.push({
      kind: 'lastYear',
      ref: ref(r.first, r.last),
      range: range(r.first, r.last, top, bottom),
      text: T.lastYear(r.from, r.to, year),
    });
  const estimates = Object.entries(c.estimates ?? {})
    .map(([m, letter]) => ({ m: Number(m), letter }))
    .sort((a, b) => a.m - b.m);
  for (const e of estimates)
    lines.push({
      kind: 'estimate',
      ref: e.letter,
      range: range(e.letter, e.letter, top, bottom),
      text: T.estimate(e.m, year),
    });
  for (const ig of layout.ignored ?? []) {
    // a run of columns (an ignored year block) shows and selects the whole run: "L7–W7"
    const run = ig.lastCell && ig.lastCell !== ig.cell;
    lines.push({
      kind: 'ignored',
      ref: run ? `${ig.cell}–${ig.lastCell}` : ig.cell,
      range: run ? `${ig.cell}:${ig.lastCell}` : ig.cell,
      text: T.ignored(ig.why[lang] ?? ig.why.vi),
    });
  }

  const parts: string[] = [];
  const monthCount = months.reduce((n, r) => n + r.to - r.from + 1, 0);
  const contiguous = months.length > 0 && monthCount === months[months.length - 1].to - months[0].from + 1;
  if (contiguous) parts.push(T.summaryMonths(months[0].from, months[months.length - 1].to, year));
  else if (months.length) parts.push(months.map((r) => T.summaryMonths(r.from, r.to, year)).join(', '));
  else parts.push(T.noMonths);
  parts.push(last.length ? T.summaryLastYear(year) : T.summaryNoLastYear);
  if (estimates.length) parts.push(T.summaryEstimates(estimates.length));
  const ignoredCount = (layout.ignored ?? []).length;
  if (ignoredCount) parts.push(T.summaryIgnored(ignoredCount));
  return {
    sheet,
    title,
    summary: parts.join(' · '),
    headerRows: T.headerRows(top, bottom),
    lines,
    ignoredCount,
    estimateCount: estimates.length,
  };
}
