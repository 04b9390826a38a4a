/**
 * The report sheet `BC <period>`: title block, one table of every sector's
 * indicators, legends, and the data of the "% kế hoạch" chart — as a
 * host-agnostic SheetLayout (see README.md).
 */
import { fmtNumber } from '../format';
import type { ComputedIndicator, ComputedReport, Finding, Period, Schedule } from '../types';
import { unitNote, unitTotalNote, unitTotals, type UnitTable } from '../chain/unitTable';
import { officialFindings } from '../findings';
import { LayoutBuilder } from './builder';
import type { CellStyle, ChartSpec, ConditionalRule, SheetLayout } from './types';

// ---------------------------------------------------------------------------
// Columns, texts and formats (exported for the tests and the hosts)
// ---------------------------------------------------------------------------

/**
 * Column indices of the full table (a period that does not start in January:
 * T2–T12, Q2–Q4). For any period use `reportColumns(p)` / `columnIndex(p)`:
 * a period starting in January has no "Lũy kế" column.
 */
export const COL = {
  stt: 0,
  name: 1,
  unit: 2,
  plan: 3,
  period: 4,
  ytd: 5,
  planPct: 6,
  lastYear: 7,
  change: 8,
  schedule: 9,
  note: 10,
} as const;
export type ColumnKey = keyof typeof COL;
const ALL_COLUMNS = (Object.keys(COL) as ColumnKey[]).sort((a, b) => COL[a] - COL[b]);

const WIDTH: Record<ColumnKey, number> = {
  stt: 6,
  name: 46,
  unit: 11,
  plan: 13,
  period: 13,
  ytd: 13,
  planPct: 10,
  lastYear: 13,
  change: 13,
  schedule: 14,
  note: 34,
};

/**
 * The table's columns for a period, in order. A period that starts in January
 * (T1, Q1, 6 tháng, 9 tháng, năm) IS its year to date: "Thực hiện <kỳ>" and
 * "Lũy kế" would repeat each other, so the Lũy kế column is left out.
 */
export function reportColumns(p: Period): ColumnKey[] {
  return p.from === 1 ? ALL_COLUMNS.filter((k) => k !== 'ytd') : ALL_COLUMNS;
}

/** Index of each column in the period's table; -1 for a column the period does not have. */
export function columnIndex(p: Period): Record<ColumnKey, number> {
  const cols = reportColumns(p);
  return Object.fromEntries(ALL_COLUMNS.map((k) => [k, cols.indexOf(k)])) as Record<ColumnKey, number>;
}

/** Tiến độ texts. No text contains another (so "contains" rules equal "equals" rules). */
export const SCHEDULE_TEXT: Record<Schedule, string> = {
  completed: 'Hoàn thành',
  ahead: 'Vượt tiến độ',
  on_schedule: 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
};
/** Tiến độ text for a comparison target ("Dưới 2,1"): met / not met. */
export const TARGET_TEXT = { met: 'Đạt chỉ tiêu', notMet: 'Chưa đạt' } as const;

/** Conditional colours of the Tiến độ column (fill, font colour). */
const STATUS_COLOURS: { text: string; fill: string; color: string; bold?: boolean }[] = [
  { text: SCHEDULE_TEXT.completed, fill: 'C6EFCE', color: '006100', bold: true },
  { text: SCHEDULE_TEXT.ahead, fill: 'E2EFDA', color: '375623' },
  { text: SCHEDULE_TEXT.on_schedule, fill: 'E2EFDA', color: '375623' },
  { text: SCHEDULE_TEXT.behind, fill: 'FFC7CE', color: '9C0006', bold: true },
  { text: TARGET_TEXT.met, fill: 'C6EFCE', color: '006100', bold: true },
  { text: TARGET_TEXT.notMet, fill: 'FFC7CE', color: '9C0006', bold: true },
];

/** Excel number formats (invariant/en-US codes; Excel shows the user's separators). */
export const FORMAT = {
  count: '#,##0',
  decimal: '#,##0.00',
  rate: '0.00',
  planPct: '0.00',
  changePct: '+0.00"%";-0.00"%";0.00"%"',
  changePoints: '+0.00" điểm %";-0.00" điểm %";0.00" điểm %"',
} as const;
/** Appended to the format of a figure that is incomplete (missing months): shows "16,344 *". */
export const INCOMPLETE_SUFFIX = '" *"';
const INCOMPLETE_FILL = 'FFF2CC';

