/**
 * parseWorkbook: grids → sectors of indicators (with hierarchy), unit information,
 * the staff's paragraphs, and every period-independent finding.
 */
import type {
  Finding,
  GridCell,
  Indicator,
  Kind,
  MonthValues,
  ParsedWorkbook,
  Sector,
  SectorLayout,
  SheetGrid,
  Target,
  WorkbookGrid,
} from './types';
import { a1, cleanText, columnLetter, headerKey, normalizeLabel, normalizeShort, stripNumbering } from './normalize';
import { classifyHeaderCell, findHeader, findSectorTitle, HEADER_SCAN_ROWS, type HeaderMap } from './headers';
import { F, F2 } from './findings';
import { clean, parsePlanText, parseViNumber } from './numbers';
import { isCountUnit, isPercentUnit } from './units';
import { unknownPlaceholders, KNOWN_PLACEHOLDERS } from './placeholders';
import { INFO_SHEET, CONTENT_SHEET, parseInfo, parseContent } from './info';
import { checkCumulative, checkFlatFlow, checkOutliers } from './checks';
import { readUnitBreakdown } from './chain/unitTable';

type Cell = GridCell | null | undefined;

function isEmptyCell(c: Cell): boolean {
  if (!c || c.v === null || c.v === undefined) return true;
  return typeof c.v === 'string' && c.v.trim() === '';
}

/**
 * Symbols of Vietnamese statistical tables (conventions of the General Statistics Office):
 * "-" = no occurrence (không phát sinh) → 0; "…" / "..." = no figure yet → empty;
 * "x" = not applicable → empty. Neither is an error.
 */
function statSymbol(c: Cell): 'zero' | 'missing' | null {
  if (!c || typeof c.v !== 'string' || c.t) return null;
  const t = c.v.trim();
  if (t.length > 20) return null;
  if (/^[-–—]$/.test(t)) return 'zero';
  if (/^(?:\.{2,}|…)$/.test(t) || /^x$/i.test(t)) return 'missing';
  const n = normalizeShort(t);
  if (n === 'khong phat sinh' || n === 'kps') return 'zero';
  return null;
}

/** A formula cell with no cached result: Excel never calculated it (a file written by other software). */
function isUncalculated(c: Cell): boolean {
  return !!c && c.formula === true && (c.v === null || c.v === undefined);
}

/** Empty for a month figure: nothing, or "…" / "x". ("-" is a zero.) */
function isFigureEmpty(c: Cell): boolean {
  return isEmptyCell(c) || statSymbol(c) === 'missing';
}

/** Empty for a plan: nothing or any table symbol ("-" = no plan). */
function isPlanEmpty(c: Cell): boolean {
  return isEmptyCell(c) || statSymbol(c) !== null;
}

function text(c: Cell): string {
  if (!c || c.v === null || c.v === undefined) return '';
  if (typeof c.v === 'number') return Number.isFinite(c.v) ? String(c.v) : '';
  return cleanText(String(c.v));
}

/**
 * A figure cell → number, `undefined` (empty) or `null` (present but unreadable; a finding
 * was added).
 */
export function readFigure(c: Cell, sheet: string, cell: string, out: Finding[]): number | undefined | null {
  if (isUncalculated(c)) {
    out.push(F.formulaNotCalculated(sheet, cell));
    return null;
  }
  if (isFigureEmpty(c)) return undefined;
  if (statSymbol(c) === 'zero') return 0;
  const cc = c as GridCell;
  if (cc.t === 'error') {
    out.push(F.excelError(sheet, cell, String(cc.v)));
    return null;
  }
  if (cc.t === 'date') {
    out.push(F.dateInFigure(sheet, cell, String(cc.v)));
    return null;
  }
  if (typeof cc.v === 'number') {
    if (Number.isFinite(cc.v)) return cc.percent ? clean(cc.v * 100) : cc.v;
    out.push(F.invalidNumber(sheet, cell));
    return null;
  }
  const s = String(cc.v).trim();
  const n = parseViNumber(s);
  if (n === null) {
    out.push(F.notANumber(sheet, cell, s));
    return null;
  }
  out.push(F.numberAsText(sheet, cell, s, n));
  return n;
}

/** "A", "1", "(3)", "3=1+2", "15=14/1", "(5)=(3)-(4)": a column number, maybe with how it is computed. */
const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[A-Za-z])\)?(?:\s*=\s*[\d()A-Za-z+\-*/×x:.,%…\s]{1,40})?$/;

/**
 * The merged range a cell belongs to (not as its master) when the range's master cell
 * holds a figure, else null: an empty merge is only an empty month.
 */
function mergedFigure(sheet: SheetGrid, c: Cell): string | null {
  if (!c?.merged) return null;
  const m = /^([A-Z]+)(\d+):/.exec(c.merged);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const master = sheet.rows[Number(m[2]) - 1]?.[col - 1];
  return isFigureEmpty(master) ? null : c.merged;
}

/**
 * The row under a header that numbers the columns ("A | B | C | 1 | 2 | 3=1+2",
 * "(1) | (2) | (3)", "15=14/1", "8=2+…+7"), as statistical forms do: every non-empty cell
 * (at least three, the name cell among them) is a short column number or letter.
 */
