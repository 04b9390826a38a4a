/**
 * Reads the workbook through Office.js into the engine's plain WorkbookGrid.
 *
 * Exactly two context.sync() calls, whatever the workbook size:
 *   1. worksheet names, visibility and ids, the workbook's defined names (the
 *      program's marker), workbook structure protection (ExcelApi 1.7), the
 *      remembered period (custom document property) and the ids of the
 *      custom XML part holding the program's sheet marks (sheetMarks.ts);
 *   2. the protection flag of every sheet (one boolean each; the program's own
 *      are those a report may replace, and a sheet known only by the sheet
 *      marks is known after this sync), the sheet marks' XML and, for every
 *      sheet that is not the program's own by its marker name, all at once: the used
 *      range's values, valueTypes, numberFormat (date month headers), indent
 *      levels (getCellProperties) and which of its columns and rows are hidden
 *      (getColumnProperties / getRowProperties: columnHidden, rowHidden; all
 *      ExcelApi 1.9). Nothing else is loaded.
 *
 * Temporary sheets a failed write left behind (temp.ts: the temporary name
 * AND very hidden) are not read; they are listed in `leftoverSheets` for the
 * next write to delete.
 *
 * Marker (shared with the .xlsx host, src/engine/layout/marker.ts): a
 * workbook-level defined name `BCN_GENERATED_<hash>` referring to A1 of each
 * sheet the program created. Excel keeps the reference on the sheet when it is
 * renamed, and it is stored in the file, so it survives e-mailing. Sheets
 * carrying it come back with `generated: true` and no rows (the engine skips
 * them; nothing reads their content) — except a consolidated workbook's
 * "Chi tiết đơn vị" (engine/chain/unitTable.ts), read in the same sync with
 * its rows so the report shows the per-unit table. A sheet whose marker name
 * the user deleted is still the program's by its second mark (sheetMarks.ts:
 * its Worksheet.id and name in a custom XML part); its rows, read in the same
 * sync because that is known only after it, are then dropped.
 */
import type { GridCell, SheetGrid, WorkbookGrid } from '../../engine/types';
import { generatedSheetNames, isGeneratedMarkerName, markerSheetName } from '../../engine/layout/marker';
import { isLeftoverSheet } from './temp';
import { markedAsOurs, parseSheetMarks, SHEET_MARKS_NAMESPACE, type SheetMark } from './sheetMarks';
import { BREAKDOWN_SHEET } from '../../engine/chain/unitTable';
import { normalizeLabel } from '../../engine/normalize';

/** Custom document property holding the last period chosen in this workbook (e.g. "T6"). */
export const PERIOD_PROPERTY = 'BaoCaoNganh_KyBaoCao';

export interface SheetEntry {
  name: string;
  generated: boolean;
  /** Worksheet.id (ExcelApi 1.1): stays with the sheet when it is renamed. */
  id?: string;
  /** Worksheet.visibility: 'Visible', 'Hidden' or 'VeryHidden'. */
  visibility?: string;
  /** Worksheet.position: the zero-based index in the tab bar (leftovers counted). */
  position?: number;
  /** Sheet protection (WorksheetProtection.protected), loaded for the program's own sheets only. */
  protected?: boolean;
}

export interface ReadResult {
  grid: WorkbookGrid;
  sheets: SheetEntry[];
  /** Period key remembered in the workbook, if any. */
  rememberedPeriod: string | null;
  /** The sheet that was active when the workbook was read. */
  activeSheet: string;
  /** Every marker name in the workbook (to keep new ones unique) … */
  markerNames: string[];
  /** … and those that point nowhere any more (#REF!: their sheet was deleted). */
  staleMarkerNames: string[];
  /** Every marker name with the sheet it points at (null: #REF!). */
  markers: { name: string; sheet: string | null }[];
  /**
   * Temporary sheets a failed earlier write left behind (write.ts,
   * isLeftoverSheet: the program's temporary name AND very hidden, which a
   * user cannot do from Excel's interface). Not read; the next write removes them.
   */
  leftoverSheets: string[];
  /** Workbook structure protection (WorkbookProtection.protected, ExcelApi 1.7): no sheet can be added. */
  structureProtected: boolean;
  /** The custom XML part(s) of the program's sheet marks (sheetMarks.ts) and the marks they hold. */
  sheetMarks: { partIds: string[]; marks: SheetMark[] };
}

