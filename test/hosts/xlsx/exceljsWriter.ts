/**
 * TEST HELPER ONLY: the report workbook writer as it was before issue 11's
 * direct SpreadsheetML writer (src/hosts/xlsx/write.ts), kept so that
 * equivalence.test.ts can render the same layouts both ways and compare them
 * (and abXlsx.ts can time both). Not used by the program.
 *
 * Renders SheetLayouts (src/engine/layout) into a new .xlsx workbook with
 * ExcelJS (in Node and, for the offline page, in the browser). The Office host
 * renders the same layouts with Office.js; see
 * src/engine/layout/README.md for what each field means.
 *
 * - Literal text: every string cell gets numFmt "@" and is written as a plain
 *   string value (never `{ formula }`), so "=1+1" stays text.
 * - Charts: ExcelJS cannot write charts, so `layout.chart` is skipped here;
 *   the sheet still holds the chart's data table.
 * - Every sheet gets the program's marker: a defined name
 *   BCN_GENERATED_<hash> → '<sheet>'!$A$1 (src/engine/layout/marker.ts).
 */
import type ExcelJS from 'exceljs';
import { Workbook } from '../../../src/hosts/xlsx/exceljsNode';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { cellNumberFormat } from '../../../src/engine/layout/literal';
import { a1 } from '../../../src/engine/normalize';
import { safeLayout } from '../../../src/engine/layout/safeText';
import { generatedMarkerName, generatedMarkerRef } from '../../../src/engine/layout/marker';
import type { CellStyle, DataValidationSpec, LayoutCell, Merge, SheetLayout } from '../../../src/engine/layout/types';
import { zipWriter, type RawDeflate } from '../../../src/hosts/zip';

const FONT_NAME = 'Times New Roman';
const DEFAULT_SIZE = 12;
const A4 = 9;

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

function rangeRef(m: Merge): string {
  return `${a1(m.row, m.col)}:${a1(m.row2, m.col2)}`;
}

function font(style: CellStyle | undefined): Partial<ExcelJS.Font> {
  const f: Partial<ExcelJS.Font> = { name: FONT_NAME, size: style?.size ?? DEFAULT_SIZE };
  if (style?.bold) f.bold = true;
  if (style?.italic) f.italic = true;
  if (style?.underline) f.underline = true;
  if (style?.color) f.color = { argb: argb(style.color) };
  return f;
}