function isColumnNumberingRow(row: Cell[], nameCol: number): boolean {
  let n = 0;
  for (const c of row) {
    if (isEmptyCell(c)) continue;
    const t = typeof c!.v === 'number' ? String(c!.v) : typeof c!.v === 'string' ? c!.v.trim() : '';
    if (!COLUMN_NUMBER.test(t) || c!.t) return false;
    n++;
  }
  return n >= 3 && !isEmptyCell(row[nameCol]);
}

/** `valueCols`: the month, last-year and plan columns. */
function isTrailingText(row: Cell[], cols: HeaderMap['cols'], valueCols: number[]): boolean {
  if (cols.unit !== undefined && !isEmptyCell(row[cols.unit])) return false;
  if (cols.code !== undefined && !isEmptyCell(row[cols.code])) return false;
  // only rows with text under the figure columns: a row without any is a group heading
  let text = false;
  for (const c of valueCols) {
    const cell = row[c];
    if (isEmptyCell(cell)) continue;
    if (typeof cell!.v === 'number' || cell!.t === 'error') return false;
    if (typeof cell!.v === 'string' && (parseViNumber(cell!.v) !== null || statSymbol(cell) !== null)) return false;
    text = true;
  }
  return text;
}

/** Names indented by typing spaces ("    Nữ"): two spaces (or a tab) count as one indent level. */
function leadingSpaceIndent(c: Cell): number {
  if (!c || typeof c.v !== 'string') return 0;
  const m = /^[ \u00a0\t]+/.exec(c.v);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[0]) n += ch === '\t' ? 2 : 1;
  return Math.floor(n / 2);
}

function kindOf(kindText: string, unit: string): Kind | null {
  const k = normalizeShort(kindText);
  if (k.includes('cong don')) return 'flow';
  if (k.includes('thoi diem')) return 'stock';
  if (k.includes('ty le')) return 'rate';
  return isPercentUnit(unit) ? 'rate' : null;
}

/**
 * Names that say the figure is a count at a point in time (input-format.md v2, "Kind from
 * the name"): the phrase found, or null. "Số hộ nghèo" / "Tổng số hộ" only at the start
 * and not when the name speaks of a change ("phát sinh", "mới", "thoát", "giảm", "tăng").
 */
const STOCK_PHRASES: [RegExp, string][] = [
  [/\bdang huong\b/, 'đang hưởng'],
  [/\bdang quan ly\b/, 'đang quản lý'],
  [/\bhien co\b/, 'hiện có'],
  [/\bhien dang\b/, 'hiện đang'],
  [/\bco ho so quan ly\b/, 'có hồ sơ quản lý'],
  [/\btinh den\b/, 'tính đến'],
];
export function stockPhrase(name: string): string | null {
  const n = normalizeLabel(name).replace(/^[-+•*–—]\s*/, '');
  for (const [re, phrase] of STOCK_PHRASES) if (re.test(n)) return phrase;
  if (!/\b(?:phat sinh|moi|thoat|giam|tang)\b/.test(n)) {
    if (/^so ho ngheo\b/.test(n)) return 'Số hộ nghèo';
    if (/^so ho can ngheo\b/.test(n)) return 'Số hộ cận nghèo';
    if (/^tong so ho\b/.test(n)) return 'Tổng số hộ';
  }
  return null;
}

function fractionalSuggestion(v: number): number {
  const x = v * 1000;
  return Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : Math.round(v);
}

/** Rank for hierarchy without codes: larger = deeper (see README). */
const LIST_RANK = { dotted: 1, letter: 5, dash: 6, plus: 7 } as const;

function markerRank(name: string, stt: string): number {
  const s = stt.trim();
  if (s) {
    const dotted = /^\d+((?:\.\d+)+)\.?$/.exec(s);
    if (dotted) return (dotted[1].match(/\./g) ?? []).length * LIST_RANK.dotted;
    if (/^[IVX]+\.?$/.test(s)) return 0; // I … XXXIX; a lone C or L is a letter (no table has 50 sections)
    if (/^[a-zđ][).]?$/i.test(s) || /^[ivx]+[).]?$/.test(s)) return LIST_RANK.letter; // a, b) … and i, ii, iii
    if (/^[-–—•]$/.test(s)) return LIST_RANK.dash;
    if (/^[+*]$/.test(s)) return LIST_RANK.plus;
  }
  if (/^[-–—•]/.test(name)) return LIST_RANK.dash;
  if (/^[+*]/.test(name)) return LIST_RANK.plus;
  return 0;
}

function startsPartOf(name: string): boolean {
  // only the start matters; normalising a long name whole is wasted work
  return /^(?:trong do|gom|bao gom)\b/.test(normalizeLabel(name.slice(0, 12)));
}

/** "Trong đó: nữ", "Trong đó lao động nữ": a breakdown of the row above, not one of its parts. */
function startsBreakdown(name: string): boolean {
  return /^trong do\b\s*:?\s*\S/.test(normalizeLabel(name.slice(0, 16)));
}

/** A bare "Trong đó:" / "Gồm:" line: it introduces the list items below it. */
function isBareListLine(name: string): boolean {
  return /^(?:trong do|gom|bao gom)\s*:?$/.test(normalizeLabel(name));
}

interface RowMeta {
  ind: Indicator;
  codeKey: string | null;
  rank: number;
  partOf: boolean;
  /** "Trong đó …" with its own text: a breakdown of the nearest non-breakdown row above */
  breakdown: boolean;
  indent: number;
  /** Index of the group heading block (hierarchy never crosses a heading). */
  block: number;
  codeCell: string;
}

