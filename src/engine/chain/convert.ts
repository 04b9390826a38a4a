/**
 * "Chuyển từ sổ theo tháng": a workbook kept as one sheet per month ("T1" …
 * "T12", "Tháng 6", "T6-2024"), each with the sectors as sections ("I. VIỆC
 * LÀM", "Lĩnh vực: …") and a "Thực hiện tháng" column (often also "Lũy kế" and
 * "Kế hoạch"), → the yearly layout: one sheet per sector, months as columns.
 *
 * Pure: a WorkbookGrid in, rows and findings out (`convertMonthlyWorkbook`);
 * `convertedLayouts` turns the result into the template's sheets for a host to
 * write (a new file headless; new sheets in the add-in).
 *
 * - Headers of one row or two: bands merged over sub-headings ("Thực hiện"
 *   over "Tháng | Lũy kế", "Cùng kỳ năm 2024" over "Tháng | Lũy kế"), the other
 *   headings merged down over both rows ("Kế hoạch năm 2025").
 * - "Cùng kỳ" columns fill the yearly layout's last-year months: the month's
 *   figure, else (a flow) the difference of two consecutive "Cùng kỳ lũy kế"
 *   or (a stock, a rate) the lũy kế itself; "So sánh / So với cùng kỳ (%)" is
 *   a comparison, not read.
 * - Indicators are matched across months by code, else by normalised name and
 *   unit (a part — "Trong đó", "-", "a" — by its parent's name and its own).
 * - Each month's "Lũy kế" of a flow is checked against the running sum of the
 *   "Thực hiện tháng" figures (when every month up to it has a sheet).
 * - What could not be matched is listed: an indicator missing from some month
 *   sheets (those months stay empty, never 0), plans that change, month
 *   sheets missing, sheets without the columns.
 * - Kind: a "Cách tính" column, else `%` → rate, else a name that says a
 *   point in time ("đang", "hiện có", "tính đến", "số hộ nghèo") or a "Lũy kế"
 *   always equal to the month → stock, else flow.
 */
import { classifyHeaderCell } from '../headers';
import { a1, headerKey, normalizeLabel, stripNumbering } from '../normalize';
import { readFigure } from '../parse';
import { clean, viNum } from '../numbers';
import { CATALOGUE_SECTORS, nameKey, unitKey } from '../catalogue';
import type { Finding, GridCell, Kind, SheetGrid, WorkbookGrid } from '../types';
import type { YearlyRow } from '../template';
import { chainFinding, type ChainFinding } from './findings';

type Cell = GridCell | null | undefined;

const MONTH_SHEET = /^(?:t|th|thang)\s*\.?\s*0?(1[0-2]|[1-9])(?:\s*(?:[-/.]|nam)\s*(\d{4}))?$/;

/** The month (and year) a sheet name stands for, or null. */
export function monthOfSheetName(name: string): { month: number; year: number | null } | null {
  const m = MONTH_SHEET.exec(normalizeLabel(name).replace(/\s+/g, ' '));
  return m ? { month: Number(m[1]), year: m[2] ? Number(m[2]) : null } : null;
}

type Col = 'code' | 'stt' | 'name' | 'unit' | 'kind' | 'plan' | 'note' | 'period' | 'ytd' | 'lyPeriod' | 'lyYtd';

const PERIOD_RE =
  /^(?:so )?(?:thuc hien|th|so lieu|ket qua)(?: trong)?(?: thang| ky)?(?: nay| bao cao)?(?: \d{1,2}(?:\/\d{4})?)?$/;
const YTD_RE = /^(?:luy ke|cong don|uoc luy ke)(?:\b.*)?$/;

function text(c: Cell): string {
  if (!c || c.v === null || c.v === undefined) return '';
  return String(c.v).replace(/\s+/g, ' ').trim();
}

