/**
 * Renders SheetLayouts (src/engine/layout) into the open workbook with
 * Office.js, in exactly two context.sync() calls for any number of sheets:
 *
 *   W1  create the new sheets (with the program's marker name) or clear the
 *       program's own sheet in place (no Worksheet.delete: it wipes the undo
 *       stack), then every value, number format, style, merge, width, height,
 *       freeze pane, print setting, conditional format and the remembered
 *       period; the old charts and notes/comments of a replaced sheet are loaded.
 *   W2  delete those old charts/notes, add the chart and the notes, activate
 *       the report sheet, read back the text cells Excel could have parsed.
 *   (W3 only if one of them did not stay text: rewrite it with a leading
 *       apostrophe, Excel's typed-input text prefix.)
 *
 * Text is always literal: every string cell gets the number format "@"
 * (src/engine/layout/literal.ts) queued BEFORE its value, so "=1+1", "+84…",
 * "-" or "@x" stay text (Range.values treats a leading =, + or - as a formula
 * otherwise); W2 reads those cells back and W3 repairs any that Excel parsed
 * anyway (the reference does not promise the "@" rule). Cells are written as one values matrix per sheet; formats are
 * applied per style through one RangeAreas (Worksheet.getRanges) per style.
 */
import { safeLayout } from '../../engine/layout/safeText';
import type { CellStyle, Merge, SheetLayout } from '../../engine/layout/types';
import { cellNumberFormat, looksLikeFormula } from '../../engine/layout/literal';
import { generatedMarkerName } from '../../engine/layout/marker';
import { PERIOD_PROPERTY } from './read';
import { a1 } from '../../engine/normalize';

export interface RenderTarget {
  layout: SheetLayout;
  /** True: the sheet exists and is the program's own → cleared and rewritten. */
  replaces: boolean;
}

export interface RenderOptions {
  /** Sheet to activate (A1 selected) at the end; default the first target. */
  activate?: string;
  /** Period key to remember in the workbook. */
  rememberPeriod?: string;
  /** Existing marker names (to keep a new one unique) and stale ones to remove. */
  markerNames?: string[];
  staleMarkerNames?: string[];
  /**
   * How to write LayoutCell.comment: 'notes' (ExcelApi 1.18, the same kind of
   * note the .xlsx host writes), 'threaded' comments (ExcelApi 1.10), or
   * false (not at all). The caller detects the set; the default, false,
   * is safe on the manifest minimum (ExcelApi 1.9).
   */
  comments?: 'notes' | 'threaded' | false;
}

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