function parseSectorSheet(
  sheet: SheetGrid,
  header: HeaderMap,
  findings: Finding[],
  codes: Map<string, { sheet: string; cell: string }>,
): Sector {
  const title = findSectorTitle(sheet, header.top) ?? stripNumbering(sheet.name);
  const cols = header.cols;
  const nameCol = cols.name as number;
  const sheetName = sheet.name;
  if (cols.unit === undefined) {
    const width = (sheet.rows[header.bottom] ?? []).length;
    findings.push(F.missingColumn(sheetName, a1(header.bottom, width), 'unit'));
  }
  const monthCols: [number, number][] = [];
  const lastYearCols: [number, number][] = [];
  const estimateCols: [number, number][] = [];
  for (let m = 1; m <= 12; m++) {
    if (header.months[m] !== undefined) monthCols.push([m, header.months[m] as number]);
    if (header.lastYear[m] !== undefined) lastYearCols.push([m, header.lastYear[m] as number]);
    if (header.estimates[m] !== undefined) estimateCols.push([m, header.estimates[m] as number]);
  }
  const figureCols = [...monthCols, ...lastYearCols, ...estimateCols].map(([, c]) => c);
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const valueCols = cols.plan !== undefined ? [...figureCols, cols.plan] : figureCols;
  const metas: RowMeta[] = [];
  const ignored: SectorLayout['ignored'] = [...header.ignored];
  let group: string | null = null;
  let block = 0;

  // After the table (a blank row once indicators were seen), a row with no unit, no code
  // and no numeric figure is trailing text such as the signature block
  // ("Người lập biểu" … "KT. GIÁM ĐỐC" under the month columns), not an indicator.
  let afterTable = false;
  for (let r = header.bottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || row.length === 0 || row.every(isEmptyCell)) {
      if (metas.length) afterTable = true;
      continue;
    }
    if (r === header.bottom + 1 && isColumnNumberingRow(row, nameCol)) {
      ignored.push({
        cell: a1(r, nameCol),
        why: {
          vi: 'dòng đánh số cột (A, B, 1, 2, 3=1+2…), không phải chỉ tiêu',
          en: 'a column-numbering row (A, B, 1, 2, 3=1+2…), not an indicator',
        },
      });
      continue;
    }
    if (afterTable && isTrailingText(row, cols, valueCols)) continue;
    const nameCell = row[nameCol];
    if (nameCell?.t === 'error') {
      findings.push(F.excelError(sheetName, a1(r, nameCol), String(nameCell.v)));
      continue;
    }
    const name = text(nameCell);
    if (!name) continue; // empty rows and rows without a name (e.g. a signature block) are ignored

    /** Text of a known column; an Excel error there is reported (heading rows too) and reads as empty. */
    const field = (col: number | undefined): string => {
      if (col === undefined) return '';
      const c = row[col];
      if (c?.t === 'error') {
        findings.push(F.excelError(sheetName, a1(r, col), String(c.v)));
        return '';
      }
      return text(c);
    };
    const unit = field(cols.unit);
    const code = field(cols.code) || null;
    const stt = field(cols.stt) || null;
    const kindText = field(cols.kind);
    const note = field(cols.note) || null;
    const template = field(cols.sentence) || null;
    const planCell = cols.plan !== undefined ? row[cols.plan] : undefined;
    const hasFigures =
      !isPlanEmpty(planCell) ||
      isUncalculated(planCell) ||
      figureCols.some((c) => !isFigureEmpty(row[c]) || isUncalculated(row[c]) || mergedFigure(sheet, row[c]) !== null);
    // a hidden row with a name but no figure (an old line kept for printing) is skipped silently
    if (hiddenRows.has(r) && !hasFigures) continue;
    // a bare "Trong đó:" / "Gồm:" line introduces list items; it is not a group heading
    if (!hasFigures && isBareListLine(name)) continue;
    if (!unit && !hasFigures) {
      group = name;
      block++;
      continue;
    }
    let kind = kindOf(kindText, unit);
    if (kind === null) {
      const phrase = stockPhrase(name);
      kind = phrase ? 'stock' : 'flow';
      if (phrase) findings.push(F2.kindInferred(sheetName, a1(r, nameCol), name, phrase));
    }
    const months: MonthValues = new Array(13).fill(undefined);
    const lastYear: MonthValues = new Array(13).fill(undefined);
    const monthCells: (string | undefined)[] = new Array(13).fill(undefined);
    const lastYearCells: (string | undefined)[] = new Array(13).fill(undefined);
    const ind: Indicator = {
      id: `${sheetName}!${r + 1}`,
      code,
      stt,
      name,
      unit,
      kind,
      plan: null,
      target: null,
      months,
      lastYear,
      note,
      template,
      group,
      sheet: sheetName,
      row: r + 1,
      nameCell: a1(r, nameCol),
      monthCells,
      lastYearCells,
      level: 0,
      children: [],
    };
    // without a unit column the sheet already has one MISSING_COLUMN error; no per-row noise
    if (!unit && cols.unit !== undefined) findings.push(F.missingUnit(sheetName, a1(r, cols.unit), name));

    // plan
    if (planCell && isUncalculated(planCell))
      findings.push(F.formulaNotCalculated(sheetName, a1(r, cols.plan as number)));
    else if (planCell && !isPlanEmpty(planCell)) {
      const pc = a1(r, cols.plan as number);
      readPlan(planCell, ind, sheetName, pc, findings);
    }

    const count = isCountUnit(unit);
    const mergedSeen = new Set<string>();
    const readSeries = (list: [number, number][], values: MonthValues, cells: (string | undefined)[]) => {
      for (const [m, c] of list) {
        const addr = a1(r, c);
        cells[m] = addr;
        const merged = mergedFigure(sheet, row[c]);
        if (merged !== null) {
          // a figure spread over several month cells: no month of it can be known
          if (!mergedSeen.has(merged)) findings.push(F.mergedFigure(sheetName, addr, merged, m));
          mergedSeen.add(merged);
          if (values === months) (ind.unreadableMonths ??= []).push(m);
          continue;
        }
        const v = readFigure(row[c], sheetName, addr, findings);
        if (v === null && values === months) (ind.unreadableMonths ??= []).push(m);
        if (v === undefined || v === null) continue;
        values[m] = v;
        checkValue(v, ind, sheetName, addr, count, findings);
      }
    };
    readSeries(monthCols, months, monthCells);
    readSeries(lastYearCols, lastYear, lastYearCells);
    // estimates stand in only for an empty actual (not for an unreadable one: that has an error)
    const estimated: number[] = [];
    let firstEstimateCell: string | null = null;
    for (const [m, c] of estimateCols) {
      if (months[m] !== undefined || ind.unreadableMonths?.includes(m)) continue;
      const addr = a1(r, c);
      const v = readFigure(row[c], sheetName, addr, findings);
      if (v === undefined || v === null) continue;
      months[m] = v;
      if (monthCells[m] === undefined) monthCells[m] = addr;
      estimated.push(m);
      firstEstimateCell ??= addr;
      checkValue(v, ind, sheetName, addr, count, findings);
    }
    if (estimated.length) {
      ind.estimatedMonths = estimated;
      findings.push(F2.estimateUsed(sheetName, firstEstimateCell as string, name, estimated));
    }
    checkOutliers(ind, findings);
    if (!count && !isPercentUnit(unit) && ind.kind !== 'rate') checkDecimalSlips(ind, findings);
    if (ind.kind === 'flow') checkCumulative(ind, findings);
    // a flow nobody declared (no "Cách tính") whose months barely move may be a stock summed by mistake
    if (ind.kind === 'flow' && kindText.trim() === '') checkFlatFlow(ind, findings);
    if (ind.template && cols.sentence !== undefined) {
      const unknown = unknownPlaceholders(ind.template);
      if (unknown.length)
        findings.push(F.unknownPlaceholder(sheetName, a1(r, cols.sentence), unknown, KNOWN_PLACEHOLDERS));
    }

    let codeKey: string | null = null;
    const codeCell = cols.code !== undefined ? a1(r, cols.code) : ind.nameCell;
    if (code) {
      codeKey = code.toUpperCase();
      const first = codes.get(codeKey);
      if (first) findings.push(F.duplicateCode(sheetName, codeCell, code, first.sheet, first.cell));
      else codes.set(codeKey, { sheet: sheetName, cell: codeCell });
    }
    const indent = Math.max(0, Math.min(9, Math.floor(nameCell?.indent || leadingSpaceIndent(nameCell))));
    metas.push({
      ind,
      codeKey,
      rank: markerRank(name, stt ?? '') * 10 + indent,
      partOf: startsPartOf(name),
      breakdown: startsBreakdown(name),
      indent,
      block,
      codeCell,
    });
  }

  return {
    title,
    sheet: sheetName,
    indicators: buildTree(metas, sheetName, findings),
    layout: layoutOf(header, ignored),
  };
}

