/**
 * Queues SheetLayouts (src/engine/layout) into worksheets with Office.js.
 * Nothing here syncs: write.ts (writeSheetsAllOrNothing) decides the round
 * trips — normally ONE request for every sheet's content, split by sheet and
 * row block only when Excel refuses a request as too large.
 *
 * Input sheets (the "Tạo mẫu nhập liệu" template, layout.generated === false:
 * no marker, see write.ts) get their data validation (ExcelApi 1.8/1.9) and
 * unlocked cells with the sheet's setup; write.ts protects them WITHOUT a
 * password (queueProtection) as the last thing of its swap, after the text
 * repair.
 *
 * Text is always literal: every string cell gets the number format "@"
 * (src/engine/layout/literal.ts) queued BEFORE its value, so "=1+1", "+84…",
 * "-" or "@x" stay text (Range.values treats a leading =, + or - as a formula
 * otherwise); queueTextChecks reads those cells back in the same request and
 * repairParsedText rewrites any that Excel parsed anyway with a leading
 * apostrophe (the reference does not promise the "@" rule). Cells are written
 * as one values matrix per sheet (or row block); formats are applied per style
 * through one RangeAreas (Worksheet.getRanges) per style.
 */
import type { CellStyle, DataValidationSpec, Merge, SheetLayout } from '../../engine/layout/types';
import { cellNumberFormat, looksLikeFormula } from '../../engine/layout/literal';
import { a1 } from '../../engine/normalize';

/**
 * How to write LayoutCell.comment: 'notes' (ExcelApi 1.18), 'threaded'
 * comments (ExcelApi 1.10), or false (not at all; safe on the manifest
 * minimum, ExcelApi 1.9).
 */
export type CommentMode = 'notes' | 'threaded' | false;

export const CHART_NAME = 'BCN_KeHoach';
export const SHEET_FONT = 'Times New Roman';
const DEFAULT_SIZE = 12;
/** Longest address string given to one getRanges() call. */
const MAX_AREAS_ADDRESS = 2000;

export function a1Range(m: Merge): string {
  const tl = a1(m.row, m.col);
  return m.row === m.row2 && m.col === m.col2 ? tl : `${tl}:${a1(m.row2, m.col2)}`;
}

/** Excel column width in characters → points (Office.js columnWidth), for the default font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Rectangles covering `cells` (row-major runs merged with identical runs below). */
export function coverRects(cells: { row: number; col: number }[]): Merge[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const runs: Merge[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    let start = cols[0];
    let prev = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === prev + 1) {
        prev = cols[i];
        continue;
      }
      runs.push({ row, col: start, row2: row, col2: prev });
      if (i < cols.length) start = prev = cols[i];
    }
  }
  // Merge vertically: a run that continues an open rectangle with the same columns.
  const open = new Map<string, Merge>();
  const out: Merge[] = [];
  for (const r of runs) {
    const key = `${r.col}:${r.col2}`;
    const o = open.get(key);
    if (o && o.row2 === r.row - 1) {
      o.row2 = r.row;
    } else {
      const fresh = { ...r };
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** Groups addresses into comma-separated strings of bounded length. */
function chunkAddresses(addresses: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + a.length + 1 > MAX_AREAS_ADDRESS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

function hex(color: string): string {
  return color.startsWith('#') ? color : `#${color}`;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline) format.font.underline = Excel.RangeUnderlineStyle.single;
  if (style.size !== undefined && style.size !== DEFAULT_SIZE) format.font.size = style.size;
  if (style.color) format.font.color = hex(style.color);
  if (style.fill) format.fill.color = hex(style.fill);
  if (style.hAlign) {
    const map = {
      left: Excel.HorizontalAlignment.left,
      center: Excel.HorizontalAlignment.center,
      right: Excel.HorizontalAlignment.right,
      justify: Excel.HorizontalAlignment.justify,
    } as const;
    format.horizontalAlignment = map[style.hAlign];
  }
  if (style.vAlign) {
    const map = {
      top: Excel.VerticalAlignment.top,
      middle: Excel.VerticalAlignment.center,
      bottom: Excel.VerticalAlignment.bottom,
    } as const;
    format.verticalAlignment = map[style.vAlign];
  }
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
      Excel.BorderIndex.insideHorizontal,
      Excel.BorderIndex.insideVertical,
    ]) {
      const b = format.borders.getItem(edge);
      b.style = Excel.BorderLineStyle.continuous;
      b.weight = Excel.BorderWeight.thin;
      b.color = '#000000';
    }
  }
}

/** Last row + 1 and last column + 1 of a layout's values matrix (from A1; at least its column widths). */
export function layoutExtent(layout: SheetLayout): { rows: number; cols: number } {
  let rows = 0;
  let cols = layout.columnWidths.length;
  for (const c of layout.cells) {
    if (c.row + 1 > rows) rows = c.row + 1;
    if (c.col + 1 > cols) cols = c.col + 1;
  }
  return { rows, cols };
}