/** True when an Excel number format displays a date (d/m/y tokens outside quotes, brackets and escapes). */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const stripped = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  const section = stripped.split(';')[0];
  return (
    /[dy]/i.test(section) ||
    /m{3,}/i.test(section) ||
    (/m/i.test(section) && !/[h:s]/i.test(section) && !/0/.test(section))
  );
}

/**
 * A number format that shows a percentage ("0.00%", "0%"), ignoring a % inside
 * quotes or escaped — the same rule as the .xlsx reader (which cannot be
 * imported here: it pulls in ExcelJS).
 */
export function isPercentFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** Excel serial date (1900 system) → "YYYY-MM-DD". */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

function toCell(value: unknown, type: string, format: string, indent: number): GridCell | null {
  let cell: GridCell | null = null;
  if (type === 'Empty' || value === '' || value === null || value === undefined) {
    cell = null;
  } else if (type === 'Error') {
    cell = { v: String(value), t: 'error' };
  } else if (typeof value === 'number') {
    if (isDateFormat(format)) cell = { v: serialToIso(value), t: 'date' };
    else cell = isPercentFormat(format) ? { v: value, percent: true } : { v: value };
  } else if (typeof value === 'boolean') {
    cell = { v: value };
  } else {
    cell = { v: String(value) };
  }
  if (cell && indent > 0) cell.indent = indent;
  return cell;
}

/** Excel on the web's size limits (Excel.ErrorCodes / OfficeExtension core error codes). */
const PAYLOAD_LIMIT_CODES = ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded'];

function isPayloadLimit(e: unknown): boolean {
  return PAYLOAD_LIMIT_CODES.includes(String((e as { code?: unknown } | null)?.code));
}