/** What was read where (outputs.md §4 v2): column letters of each field and month. */
export function layoutOf(header: HeaderMap, ignored: SectorLayout['ignored']): SectorLayout {
  const L = columnLetter;
  const c = header.cols;
  const columns: SectorLayout['columns'] = { name: L(c.name as number), months: {}, lastYearMonths: {}, estimates: {} };
  for (const f of ['code', 'stt', 'unit', 'kind', 'plan', 'note', 'sentence'] as const) {
    const col = c[f];
    if (col !== undefined) columns[f] = L(col);
  }
  for (let m = 1; m <= 12; m++) {
    if (header.months[m] !== undefined) columns.months[m] = L(header.months[m] as number);
    if (header.lastYear[m] !== undefined) columns.lastYearMonths[m] = L(header.lastYear[m] as number);
    if (header.estimates[m] !== undefined) columns.estimates[m] = L(header.estimates[m] as number);
  }
  return { headerRow: header.top + 1, headerRowLast: header.bottom + 1, columns, year: header.year, ignored };
}

function readPlan(planCell: GridCell, ind: Indicator, sheet: string, cell: string, findings: Finding[]): void {
  let value: number | null = null;
  let target: Target | null = null;
  if (planCell.t === 'error') {
    findings.push(F.excelError(sheet, cell, String(planCell.v)));
    return;
  }
  if (typeof planCell.v === 'number' && planCell.t !== 'date' && Number.isFinite(planCell.v))
    value = planCell.percent ? clean(planCell.v * 100) : planCell.v;
  else if (typeof planCell.v === 'string' && planCell.t !== 'date') {
    const p = parsePlanText(planCell.v);
    if (p.kind === 'number') {
      value = p.value;
      findings.push(F.numberAsText(sheet, cell, planCell.v.trim(), p.value));
    } else if (p.kind === 'target') target = p.target;
    else if (p.kind === 'bad') findings.push(F.badPlan(sheet, cell, planCell.v.trim()));
  } else {
    // a date, a boolean or a non-finite number
    findings.push(F.badPlan(sheet, cell, typeof planCell.v === 'number' ? '?' : String(planCell.v)));
  }
  if (value !== null && value < 0) {
    findings.push(F.negative(sheet, cell, value, ind.name));
    value = null;
  }
  if (value !== null && ind.kind === 'rate') {
    findings.push(F.ratePlanAsMinimum(sheet, cell, ind.name, value));
    target = { op: '>=', value };
    value = null;
  }
  ind.plan = value;
  ind.target = target;
}