/** "Cùng kỳ", "Cùng kỳ năm trước", "Cùng kỳ năm 2024", "CK", "Năm trước" (a band or a column). */
const LAST_YEAR_RE = /^(?:cung ky|ck|nam truoc)\b/;
/** A sub-heading under "Thực hiện" / "Cùng kỳ" that means the month: "Tháng", "Tháng này", "Trong tháng", "Kỳ này", "Tháng 6". */
const SUB_MONTH_RE =
  /^(?:(?:thuc hien |so lieu |th )?(?:trong )?(?:thang|ky)(?: nay| bao cao)?(?: \d{1,2}(?:\/\d{4})?)?|t\s*\d{1,2}|thuc hien|so lieu|th|ket qua)$/;

function isSubMonth(key: string, month: number): boolean {
  if (SUB_MONTH_RE.test(key)) {
    const n = /(\d{1,2})(?:\/\d{4})?$/.exec(key);
    return !n || Number(n[1]) === month;
  }
  return false;
}

/** A cell's text, or — for a cell inside a merged range — its master's text ("Thực hiện" over E4:F4). */
function headerText(sheet: SheetGrid, r: number, c: number): string {
  const cell = sheet.rows[r]?.[c];
  const own = text(cell);
  if (own || !cell?.merged) return own;
  const m = /^([A-Z]+)(\d+)/.exec(cell.merged);
  if (!m) return '';
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return text(sheet.rows[Number(m[2]) - 1]?.[col - 1]);
}

/** What one header label means on a month sheet (a one-row header, or the text of a band with its sub-heading). */
function classifySingle(label: string, month: number): Col | null {
  if (!label) return null;
  const key = headerKey(label);
  const k = classifyHeaderCell({ v: label });
  if (k?.type === 'lastYear') return k.month === month ? 'lyPeriod' : null;
  if (LAST_YEAR_RE.test(key) || /^luy ke cung ky|^cung ky luy ke/.test(key)) {
    return /luy ke|cong don/.test(key) ? 'lyYtd' : 'lyPeriod';
  }
  if (k?.type === 'field' && k.field !== 'sentence') return k.field;
  if (k?.type === 'month') return k.month === month ? 'period' : null;
  if (PERIOD_RE.test(key)) return 'period';
  if (YTD_RE.test(key)) return 'ytd';
  return null;
}

/** What a column under a two-row header means: band "Thực hiện" / "Cùng kỳ" over "Tháng" | "Lũy kế". */
function classifyBand(top: string, sub: string, month: number): Col | null {
  const tk = headerKey(top);
  const sk = headerKey(sub);
  const last = LAST_YEAR_RE.test(tk);
  if (YTD_RE.test(sk)) return last ? 'lyYtd' : 'ytd';
  if (isSubMonth(sk, month)) {
    if (last) return 'lyPeriod';
    if (/^(?:thuc hien|ket qua|so lieu|th|thang|ky bao cao|nam)\b/.test(tk)) return 'period';
  }
  if (last && classifyHeaderCell({ v: sub })?.type === 'month') return 'lyPeriod';
  return classifySingle(`${top} ${sub}`, month) ?? classifySingle(sub, month);
}

/**
 * The header of a month sheet and its columns, or null. One row ("STT | Nội
 * dung | ĐVT | Kế hoạch năm | Thực hiện tháng | Lũy kế | Cùng kỳ"), or two:
 * bands merged over sub-headings ("Thực hiện" over "Tháng | Lũy kế", "Cùng kỳ
 * năm trước" over "Tháng | Lũy kế") with the other headings merged down over
 * both rows ("Kế hoạch năm"). A band's cells after its first are found through
 * the merge (`merged` on the grid) or, when a host does not say, by the
 * sub-headings that follow under an empty top cell.
 */
