/**
 * The readable (non-JSON) output of the command-line tool: per sector a table
 * of indicators (kỳ, lũy kế, % KH, so cùng kỳ, tiến độ), then the findings
 * grouped by sheet with their cells, then the files written. Plain text, no
 * colours, Vietnamese number style (src/engine/format.ts).
 */
import { fmtChange, fmtNumber, fmtPct } from '../engine/format';
import { findingsSummary, periodKey } from '../engine';
import { targetText } from '../engine/layout/report';
import type { ComputedIndicator, ComputedReport, Finding, ParsedWorkbook, Period, Schedule } from '../engine/types';
import { explainSheet } from '../engine/explain';

const SCHEDULE_TEXT: Record<Schedule, string> = {
  completed: 'hoàn thành',
  ahead: 'vượt tiến độ',
  on_schedule: 'đúng tiến độ',
  behind: 'chậm tiến độ',
};

/** Display width: characters after NFC (Vietnamese letters are one each). */
function width(s: string): number {
  return Array.from(s.normalize('NFC')).length;
}

function fit(s: string, w: number): string {
  const chars = Array.from(s.normalize('NFC'));
  if (chars.length <= w) return chars.join('') + ' '.repeat(w - chars.length);
  return chars.slice(0, w - 1).join('') + '…';
}

function right(s: string, w: number): string {
  const n = width(s);
  return n >= w ? s : ' '.repeat(w - n) + s;
}

function figure(n: number | null, c: ComputedIndicator): string {
  if (n === null) return '–';
  return c.kind === 'rate' || c.unit === '%' ? fmtNumber(n, 2) : fmtNumber(n);
}

function planText(c: ComputedIndicator): string {
  if (c.target) {
    const t = targetText(c.target);
    if (c.targetMet === null) return t;
    return `${c.targetMet ? 'đạt' : 'chưa đạt'} (${t})`;
  }
  return c.planPct === null ? '' : fmtPct(c.planPct);
}

const COLS = [
  { title: 'Chỉ tiêu', w: 50 },
  { title: 'ĐVT', w: 10 },
  { title: 'Kỳ', w: 10 },
  { title: 'Lũy kế', w: 10 },
  { title: '% KH', w: 17 },
  { title: 'So cùng kỳ', w: 16 },
  { title: 'Tiến độ', w: 13 },
];

/** Title of the period column: "T6", "Q2", "H1", "9M", "Cả năm". */
function periodTitle(p: Period): string {
  const k = periodKey(p);
  return k === 'Y' ? 'Cả năm' : k;
}

function indicatorLines(c: ComputedIndicator, depth: number, out: string[]): void {
  const mark = c.incomplete ? '*' : '';
  const label = '  '.repeat(depth) + (c.code ? `${c.code} ` : '') + c.name;
  const cells = [
    fit(label, COLS[0].w),
    fit(c.unit, COLS[1].w),
    right(figure(c.period, c) + mark, COLS[2].w),
    right(figure(c.ytd, c) + mark, COLS[3].w),
    right(planText(c), COLS[4].w),
    right(c.changePct === null ? '' : fmtChange(c.changePct, c.kind), COLS[5].w),
    ' ' + (c.schedule ? SCHEDULE_TEXT[c.schedule] : ''),
  ];
  out.push(('  ' + cells.join(' ')).trimEnd());
  for (const ch of c.children) indicatorLines(ch, depth + 1, out);
}

function headerLine(p: Period): string {
  const titles = COLS.map((c, i) => (i === 2 ? periodTitle(p) : c.title));
  return (
    '  ' +
    COLS.map((col, i) =>
      i === 0 || i === 1 ? fit(titles[i], col.w) : i === COLS.length - 1 ? ' ' + titles[i] : right(titles[i], col.w),
    ).join(' ')
  ).trimEnd();
}