function checkValue(v: number, ind: Indicator, sheet: string, cell: string, count: boolean, findings: Finding[]): void {
  if (ind.kind === 'rate') {
    if (v < 0 || v > 100) findings.push(F.rateOutOfRange(sheet, cell, v, ind.name));
    return;
  }
  if (v < 0) {
    findings.push(F.negative(sheet, cell, v, ind.name));
    return;
  }
  if (count && !Number.isInteger(v))
    findings.push(F.fractionalCount(sheet, cell, v, ind.unit, fractionalSuggestion(v)));
}

/**
 * Hierarchy. Coded rows: `VL01.1` is a child of `VL01` (same sheet). Other rows: each row
 * gets a rank (list marker × 10 + cell indent; "Trong đó"/"Gồm" rows rank just below the
 * row above) and attaches to the nearest row above with a smaller rank. A stack keeps it linear.
 */
function buildTree(metas: RowMeta[], sheet: string, findings: Finding[]): Indicator[] {
  const byCode = new Map<string, number>();
  metas.forEach((m, i) => {
    if (m.codeKey && !byCode.has(m.codeKey)) byCode.set(m.codeKey, i);
  });
  const top: Indicator[] = [];
  const stack: RowMeta[] = [];
  let prev: RowMeta | null = null;
  /** the nearest row above that is not a "Trong đó …" breakdown */
  let prevMain: RowMeta | null = null;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (prev && prev.block !== m.block) {
      stack.length = 0;
      prev = null;
      prevMain = null;
    }
    let parent: RowMeta | null = null;
    let decided = false;
    if (m.breakdown && prevMain) {
      // "Trong đó …": a child of the nearest row above that is not itself a breakdown,
      // whatever its own code says; consecutive ones are siblings
      parent = prevMain;
      m.rank = Math.max(prevMain.rank + 1, LIST_RANK.dash * 10 + m.indent);
      decided = true;
      while (stack.length && stack[stack.length - 1] !== prevMain) stack.pop();
    } else if (m.codeKey) {
      const dot = m.codeKey.lastIndexOf('.');
      if (dot > 0) {
        const parentKey = m.codeKey.slice(0, dot);
        const pi = byCode.get(parentKey);
        // Parents always come first (a parent below its child would make cycles possible).
        if (pi !== undefined && pi < i) {
          parent = metas[pi];
          m.rank = parent.rank + 1;
          decided = true;
        } else {
          const code = m.ind.code as string;
          findings.push(
            F.orphanCode(
              sheet,
              m.codeCell,
              code,
              code.slice(0, code.lastIndexOf('.')),
              pi === undefined ? null : metas[pi].codeCell,
            ),
          );
        }
      } else {
        m.rank = 0;
        decided = true;
      }
    }
    if (!decided && m.partOf) m.rank = prev ? Math.max(prev.rank + 1, LIST_RANK.dash * 10 + m.indent) : 0;
    while (stack.length && stack[stack.length - 1].rank >= m.rank) stack.pop();
    if (!decided) parent = stack.length ? stack[stack.length - 1] : null;
    stack.push(m);
    // No cycles: every parent (by code or by rank) is an earlier row.
    if (parent) parent.ind.children.push(m.ind);
    else top.push(m.ind);
    prev = m;
    if (!m.breakdown) prevMain = m;
  }
  const setLevel = (ind: Indicator, level: number) => {
    ind.level = level;
    for (const c of ind.children) setLevel(c, level + 1);
  };
  for (const ind of top) setLevel(ind, 0);
  const breakdowns = new Set(metas.filter((m) => m.breakdown).map((m) => m.ind));
  for (const m of metas) checkChildrenSum(m.ind, findings, breakdowns);
  return top;
}

/** Children of a flow/stock are parts of it: their sum may not exceed the parent in any month. */
function checkChildrenSum(parent: Indicator, findings: Finding[], breakdowns: Set<Indicator>): void {
  if (parent.kind === 'rate' || parent.children.length === 0) return;
  const unit = normalizeShort(parent.unit);
  const same = parent.children.filter((c) => c.kind === parent.kind && normalizeShort(c.unit) === unit);
  // "Trong đó …" breakdowns (women, young people) overlap: each is checked against the
  // parent alone; the other children are parts, checked by their sum
  const parts = same.filter((c) => !breakdowns.has(c));
  const groups = [...same.filter((c) => breakdowns.has(c)).map((c) => [c]), ...(parts.length ? [parts] : [])];
  for (const g of groups) checkPartsSum(parent, g, findings);
}

