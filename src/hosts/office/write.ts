/**
 * Writing the program's sheets ALL OR NOTHING, from the user's view
 * (`writeSheetsAllOrNothing`): the report's write protocol, reusable for any
 * service method that writes SheetLayouts into new sheets.
 *
 *   W1  every sheet is written into a NEW sheet under a temporary name
 *       (temp.ts), very hidden: values, formats, merges, settings, chart,
 *       notes; the text cells Excel could have parsed are read back.
 *   W2  the swap, in this order: repair any parsed text; remove stale markers;
 *       the program's old sheet of the same name (if any) is renamed away and
 *       very hidden; the new sheets get their final names, become visible and
 *       get the program's marker (and the second mark, sheetMarks.ts); the
 *       report is activated; the period is
 *       remembered; THEN (the commit point) the old sheets and any leftover
 *       temporary sheets of an earlier failed run are deleted.
 *
 * If any round trip fails, a clean-up run puts the workbook back as it was:
 * the new sheets (known by their Worksheet.id once W1 synced, else by their
 * temporary names) and the names pointing at them are deleted, a renamed old
 * sheet gets its name and visibility back, the remembered period, the sheet
 * marks and the active sheet are restored.
 * The caller still throws the ORIGINAL error. If the failure came after the
 * commit point (an old sheet is already deleted), the clean-up finishes the
 * swap instead (the new sheets are complete and in place) and the write counts
 * as done. If the clean-up itself fails, the temporary sheets stay very hidden
 * and the next write removes them (read.ts `leftoverSheets`).
 *
 * Too large (Excel on the web refuses a request over ~5 MB with
 * RequestPayloadSizeLimitExceeded, or a bare GeneralException): when W1 is
 * refused as a whole, the same content is written again into fresh temporary
 * sheets: first the sheets and their settings, then each sheet's rows in
 * blocks estimated below LARGE_REQUEST_BYTES (a block still refused is halved),
 * then merges, chart, notes and the read-back; then the same W2. Still all in
 * hidden sheets, so no half-written sheet is ever shown. The round trips are
 * bounded: 1 (refused) + 1 + the blocks + 1, then W2.
 *
 * Undo: Worksheet.delete clears Excel's undo list and is refused inside an
 * undo group (UndoNotSupported). A write that deletes nothing (a first report
 * of the period, no leftovers) is grouped into ONE undo step where ExcelApi
 * 1.20 is present; a write that replaces the program's old sheet is not
 * grouped, and Excel's undo list is cleared by the deletion.
 */
import type { SheetLayout } from '../../engine/layout/types';
import { safeLayout } from '../../engine/layout/safeText';
import { generatedMarkerName, isGeneratedMarkerName, markerSheetName } from '../../engine/layout/marker';
import { PERIOD_PROPERTY, type ReadResult } from './read';
import {
  layoutExtent,
  queueChartAndComments,
  queueMerges,
  queueProtection,
  queueSheet,
  queueSheetRows,
  queueSheetSetup,
  queueTextChecks,
  repairParsedText,
  type CommentMode,
  type TextCheck,
} from './render';
import { isSheetOfWrite, newToken, retiredIndex, retiredSheetName, tempSheetName } from './temp';
import { SHEET_MARKS_NAMESPACE, sheetMarksXml } from './sheetMarks';
import { isLikelyPayloadLimit, LARGE_REQUEST_BYTES } from './errors';
import { cellNumberFormat } from '../../engine/layout/literal';

/** Excel.run with options (the service's, or the global one). */
export type RunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface SheetToWrite {
  /** The layout; its name is the sheet's FINAL name (chosen with chooseSheetName). */
  layout: SheetLayout;
  /** True: a sheet of that name exists and is the program's own → replaced at the swap. */
  replaces: boolean;
}