/**
 * Queues rows [from, to) of a sheet's cells: one values matrix (number
 * formats first, "@" on every text cell), the font, the styles (one
 * RangeAreas per style and address chunk) and the row heights. Merges, widths
 * and the sheet's settings are queued by queueMerges and queueSheetSetup.
 */
export function queueSheetRows(ws: Excel.Worksheet, layout: SheetLayout, from = 0, to = Infinity): void {
  const cells = layout.cells.filter((c) => c.row >= from && c.row < to);
  const { rows, cols } = layoutExtent(layout);
  // Every row of the block, empty ones too (font and "General" as in one whole-sheet block).
  const top = from;
  const last = Math.min(to, rows) - 1;
  if (last >= top && cols > 0) {
    const values: (string | number | null)[][] = [];
    const formats: string[][] = [];
    for (let r = top; r <= last; r++) {
      values.push(new Array<string | number | null>(cols).fill(null));
      formats.push(new Array<string>(cols).fill('General'));
    }
    for (const c of cells) {
      const style = c.style ? layout.styles[c.style] : undefined;
      formats[c.row - top][c.col] = cellNumberFormat(c, style) ?? 'General';
      values[c.row - top][c.col] = c.value;
    }
    const block = ws.getRangeByIndexes(top, 0, last - top + 1, cols);
    block.format.font.name = SHEET_FONT;
    block.format.font.size = DEFAULT_SIZE;
    // Number formats first ("@" on every text cell), then the values.
    block.numberFormat = formats;
    block.values = values;

    // Styles: one RangeAreas per style (and address chunk).
    const byStyle = new Map<string, { row: number; col: number }[]>();
    for (const c of cells) {
      if (!c.style || !layout.styles[c.style]) continue;
      const list = byStyle.get(c.style) ?? [];
      list.push(c);
      byStyle.set(c.style, list);
    }
    for (const [key, list] of byStyle) {
      const style = layout.styles[key];
      const addresses = coverRects(list).map(a1Range);
      for (const chunk of chunkAddresses(addresses)) applyStyle(ws.getRanges(chunk).format as Excel.RangeFormat, style);
    }
  }
  (layout.rowHeights ?? []).forEach((h, row) => {
    if (row >= from && row < to && h !== undefined && h > 0)
      ws.getRangeByIndexes(row, 0, 1, 1).getEntireRow().format.rowHeight = h;
  });
}

/** Queues the merged areas (after the values: a merge keeps its top-left cell's value). */
export function queueMerges(ws: Excel.Worksheet, layout: SheetLayout): void {
  for (const m of layout.merges) ws.getRange(a1Range(m)).merge(false);
}

/** Queues the whole content of one sheet (everything except the chart and comments). */
export function queueSheet(ws: Excel.Worksheet, layout: SheetLayout): void {
  queueSheetRows(ws, layout);
  queueMerges(ws, layout);
  queueSheetSetup(ws, layout);
}