function checkPartsSum(parent: Indicator, parts: Indicator[], findings: Finding[]): void {
  const check = (series: 'months' | 'lastYear', cells: 'monthCells' | 'lastYearCells') => {
    for (let m = 1; m <= 12; m++) {
      const pv = parent[series][m];
      if (pv === undefined) continue;
      let sum = 0;
      let any = false;
      for (const c of parts) {
        const v = c[series][m];
        if (v !== undefined) {
          sum += v;
          any = true;
        }
      }
      sum = clean(sum);
      if (any && sum > pv + 1e-9) {
        findings.push(
          F.childrenExceedParent(
            parent.sheet,
            parent[cells][m] ?? parent.nameCell,
            parent.name,
            m,
            series === 'lastYear',
            pv,
            sum,
          ),
        );
      }
    }
  };
  check('months', 'monthCells');
  check('lastYear', 'lastYearCells');
}

/**
 * Decimal slips in money and other non-count units (input-format.md v2): a value below
 * 1/100 of the median of the other non-zero months (19,08 among values near 19.000)
 * gets a warning suggesting the value × 1000.
 */
function checkDecimalSlips(ind: Indicator, findings: Finding[]): void {
  const series: ['months' | 'lastYear', 'monthCells' | 'lastYearCells'][] = [
    ['months', 'monthCells'],
    ['lastYear', 'lastYearCells'],
  ];
  for (const [key, cells] of series) {
    const vals = ind[key];
    for (let m = 1; m <= 12; m++) {
      const v = vals[m];
      if (v === undefined || v <= 0) continue;
      const others: number[] = [];
      for (let k = 1; k <= 12; k++)
        if (k !== m && vals[k] !== undefined && (vals[k] as number) > 0) others.push(vals[k] as number);
      if (others.length < 2) continue;
      others.sort((a, b) => a - b);
      const mid = others.length >> 1;
      const median = others.length % 2 ? others[mid] : (others[mid - 1] + others[mid]) / 2;
      if (v < median / 100)
        findings.push(F2.decimalSlip(ind.sheet, ind[cells][m] ?? ind.nameCell, ind.name, m, v, median, ind.unit));
    }
  }
}

/**
 * Names the program gives its own sheets ("BC T6-2024", "ND Q2-2024 (2)"). Such a sheet is
 * skipped even when its marker was lost (e.g. copied into another workbook), so a report
 * is never read back as input.
 */
const OUTPUT_SHEET_NAME = /^(?:BC|ND) (?:T(?:[1-9]|1[0-2])-\d{4}|Q[1-4]-\d{4}|6T-\d{4}|9T-\d{4}|\d{4})(?: \(\d+\))?$/;

/** A sheet the program made: its marker, or one of its names. */
export function isOutputSheet(s: SheetGrid): boolean {
  return s.generated === true || OUTPUT_SHEET_NAME.test(s.name.trim());
}

/**
 * The header of a report sheet (ours, or a values copy of one kept as "Báo cáo T6 đã gửi
 * Sở"): STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện … | Lũy kế … | % KH năm | So cùng
 * kỳ | Tiến độ. Its "Thực hiện T6" reads like a month column, so without this check the
 * copy would count as one more sector (every figure twice). A sector sheet has month
 * columns, not one "Thực hiện" column beside a "Lũy kế" and a "% KH" / "So cùng kỳ" /
 * "Tiến độ" column. Returns the header's "Chỉ tiêu" cell, or null.
 */
export function reportHeaderCell(sheet: SheetGrid): string | null {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  for (let r = 0; r < n; r++) {
    const keys = (sheet.rows[r] ?? []).map((c) => (c && typeof c.v === 'string' ? headerKey(c.v) : ''));
    const nameCol = keys.findIndex((k) => k === 'chi tieu' || k === 'ten chi tieu' || k === 'noi dung');
    if (nameCol < 0) continue;
    const ytd = keys.some((k) => k.startsWith('luy ke'));
    const done = keys.filter((k) => k.startsWith('thuc hien')).length;
    const compare = keys.some((k) => k.startsWith('% kh') || k.startsWith('so cung ky') || k === 'tien do');
    const monthCols = keys.filter((k) => /^(?:t|th|thang)\s*\.?\s*0?(?:1[0-2]|[1-9])\b/.test(k)).length;
    if (ytd && done === 1 && compare && monthCols === 0) return a1(r, nameCol);
  }
  return null;
}

export function isSkippedSheet(s: SheetGrid): boolean {
  if (s.generated) return true;
  if (OUTPUT_SHEET_NAME.test(s.name.trim())) return true;
  const n = normalizeLabel(s.name);
  return n === INFO_SHEET.key || n === CONTENT_SHEET.key;
}

/** The header of a month sheet: its row, the name and code columns, the period (or single month) columns. */
interface MonthSheetHeader {
  row: number;
  nameCol: number;
  codeCol: number;
  figureCols: number[];
}

const PERIOD_COLUMN = /^(?:thuc hien|so lieu|ket qua)(?: trong)?(?: thang| ky)?(?: nay| bao cao)?$/;

/**
 * One sheet per month ("T1" … "T12", "Tháng 6", "Thang 6"), each with a single
 * "Thực hiện tháng" (or one month) column: not the yearly layout. Null for any
 * other sheet (a sheet "T6" with several month columns is a sector).
 */