function findMonthHeader(
  sheet: SheetGrid,
  month: number,
): { row: number; dataStart: number; cols: Partial<Record<Col, number>> } | null {
  const n = Math.min(15, sheet.rows.length);
  for (let r = 0; r < n; r++) {
    const width = Math.max(sheet.rows[r]?.length ?? 0, sheet.rows[r + 1]?.length ?? 0);
    // one row
    const one: Partial<Record<Col, number>> = {};
    for (let c = 0; c < width; c++) {
      const col = classifySingle(text(sheet.rows[r]?.[c]), month);
      if (col && one[col] === undefined) one[col] = c;
    }
    // two rows: the band over each column, the sub-heading under it
    const two: Partial<Record<Col, number>> = {};
    let subs = 0;
    let band = '';
    for (let c = 0; c < width; c++) {
      const top = headerText(sheet, r, c);
      const subCell = sheet.rows[r + 1]?.[c];
      const sub = subCell?.merged && text(subCell) === '' ? '' : text(subCell);
      const subKey = headerKey(sub);
      const isSub =
        !!sub && (YTD_RE.test(subKey) || isSubMonth(subKey, month) || classifyHeaderCell({ v: sub })?.type === 'month');
      if (top) band = top;
      else if (!isSub) band = '';
      const label = top || (isSub ? band : '');
      let col: Col | null;
      if (isSub && label) {
        col = classifyBand(label, sub, month);
        if (col) subs++;
      } else col = classifySingle(label || sub, month);
      if (col && two[col] === undefined) two[col] = c;
    }
    if (subs > 0 && two.name !== undefined && two.period !== undefined) return { row: r, dataStart: r + 2, cols: two };
    if (one.name !== undefined && one.period !== undefined) return { row: r, dataStart: r + 1, cols: one };
  }
  return null;
}

const ROMAN = /^(?:[IVX]+)\.?$/;
const STOCK_NAME =
  /(?:dang huong|dang quan ly|dang duoc|dang nuoi|hien co|hien dang|co ho so quan ly|tinh den|^so ho ngheo|^so ho can ngheo|^tong so ho|^ho ngheo|^ho can ngheo)/;

/** A row that opens a sector section. */
function sectionTitle(stt: string, name: string): string | null {
  const n = normalizeLabel(name);
  const lv = /^(?:linh vuc|nganh|phan)\s*[:.-]?\s*/.exec(n);
  if (lv) return name.slice(name.length - (n.length - lv[0].length)).trim() || null;
  if (ROMAN.test(stt.trim())) return stripNumbering(name);
  const romanInName = /^([IVX]+)\s*[.\-–)]\s*(.+)$/.exec(name.trim());
  if (romanInName) return romanInName[2].trim();
  const key = nameKey(stripNumbering(name));
  if (CATALOGUE_SECTORS.some((s) => nameKey(s.title) === key || nameKey(stripNumbering(s.sheet)) === key)) {
    return stripNumbering(name);
  }
  return null;
}