/** Queues a sheet's settings: column widths, freeze panes, print setup, conditional formats, tab colour. */
export function queueSheetSetup(ws: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, col) => {
    if (w > 0) ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.cols > 0)) {
    const { rows, cols } = layout.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  const p = layout.print;
  const pl = ws.pageLayout;
  pl.orientation = p.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  pl.paperSize = Excel.PaperType.a4;
  if (p.fitToWidth > 0) pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  pl.topMargin = p.margins.top * 72;
  pl.bottomMargin = p.margins.bottom * 72;
  pl.leftMargin = p.margins.left * 72;
  pl.rightMargin = p.margins.right * 72;
  pl.headerMargin = p.margins.header * 72;
  pl.footerMargin = p.margins.footer * 72;
  if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
  if (p.printArea) pl.setPrintArea(a1Range(p.printArea));
  for (const rule of layout.conditional) {
    const range = ws.getRange(a1Range(rule.range));
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    const text = rule.textEquals.replace(/"/g, '""');
    cf.custom.rule.formula = `=${a1(rule.range.row, rule.range.col)}="${text}"`;
    cf.custom.format.fill.color = hex(rule.fill);
    if (rule.color) cf.custom.format.font.color = hex(rule.color);
    if (rule.bold) cf.custom.format.font.bold = true;
  }
  if (layout.tabColor) ws.tabColor = hex(layout.tabColor);
  if (layout.showGridLines === false) ws.showGridlines = false;
  queueValidations(ws, layout.validations ?? []);
  if (layout.protection) {
    const addresses = layout.protection.unlocked.map(a1Range);
    for (const chunk of chunkAddresses(addresses)) ws.getRanges(chunk).format.protection.locked = false;
  }
}

/** The data-validation rule of a spec (Office.js DataValidationRule), as src/hosts/xlsx/write.ts writes it. */
export function validationRule(v: DataValidationSpec): Excel.DataValidationRule {
  if (v.type === 'list') return { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
  return v.max !== undefined
    ? { decimal: { formula1: v.min ?? 0, formula2: v.max, operator: 'Between' } }
    : { decimal: { formula1: v.min ?? 0, operator: 'GreaterThanOrEqualTo' } };
}

/**
 * Data validation (the template's figure cells, plan and "Cách tính" list):
 * specs that say the same are set once, over one RangeAreas per address chunk.
 */
function queueValidations(ws: Excel.Worksheet, specs: DataValidationSpec[]): void {
  const groups = new Map<string, { spec: DataValidationSpec; addresses: string[] }>();
  for (const v of specs) {
    const key = JSON.stringify([v.type, v.min, v.max, v.list, v.prompt, v.error]);
    const g = groups.get(key) ?? { spec: v, addresses: [] };
    g.addresses.push(a1Range(v.range));
    groups.set(key, g);
  }
  for (const { spec, addresses } of groups.values()) {
    for (const chunk of chunkAddresses(addresses)) {
      const dv = ws.getRanges(chunk).dataValidation;
      dv.ignoreBlanks = true;
      dv.rule = validationRule(spec);
      dv.errorAlert = { showAlert: true, style: 'Stop', title: spec.error.title, message: spec.error.text };
      if (spec.prompt) dv.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.text };
    }
  }
}

/**
 * Protects the sheet of a layout that asks for it, WITHOUT a password (Review →
 * Unprotect Sheet lifts it; formatting stays allowed). Queue it after every
 * write into that sheet: a protected sheet refuses them.
 */
export function queueProtection(ws: Excel.Worksheet, layout: SheetLayout): void {
  if (!layout.protection) return;
  ws.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
}

/**
 * Queues the chart (if the layout has one) and the cell comments: 'notes'
 * (ExcelApi 1.18, the same kind of note the .xlsx host writes), 'threaded'
 * comments (ExcelApi 1.10, addressed through the sheet's CURRENT name
 * `sheetName`) or false (none). The caller detects the set.
 */
export function queueChartAndComments(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  layout: SheetLayout,
  sheetName: string,
  mode: CommentMode,
): void {
  const spec = layout.chart;
  if (spec) {
    const values = ws.getRange(a1Range(spec.values));
    const chart = ws.charts.add(Excel.ChartType.barClustered, values, Excel.ChartSeriesBy.columns);
    chart.name = CHART_NAME;
    chart.title.text = spec.title;
    chart.legend.visible = false;
    const series = chart.series.getItemAt(0);
    series.name = spec.seriesName;
    series.setXAxisValues(ws.getRange(a1Range(spec.categories)));
    const a = spec.anchor;
    chart.setPosition(a1(a.row, a.col), a1(a.row + Math.max(1, a.height) - 1, a.col + Math.max(1, a.width) - 1));
  }
  for (const c of mode === false ? [] : layout.cells) {
    if (!c.comment) continue;
    if (mode === 'notes') ws.notes.add(ws.getRange(a1(c.row, c.col)), c.comment);
    else context.workbook.comments.add(`'${sheetName.replace(/'/g, "''")}'!${a1(c.row, c.col)}`, c.comment);
  }
}

/** A text cell Excel could have parsed, loaded back after it was written. */
export interface TextCheck {
  ws: Excel.Worksheet;
  address: string;
  text: string;
  range: Excel.Range;
}

/**
 * Loads back every text cell Excel could have parsed (a leading = + - @ or a
 * digit), queued after its value in the same batch. The "@" format queued
 * before the value is what keeps it literal; the Office.js reference does not
 * promise that, so after the sync repairParsedText rewrites any cell that did
 * not stay the very same text with Excel's typed-input text prefix.
 */
export function queueTextChecks(ws: Excel.Worksheet, layout: SheetLayout): TextCheck[] {
  const checks: TextCheck[] = [];
  for (const c of layout.cells) {
    if (typeof c.value !== 'string' || !(looksLikeFormula(c.value) || /^\d/.test(c.value))) continue;
    const address = a1(c.row, c.col);
    const range = ws.getRange(address);
    range.load('values');
    checks.push({ ws, address, text: c.value, range });
  }
  return checks;
}

/** After the sync of queueTextChecks: queues an apostrophe rewrite of each cell Excel parsed; their number. */
export function repairParsedText(checks: TextCheck[]): number {
  const parsed = checks.filter((k) => k.range.values[0][0] !== k.text);
  for (const k of parsed) k.ws.getRange(k.address).values = [[`'${k.text}`]];
  return parsed.length;
}