function monthSheetHeader(sheet: SheetGrid): MonthSheetHeader | null {
  if (!/^(?:t|th|thang)\s*\.?\s*0?(?:1[0-2]|[1-9])(?:\s*[-/.]\s*\d{4})?$/.test(normalizeLabel(sheet.name))) return null;
  const n = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  for (let r = 0; r < n; r++) {
    const row = sheet.rows[r] ?? [];
    let nameCol = -1;
    let codeCol = -1;
    const monthCols: number[] = [];
    const periodCols: number[] = [];
    row.forEach((c, i) => {
      const k = classifyHeaderCell(c);
      if (k?.type === 'field' && k.field === 'name') nameCol = nameCol < 0 ? i : nameCol;
      else if (k?.type === 'field' && k.field === 'code') codeCol = codeCol < 0 ? i : codeCol;
      else if (k?.type === 'month') monthCols.push(i);
      else if (c && typeof c.v === 'string' && PERIOD_COLUMN.test(headerKey(c.v))) periodCols.push(i);
    });
    if (nameCol < 0) continue;
    if (periodCols.length > 0 || monthCols.length === 1)
      return { row: r, nameCol, codeCol, figureCols: [...periodCols, ...monthCols] };
    if (monthCols.length > 1) return null;
  }
  return null;
}

/**
 * The indicators a month sheet gives a figure for (normalised names and codes): the rows
 * under its header whose period (or single month) column holds a number. Section rows
 * ("I. LĨNH VỰC VIỆC LÀM") carry no figure and are left out.
 */
function monthSheetIndicators(sheet: SheetGrid, h: MonthSheetHeader): { name: string; code: string | null }[] {
  const out: { name: string; code: string | null }[] = [];
  for (let r = h.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (r === h.row + 1 && isColumnNumberingRow(cells, h.nameCol)) continue;
    const nameCell = cells[h.nameCol];
    const hasFigure = h.figureCols.some((i) => {
      const v = cells[i]?.v;
      return typeof v === 'number' || (typeof v === 'string' && parseViNumber(v) !== null);
    });
    if (!hasFigure || !nameCell || typeof nameCell.v !== 'string' || !cleanText(nameCell.v)) continue;
    const code = h.codeCol >= 0 && cells[h.codeCol] ? cleanText(String(cells[h.codeCol]!.v ?? '')) : '';
    out.push({ name: indicatorKey(nameCell.v), code: code || null });
  }
  return out;
}

/** A name as the month sheets and the yearly sheets are compared: "- Trong đó: nữ" = "nữ". */
function indicatorKey(name: string): string {
  return normalizeLabel(stripNumbering(cleanText(name))).replace(/^(?:-\s*)?trong do\s*:?\s*/, '');
}

/**
 * Whether every indicator the month sheets give a figure for is also on a yearly sector
 * sheet (by code, else by normalised name): a workbook converted in place by "Chuyển từ sổ
 * theo tháng", whose month sheets only repeat what the yearly sheets hold.
 */
function monthSheetsCovered(monthly: { sheet: SheetGrid; header: MonthSheetHeader }[], sectors: Sector[]): boolean {
  const names = new Set<string>();
  const codes = new Set<string>();
  const walk = (list: Indicator[]) => {
    for (const ind of list) {
      names.add(indicatorKey(ind.name));
      if (ind.code) codes.add(ind.code);
      walk(ind.children ?? []);
    }
  };
  for (const s of sectors) walk(s.indicators);
  return monthly.every((m) => {
    const rows = monthSheetIndicators(m.sheet, m.header);
    return rows.length > 0 && rows.every((r) => (r.code !== null && codes.has(r.code)) || names.has(r.name));
  });
}

const AGENCY_LINE = /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ|PHÒNG|TRUNG TÂM|CHI CỤC|BAN)\s+\S/u;

/** "UBND TỈNH SÓC TRĂNG" / "SỞ NỘI VỤ" above the header of a sheet, read as the agency lines. */
function agencyFromTitleBlock(sheet: SheetGrid): { parent: string; agency: string; cell: string } | null {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  const lines: { text: string; cell: string }[] = [];
  for (let r = 0; r < n && lines.length < 2; r++) {
    const row = sheet.rows[r] ?? [];
    // the left part of the title block (the right part holds "CỘNG HÒA XÃ HỘI …")
    for (let c = 0; c < Math.min(row.length, 4); c++) {
      const cell = row[c];
      if (!cell || typeof cell.v !== 'string' || cell.t) continue;
      const t = cleanText(cell.v);
      if (t.length > 120 || t !== t.toLocaleUpperCase('vi')) continue;
      if (AGENCY_LINE.test(t.normalize('NFC'))) {
        lines.push({ text: t, cell: a1(r, c) });
        break;
      }
    }
    if (classifyHeaderCell(row.find((c) => classifyHeaderCell(c)?.type === 'field')) && lines.length) break;
  }
  if (!lines.length) return null;
  if (lines.length === 1) return { parent: '', agency: lines[0].text, cell: lines[0].cell };
  return { parent: lines[0].text, agency: lines[1].text, cell: lines[0].cell };
}