export interface WriteOptions {
  /** Sheet to activate (A1 selected) at the end; default the first target. */
  activate?: string;
  /** Period key to remember in the workbook (custom document property). */
  rememberPeriod?: string;
  /** How to write cell comments (render.ts CommentMode); default none. */
  comments?: CommentMode;
  /** ExcelApi 1.20 is present: group a write that deletes nothing into one undo step. */
  undoGroup?: boolean;
  /** Told the estimated size (UTF-8 bytes) of each write request before it is sent (for the error message). */
  onRequest?: (requestBytes: number) => void;
}

export interface WriteOutcome {
  /** The write was split because Excel refused one request as too large. */
  split: boolean;
  /** Round trips of the write run that succeeded. */
  syncs: number;
}

/** Bytes of a string in UTF-8 (what a request carries at least). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Estimated request bytes of each row of a layout as queueSheetRows writes it
 * (the JSON of its values and number-format matrices, about 12 bytes of style
 * address per styled cell, and its comment text).
 */
export function rowRequestBytes(layout: SheetLayout): number[] {
  const { rows, cols } = layoutExtent(layout);
  // an empty cell: `null,` in values and `"General",` in the formats
  const out = new Array<number>(rows).fill(cols * 15);
  for (const c of layout.cells) {
    const style = c.style ? layout.styles[c.style] : undefined;
    const fmt = cellNumberFormat(c, style) ?? 'General';
    out[c.row] += utf8Length(JSON.stringify(c.value)) + utf8Length(JSON.stringify(fmt)) - 15;
    if (c.style) out[c.row] += 12;
    if (c.comment) out[c.row] += utf8Length(c.comment);
  }
  return out;
}

/** Estimated request bytes of writing these layouts in one request. */
export function estimateRequestBytes(layouts: SheetLayout[]): number {
  return layouts.reduce((n, l) => n + rowRequestBytes(l).reduce((a, b) => a + b, 0), 0);
}

/** Row blocks [from, to) of a layout, each estimated at most `budget` bytes (a larger row alone). */
export function rowBlocks(layout: SheetLayout, budget = LARGE_REQUEST_BYTES): [number, number][] {
  const costs = rowRequestBytes(layout);
  const blocks: [number, number][] = [];
  let from = 0;
  let size = 0;
  costs.forEach((c, r) => {
    if (r > from && size + c > budget) {
      blocks.push([from, r]);
      from = r;
      size = 0;
    }
    size += c;
  });
  if (costs.length > from) blocks.push([from, costs.length]);
  return blocks;
}