/** The (empty) style of every row: never changed (rows are styled through their cells). */
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({}) as Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** The ExcelJS style of a layout style with a number format (a new object: callers share it). */
function excelStyle(style: CellStyle | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { font: font(style) };
  if (numFmt) out.numFmt = numFmt;
  if (style?.fill) {
    out.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: argb(style.fill) },
      bgColor: { argb: argb(style.fill) },
    };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style?.hAlign) alignment.horizontal = style.hAlign;
  if (style?.vAlign) alignment.vertical = style.vAlign;
  if (style?.wrap) alignment.wrapText = true;
  if (style?.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length) out.alignment = alignment;
  if (style?.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/**
 * Cells with the same layout style and number format share one ExcelJS style
 * object: ExcelJS recognises a style object it has seen (by identity) and
 * skips serialising it again — per cell, that serialising was most of the
 * writer's time on a large report. A shared style is never changed in place
 * (see the protection loop in renderSheet).
 */
type StyleCache = Map<string, Partial<ExcelJS.Style>>;

function applyCell(ws: ExcelJS.Worksheet, cell: LayoutCell, style: CellStyle | undefined, styles: StyleCache): void {
  const xc = ws.getCell(cell.row + 1, cell.col + 1);
  // The literal-text rule: every string cell gets the text number format "@".
  const numFmt = cellNumberFormat(cell, style);
  const key = `${cell.style ?? ''}\u0000${numFmt ?? ''}`;
  let shared = styles.get(key);
  if (!shared) {
    shared = excelStyle(style, numFmt);
    styles.set(key, shared);
  }
  xc.style = shared as ExcelJS.Style;
  // A string is always assigned as a string: ExcelJS writes it as a shared
  // string, never as a formula.
  xc.value = cell.value === null ? null : cell.value;
  if (cell.comment) xc.note = cell.comment;
}

function renderSheet(wb: ExcelJS.Workbook, layout: SheetLayout): void {
  const views: Partial<ExcelJS.WorksheetView>[] = [];
  const showGridLines = layout.showGridLines ?? true;
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.cols > 0)) {
    views.push({
      state: 'frozen',
      xSplit: layout.freeze.cols,
      ySplit: layout.freeze.rows,
      topLeftCell: a1(layout.freeze.rows, layout.freeze.cols),
      showGridLines,
    });
  } else {
    views.push({ state: 'normal', showGridLines });
  }

  const p = layout.print;
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: A4,
    orientation: p.orientation,
    margins: { ...p.margins },
  };
  if (p.fitToWidth > 0) {
    pageSetup.fitToPage = true;
    pageSetup.fitToWidth = p.fitToWidth;
    pageSetup.fitToHeight = 0;
  }
  if (p.repeatRows) pageSetup.printTitlesRow = `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}`;
  if (p.printArea) {
    // ExcelJS writes Print_Area as `$` + each end, so "A$1:J$99" becomes the
    // fully absolute $A$1:$J$99 — LibreOffice ignores the mixed $A1:$J99 that
    // a plain "A1:J99" would give (the chart data then printed on its own page).
    const abs = (row: number, col: number) => a1(row, col).replace(/(\d+)$/, '$$$1');
    pageSetup.printArea = `${abs(p.printArea.row, p.printArea.col)}:${abs(p.printArea.row2, p.printArea.col2)}`;
  }

  const ws = wb.addWorksheet(layout.name, {
    views,
    pageSetup,
    properties: layout.tabColor ? { tabColor: { argb: argb(layout.tabColor) } } : undefined,
  });
  if (p.footer) ws.headerFooter = { oddFooter: `&C${p.footer}`, evenFooter: `&C${p.footer}` };

  layout.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.font = { name: FONT_NAME, size: DEFAULT_SIZE };
  });

  const styles: StyleCache = new Map();
  for (const cell of layout.cells) applyCell(ws, cell, cell.style ? layout.styles[cell.style] : undefined, styles);
  for (const m of layout.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row2 + 1, m.col2 + 1);
  layout.rowHeights?.forEach((h, i) => {
    if (h !== undefined) ws.getRow(i + 1).height = h;
  });
  // Rows carry no style of their own; each ExcelJS row has a fresh empty one,
  // which its writer would register anew per row (the same style 0 every
  // time): one shared empty style is recognised by identity instead.
  ws.eachRow({ includeEmpty: true }, (row) => {
    const r = row as unknown as { style: Partial<ExcelJS.Style> }; // not in ExcelJS's typings
    if (Object.keys(r.style).length === 0) r.style = NO_ROW_STYLE;
  });

  if (layout.conditional.length) {
    // One block per range, rules in layout order (first = highest priority).
    const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
    layout.conditional.forEach((rule, i) => {
      const ref = rangeRef(rule.range);
      const style: Partial<ExcelJS.Style> = {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
      };
      if (rule.color || rule.bold) {
        style.font = {};
        if (rule.color) style.font.color = { argb: argb(rule.color) };
        if (rule.bold) style.font.bold = true;
      }
      const list = byRange.get(ref) ?? [];
      // An expression rule (`J8="Hoàn thành"`, relative to the range's top-left
      // cell) rather than ExcelJS's containsText: ExcelJS writes containsText
      // without the `text` attribute some readers (LibreOffice) rely on.
      const formula = `${a1(rule.range.row, rule.range.col)}="${rule.textEquals.replace(/"/g, '""')}"`;
      list.push({ type: 'expression', formulae: [formula], priority: i + 1, style });
      byRange.set(ref, list);
    });
    for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
  }

  // layout.chart: not supported by ExcelJS (see the file header).

  for (const v of layout.validations ?? []) applyValidation(ws, v);
  if (layout.protection) {
    for (const m of layout.protection.unlocked) {
      for (let r = m.row; r <= m.row2; r++) {
        for (let c = m.col; c <= m.col2; c++) {
          // A copy: the cell's style object is shared with other cells (applyCell).
          const xc = ws.getCell(r + 1, c + 1);
          // eslint-disable-next-line office-addins/call-sync-before-read -- ExcelJS, not Office.js
          xc.style = { ...xc.style, protection: { locked: false } } as ExcelJS.Style;
        }
      }
    }
    // No password: protection against slips, not a lock (Review → Unprotect Sheet).
    void ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }

  if (layout.generated !== false) {
    wb.definedNames.add(generatedMarkerRef(layout.name), generatedMarkerName(layout.name));
  }
}