export function parseWorkbook(wb: WorkbookGrid): ParsedWorkbook {
  const findings: Finding[] = [];
  const sheets = wb?.sheets ?? [];
  const infoSheet = sheets.find((s) => !s.generated && normalizeLabel(s.name) === INFO_SHEET.key) ?? null;
  const { info, findings: infoFindings } = parseInfo(infoSheet);
  findings.push(...infoFindings);
  if (!infoSheet) {
    // no Thông tin sheet: the agency lines of the first title block ("UBND TỈNH …", "SỞ …")
    for (const sheet of sheets) {
      if (isSkippedSheet(sheet)) continue;
      const t = agencyFromTitleBlock(sheet);
      if (!t) continue;
      info.coQuanChuQuan = t.parent;
      info.tenCoQuan = t.agency;
      findings.push(F2.agencyFromTitle(sheet.name, t.cell, t.parent, t.agency));
      break;
    }
  }

  const sectors: Sector[] = [];
  const codes = new Map<string, { sheet: string; cell: string }>();
  const headerYears = new Map<number, number>();
  const monthly: { sheet: SheetGrid; header: MonthSheetHeader }[] = [];
  let ambiguous = false;
  // A consolidated workbook's per-unit sheet (the program's own): read for the report's per-unit table, never a sector.
  const unitBreakdown = readUnitBreakdown(wb);
  for (const sheet of sheets) {
    const own = isOutputSheet(sheet);
    if (!own && isSkippedSheet(sheet)) continue; // Thông tin, Nội dung
    if (own && unitBreakdown && sheet.name === unitBreakdown.sheet) continue;
    const scan = findHeader(sheet, info.namBaoCao);
    const reportCopy = reportHeaderCell(sheet);
    if (own) {
      // The program's own sheet is never input; one holding a month table (not a report) is said.
      if (scan.found && !reportCopy)
        findings.push(F.sheetSkipped(sheet.name, a1(scan.header.top, scan.header.cols.name as number), 'outputName'));
      continue;
    }
    if (sheet.state === 'veryHidden') {
      // Nobody can see it in Excel: its figures are not put in a report (a finding when it is a sector table).
      if (scan.found)
        findings.push(F.sheetSkipped(sheet.name, a1(scan.header.top, scan.header.cols.name as number), 'veryHidden'));
      continue;
    }
    // "T1" … "T12" / "Tháng 6", one month each: said once for all of them (below), never sectors
    const monthHeader = monthSheetHeader(sheet);
    if (monthHeader) {
      monthly.push({ sheet, header: monthHeader });
      continue;
    }
    if (!scan.found) {
      if (reportCopy) findings.push(F.sheetSkipped(sheet.name, reportCopy, 'oldReport'));
      else if (scan.monthRowWithoutName !== null) {
        // on the header row itself (its first filled cell): the table the finding is about
        const hr = sheet.rows[scan.monthRowWithoutName] ?? [];
        const first = hr.findIndex((c) => !isEmptyCell(c));
        findings.push(F.missingColumn(sheet.name, a1(scan.monthRowWithoutName, Math.max(0, first)), 'name'));
      }
      continue;
    }
    if (reportCopy) {
      findings.push(F.sheetSkipped(sheet.name, reportCopy, 'oldReport'));
      continue;
    }
    findings.push(...scan.header.findings);
    // two unlabelled month blocks: an error names both; no figure of the sheet is read
    if (scan.header.ambiguous) {
      ambiguous = true;
      continue;
    }
    if (scan.header.year !== null) headerYears.set(scan.header.year, (headerYears.get(scan.header.year) ?? 0) + 1);
    sectors.push(parseSectorSheet(sheet, scan.header, findings, codes));
  }
  // month sheets: never read. Alone, or holding an indicator no yearly sheet has: an error
  // (a sector would be missing from the report). Every one of their indicators also on the
  // yearly sheets (a workbook converted in place by "Chuyển từ sổ theo tháng"): a warning
  // naming them, so the report can be made without moving them out first
  if (monthly.length)
    findings.push(
      sectors.length && monthSheetsCovered(monthly, sectors)
        ? F2.monthSheetsSetAside(
            monthly[0].sheet.name,
            monthly.map((m) => m.sheet.name),
            sectors.map((s) => s.sheet),
          )
        : F2.oneSheetPerMonth(
            monthly[0].sheet.name,
            monthly.map((m) => m.sheet.name),
          ),
    );
  // NO_SECTOR_SHEETS only when no other finding already says why nothing was read
  if (sectors.length === 0 && !monthly.length && !ambiguous) {
    // on the sheet that lacks its name column, if any, else the first sheet that could have been one
    const missingName = findings.find((f) => f.code === 'MISSING_COLUMN');
    const first = sheets.find((s) => !isSkippedSheet(s)) ?? sheets[0];
    findings.push(F.noSectorSheets(missingName?.sheet ?? first?.name ?? ''));
  }

  // else the year most sheets' month headers carry (the later one on a tie)
  const year = info.namBaoCao ?? [...headerYears].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  // the layout says which year the month columns were read as
  for (const s of sectors) s.layout.year ??= year;

  const contentSheet = sheets.find((s) => !s.generated && normalizeLabel(s.name) === CONTENT_SHEET.key) ?? null;
  const content = contentSheet ? parseContent(contentSheet, sectors, findings) : [];
  return { info, year, sectors, content, findings, ...(unitBreakdown ? { unitBreakdown } : {}) };
}