function isNumberingRow(row: Cell[]): boolean {
  let n = 0;
  for (const c of row) {
    const t = text(c);
    if (!t) continue;
    if (!/^\(?(?:\d{1,2}|[A-Za-z])\)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}

function isChildMarker(stt: string, name: string): boolean {
  if (/^[-+•]$/.test(stt) || /^[a-zđ][.)]?$/.test(stt) || /^\d+\.\d+/.test(stt)) return true;
  return /^(?:[-+•]\s*|trong đó|gồm|bao gồm)/i.test(name.trim());
}

interface MonthRecord {
  sheet: string;
  nameCell: string;
  period: number | undefined;
  periodCell: string;
  ytd: number | undefined;
  ytdCell: string | null;
  /** "Cùng kỳ": last year's month, and last year's lũy kế to this month. */
  lyPeriod: number | undefined;
  lyYtd: number | undefined;
  plan: string | number | undefined;
  planCell: string | null;
  note: string;
}

interface Tracked {
  key: string;
  section: string;
  code: string | null;
  stt: string;
  name: string;
  unit: string;
  kindText: string;
  child: boolean;
  group: string | null;
  order: number;
  byMonth: Map<number, MonthRecord>;
}

export interface ConvertedSector {
  title: string;
  rows: YearlyRow[];
}

export interface ConvertResult {
  year: number | null;
  /** Months that had a sheet. */
  months: number[];
  sectors: ConvertedSector[];
  /** Agency lines found above the header of the first month sheet ("UBND XÃ …", "PHÒNG …"). */
  agency: { coQuanChuQuan: string; tenCoQuan: string };
  findings: ChainFinding[];
  /** The engine's findings on the figure cells (text that is not a number, …). */
  cellFindings: Finding[];
}

function kindFrom(t: Tracked): Kind {
  const k = normalizeLabel(t.kindText);
  if (k.startsWith('ty le')) return 'rate';
  if (k.startsWith('thoi diem')) return 'stock';
  if (k.startsWith('cong don')) return 'flow';
  if (t.unit.trim() === '%') return 'rate';
  if (STOCK_NAME.test(nameKey(t.name))) return 'stock';
  // "Lũy kế" always equal to the month's figure (with months that differ): a stock
  const recs = [...t.byMonth.entries()].sort((a, b) => a[0] - b[0]);
  const both = recs.filter(([, r]) => r.period !== undefined && r.ytd !== undefined);
  if (
    both.length >= 2 &&
    both.every(([, r]) => r.ytd === r.period) &&
    new Set(both.map(([, r]) => r.period)).size > 1
  ) {
    return 'stock';
  }
  return 'flow';
}

/** Converts a one-sheet-per-month workbook; `year` overrides what the sheets say. */
export function convertMonthlyWorkbook(wb: WorkbookGrid, opts: { year?: number | null } = {}): ConvertResult {
  const findings: ChainFinding[] = [];
  const cellFindings: Finding[] = [];
  const byMonth = new Map<number, SheetGrid>();
  const years = new Map<number, number>();
  for (const s of wb.sheets) {
    const m = monthOfSheetName(s.name);
    if (!m) continue;
    if (m.year) years.set(m.year, (years.get(m.year) ?? 0) + 1);
    const prev = byMonth.get(m.month);
    if (prev) {
      findings.push(
        chainFinding(
          'error',
          'DUPLICATE_MONTH_SHEET',
          { sheet: s.name, cell: 'A1' },
          `trang này cũng là tháng ${m.month} như trang '${prev.name}'; chỉ dùng trang '${prev.name}'. Hãy xóa hoặc đổi tên một trong hai trang.`,
          `this sheet is month ${m.month} too, like '${prev.name}'; only '${prev.name}' is used.`,
        ),
      );
      continue;
    }
    byMonth.set(m.month, s);
  }
  const agency = { coQuanChuQuan: '', tenCoQuan: '' };
  if (byMonth.size === 0) {
    findings.push(
      chainFinding(
        'error',
        'NO_MONTH_SHEETS',
        { sheet: wb.sheets[0]?.name ?? '', cell: 'A1' },
        'không có trang nào mang tên tháng ("T1" … "T12", "Tháng 6"): đây không phải sổ theo tháng.',
        'no sheet is named after a month ("T1" … "T12", "Tháng 6"): not a one-sheet-per-month workbook.',
      ),
    );
    return { year: opts.year ?? null, months: [], sectors: [], agency, findings, cellFindings };
  }

  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const tracked = new Map<string, Tracked>();
  const sectionOrder: string[] = [];
  const sectionTitles = new Map<string, string>();
  let order = 0;
  let titleYear: number | null = null;

  for (const m of months) {
    const sheet = byMonth.get(m)!;
    const header = findMonthHeader(sheet, m);
    if (!header) {
      findings.push(
        chainFinding(
          'warning',
          'NO_PERIOD_COLUMN',
          { sheet: sheet.name, cell: 'A1' },
          'không tìm thấy dòng tiêu đề có cột "Chỉ tiêu"/"Nội dung" và cột "Thực hiện tháng" trong 15 dòng đầu; trang này không được chuyển.',
          'no header row with a name column and a "Thực hiện tháng" column in the first 15 rows; this sheet is not converted.',
        ),
      );
      continue;
    }
    // title block: the year ("THÁNG 6 NĂM 2024") and the agency lines
    for (let r = 0; r < header.row; r++) {
      for (const c of sheet.rows[r] ?? []) {
        const t = text(c);
        if (!t) continue;
        const y = /\bn[aă]m\s+(\d{4})\b/i.exec(t);
        if (y && titleYear === null) titleYear = Number(y[1]);
        if (m === months[0] && /^(?:ubnd|ủy ban|uỷ ban|sở|phòng|trung tâm|ban)\b/i.test(t)) {
          if (!agency.coQuanChuQuan) agency.coQuanChuQuan = t;
          else if (!agency.tenCoQuan) agency.tenCoQuan = t;
        }
      }
    }
    const C = header.cols;
    let section = '';
    let group: string | null = null;
    let parentKey = '';
    const seenInSheet = new Set<string>();
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      if (r < header.dataStart) continue; // the sub-heading row of a two-row header
      if (r === header.dataStart && isNumberingRow(row)) continue;
      const name = text(row[C.name!]);
      if (!name) continue;
      const stt = C.stt !== undefined ? text(row[C.stt]) : '';
      const unit = C.unit !== undefined ? text(row[C.unit]) : '';
      const code = C.code !== undefined ? text(row[C.code]) : '';
      const hasFigure = [C.period, C.ytd, C.plan, C.lyPeriod, C.lyYtd].some(
        (c) => c !== undefined && text(row[c]) !== '',
      );
      if (!unit && !hasFigure && !code) {
        const title = sectionTitle(stt, name);
        if (title) {
          section = nameKey(title);
          if (!sectionTitles.has(section)) {
            sectionTitles.set(section, title);
            sectionOrder.push(section);
          }
          group = null;
          parentKey = '';
        } else {
          group = name;
        }
        continue;
      }
      if (!sectionTitles.has(section)) {
        sectionTitles.set(section, '');
        sectionOrder.push(section);
      }
      const child = isChildMarker(stt, name) || (code.includes('.') && parentKey !== '');
      const own = code ? `#${code.toUpperCase()}` : `${nameKey(name)}|${unitKey(unit)}`;
      const key = code ? own : child ? `${section}>${parentKey}>${own}` : `${section}>${own}`;
      if (!child) parentKey = own;
      if (seenInSheet.has(key)) continue;
      seenInSheet.add(key);
      const periodCell = a1(r, C.period!);
      const period = readFigure(row[C.period!], sheet.name, periodCell, cellFindings);
      const ytdCell = C.ytd !== undefined ? a1(r, C.ytd) : null;
      const ytd = C.ytd !== undefined ? readFigure(row[C.ytd], sheet.name, ytdCell!, cellFindings) : undefined;
      const lyFig = (c: number | undefined) =>
        c !== undefined ? (readFigure(row[c], sheet.name, a1(r, c), cellFindings) ?? undefined) : undefined;
      const lyPeriod = lyFig(C.lyPeriod);
      const lyYtd = lyFig(C.lyYtd);
      const planRaw = C.plan !== undefined ? row[C.plan] : undefined;
      const plan =
        planRaw && planRaw.v !== null && planRaw.v !== undefined && text(planRaw) !== ''
          ? typeof planRaw.v === 'number'
            ? planRaw.v
            : text(planRaw)
          : undefined;
      let t = tracked.get(key);
      if (!t) {
        t = {
          key,
          section,
          code: code || null,
          stt,
          name,
          unit,
          kindText: C.kind !== undefined ? text(row[C.kind]) : '',
          child,
          group,
          order: order++,
          byMonth: new Map(),
        };
        tracked.set(key, t);
      } else if (!t.kindText && C.kind !== undefined) {
        t.kindText = text(row[C.kind]);
      }
      t.byMonth.set(m, {
        sheet: sheet.name,
        nameCell: a1(r, C.name!),
        period: period ?? undefined,
        periodCell,
        ytd: ytd ?? undefined,
        ytdCell,
        lyPeriod,
        lyYtd,
        plan,
        planCell: C.plan !== undefined ? a1(r, C.plan) : null,
        note: C.note !== undefined ? text(row[C.note]) : '',
      });
    }
  }

  const sheetYear = years.size ? [...years.entries()].sort((a, b) => b[1] - a[1])[0][0] : null;
  const year = opts.year ?? sheetYear ?? titleYear;
  if (year === null) {
    findings.push(
      chainFinding(
        'error',
        'NO_YEAR',
        { sheet: byMonth.get(months[0])!.name, cell: 'A1' },
        'không biết số liệu thuộc năm nào (tên trang và tiêu đề không ghi năm); hãy cho biết năm (--year).',
        'the year is not said anywhere (sheet names, titles); give it (--year).',
      ),
    );
  }
  const missingMonths: number[] = [];
  for (let m = 1; m <= months[months.length - 1]; m++) if (!byMonth.has(m)) missingMonths.push(m);
  if (missingMonths.length) {
    findings.push(
      chainFinding(
        'info',
        'MONTH_SHEETS_MISSING',
        { sheet: byMonth.get(months[0])!.name, cell: 'A1' },
        `không có trang của tháng ${missingMonths.join(', ')}: các tháng đó để trống trong mẫu cả năm (không ghi 0), lũy kế các tháng sau không đối chiếu được.`,
        `no sheet for month ${missingMonths.join(', ')}: left empty (not 0); later running totals cannot be checked.`,
      ),
    );
  }
  const lastMonth = months[months.length - 1];

  const sectors: ConvertedSector[] = [];
  for (const sec of sectionOrder) {
    const items = [...tracked.values()].filter((t) => t.section === sec).sort((a, b) => a.order - b.order);
    if (!items.length) continue;
    const rows: YearlyRow[] = [];
    let lastGroup: string | null = null;
    for (const t of items) {
      const kind = kindFrom(t);
      const recs = [...t.byMonth.entries()].sort((a, b) => a[0] - b[0]);
      const first = recs[0][1];
      // not matched in some months
      const absent = months.filter((m) => m > recs[0][0] && !t.byMonth.has(m) && m <= lastMonth);
      const before = months.filter((m) => m < recs[0][0]);
      if (absent.length || before.length) {
        const list = [...before, ...absent];
        findings.push(
          chainFinding(
            'warning',
            'NOT_IN_MONTH',
            { sheet: first.sheet, cell: first.nameCell },
            `chỉ tiêu "${t.name}" không có ở trang của tháng ${list.join(', ')} (không khớp mã hoặc tên); các tháng đó để trống. Nếu chỉ tiêu bị đổi tên, hãy sửa tên cho giống nhau rồi chuyển lại.`,
            `indicator "${t.name}" is not on the sheet of month ${list.join(', ')} (no code or name match); those months are left empty.`,
          ),
        );
      }
      // plan: the latest given; say when it changed
      const plans = recs.filter(([, r]) => r.plan !== undefined);
      const plan = plans.length ? plans[plans.length - 1][1].plan! : null;
      const distinct = [...new Set(plans.map(([, r]) => String(r.plan)))];
      if (distinct.length > 1) {
        const [m0, r0] = plans[0];
        const [m1, r1] = plans[plans.length - 1];
        findings.push(
          chainFinding(
            'info',
            'PLAN_CHANGED',
            { sheet: r1.sheet, cell: r1.planCell ?? r1.nameCell },
            `kế hoạch của "${t.name}" là ${String(r0.plan)} ở tháng ${m0} và ${String(r1.plan)} ở tháng ${m1}; dùng số của tháng ${m1}.`,
            `the plan of "${t.name}" is ${String(r0.plan)} in month ${m0} and ${String(r1.plan)} in month ${m1}; month ${m1}'s is used.`,
          ),
        );
      }
      // lũy kế against the running sum (flows)
      if (kind === 'flow') {
        let sum = 0;
        let complete = true;
        for (let m = 1; m <= lastMonth; m++) {
          const r = t.byMonth.get(m);
          if (!r || r.period === undefined) complete = false;
          else sum = clean(sum + r.period);
          if (r && complete && r.ytd !== undefined && Math.abs(r.ytd - sum) > 1e-9 * Math.max(1, Math.abs(sum))) {
            findings.push(
              chainFinding(
                'warning',
                'LUY_KE_MISMATCH',
                { sheet: r.sheet, cell: r.ytdCell! },
                `lũy kế ghi ${viNum(r.ytd)} nhưng cộng "Thực hiện tháng" từ tháng 1 đến tháng ${m} được ${viNum(sum)} (chênh ${viNum(clean(r.ytd - sum))}). Mẫu cả năm dùng số từng tháng; hãy kiểm tra lại số tháng hoặc lũy kế.`,
                `the running total says ${r.ytd} but months 1–${m} add up to ${sum}; the yearly layout keeps the monthly figures.`,
              ),
            );
          }
        }
      }
      if (t.group && t.group !== lastGroup && !t.child) rows.push({ name: t.group, heading: true });
      lastGroup = t.group;
      const monthsOut: (number | undefined)[] = [];
      for (const [m, r] of recs) monthsOut[m] = r.period;
      const lastYear = lastYearMonths(t, kind);
      const note = recs.map(([, r]) => r.note).filter(Boolean);
      rows.push({
        code: t.code,
        stt: t.stt || null,
        name: t.name,
        unit: t.unit,
        kind,
        plan,
        months: monthsOut,
        ...(lastYear.some((v) => v !== undefined) ? { lastYear } : {}),
        note: note.length ? note[note.length - 1] : null,
        child: t.child,
      });
    }
    const title = sectionTitles.get(sec) || 'Số liệu';
    sectors.push({ title, rows });
  }
  return { year, months, sectors, agency, findings, cellFindings };
}