/** Reads every sheet in two syncs. */
export async function readWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
  const sheets = context.workbook.worksheets;
  // visibility: a very hidden sheet is skipped by the engine (SHEET_SKIPPED), an ordinary hidden one is read
  sheets.load('items/name,items/visibility,items/id,items/position');
  const structure = context.workbook.protection;
  structure.load('protected');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const period = context.workbook.properties.custom.getItemOrNullObject(PERIOD_PROPERTY);
  period.load('value');
  // to give the user back the sheet they were on if a write is rolled back (write.ts)
  const active = sheets.getActiveWorksheet();
  active.load('name');
  // the second mark of the program's sheets (sheetMarks.ts): its XML comes with the second sync
  const markParts = context.workbook.customXmlParts.getByNamespace(SHEET_MARKS_NAMESPACE);
  markParts.load('items/id');
  await context.sync();

  const markers = names.items
    .filter((n) => isGeneratedMarkerName(n.name))
    .map((n) => ({ name: n.name, ref: String(n.formula ?? '') }));
  const ours = generatedSheetNames(markers);
  const staleMarkerNames = markers.filter((m) => markerSheetName(m.ref) === null).map((m) => m.name);

  // getUsedRange (not …OrNullObject): on a blank sheet it returns A1 instead of
  // a null object, so getCellProperties can be chained before the sync.
  const queueSheet = (ws: Excel.Worksheet) => {
    const used = ws.getUsedRange(true);
    used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
    const props = used.getCellProperties({ format: { indentLevel: true } });
    // hidden columns/rows: the engine skips a hidden old copy of a visible column
    const colProps = used.getColumnProperties({ columnHidden: true });
    const rowProps = used.getRowProperties({ rowHidden: true });
    return { used, props, colProps, rowProps };
  };
  // The program's own sheets are the ones a report may replace: their
  // protection is loaded in the same sync, so a protected one stops the
  // report before anything is written (service.ts).
  // Loaded for every sheet: one recognised only by the sheet marks (known after this sync) may be replaced too.
  const queueProtection = (ws: Excel.Worksheet) => ws.protection.load('protected');
  const queueMarks = () => markParts.items.map((p) => p.getXml());
  let markXml = queueMarks();
  const leftoverSheets = sheets.items
    .filter((ws) => isLeftoverSheet(ws.name, String(ws.visibility)))
    .map((ws) => ws.name);
  const queued = sheets.items
    .filter((ws) => !leftoverSheets.includes(ws.name))
    .map((ws) => {
      const generated = ours.has(ws.name);
      // a consolidated workbook's per-unit sheet: the program's own, but read (the report's per-unit table)
      const breakdown = generated && normalizeLabel(ws.name) === normalizeLabel(BREAKDOWN_SHEET);
      return {
        name: ws.name,
        id: ws.id,
        position: ws.position,
        visibility: String(ws.visibility),
        generated,
        ws,
        data: generated && !breakdown ? null : queueSheet(ws),
        protection: queueProtection(ws),
      };
    });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimit(e)) throw e;
    // Excel on the web caps a request and a response at ~5 MB (a read fails
    // with ResponsePayloadSizeLimitExceeded): fall back to one sheet per
    // round trip (only ever for very large workbooks). The refused response
    // carried no protection flags either: load them again.
    // They ride with the first sheet's round trip.
    let pending = true;
    for (const q of queued) q.protection = queueProtection(q.ws);
    markXml = queueMarks();
    for (const q of queued) {
      if (!q.data) continue;
      q.data = queueSheet(q.ws);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after Excel on the web refused the one batched read (payload limit)
      await context.sync();
      pending = false;
    }
    if (pending) await context.sync();
  }

  const marks = markXml.flatMap((x) => parseSheetMarks(x.value));
  const grid: WorkbookGrid = { sheets: [] };
  const entries: SheetEntry[] = [];
  for (const q of queued) {
    // the marker name deleted (Name Manager): still the program's sheet by its id and name (sheetMarks.ts)
    if (!q.generated && markedAsOurs(q, marks, staleMarkerNames)) {
      q.generated = true;
      if (normalizeLabel(q.name) !== normalizeLabel(BREAKDOWN_SHEET)) q.data = null;
    }
    const entry: SheetEntry = {
      name: q.name,
      generated: q.generated,
      id: q.id,
      visibility: q.visibility,
      position: q.position,
    };
    if (q.generated) entry.protected = q.protection.protected;
    entries.push(entry);
    const sheet: SheetGrid = { name: q.name, rows: [] };
    if (q.generated) sheet.generated = true;
    if (q.visibility === 'Hidden') sheet.state = 'hidden';
    else if (q.visibility === 'VeryHidden') sheet.state = 'veryHidden';
    if (!q.data) {
      sheet.generated = true;
      grid.sheets.push(sheet);
      continue;
    }
    const used = q.data.used;
    const values = used.values;
    const types = used.valueTypes as string[][];
    const formats = used.numberFormat as string[][];
    const props = q.data.props.value;
    const r0 = used.rowIndex;
    const c0 = used.columnIndex;
    for (let r = 0; r < r0; r++) sheet.rows.push([]);
    for (let r = 0; r < values.length; r++) {
      const row: (GridCell | null)[] = [];
      for (let c = 0; c < c0; c++) row.push(null);
      for (let c = 0; c < values[r].length; c++) {
        const indent = props[r]?.[c]?.format?.indentLevel ?? 0;
        row.push(toCell(values[r][c], types[r][c], formats[r][c], indent));
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      sheet.rows.push(row);
    }
    while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1].length === 0) sheet.rows.pop();
    const hiddenColumns: number[] = [];
    q.data.colProps.value.forEach((p, i) => {
      if (p.columnHidden) hiddenColumns.push(c0 + i);
    });
    const hiddenRows: number[] = [];
    q.data.rowProps.value.forEach((p, i) => {
      if (p.rowHidden) hiddenRows.push(r0 + i);
    });
    if (hiddenColumns.length) sheet.hiddenColumns = hiddenColumns;
    if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    grid.sheets.push(sheet);
  }
  const rememberedPeriod = period.isNullObject ? null : String(period.value ?? '') || null;
  return {
    grid,
    sheets: entries,
    rememberedPeriod,
    activeSheet: active.name,
    markerNames: markers.map((m) => m.name),
    staleMarkerNames,
    markers: markers.map((m) => ({ name: m.name, sheet: markerSheetName(m.ref) })),
    leftoverSheets,
    structureProtected: structure.protected === true,
    sheetMarks: { partIds: markParts.items.map((p) => p.id), marks },
  };
}