function sameName(a: string | null, b: string): boolean {
  return a !== null && a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

function codeOf(e: unknown): string {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : '';
}

interface NewSheet {
  target: SheetToWrite;
  ws: Excel.Worksheet;
}

/** One attempt: its temporary names, what it created, how far it got. */
class WriteJob {
  readonly token = newToken();
  /** Worksheet.id of the new sheets, once W1 has synced. */
  createdIds: string[] = [];
  /** 'content' until W1 (or its split) has synced, then 'swap'. */
  phase: 'content' | 'swap' = 'content';
  syncs = 0;
  split = false;

  constructor(
    readonly read: ReadResult,
    readonly targets: SheetToWrite[],
    readonly opts: WriteOptions,
  ) {}

  private async sync(context: Excel.RequestContext, requestBytes = 0): Promise<void> {
    this.opts.onRequest?.(requestBytes);
    await context.sync();
    this.syncs++;
  }

  private addTemp(context: Excel.RequestContext, attempt: string): NewSheet[] {
    return this.targets.map((target, i) => {
      const ws = context.workbook.worksheets.add(tempSheetName(this.token, i, attempt));
      ws.visibility = Excel.SheetVisibility.veryHidden;
      ws.load('id');
      return { target, ws };
    });
  }

  async write(context: Excel.RequestContext): Promise<void> {
    const mode = this.opts.comments ?? false;
    // ---- W1: everything into new, very hidden sheets ------------------------
    let news = this.addTemp(context, '');
    let checks: TextCheck[] = [];
    for (const n of news) {
      queueSheet(n.ws, n.target.layout);
      queueChartAndComments(context, n.ws, n.target.layout, tempSheetName(this.token, news.indexOf(n)), mode);
      checks.push(...queueTextChecks(n.ws, n.target.layout));
    }
    const estimate = estimateRequestBytes(this.targets.map((t) => t.layout));
    try {
      await this.sync(context, estimate);
    } catch (e) {
      if (!isLikelyPayloadLimit(e, { requestBytes: estimate })) throw e;
      this.split = true;
      ({ news, checks } = await this.writeSplit(context, e));
    }
    this.createdIds = news.map((n) => n.ws.id);
    this.phase = 'swap';

    // ---- W2: the swap ---------------------------------------------------------
    const sheets = context.workbook.worksheets;
    const names = context.workbook.names;
    repairParsedText(checks);
    const used = new Set(this.read.markerNames.map((n) => n.toUpperCase()));
    const leftovers = this.read.leftoverSheets;
    for (const m of this.read.markers) {
      if (m.sheet === null || leftovers.some((l) => sameName(m.sheet, l))) {
        names.getItem(m.name).delete();
        used.delete(m.name.toUpperCase());
      }
    }
    const retired: { ws: Excel.Worksheet; markers: string[] }[] = [];
    this.targets.forEach((t, i) => {
      if (!t.replaces) return;
      const old = sheets.getItem(t.layout.name);
      old.name = retiredSheetName(this.token, i);
      old.visibility = Excel.SheetVisibility.veryHidden;
      const markers = this.read.markers.filter((m) => sameName(m.sheet, t.layout.name)).map((m) => m.name);
      retired.push({ ws: old, markers });
    });
    // A replacement takes the old sheet's place in the tab bar (the new sheets were added at the end):
    // in the old sheets' order, each goes to the old one's index plus the new sheets already put before it.
    const places = news
      .map((n) => ({
        n,
        at: n.target.replaces
          ? this.read.sheets.find((x) => x.generated && sameName(x.name, n.target.layout.name))?.position
          : undefined,
      }))
      .filter((p): p is { n: NewSheet; at: number } => typeof p.at === 'number')
      .sort((a, b) => a.at - b.at);
    places.forEach((p, k) => (p.n.ws.position = p.at + k));
    for (const n of news) {
      const name = n.target.layout.name;
      n.ws.name = name;
      n.ws.visibility = Excel.SheetVisibility.visible;
      // An input sheet for the staff (the chain's template and consolidated sheets,
      // layout.generated === false): no marker, so it is read like a sheet of theirs;
      // its protection (no password) comes last, after the text repair above.
      if (n.target.layout.generated === false) {
        queueProtection(n.ws, n.target.layout);
        continue;
      }
      let marker = generatedMarkerName(name);
      for (let k = 2; used.has(marker.toUpperCase()); k++) marker = generatedMarkerName(`${name}#${k}`);
      used.add(marker.toUpperCase());
      // A Range (not a text reference): Excel stores ='<sheet>'!$A$1 and keeps it on the sheet when renamed.
      names.add(marker, n.ws.getRange('$A$1'));
    }
    // the second mark (sheetMarks.ts): the program's sheets still present, with their current names, and the new ones
    const marks = [
      ...this.read.sheets
        .filter((x) => x.generated && x.id && !this.targets.some((t) => t.replaces && sameName(x.name, t.layout.name)))
        .map((x) => ({ id: x.id!, name: x.name })),
      // an input sheet for the staff (layout.generated === false) carries no mark of either kind
      ...news
        .map((n, i) => ({
          id: this.createdIds[i],
          name: n.target.layout.name,
          ours: n.target.layout.generated !== false,
        }))
        .filter((m) => m.ours)
        .map(({ id, name }) => ({ id, name })),
    ];
    const part = this.read.sheetMarks.partIds[0];
    if (part) context.workbook.customXmlParts.getItem(part).setXml(sheetMarksXml(marks));
    else context.workbook.customXmlParts.add(sheetMarksXml(marks));
    const activate = this.opts.activate ?? this.targets[0]?.layout.name;
    const shown = news.find((n) => n.target.layout.name === activate);
    if (shown) {
      shown.ws.activate();
      shown.ws.getRange('A1').select();
    }
    if (this.opts.rememberPeriod) context.workbook.properties.custom.add(PERIOD_PROPERTY, this.opts.rememberPeriod);
    // The commit point: from here on only deletions (a failure after it is finished by the clean-up).
    for (const r of retired) {
      r.ws.visibility = Excel.SheetVisibility.hidden; // a very hidden sheet cannot be deleted
      r.ws.delete();
      for (const m of r.markers) names.getItem(m).delete(); // now #REF!
    }
    for (const l of leftovers) {
      const ws = sheets.getItem(l);
      ws.visibility = Excel.SheetVisibility.hidden;
      ws.delete();
    }
    await this.sync(context);
  }

  /**
   * W1 again after Excel refused it as too large (nothing of it ran): fresh
   * temporary sheets with their settings, then each sheet's rows in blocks
   * below LARGE_REQUEST_BYTES (a refused block is halved), then merges, chart,
   * notes and the text read-back. A bounded number of round trips.
   */
  private async writeSplit(
    context: Excel.RequestContext,
    refused: unknown,
  ): Promise<{ news: NewSheet[]; checks: TextCheck[] }> {
    const mode = this.opts.comments ?? false;
    // Did the refused request create anything after all (not documented either way for a bare GeneralException)?
    const earlier = this.targets.map((_, i) =>
      context.workbook.worksheets.getItemOrNullObject(tempSheetName(this.token, i)),
    );
    const news = this.addTemp(context, 'b');
    for (const n of news) queueSheetSetup(n.ws, n.target.layout);
    await this.sync(context);
    // Something of it ran: not a size refusal; give up with it (the clean-up removes those sheets).
    if (earlier.some((x) => !x.isNullObject)) throw refused;
    for (const n of news) {
      const pending = rowBlocks(n.target.layout).reverse();
      while (pending.length > 0) {
        const [from, to] = pending.pop()!;
        queueSheetRows(n.ws, n.target.layout, from, to);
        const bytes = rowRequestBytes(n.target.layout)
          .slice(from, to)
          .reduce((a, b) => a + b, 0);
        try {
          // A sync in a loop, on purpose: the documented split of a write Excel refused as too large, bounded by the row blocks.
          await this.sync(context, bytes);
        } catch (e) {
          if (!isLikelyPayloadLimit(e, { requestBytes: bytes }) || to - from < 2) throw e;
          const mid = from + Math.floor((to - from) / 2);
          pending.push([mid, to], [from, mid]);
        }
      }
    }
    const checks: TextCheck[] = [];
    news.forEach((n, i) => {
      queueMerges(n.ws, n.target.layout);
      queueChartAndComments(context, n.ws, n.target.layout, tempSheetName(this.token, i, 'b'), mode);
      checks.push(...queueTextChecks(n.ws, n.target.layout));
    });
    await this.sync(context);
    return { news, checks };
  }

  /**
   * After a failed write (in its own Excel.run, never in an undo group, which
   * refuses Worksheet.delete): roll back, or finish the swap if it had passed
   * its commit point. True when the write counts as done.
   */
  async cleanUp(context: Excel.RequestContext): Promise<boolean> {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility,items/id');
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    const period = context.workbook.properties.custom.getItemOrNullObject(PERIOD_PROPERTY);
    period.load('value');
    const markParts = context.workbook.customXmlParts.getByNamespace(SHEET_MARKS_NAMESPACE);
    markParts.load('items/id');
    await context.sync();
    const items = sheets.items;
    const present = new Set(items.map((ws) => ws.id));
    const oldIds = this.targets
      .filter((t) => t.replaces)
      .map((t) => this.read.sheets.find((s) => s.generated && sameName(s.name, t.layout.name))?.id)
      .filter((id): id is string => typeof id === 'string');
    const committed = this.phase === 'swap' && oldIds.some((id) => !present.has(id));
    const markersOf = (sheet: string) =>
      names.items.filter((n) => isGeneratedMarkerName(n.name) && sameName(markerSheetName(n.formula), sheet));
    let queued = false;
    const remove = (ws: Excel.Worksheet) => {
      for (const n of markersOf(ws.name)) n.delete();
      if (ws.visibility === Excel.SheetVisibility.veryHidden) ws.visibility = Excel.SheetVisibility.hidden;
      ws.delete();
      queued = true;
    };
    if (committed) {
      for (const ws of items) if (retiredIndex(this.token, ws.name) !== null) remove(ws);
      // markers of the deleted old sheets (#REF! now)
      for (const n of names.items) {
        if (isGeneratedMarkerName(n.name) && markerSheetName(n.formula) === null) {
          n.delete();
          queued = true;
        }
      }
    } else {
      for (const ws of items) {
        if (this.createdIds.includes(ws.id) || (isSheetOfWrite(this.token, ws.name) && !ws.name.includes('_OLD_')))
          remove(ws);
      }
      for (const ws of items) {
        const i = retiredIndex(this.token, ws.name);
        if (i === null) continue;
        const name = this.targets[i].layout.name;
        ws.name = name;
        ws.visibility = (this.read.sheets.find((s) => s.id === ws.id)?.visibility ??
          Excel.SheetVisibility.visible) as Excel.SheetVisibility;
        queued = true;
      }
      if (this.phase === 'swap' && this.opts.rememberPeriod) {
        const before = this.read.rememberedPeriod;
        if (before) context.workbook.properties.custom.add(PERIOD_PROPERTY, before);
        else if (!period.isNullObject) period.delete();
        queued = true;
      }
      if (this.phase === 'swap') {
        // the sheet marks as they were (or none, as there were none)
        const before = this.read.sheetMarks.partIds;
        // eslint-disable-next-line office-addins/load-object-before-read -- loaded above ('items/id') and synced
        for (const p of markParts.items) {
          if (p.id === before[0]) p.setXml(sheetMarksXml(this.read.sheetMarks.marks));
          else if (!before.includes(p.id)) p.delete();
        }
        // back on the sheet the user was on (the swap may have activated the new report)
        sheets.getItem(this.read.activeSheet).activate();
        queued = true;
      }
    }
    if (queued) await context.sync();
    return committed;
  }
}

/**
 * Writes `targets` into the workbook all or nothing (see the file comment),
 * in its own Excel.run(s) through `run`. `read` is what readWorkbook returned
 * (markers, leftovers, ids, visibility, the remembered period). Throws the
 * ORIGINAL error of a failed write after cleaning up; resolves when every
 * sheet is in place.
 */
export async function writeSheetsAllOrNothing(
  run: RunWithOptions,
  read: ReadResult,
  targets: SheetToWrite[],
  opts: WriteOptions = {},
): Promise<WriteOutcome> {
  // Every text XML-safe and within Excel's cell limit (engine/layout/safeText.ts).
  const safe = targets.map((t) => ({ ...t, layout: safeLayout(t.layout).layout }));
  const deletes = safe.some((t) => t.replaces) || read.leftoverSheets.length > 0;
  let group = opts.undoGroup === true && !deletes;
  for (;;) {
    const job = new WriteJob(read, safe, opts);
    const options: Excel.RunOptions = group
      ? { mergeUndoGroup: true, delayForCellEdit: true }
      : { delayForCellEdit: true };
    try {
      await run(options, (context) => job.write(context));
      return { split: job.split, syncs: job.syncs };
    } catch (e) {
      let done = false;
      try {
        done = await run({ delayForCellEdit: true }, (context) => job.cleanUp(context));
      } catch {
        // The clean-up failed too: the user is told the original error; the
        // very hidden temporary sheets are removed by the next write (read.ts).
      }
      if (done) return { split: job.split, syncs: job.syncs };
      // Excel refused to group the write into one undo step: write again without grouping.
      if (group && codeOf(e) === 'UndoNotSupported') {
        group = false;
        continue;
      }
      throw e;
    }
  }
}