/**
 * Last year's months for the yearly layout's "Cùng kỳ T1…T12" from the month
 * sheets' "Cùng kỳ" columns: the month's figure when the sheet has one; else,
 * for a flow, the difference of two consecutive "Cùng kỳ lũy kế" figures (the
 * first month: its lũy kế), and for a stock or a rate the lũy kế itself (the
 * value at that month). A month that cannot be worked out stays empty.
 */
function lastYearMonths(t: Tracked, kind: Kind): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let m = 1; m <= 12; m++) {
    const r = t.byMonth.get(m);
    if (!r) continue;
    if (r.lyPeriod !== undefined) out[m] = r.lyPeriod;
    else if (r.lyYtd !== undefined) {
      if (kind !== 'flow') out[m] = r.lyYtd;
      else if (m === 1) out[m] = r.lyYtd;
      else {
        const prev = t.byMonth.get(m - 1)?.lyYtd;
        if (prev !== undefined) out[m] = clean(r.lyYtd - prev);
      }
    }
  }
  return out;
}

/** A sheet name Excel accepts: no `: \ / ? * [ ]`, at most 31 characters, unique in `used`. */
export function safeSheetName(wanted: string, used: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Lĩnh vực';
  let name = base;
  for (let i = 2; used.has(normalizeLabel(name)); i++) name = `${base.slice(0, 31 - String(i).length - 3)} (${i})`;
  used.add(normalizeLabel(name));
  return name;
}