const HEADER_FILL = 'D9E1F2';
const SECTOR_FILL = 'DDEBF7';
const WARN_COLOR = '9C0006';

// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

const ROMAN_ONES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
/** 1 → "I", 14 → "XIV": sector numbers (STT of the sector rows); from 40 on, digits. */
export function roman(n: number): string {
  return Number.isInteger(n) && n >= 1 && n < 40 ? 'X'.repeat(Math.floor(n / 10)) + ROMAN_ONES[n % 10] : String(n);
}

/** The Tiến độ text: the schedule ("Vượt tiến độ"…) or, for a target, "Đạt chỉ tiêu" / "Chưa đạt"; null when neither. */
export function statusText(ind: ComputedIndicator): string | null {
  if (ind.schedule) return SCHEDULE_TEXT[ind.schedule] ?? null;
  if (ind.target && ind.targetMet !== null && ind.targetMet !== undefined)
    return ind.targetMet ? TARGET_TEXT.met : TARGET_TEXT.notMet;
  return null;
}

/** "tháng 6/2024", "quý II/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024". */
function shortPeriodLabel(p: Period): string {
  if (p.kind === 'month') return `tháng ${p.to}/${p.year}`;
  if (p.kind === 'quarter') return `quý ${roman(p.to / 3)}/${p.year}`;
  return p.label;
}

/**
 * The column headings for a period (`reportColumns(p)` order). "Cùng kỳ năm
 * 2023" without "(lũy kế)": for a flow it is last year's year to date, for a
 * stock or a rate last year's value of the same month — `sameTimeLegend` says so
 * under the table.
 */
export function headerTexts(p: Period): string[] {
  const text: Record<ColumnKey, string> = {
    stt: 'STT',
    name: 'Chỉ tiêu',
    unit: 'ĐVT',
    plan: `Kế hoạch năm ${p.year}`,
    period: `Thực hiện ${shortPeriodLabel(p)}`,
    ytd: `Lũy kế đến hết tháng ${p.to}/${p.year}`,
    planPct: '% KH năm',
    lastYear: `Cùng kỳ năm ${p.year - 1}`,
    change: 'So cùng kỳ',
    schedule: 'Tiến độ',
    note: 'Ghi chú',
  };
  return reportColumns(p).map((k) => text[k]);
}

/** What the Cùng kỳ column holds, per kind of indicator (a line under the table, on the sheet and in the .docx). */
export function sameTimeLegend(p: Period): string {
  const y = p.year - 1;
  return (
    `- Cùng kỳ năm ${y}: chỉ tiêu cộng dồn — lũy kế đến hết tháng ${p.to}/${y}; ` +
    `chỉ tiêu thời điểm và chỉ tiêu tỷ lệ — số liệu tháng ${p.to}/${y}.`
  );
}

const OP_TEXT: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** The plan cell's text for a comparison target: "< 2,1", "≥ 90". */
export function targetText(t: { op: string; value: number }): string {
  return `${OP_TEXT[t.op] ?? t.op} ${fmtNumber(t.value)}`;
}

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

// ---------------------------------------------------------------------------
// Formats per row
// ---------------------------------------------------------------------------

/** Number format of an indicator's figures: rates "0.00"; whole numbers "#,##0"; otherwise "#,##0.00". */
function figureFormat(ind: ComputedIndicator): string {
  if (ind.kind === 'rate' || ind.unit.trim() === '%') return FORMAT.rate;
  const figures = [ind.period, ind.ytd, ind.plan, ind.lastYearYtd, ind.lastYearPeriod].filter(
    (v): v is number => typeof v === 'number',
  );
  return figures.every((v) => Number.isInteger(v)) ? FORMAT.count : FORMAT.decimal;
}

function isRate(ind: ComputedIndicator): boolean {
  return ind.kind === 'rate' || ind.unit.trim() === '%';
}

// ---------------------------------------------------------------------------
// Findings → rows
// ---------------------------------------------------------------------------