/** The figures, sector by sector. */
export function formatFigures(report: ComputedReport): string[] {
  const out: string[] = [];
  const p = report.period;
  // never an empty "— ()": agency lines may be missing (no Thông tin sheet, no title block)
  const agency = report.info.tenCoQuan.trim();
  const parent = report.info.coQuanChuQuan.trim();
  const who = agency && parent ? `${agency} (${parent})` : agency || parent;
  out.push(`BÁO CÁO ${p.label.toUpperCase()}${who ? ` — ${who}` : ''}`);
  let incomplete = false;
  report.sectors.forEach((s, i) => {
    out.push('');
    out.push(`${i + 1}. ${s.title}   [trang "${s.sheet}"]`);
    out.push(headerLine(p));
    let group: string | null = null;
    for (const c of s.indicators) {
      if (c.group && c.group !== group) out.push(`  ${c.group}`);
      group = c.group;
      indicatorLines(c, 0, out);
    }
    const visit = (c: ComputedIndicator): boolean => c.incomplete || c.children.some(visit);
    if (s.indicators.some(visit)) incomplete = true;
  });
  if (incomplete) {
    out.push('');
    out.push(
      '  * số liệu chưa đủ: thiếu số liệu của ít nhất một tháng trong kỳ (figure incomplete: a month is missing).',
    );
  }
  out.push(...unitTableLines(report));
  return out;
}

/**
 * A consolidated workbook: one line on the per-unit table (in the files and the JSON)
 * and the units still missing a month the period's figures need, each once.
 */
function unitTableLines(report: ComputedReport): string[] {
  const t = report.unitTable;
  if (!t) return [];
  const missing = new Map<string, Set<number>>();
  for (const s of t.sectors)
    for (const i of s.indicators)
      for (const u of i.units) {
        const months = missing.get(u.unit) ?? new Set<number>();
        u.missingMonths.forEach((m) => months.add(m));
        if (months.size) missing.set(u.unit, months);
      }
  const out = [
    '',
    `Bảng số liệu theo đơn vị (${t.units.length} đơn vị, trang "${t.sheet}"): trên trang báo cáo và Phụ lục II.`,
  ];
  if (missing.size) {
    const list = [...missing].map(([u, ms]) => `${u} (tháng ${[...ms].sort((a, b) => a - b).join(', ')})`);
    out.push(`  Đơn vị chưa gửi đủ số liệu: ${list.join('; ')}.`);
  }
  return out;
}

/** Findings grouped by sheet (in the order they were found), with cell and code. */
export function formatFindings(issues: readonly Finding[]): string[] {
  const out: string[] = [];
  const sum = findingsSummary(issues);
  if (issues.length === 0) {
    out.push('Kiểm tra dữ liệu: không có lỗi hay cảnh báo.');
    return out;
  }
  out.push(
    `Kiểm tra dữ liệu: ${sum.errors} lỗi, ${sum.warnings} cảnh báo${sum.infos ? `, ${sum.infos} thông tin` : ''}.`,
  );
  const bySheet = new Map<string, Finding[]>();
  for (const f of issues) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    out.push(`  Trang "${sheet || '(sổ)'}":`);
    const order = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...list].sort((a, b) => order[a.severity] - order[b.severity]);
    for (const f of sorted) {
      const sev = f.severity === 'error' ? 'LỖI     ' : f.severity === 'info' ? 'thông tin' : 'cảnh báo';
      out.push(`    ${sev} ${fit(f.cell || '-', 6)} ${f.code}: ${f.message.vi}`);
    }
  }
  return out;
}

/** Codes that mean a sheet (or part of one) was not read at all. */
const NOT_READ: readonly string[] = [
  'ONE_SHEET_PER_MONTH',
  'MONTH_SHEETS_SET_ASIDE',
  'AMBIGUOUS_MONTH_BLOCKS',
  'NO_SECTOR_SHEETS',
  'MISSING_COLUMN',
];

/**
 * `--explain`: how each sheet was read, one paragraph a sheet (outputs.md §4 v2), then the
 * sheets that were not read and what the program decided on the user's behalf (info).
 */
export function formatExplain(parsed: ParsedWorkbook, fileName: string): string[] {
  const out: string[] = [`Cách đọc số liệu của "${fileName}"${parsed.year ? ` (năm ${parsed.year})` : ''}:`];
  for (const s of parsed.sectors) {
    out.push('');
    out.push(explainSheet(s.sheet, s.layout, s.layout.year ?? parsed.year));
  }
  const notRead = parsed.findings.filter((f) => NOT_READ.includes(f.code));
  if (notRead.length) {
    out.push('');
    out.push('Không đọc được:');
    for (const f of notRead) out.push(`  Trang '${f.sheet}' ${f.message.vi}`);
  }
  const info = parsed.findings.filter((f) => f.severity === 'info');
  if (info.length) {
    out.push('');
    out.push('Chương trình đã tự quyết định (thông tin, không in vào báo cáo):');
    for (const f of info) out.push(`  Trang '${f.sheet}' ${f.message.vi}`);
  }
  return out;
}