/** Queues the content of one sheet (everything except the chart and comments). */
function queueSheet(ws: Excel.Worksheet, layout: SheetLayout): void {
  const cells = layout.cells;
  if (cells.length > 0) {
    let maxRow = 0;
    let maxCol = Math.max(0, layout.columnWidths.length - 1);
    for (const c of cells) {
      if (c.row > maxRow) maxRow = c.row;
      if (c.col > maxCol) maxCol = c.col;
    }
    const values: (string | number | null)[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r <= maxRow; r++) {
      values.push(new Array<string | number | null>(maxCol + 1).fill(null));
      formats.push(new Array<string>(maxCol + 1).fill('General'));
    }
    for (const c of cells) {
      const style = c.style ? layout.styles[c.style] : undefined;
      formats[c.row][c.col] = cellNumberFormat(c, style) ?? 'General';
      values[c.row][c.col] = c.value;
    }
    const block = ws.getRangeByIndexes(0, 0, maxRow + 1, maxCol + 1);
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
  for (const m of layout.merges) ws.getRange(a1Range(m)).merge(false);
  layout.columnWidths.forEach((w, col) => {
    if (w > 0) ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
  (layout.rowHeights ?? []).forEach((h, row) => {
    if (h !== undefined && h > 0) ws.getRangeByIndexes(row, 0, 1, 1).getEntireRow().format.rowHeight = h;
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
}

/** Writes `targets` in two syncs. The caller has chosen the names (chooseSheetName). */
export async function renderLayouts(
  context: Excel.RequestContext,
  targets: RenderTarget[],
  opts: RenderOptions = {},
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const mode = opts.comments ?? false;
  const usedMarkers = new Set((opts.markerNames ?? []).map((n) => n.toUpperCase()));
  for (const stale of opts.staleMarkerNames ?? []) {
    names.getItem(stale).delete();
    usedMarkers.delete(stale.toUpperCase());
  }

  // ---- W1 -----------------------------------------------------------------
  // Every text XML-safe and within Excel's cell limit (engine/layout/safeText.ts).
  const prepared = targets.map((target) => {
    const t: RenderTarget = { ...target, layout: safeLayout(target.layout).layout };
    let ws: Excel.Worksheet;
    let oldCharts: Excel.ChartCollection | null = null;
    let oldComments: Excel.CommentCollection | Excel.NoteCollection | null = null;
    /* eslint-disable office-addins/call-sync-before-read -- methods on a worksheet proxy, no property is read */
    if (t.replaces) {
      ws = sheets.getItem(t.layout.name);
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.unmerge();
      all.clear(Excel.ClearApplyTo.all);
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
      ws.freezePanes.unfreeze();
      oldCharts = ws.charts;
      oldCharts.load('items/name');
      if (mode === 'notes') {
        oldComments = ws.notes;
        oldComments.load('items/content');
      } else if (mode === 'threaded') {
        oldComments = ws.comments;
        oldComments.load('items/id');
      }
      /* eslint-enable office-addins/call-sync-before-read */
    } else {
      ws = sheets.add(t.layout.name);
      let marker = generatedMarkerName(t.layout.name);
      for (let n = 2; usedMarkers.has(marker.toUpperCase()); n++) marker = generatedMarkerName(`${t.layout.name}#${n}`);
      usedMarkers.add(marker.toUpperCase());
      // A Range (not a text reference) so Excel stores ='<sheet>'!$A$1 and
      // keeps it on the sheet when the sheet is renamed.
      names.add(marker, ws.getRange('$A$1'));
    }
    queueSheet(ws, t.layout);
    return { t, ws, oldCharts, oldComments };
  });
  if (opts.rememberPeriod) context.workbook.properties.custom.add(PERIOD_PROPERTY, opts.rememberPeriod);
  await context.sync();

  // ---- W2 -----------------------------------------------------------------
  // Check, in the same round trip, that text Excel could have parsed (a
  // leading = + - @ or digit) came back as the very same text. The "@" format
  // queued before the value is what keeps it literal; the Office.js reference
  // does not promise that, so a cell that did turn into something else is
  // rewritten below with Excel's typed-input text prefix (an apostrophe).
  const checks: { ws: Excel.Worksheet; address: string; text: string; range: Excel.Range }[] = [];
  for (const p of prepared) {
    for (const c of p.t.layout.cells) {
      if (typeof c.value !== 'string' || !(looksLikeFormula(c.value) || /^\d/.test(c.value))) continue;
      const address = a1(c.row, c.col);
      const range = p.ws.getRange(address);
      range.load('values');
      checks.push({ ws: p.ws, address, text: c.value, range });
    }
  }
  for (const p of prepared) {
    for (const ch of p.oldCharts?.items ?? []) ch.delete();
    for (const cm of p.oldComments?.items ?? []) cm.delete();
    const spec = p.t.layout.chart;
    if (spec) {
      const values = p.ws.getRange(a1Range(spec.values));
      const chart = p.ws.charts.add(Excel.ChartType.barClustered, values, Excel.ChartSeriesBy.columns);
      chart.name = CHART_NAME;
      chart.title.text = spec.title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.name = spec.seriesName;
      series.setXAxisValues(p.ws.getRange(a1Range(spec.categories)));
      const a = spec.anchor;
      chart.setPosition(a1(a.row, a.col), a1(a.row + Math.max(1, a.height) - 1, a.col + Math.max(1, a.width) - 1));
    }
    for (const c of mode === false ? [] : p.t.layout.cells) {
      if (!c.comment) continue;
      if (mode === 'notes') p.ws.notes.add(p.ws.getRange(a1(c.row, c.col)), c.comment);
      else context.workbook.comments.add(`'${p.t.layout.name.replace(/'/g, "''")}'!${a1(c.row, c.col)}`, c.comment);
    }
  }
  const activate = opts.activate ?? targets[0]?.layout.name;
  const target = prepared.find((p) => p.t.layout.name === activate);
  if (target) {
    target.ws.activate();
    target.ws.getRange('A1').select();
  }
  await context.sync();

  // ---- W3, only if Excel parsed some text anyway ---------------------------
  const parsed = checks.filter((k) => k.range.values[0][0] !== k.text);
  if (parsed.length > 0) {
    for (const k of parsed) k.ws.getRange(k.address).values = [[`'${k.text}`]];
    await context.sync();
  }
}