function applyValidation(ws: ExcelJS.Worksheet, v: DataValidationSpec): void {
  const dv: ExcelJS.DataValidation =
    v.type === 'list'
      ? { type: 'list', allowBlank: true, formulae: [`"${(v.list ?? []).join(',')}"`] }
      : v.max !== undefined
        ? { type: 'decimal', operator: 'between', allowBlank: true, formulae: [v.min ?? 0, v.max] }
        : { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [v.min ?? 0] };
  dv.showErrorMessage = true;
  dv.errorStyle = 'stop';
  dv.errorTitle = v.error.title;
  dv.error = v.error.text;
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = v.prompt.title;
    dv.prompt = v.prompt.text;
  }
  // Per cell: ExcelJS squeezes equal neighbours back into ranges when it writes.
  for (let r = v.range.row; r <= v.range.row2; r++) {
    for (let c = v.range.col; c <= v.range.col2; c++) ws.getCell(r + 1, c + 1).dataValidation = dv;
  }
}

/**
 * The workbook's default font (the Normal style), which sets the column width
 * unit: Arial 10 instead of ExcelJS's Calibri 11. Both are 7 px a digit in
 * Excel (so widths and the layout's row heights mean the same as in the Office
 * host), but a machine without Calibri (LibreOffice on Linux) measures Calibri
 * with a wider fallback font — columns 30 % wider, rows far too tall for the
 * text — while Arial has its metric twin Liberation Sans nearly everywhere.
 * No `scheme`: a theme font reference would win over the name.
 */
const DEFAULT_FONT_XML = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

async function setDefaultFont(xlsx: Uint8Array, deflate?: RawDeflate): Promise<Uint8Array> {
  const parts = unzipSync(xlsx);
  const styles = parts['xl/styles.xml'];
  if (!styles) throw new Error('ExcelJS wrote no xl/styles.xml');
  const xml = strFromU8(styles);
  const patched = xml.replace(/(<fonts\b[^>]*>)<font>.*?<\/font>/, `$1${DEFAULT_FONT_XML}`);
  if (patched === xml) throw new Error('xl/styles.xml: no default font to replace');
  parts['xl/styles.xml'] = strToU8(patched);
  const zip = zipWriter(deflate);
  for (const [name, data] of Object.entries(parts)) await zip.add(name).push(data, true);
  return await zip.finish();
}

/**
 * A new workbook holding one sheet per layout, in order. ExcelJS writes it
 * uncompressed (STORE); it is compressed once, when the default font is set
 * (`deflate`: see src/hosts/zip.ts) — instead of deflating it in JavaScript
 * twice (ExcelJS, then again after the font patch).
 */
export async function renderLayoutsWithExcelJS(
  layouts: SheetLayout[],
  opts: { deflate?: RawDeflate } = {},
): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Báo cáo ngành';
  wb.created = new Date();
  // Every text XML-safe and within Excel's cell limit, whoever built the layout.
  for (const layout of layouts) renderSheet(wb, safeLayout(layout).layout);
  const stored = (await wb.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer;
  return await setDefaultFont(new Uint8Array(stored), opts.deflate);
}