function rowOfCell(cell: string): number | null {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

function severityText(f: Finding): string {
  return f.severity === 'error' ? 'Lỗi' : 'Cảnh báo';
}

/**
 * The findings tied to an indicator's row (same sheet and row as the
 * indicator), for the Ghi chú column; the others are listed under the table.
 */
export function rowIssueLookup(issues: Finding[]): (ind: ComputedIndicator) => Finding[] {
  const byRow = new Map<string, Finding[]>();
  for (const f of officialFindings(issues)) {
    const row = rowOfCell(f.cell);
    if (row === null) continue;
    const key = `${f.sheet}\u0000${row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), f]);
  }
  return (ind) => byRow.get(`${ind.sheet}\u0000${ind.row}`) ?? [];
}

/**
 * The Ghi chú of one indicator row, a line each: the staff's note, "(*) Thiếu
 * số liệu tháng …" for incomplete figures, and "⚠ Cảnh báo ô H5: …" for each
 * finding on the row (MISSING_MONTH on an incomplete row is said by the (*)
 * line). `warned`: the row carries a warning (shown in dark red). The report
 * sheet passes the row's findings; the .docx appendix, an official document,
 * passes none (findings belong in Excel, never in what goes to the province).
 */
export function noteLines(ind: ComputedIndicator, rowIssues: Finding[]): { lines: string[]; warned: boolean } {
  const lines: string[] = [];
  if (ind.note) lines.push(ind.note);
  if (ind.incomplete) {
    lines.push(
      ind.missingMonths.length ? `(*) Thiếu số liệu tháng ${ind.missingMonths.join(', ')}` : '(*) Số liệu chưa đầy đủ',
    );
  }
  if (ind.estimated)
    lines.push(`(ước) Số ước thực hiện tháng ${(ind.estimatedMonths ?? []).join(', ')} (chưa có số thực hiện)`);
  const shown = officialFindings(rowIssues).filter((f) => !(ind.incomplete && f.code === 'MISSING_MONTH'));
  for (const f of shown) lines.push(`⚠ ${severityText(f)} ô ${f.cell}: ${f.message.vi}`);
  return { lines, warned: shown.length > 0 };
}

// ---------------------------------------------------------------------------
// The per-unit table (a consolidated workbook: engine/chain/unitTable.ts)
// ---------------------------------------------------------------------------

/** Title of the per-unit table: "SỐ LIỆU THEO ĐƠN VỊ QUÝ I NĂM 2025". */
export function unitTableTitle(p: Period): string {
  return `SỐ LIỆU THEO ĐƠN VỊ ${upper(p.label)}`;
}

/** The line under its title: how many units, and what an empty cell means. */
export function unitTableSubtitle(t: UnitTable): string {
  return (
    `(Tổng hợp từ ${t.units.length} đơn vị; ô để trống: đơn vị chưa gửi đủ số liệu các tháng ghi ở cột Ghi chú — ` +
    'không cộng số tạm; dòng chỉ tiêu là số tổng hợp)'
  );
}

/** Its column headings: STT | Chỉ tiêu / Đơn vị | ĐVT | Thực hiện <kỳ> | [Lũy kế …] | Ghi chú. */
export function unitTableHeaders(p: Period): string[] {
  const h = ['STT', 'Chỉ tiêu / Đơn vị', 'ĐVT', `Thực hiện ${shortPeriodLabel(p)}`];
  if (p.from !== 1) h.push(`Lũy kế đến hết tháng ${p.to}/${p.year}`);
  h.push('Ghi chú');
  return h;
}

export { unitNote, unitTotalNote, unitTotals };

// ---------------------------------------------------------------------------
// The layout
// ---------------------------------------------------------------------------

export function buildReportLayout(report: ComputedReport, sheetName: string): SheetLayout {
  const p = report.period;
  const b = new LayoutBuilder();
  const COL = columnIndex(p);
  const LAST_COL = reportColumns(p).length - 1;

  // Styles (plain objects; the builder de-duplicates them).
  const base: CellStyle = { size: 12, vAlign: 'middle' };
  const cellBox: CellStyle = { ...base, border: true, wrap: true };
  const text = (extra: CellStyle = {}): CellStyle => ({ ...cellBox, hAlign: 'left', ...extra });
  const centre = (extra: CellStyle = {}): CellStyle => ({ ...cellBox, hAlign: 'center', ...extra });
  const num = (numberFormat: string, extra: CellStyle = {}): CellStyle => ({
    ...cellBox,
    hAlign: 'right',
    wrap: false,
    numberFormat,
    ...extra,
  });
  // The body's styles, made once per distinct style and frozen: the builder
  // then knows each by identity instead of comparing a fresh object per cell
  // (builder.ts; on a 10 000-indicator report that comparing was most of the layout's time).
  const memo = new Map<string, CellStyle>();
  const once = (key: string, make: () => CellStyle): CellStyle => {
    let style = memo.get(key);
    if (!style) {
      style = Object.freeze(make());
      memo.set(key, style);
    }
    return style;
  };
  const TEXT = once('text', () => text());
  const CENTRE = once('centre', () => centre());
  const numOnce = (numberFormat: string): CellStyle => once(`num ${numberFormat}`, () => num(numberFormat));

  // --- Title block ---------------------------------------------------------
  let r = 0;
  b.merge(r, 0, r, 2, upper(report.info.coQuanChuQuan), { ...base, hAlign: 'center' });
  r++;
  b.merge(r, 0, r, 2, upper(report.info.tenCoQuan), { ...base, hAlign: 'center', bold: true });
  r += 2;
  b.merge(r, 0, r, LAST_COL, `BÁO CÁO SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU ${upper(p.label)}`, {
    ...base,
    size: 14,
    bold: true,
    hAlign: 'center',
  });
  b.height(r, 22);
  r++;
  b.merge(
    r,
    0,
    r,
    LAST_COL,
    `(Kỳ báo cáo: ${p.label}; số liệu lũy kế đến hết tháng ${p.to}/${p.year}; kế hoạch năm ${p.year})`,
    { ...base, italic: true, hAlign: 'center' },
  );
  r += 2;

  // --- Header --------------------------------------------------------------
  const headerRow = r;
  headerTexts(p).forEach((t, c) => b.put(headerRow, c, t, centre({ bold: true, fill: HEADER_FILL })));
  b.height(headerRow, 64);
  r++;
  const firstDataRow = r;

  // --- Body ----------------------------------------------------------------
  const issuesOf = rowIssueLookup(report.issues);
  const usedIssues = new Set<Finding>();
  const chartRows: { name: string; pct: number }[] = [];
  let anyIncomplete = false;
  let anyRowIssue = false;

  const emptyRow = (row: number, style: CellStyle, from = 0) => {
    for (let c = from; c <= LAST_COL; c++) b.put(row, c, null, style);
  };

  const emitIndicator = (ind: ComputedIndicator, indent: number, stt: string): void => {
    const row = r++;
    const fmt = figureFormat(ind);
    const rowIssues = issuesOf(ind);
    rowIssues.forEach((f) => usedIssues.add(f));
    if (rowIssues.length) anyRowIssue = true;

    b.put(row, COL.stt, stt, CENTRE);
    const comment = rowIssues.length
      ? rowIssues.map((f) => `${severityText(f)} (${f.sheet}!${f.cell}): ${f.message.vi}`).join('\n')
      : undefined;
    b.put(
      row,
      COL.name,
      ind.name,
      once(`name ${indent} ${ind.level === 0 && ind.children.length > 0}`, () =>
        text({ indent: indent || undefined, bold: ind.level === 0 && ind.children.length > 0 }),
      ),
      comment,
    );
    b.put(row, COL.unit, ind.unit, CENTRE);

    // Plan: the number, or the target as text ("< 2,1").
    if (ind.target)
      b.put(
        row,
        COL.plan,
        targetText(ind.target),
        once('text right', () => text({ hAlign: 'right' })),
      );
    else b.put(row, COL.plan, ind.plan, numOnce(fmt));

    // Figures; incomplete ones italic, shaded and starred.
    const mark = ind.incomplete;
    if (mark) anyIncomplete = true;
    const figure = (f: string) =>
      mark
        ? once(`incomplete ${f}`, () => num(f + INCOMPLETE_SUFFIX, { italic: true, fill: INCOMPLETE_FILL }))
        : numOnce(f);
    b.put(row, COL.period, ind.period, figure(fmt));
    if (COL.ytd >= 0) b.put(row, COL.ytd, ind.ytd, figure(fmt));
    b.put(row, COL.planPct, ind.planPct, ind.planPct === null ? numOnce(FORMAT.planPct) : figure(FORMAT.planPct));
    b.put(row, COL.lastYear, ind.lastYearYtd, numOnce(fmt));
    b.put(row, COL.change, ind.changePct, numOnce(isRate(ind) ? FORMAT.changePoints : FORMAT.changePct));

    b.put(row, COL.schedule, statusText(ind), CENTRE);

    const { lines: notes, warned } = noteLines(ind, rowIssues);
    b.put(
      row,
      COL.note,
      notes.join('\n') || null,
      warned ? once('text warned', () => text({ color: WARN_COLOR })) : TEXT,
    );

    if (ind.planPct !== null) chartRows.push({ name: ind.name, pct: ind.planPct });

    if (ind.children.length) {
      const first = ind.children[0].name;
      if (!/^\s*(trong\s+đó|gồm)/iu.test(first)) {
        const tr = r++;
        emptyRow(tr, TEXT);
        b.put(tr, COL.name, 'Trong đó:', text({ italic: true, indent: indent + 1 }));
      }
      ind.children.forEach((child) => emitIndicator(child, indent + 1, child.stt ?? '-'));
    }
  };

  report.sectors.forEach((sector, i) => {
    const row = r++;
    emptyRow(row, text({ bold: true, fill: SECTOR_FILL }));
    b.put(row, COL.stt, roman(i + 1), centre({ bold: true, fill: SECTOR_FILL }));
    b.put(row, COL.name, sector.title, text({ bold: true, fill: SECTOR_FILL }));
    let group: string | null = null;
    let counter = 0;
    for (const ind of sector.indicators) {
      if (ind.group && ind.group !== group) {
        const gr = r++;
        emptyRow(gr, TEXT);
        b.put(gr, COL.name, ind.group, text({ bold: true, italic: true }));
      }
      group = ind.group;
      counter++;
      emitIndicator(ind, ind.group ? 1 : 0, ind.stt ?? String(counter));
    }
  });
  if (report.sectors.length === 0) {
    const row = r++;
    emptyRow(row, TEXT);
    b.put(row, COL.name, 'Không có chỉ tiêu nào trong kỳ báo cáo.', text({ italic: true }));
  }
  const lastDataRow = r - 1;

  // --- Legends -------------------------------------------------------------
  r++;
  const legend = (t: string, extra: CellStyle = {}) => b.put(r++, 0, t, { ...base, italic: true, ...extra });
  legend('Ghi chú:', { bold: true, italic: false });
  if (anyIncomplete) {
    legend(
      '(*) Số liệu chưa đầy đủ (ô in nghiêng, tô vàng): còn thiếu số liệu của tháng ghi ở cột Ghi chú; số liệu tính trên các tháng đã có.',
    );
  }
  legend(
    `- Tiến độ: so với tiến độ thời gian (hết tháng ${p.to} ứng với ${fmtNumber((p.to / 12) * 100, 2)}% kế hoạch năm); "Hoàn thành" khi đạt từ 100% kế hoạch; "Vượt tiến độ" / "Chậm tiến độ" khi cao hơn / thấp hơn mức đó quá 5 điểm %.`,
  );
  legend(sameTimeLegend(p));
  legend(
    `- So cùng kỳ: tăng (+) / giảm (-) so với cùng kỳ năm ${p.year - 1}, tính bằng %; chỉ tiêu tỷ lệ (%) tính bằng điểm %.`,
  );
  if (anyRowIssue) legend('⚠ Lỗi, cảnh báo kiểm tra số liệu của từng chỉ tiêu: xem cột Ghi chú (ô nguồn ghi kèm).');
  const others = officialFindings(report.issues).filter((f) => !usedIssues.has(f));
  if (others.length) {
    legend('Lưu ý khác khi kiểm tra số liệu:', { bold: true, italic: false });
    for (const f of others)
      legend(`⚠ ${severityText(f)} (${f.sheet}!${f.cell}): ${f.message.vi}`, { color: WARN_COLOR });
  }

  // --- Per-unit table (a consolidated workbook) -----------------------------
  if (report.unitTable) {
    const t = report.unitTable;
    r++;
    b.merge(r, 0, r, LAST_COL, unitTableTitle(p), { ...base, size: 13, bold: true, hAlign: 'center' });
    r++;
    b.merge(r, 0, r, LAST_COL, unitTableSubtitle(t), { ...base, italic: true, hAlign: 'center', wrap: true });
    b.height(r, 32);
    r += 2;
    // The report table's own columns (Thực hiện, Lũy kế, Ghi chú in the same places), so a page
    // that repeats the report table's heading above these rows when printed still says what each
    // column holds; the columns that have no per-unit figure (plan, %, cùng kỳ, tiến độ) stay empty.
    const own = new Set<number>([COL.stt, COL.name, COL.unit, COL.period, COL.ytd, COL.note].filter((c) => c >= 0));
    const heads = headerTexts(p);
    for (let c = 0; c <= LAST_COL; c++) {
      const h = c === COL.name ? 'Chỉ tiêu / Đơn vị' : own.has(c) ? heads[c] : null;
      b.put(r, c, h, centre({ bold: true, fill: HEADER_FILL }));
    }
    b.height(r, 64);
    r++;
    const row = (
      stt: string,
      name: string,
      unit: string,
      period: number | null,
      ytd: number | null,
      note: string,
      fmt: string,
      style: CellStyle,
    ) => {
      emptyRow(r, text());
      b.put(r, COL.stt, stt, centre(style));
      b.put(r, COL.name, name, text(style));
      b.put(r, COL.unit, unit, centre(style));
      b.put(r, COL.period, period, num(fmt, style));
      if (COL.ytd >= 0) b.put(r, COL.ytd, ytd, num(fmt, style));
      b.put(r, COL.note, note || null, text({ ...style, bold: false }));
      r++;
    };
    t.sectors.forEach((sec, si) => {
      b.put(r, 0, roman(si + 1), centre({ bold: true, fill: SECTOR_FILL }));
      b.merge(r, 1, r, LAST_COL, sec.title, text({ bold: true, fill: SECTOR_FILL }));
      r++;
      let n = 0;
      for (const ti of sec.indicators) {
        const ind = ti.indicator;
        const figs = [ind.period, ind.ytd, ...ti.units.flatMap((u) => [u.period, u.ytd])].filter(
          (v): v is number => typeof v === 'number',
        );
        const fmt = isRate(ind) ? FORMAT.rate : figs.every(Number.isInteger) ? FORMAT.count : FORMAT.decimal;
        const tot = unitTotals(ti, p);
        if (ti.depth === 0) n++;
        const stt = ind.stt ?? (ti.depth > 0 ? '-' : String(n));
        const indent = ti.depth > 0 ? { indent: ti.depth, italic: true } : { bold: true };
        row(stt, ind.name, ind.unit, tot.period, tot.ytd, unitTotalNote(ti), fmt, indent);
        for (const u of ti.units)
          row('', `- ${u.unit}`, '', u.period, u.ytd, unitNote(u), fmt, { indent: ti.depth + 1 });
      }
    });
  }

  // The printed page ends here: the chart's data (and the chart drawn from it
  // in Excel) stay on the sheet for the screen, outside the print area.
  const lastPrintedRow = r - 1;

  // --- Chart data (below the legends, not printed) and chart ---------------
  let chart: ChartSpec | undefined;
  if (chartRows.length) {
    r++;
    const titleRow = r++;
    const chartTitle = `Tỷ lệ thực hiện kế hoạch năm ${p.year} đến hết tháng ${p.to}/${p.year} (%)`;
    b.put(titleRow, COL.name, `Số liệu biểu đồ: ${chartTitle}`, { ...base, bold: true });
    const head = r++;
    b.put(head, COL.name, 'Chỉ tiêu', centre({ bold: true, fill: HEADER_FILL }));
    b.put(head, COL.name + 1, '% KH năm', centre({ bold: true, fill: HEADER_FILL }));
    const first = r;
    for (const c of chartRows) {
      const row = r++;
      b.put(row, COL.name, c.name, TEXT);
      b.put(row, COL.name + 1, c.pct, numOnce(FORMAT.planPct));
    }
    const last = r - 1;
    r++;
    chart = {
      type: 'barClustered',
      title: chartTitle,
      categories: { row: first, col: COL.name, row2: last, col2: COL.name },
      values: { row: first, col: COL.name + 1, row2: last, col2: COL.name + 1 },
      seriesName: '% KH năm',
      anchor: { row: r, col: COL.name, width: 5, height: Math.max(16, Math.ceil(chartRows.length * 1.6) + 4) },
    };
  }

  // --- Conditional colours of the Tiến độ column ----------------------------
  const conditional: ConditionalRule[] =
    lastDataRow >= firstDataRow
      ? STATUS_COLOURS.map((s) => ({
          range: { row: firstDataRow, col: COL.schedule, row2: lastDataRow, col2: COL.schedule },
          textEquals: s.text,
          fill: s.fill,
          color: s.color,
          bold: s.bold,
        }))
      : [];

  return b.finish({
    name: sheetName,
    columnWidths: reportColumns(p).map((k) => WIDTH[k]),
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: { from: headerRow, to: headerRow },
      printArea: { row: 0, col: 0, row2: lastPrintedRow, col2: LAST_COL },
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4, header: 0.3, footer: 0.3 },
      footer: 'Trang &P/&N',
    },
    conditional,
    chart,
    tabColor: '2F75B5',
    showGridLines: false,
  });
}
