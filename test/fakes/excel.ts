/**
 * A small but faithful fake of the Excel JavaScript API subset that
 * src/hosts/office uses, for tests in Node.
 *
 * Faithful where it matters:
 * - proxies QUEUE every write and load; nothing happens until context.sync();
 * - reading a property that was not loaded (and synced) throws
 *   PropertyNotLoaded, like Office.js;
 * - syncs are COUNTED (per fake, per context) and the size of each sync's
 *   response is estimated (JSON length of what was loaded);
 * - Range.values follows Excel's documented rule: a string starting with
 *   "=", "+" or "-" becomes a formula (and a number-, percent- or
 *   date-looking string a number) UNLESS the cell's number format is "@"
 *   (Text) when the value is written; null in a matrix leaves a cell
 *   unchanged, '' clears it (numberFormat '' resets to General);
 * - operations run in order at sync; the first failing one rejects the sync
 *   (earlier ones stay applied, as in Excel); writes to a protected sheet fail
 *   with AccessDenied; getItem of a missing sheet fails with ItemNotFound;
 * - cell edit mode makes every sync fail with InvalidOperationInCellEditMode
 *   unless Excel.run was given { delayForCellEdit: true };
 * - errors carry Excel's codes with LOCALISED messages: on a Vietnamese
 *   Office (the default) the text is Vietnamese, so only `code` can be
 *   relied on (VI_MESSAGES); `fx.failSync` makes a chosen sync fail by code;
 * - Worksheet.protection.protected (ExcelApi 1.2) is loadable; protect()
 *   (fails on a sheet already protected, as documented) and unprotect() set
 *   it; cells are locked unless format.protection.locked was set to false;
 * - Range / RangeAreas.dataValidation (ExcelApi 1.8 / 1.9): rule, errorAlert,
 *   prompt, ignoreBlanks are recorded per area (FakeSheet.validations); a rule
 *   must hold exactly one criterion, titles ≤ 32 and messages ≤ 255
 *   characters (Excel's limits) else InvalidArgument.
 * - for the all-or-nothing write (issue 12): Worksheet.id, rename (names
 *   follow), visibility (last visible sheet, hidden sheets not activatable),
 *   Worksheet.delete as documented (not VeryHidden, not in an undo group,
 *   clears undo, names turn #REF!), workbook structure protection, custom
 *   XML parts (ExcelApi 1.5), a REQUEST size limit (`requestLimit`, 5 MB on
 *   the web) besides the response one, and `failSync.afterOps` cuts.
 *
 * Install with `const fx = new FakeExcel(); fx.install()` (sets the globals
 * Excel and Office) and `fx.uninstall()` afterwards.
 */
import type { WorkbookGrid } from '../../src/engine/types';
import { columnLetter as colName } from '../../src/engine/normalize';

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

export type CellValue = string | number | boolean;

export interface CellFormat {
  fontName?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
  /** format.protection.locked; absent = locked (Excel's default). */
  locked?: boolean;
}

/** One data-validation entry (Range.dataValidation) over an area. */
export interface FakeValidation {
  area: Area;
  rule?: Record<string, unknown>;
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface FakeCell {
  /** '' = empty. */
  value: CellValue;
  formula?: string;
  error?: boolean;
  numberFormat: string;
  format: CellFormat;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  series: { name?: string; values: string; xValues?: string }[];
  position?: { from: string; to?: string };
}

export interface FakeConditional {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

let nextSheetId = 0;

export class FakeSheet {
  /** Worksheet.id: stays with the sheet when it is renamed or moved; a new sheet (or a copy) gets a new one. */
  readonly id = `{00000000-0001-0000-${String(++nextSheetId).padStart(4, '0')}-000000000000}`;
  visibility = 'Visible';
  protected = false;
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** 0-based indexes of hidden columns / rows (Format → Hide). */
  hiddenCols = new Set<number>();
  hiddenRows = new Set<number>();
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  printTitleRows: string | null = null;
  /** PageLayout.setPrintArea: the address as given ("A1:J40"). */
  printArea: string | null = null;
  conditional: FakeConditional[] = [];
  charts: FakeChart[] = [];
  comments: { id: string; address: string; content: string }[] = [];
  notes: { address: string; content: string }[] = [];
  tabColor = '';
  showGridlines = true;
  validations: FakeValidation[] = [];
  /** The options and password given to protection.protect(), while protected by it. */
  protectionOptions: { options: Record<string, unknown>; password?: string } | null = null;
  constructor(public name: string) {}

  /** The validation covering the cell at an A1 address, if any. */
  validationAt(address: string): FakeValidation | undefined {
    const { row, col } = parseA1(address);
    return this.validations.find(
      (v) => row >= v.area.row && row < v.area.row + v.area.rows && col >= v.area.col && col < v.area.col + v.area.cols,
    );
  }
  /** Whether the cell is locked (format.protection.locked; Excel's default is locked). */
  lockedAt(address: string): boolean {
    return this.cell(address)?.format.locked !== false;
  }

  key(r: number, c: number): string {
    return `${r},${c}`;
  }
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  ensure(r: number, c: number): FakeCell {
    let cell = this.cells.get(this.key(r, c));
    if (!cell) {
      cell = { value: '', numberFormat: 'General', format: {} };
      this.cells.set(this.key(r, c), cell);
    }
    return cell;
  }
  /** Value at an A1 address ('' when empty). */
  value(address: string): CellValue {
    const { row, col } = parseA1(address);
    return this.get(row, col)?.value ?? '';
  }
  cell(address: string): FakeCell | undefined {
    const { row, col } = parseA1(address);
    return this.get(row, col);
  }
  /** Bounding box of the cells that have a value (valuesOnly) or anything at all. */
  usedArea(valuesOnly: boolean): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '') continue;
      if (!valuesOnly && cell.value === '' && cell.numberFormat === 'General' && Object.keys(cell.format).length === 0)
        continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  /** Values as a matrix (rows of values, '' for empty), from A1 to the last used cell. */
  valuesMatrix(): CellValue[][] {
    const a = this.usedArea(true);
    if (!a) return [];
    const out: CellValue[][] = [];
    for (let r = 0; r < a.row + a.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < a.col + a.cols; c++) row.push(this.get(r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string; visible: boolean }[] = [];
  customProperties = new Map<string, string | number | boolean>();
  /** Custom XML parts (ExcelApi 1.5): invisible in Excel's interface, stored in the file. */
  customXml: { id: string; xml: string }[] = [];
  settings = new Map<string, unknown>();
  private active: FakeSheet | null = null;
  /**
   * The active sheet's name. Kept as the sheet itself, so a test that renames
   * a sheet in the model directly does not lose it; a sheet a test removed
   * from `sheets` hands over to the first visible one (Excel always has one).
   */
  get activeSheet(): string {
    if (this.active && !this.sheets.includes(this.active)) this.active = null;
    if (!this.active) this.active = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
    return this.active?.name ?? '';
  }
  set activeSheet(name: string) {
    this.active = this.find(name) ?? null;
  }
  selection: { sheet: string; address: string } | null = null;

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }
  /** Points every defined name that refers to sheet `from` at `to` (a quoted sheet name, or '#REF!'). */
  retargetNames(from: string, to: string): void {
    const refs = [quoteSheet(from), `'${from.replace(/'/g, "''")}'`];
    for (const n of this.names) {
      for (const r of refs) {
        if (n.formula.startsWith(`=${r}!`)) {
          n.formula = `=${to}!${n.formula.slice(r.length + 2)}`;
          break;
        }
      }
    }
  }
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }
}

// ---------------------------------------------------------------------------
// Errors and addresses
// ---------------------------------------------------------------------------

/**
 * Office localises error messages; only `code` is stable. On a Vietnamese
 * Office (fx.displayLanguage 'vi-…', the default) the fake raises these codes
 * with Vietnamese text, as Excel does, so code that matches English words in
 * a message fails its tests. Other display languages keep the English text
 * given at the throw site. Codes not listed (PropertyNotLoaded, the fake's own
 * "fake: …" errors) stay English: they are programming errors, not Excel's
 * answers to a user's workbook.
 */
const VI_MESSAGES: Record<string, string> = {
  AccessDenied: 'Bạn không thể thực hiện thao tác được yêu cầu.',
  ApiNotFound: 'Không tìm thấy API bạn đang cố sử dụng. API có thể khả dụng trong phiên bản Excel mới hơn.',
  GeneralException: 'Đã xảy ra lỗi nội bộ khi xử lý yêu cầu.',
  InactiveWorkbook:
    'Thao tác không thành công vì nhiều sổ làm việc đang mở và sổ làm việc được API này gọi đã mất tiêu điểm.',
  InvalidArgument: 'Đối số không hợp lệ, bị thiếu hoặc có định dạng không đúng.',
  InvalidOperation: 'Thao tác đã thử không hợp lệ trên đối tượng.',
  InvalidOperationInCellEditMode:
    'Thao tác không sẵn dùng khi Excel đang ở chế độ Sửa ô. Hãy thoát chế độ Sửa bằng phím Enter hoặc Tab, hoặc bằng cách chọn một ô khác, rồi thử lại.',
  ItemAlreadyExists: 'Tài nguyên đang được tạo đã tồn tại.',
  ItemNotFound: 'Tài nguyên được yêu cầu không tồn tại.',
  MemoryLimitReached: 'Đã đạt đến giới hạn bộ nhớ. Không thể hoàn tất hành động của bạn.',
  RangeExceedsLimit: 'Số ô trong phạm vi đã vượt quá số tối đa được hỗ trợ.',
  RequestPayloadSizeLimitExceeded: 'Kích thước tải trọng yêu cầu đã vượt quá giới hạn.',
  ResponsePayloadSizeLimitExceeded: 'Kích thước tải trọng phản hồi đã vượt quá giới hạn.',
  UndoNotSupported: 'Thao tác không thể được nhóm vào một bước hoàn tác.',
  EditModeCannotPerformOperation: 'Không thể thực hiện thao tác khi đang ở chế độ sửa.',
  ApiNotAvailable: 'API được yêu cầu không khả dụng.',
  NotImplemented: 'Tính năng được yêu cầu chưa được triển khai.',
  UnsupportedOperation: 'Thao tác đang được thử không được hỗ trợ.',
  OperationCellsExceedLimit: 'Thao tác đã thử ảnh hưởng đến nhiều ô hơn giới hạn cho phép.',
};

/** Display language of the fake whose run is in progress (set by FakeExcel.run and each sync). */
let errorLanguage = 'vi-VN';

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** `message` is the English text; on a Vietnamese Office the code's Vietnamese text is used instead. */
  constructor(code: string, message: string, location?: string) {
    if (errorLanguage.toLowerCase().startsWith('vi') && VI_MESSAGES[code]) message = VI_MESSAGES[code];
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `fake: bad cell address ${ref}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** "A1", "A1:C3", "$1:$3" (rows), "B:B" (columns), optionally "'Sheet'!…" → sheet + area. */
export function parseAddress(address: string): { sheet: string | null; area: Area } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.split(':');
  const rowsOnly = /^\$?\d+$/;
  const colsOnly = /^\$?[A-Z]+$/i;
  if (rowsOnly.test(a) && rowsOnly.test(b)) {
    const r0 = Number(a.replace('$', '')) - 1;
    const r1 = Number(b.replace('$', '')) - 1;
    return { sheet, area: { row: r0, col: 0, rows: r1 - r0 + 1, cols: MAX_COLS } };
  }
  if (colsOnly.test(a) && colsOnly.test(b)) {
    const c0 = colIndex(a.replace('$', ''));
    const c1 = colIndex(b.replace('$', ''));
    return { sheet, area: { row: 0, col: c0, rows: MAX_ROWS, cols: c1 - c0 + 1 } };
  }
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    sheet,
    area: {
      row: Math.min(p.row, q.row),
      col: Math.min(p.col, q.col),
      rows: Math.abs(q.row - p.row) + 1,
      cols: Math.abs(q.col - p.col) + 1,
    },
  };
}

export function areaAddress(a: Area): string {
  const tl = `${colName(a.col)}${a.row + 1}`;
  if (a.rows === 1 && a.cols === 1) return tl;
  return `${tl}:${colName(a.col + a.cols - 1)}${a.row + a.rows}`;
}

function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---------------------------------------------------------------------------
// Request context and proxies
// ---------------------------------------------------------------------------

type Op = () => void;

/** UTF-8 length of a string (the fake also runs in the browser tests: no Buffer). */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Request size (bytes) of one queued action without its arguments (object path, ids, action type). */
export const OP_OVERHEAD = 80;

export interface FailSpec {
  /** The sync (1-based) counted from when the injection was armed (set, or the previous one fired), across runs. */
  sync: number;
  code: string;
  message?: string;
  /** Run this many of the sync's operations first (Excel applies a batch in order and stops at the failure); default 0. */
  afterOps?: number;
}

export class FakeRequestContext {
  /** Adding, deleting, renaming, moving, hiding a sheet with the structure protected: Excel's AccessDenied. */
  refuseIfStructureProtected(): void {
    if (this.fake.workbookProtected)
      throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
  }
  ops: Op[] = [];
  /** Request size of each queued operation (UTF-8 bytes of its arguments' JSON + OP_OVERHEAD). */
  opSizes: number[] = [];
  syncs = 0;
  /** JSON length of what each sync returned. */
  responseBytes: number[] = [];
  private loadedBytes = 0;
  readonly workbook: FakeWorkbookProxy;
  constructor(
    readonly fake: FakeExcel,
    readonly options: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean },
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** `size`: UTF-8 bytes of the JSON of the operation's arguments (values, formats, addresses, texts). */
  queue(op: Op, size = 0): void {
    this.ops.push(op);
    this.opSizes.push(OP_OVERHEAD + size);
  }
  /**
   * An API from ExcelApi `version`: on a host without that set the sync fails
   * with ApiNotFound, as Office.js does (the proxy exists, the host refuses it).
   */
  requireSet(version: string, api: string): void {
    if (this.fake.isSetSupported('ExcelApi', version)) return;
    this.queue(() => {
      throw new FakeOfficeError(
        'ApiNotFound',
        `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
      );
    });
  }
  noteLoaded(v: unknown): void {
    this.loadedBytes += JSON.stringify(v ?? null).length;
  }
  async sync(): Promise<void> {
    this.syncs++;
    this.fake.syncCount++;
    const ops = this.ops;
    const requestBytes = this.opSizes.reduce((n, x) => n + x, 0);
    this.ops = [];
    this.opSizes = [];
    this.loadedBytes = 0;
    await Promise.resolve();
    errorLanguage = this.fake.displayLanguage;
    this.fake.requestBytes.push(requestBytes);
    this.fake.opCounts.push(ops.length);
    const inject = this.fake.takeInjection();
    if (inject && !inject.afterOps) {
      // Fault injection: this round trip fails before any of its operations runs.
      throw new FakeOfficeError(inject.code, inject.message ?? 'An internal error has occurred.');
    }
    if (this.fake.cellEditMode && !this.options.delayForCellEdit) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (this.fake.refuseUndoGroup && this.options.mergeUndoGroup && ops.length > 0) {
      throw new FakeOfficeError('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
    }
    if (this.fake.requestLimit > 0 && requestBytes > this.fake.requestLimit) {
      // The request is refused as a whole: none of its operations runs.
      // Excel on the web answers RequestPayloadSizeLimitExceeded (documented), or a bare GeneralException.
      const code = this.fake.requestLimitCode;
      throw new FakeOfficeError(
        code,
        code === 'GeneralException'
          ? 'An internal error has occurred.'
          : 'The request payload size has exceeded the limit.',
      );
    }
    let done = 0;
    for (const op of ops) {
      if (inject && done === inject.afterOps) {
        throw new FakeOfficeError(inject.code, inject.message ?? 'An internal error has occurred.');
      }
      op();
      done++;
    }
    if (inject) throw new FakeOfficeError(inject.code, inject.message ?? 'An internal error has occurred.');
    this.responseBytes.push(this.loadedBytes);
    this.fake.responseBytes.push(this.loadedBytes);
    if (this.fake.payloadLimit > 0 && this.loadedBytes > this.fake.payloadLimit) {
      // What is measured is the response (what was loaded): Excel's code for that is the Response… one.
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
  }
  get model(): FakeWorkbookModel {
    return this.fake.model;
  }
}

/** Base of every proxy: load() queues a snapshot; reading an unloaded property throws. */
abstract class FakeProxy {
  protected loaded = new Map<string, unknown>();
  private nullKnown = false;
  private nullValue = false;
  constructor(readonly ctx: FakeRequestContext) {}
  protected abstract snapshot(prop: string): unknown;
  /** Whether the object exists (null objects only). */
  protected exists(): boolean {
    return true;
  }
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
  load(spec?: string | string[] | Record<string, unknown>): this {
    const props =
      typeof spec === 'string'
        ? spec
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : Array.isArray(spec)
          ? spec
          : spec
            ? Object.keys(spec)
            : [];
    this.ctx.queue(() => {
      this.markNull();
      if (this.nullValue) return;
      for (const p of props) {
        const v = this.snapshot(p);
        this.loaded.set(p, v);
        this.ctx.noteLoaded(v);
      }
    });
    return this;
  }
  protected markNull(): void {
    this.nullKnown = true;
    this.nullValue = !this.exists();
  }
  /** Queues the null check so that isNullObject is known after the next sync. */
  protected trackNull(): void {
    this.ctx.queue(() => this.markNull());
  }
  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.nullValue;
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly properties: { custom: FakeCustomPropertyCollection };
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly comments: FakeCommentCollection;
  /** WorkbookProtection (ExcelApi 1.7): `protected` = the structure is protected (fx.workbookProtected). */
  readonly protection: FakeWorkbookProtection;
  constructor(readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.properties = { custom: new FakeCustomPropertyCollection(ctx) };
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
    this.comments = new FakeCommentCollection(ctx, null);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorkbookProtection extends FakeProxy {
  override load(spec?: string | string[] | Record<string, unknown>): this {
    this.ctx.requireSet('1.7', 'WorkbookProtection.protected');
    return super.load(spec);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return this.ctx.fake.workbookProtected;
    throw new FakeOfficeError('InvalidArgument', `fake: WorkbookProtection.${prop} not supported`);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
}

// ---- worksheets -----------------------------------------------------------

type SheetResolver = () => FakeSheet | null;

class FakeWorksheetCollection extends FakeProxy {
  private itemList: FakeWorksheet[] | null = null;
  protected snapshot(): unknown {
    return undefined;
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = typeof spec === 'string' ? spec.split(',').map((s) => s.trim()) : [];
    const props = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.ctx.queue(() => {
      this.itemList = this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => this.ctx.model.sheets.find((x) => x === s) ?? null);
        ws.fill(props);
        return ws;
      });
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  /**
   * Like Office.js, the proxy is bound to the sheet it first resolves to (by
   * name, at the sync): renaming it later in the same batch does not make
   * later operations on the proxy look the name up again.
   */
  private bound(name: string): () => FakeSheet | null {
    let found: FakeSheet | null = null;
    return () => {
      const model = this.ctx.model;
      if (found) return model.sheets.includes(found) ? found : null;
      found = model.find(name) ?? null;
      return found;
    };
  }
  getItem(name: string): FakeWorksheet {
    const resolve = this.bound(name);
    return new FakeWorksheet(this.ctx, () => {
      const s = resolve();
      if (!s)
        throw new FakeOfficeError(
          'ItemNotFound',
          `The requested resource doesn't exist.`,
          'WorksheetCollection.getItem',
        );
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, this.bound(name), true);
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.find(this.ctx.model.activeSheet) ?? null);
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const model = this.ctx.model;
    this.ctx.queue(() => {
      const n = name ?? `Sheet${model.sheets.length + 1}`;
      if (model.find(n))
        throw new FakeOfficeError('ItemAlreadyExists', 'The resource already exists.', 'WorksheetCollection.add');
      if (n.length > 31 || /[:\\/?*[\]]/.test(n) || n.trim() === '') {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      this.ctx.refuseIfStructureProtected();
      created = model.addSheet(n);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly comments: FakeCommentCollection;
  readonly notes: FakeNoteCollection;
  /** Worksheet.protection (ExcelApi 1.2): `protected` loadable like any property. */
  readonly protection: FakeWorksheetProtection;
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: SheetResolver,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) this.trackNull();
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    this.comments = new FakeCommentCollection(ctx, this);
    this.notes = new FakeNoteCollection(ctx, this);
  }
  protected override exists(): boolean {
    return this.resolve() !== null;
  }
  /** The sheet, or ItemNotFound. */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
    return s;
  }
  /** The sheet, checked for protection (for writes). */
  writable(): FakeSheet {
    const s = this.sheet();
    if (s.protected) {
      throw new FakeOfficeError(
        'AccessDenied',
        'The cell or chart you are trying to change is on a protected sheet.',
        'Range.values',
      );
    }
    return s;
  }
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    if (prop === 'position') return this.ctx.model.sheets.indexOf(s);
    if (prop === 'visibility') return s.visibility;
    if (prop === 'tabColor') return s.tabColor;
    throw new FakeOfficeError('InvalidArgument', `fake: Worksheet.${prop} not supported`);
  }
  get name(): string {
    return this.prop('name');
  }
  /** Rename: Excel keeps every defined name that refers to the sheet pointing at it. */
  set name(v: string) {
    this.ctx.queue(() => {
      const s = this.sheet();
      const model = this.ctx.model;
      this.ctx.refuseIfStructureProtected();
      if (model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', 'The resource already exists.', 'Worksheet.name');
      if (v.length > 31 || /[:\\/?*[\]]/.test(v) || v.trim() === '')
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      model.retargetNames(s.name, quoteSheet(v));
      s.name = v; // the active sheet is tracked as the sheet itself
    }, v.length);
  }
  get id(): string {
    return this.prop('id');
  }
  /** Worksheet.position (ExcelApi 1.1): the zero-based index in the tab bar; setting it moves the sheet. */
  get position(): number {
    return this.prop('position');
  }
  set position(v: number) {
    this.ctx.queue(() => {
      const s = this.sheet();
      const model = this.ctx.model;
      this.ctx.refuseIfStructureProtected();
      if (!Number.isInteger(v) || v < 0 || v >= model.sheets.length)
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const rest = model.sheets.filter((x) => x !== s);
      rest.splice(v, 0, s);
      model.sheets = rest;
    });
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  /** Visible / Hidden / VeryHidden; the last visible sheet cannot be hidden; a hidden active sheet hands over. */
  set visibility(v: string) {
    this.ctx.queue(() => {
      const s = this.sheet();
      const model = this.ctx.model;
      this.ctx.refuseIfStructureProtected();
      if (v !== 'Visible' && !model.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.visibility = v;
      if (v !== 'Visible' && model.activeSheet === s.name)
        model.activeSheet = model.sheets.find((x) => x.visibility === 'Visible')!.name;
    });
  }
  get tabColor(): string {
    return this.prop('tabColor');
  }
  set tabColor(v: string) {
    this.ctx.queue(() => {
      this.writable().tabColor = v;
    });
  }
  /** Worksheet.showGridlines (ExcelApi 1.8), write-only here. */
  set showGridlines(v: boolean) {
    this.ctx.requireSet('1.8', 'Worksheet.showGridlines');
    this.ctx.queue(() => {
      this.sheet().showGridlines = Boolean(v);
    });
  }
  activate(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.model.activeSheet = s.name;
    });
  }
  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.ctx, this, () => ({ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
    const { area } = parseAddress(address);
    return new FakeRange(this.ctx, this, () => area);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({ row, col, rows, cols }));
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.requireSet('1.9', 'Worksheet.getRanges');
    const areas = address.split(',').map((a) => parseAddress(a).area);
    // The address travels once in the request (as the object's path), whatever is then set on it.
    this.ctx.queue(() => undefined, address.length);
    return new FakeRangeAreas(this.ctx, this, areas);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this,
      () => this.sheet().usedArea(Boolean(valuesOnly)) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => this.sheet().usedArea(Boolean(valuesOnly)), true);
  }
  /**
   * Worksheet.delete, as documented: fails on a VeryHidden sheet
   * (InvalidOperation: make it hidden or visible first), is not allowed in an
   * undo group (UndoNotSupported, "Unsupported APIs" of mergeUndoGroup) and
   * clears the user's undo stack. Names referring to the sheet become #REF!.
   */
  delete(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      const model = this.ctx.model;
      if (this.ctx.options.mergeUndoGroup)
        throw new FakeOfficeError('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
      this.ctx.refuseIfStructureProtected();
      if (s.visibility === 'VeryHidden')
        throw new FakeOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.');
      if (s.visibility === 'Visible' && !model.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      model.retargetNames(s.name, '#REF!');
      model.sheets = model.sheets.filter((x) => x !== s);
      if (model.activeSheet === s.name) model.activeSheet = model.sheets.find((x) => x.visibility === 'Visible')!.name;
      this.ctx.fake.undoCleared = true;
    });
  }
}

/** WorksheetProtection (ExcelApi 1.2): only `protected` is modelled (read-only here; tests set FakeSheet.protected). */
class FakeWorksheetProtection extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return this.ws.sheet().protected;
    throw new FakeOfficeError('InvalidArgument', `fake: WorksheetProtection.${prop} not supported`);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
  /** Protects the sheet; fails when it is protected already (Office.js: "Fails if the worksheet has already been protected"). */
  protect(options?: Record<string, unknown>, password?: string): void {
    if (password !== undefined) this.ctx.requireSet('1.7', 'WorksheetProtection.protect(password)');
    this.ctx.queue(() => {
      const s = this.ws.sheet();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      s.protected = true;
      s.protectionOptions = { options: { ...(options ?? {}) }, ...(password !== undefined ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this.ctx.queue(() => {
      const s = this.ws.sheet();
      if (s.protectionOptions?.password && s.protectionOptions.password !== password)
        throw new FakeOfficeError('InvalidArgument', 'The password is incorrect.');
      s.protected = false;
      s.protectionOptions = null;
    });
  }
}

/** Excel's limits on a validation's texts (Data Validation dialog). */
function checkValidationText(title: unknown, message: unknown): void {
  if (typeof title === 'string' && title.length > 32)
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  if (typeof message === 'string' && message.length > 255)
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
}

const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];

/** DataValidation of a Range (ExcelApi 1.8) or RangeAreas (1.9): write-only here, recorded per area. */
class FakeDataValidation {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
    readonly areas: () => Area[],
  ) {
    const setter = (name: 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks', check: (v: unknown) => void) =>
      Object.defineProperty(this, name, {
        set: (v: unknown) =>
          this.ctx.queue(() => {
            const sheet = this.ws.writable();
            check(v);
            for (const a of this.areas()) {
              let entry = sheet.validations.find(
                (x) => x.area.row === a.row && x.area.col === a.col && x.area.rows === a.rows && x.area.cols === a.cols,
              );
              if (!entry) {
                // A new rule replaces what overlapping cells had (the fake drops the overlapped entries whole).
                sheet.validations = sheet.validations.filter((x) => !intersects(x.area, a));
                entry = { area: { ...a } };
                sheet.validations.push(entry);
              }
              (entry as unknown as Record<string, unknown>)[name] =
                v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v;
            }
          }),
        get: () => {
          throw notLoaded(name);
        },
        enumerable: true,
      });
    setter('rule', (v) => {
      const kinds = Object.keys((v ?? {}) as object).filter((k) => RULE_KINDS.includes(k));
      if (kinds.length !== 1)
        throw new FakeOfficeError('InvalidArgument', 'A data validation rule needs one criterion.');
      const body = (v as Record<string, Record<string, unknown>>)[kinds[0]];
      if (kinds[0] === 'list') {
        if (typeof body.source !== 'string' || body.source === '')
          throw new FakeOfficeError('InvalidArgument', 'A list rule needs a source.');
      } else if (kinds[0] !== 'custom') {
        if (body.formula1 === undefined || typeof body.operator !== 'string')
          throw new FakeOfficeError('InvalidArgument', 'A rule needs formula1 and an operator.');
        if (/between/i.test(body.operator) && body.formula2 === undefined)
          throw new FakeOfficeError('InvalidArgument', 'A between rule needs formula2.');
      }
    });
    setter('errorAlert', (v) => {
      const e = v as { title?: unknown; message?: unknown };
      checkValidationText(e?.title, e?.message);
    });
    setter('prompt', (v) => {
      const e = v as { title?: unknown; message?: unknown };
      checkValidationText(e?.title, e?.message);
    });
    setter('ignoreBlanks', () => undefined);
  }
}

class FakeFreezePanes {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
  ) {}
  freezeRows(n: number): void {
    this.ctx.queue(() => {
      this.ws.writable().freeze = { rows: n, cols: 0 };
    });
  }
  freezeColumns(n: number): void {
    this.ctx.queue(() => {
      this.ws.writable().freeze = { rows: 0, cols: n };
    });
  }
  freezeAt(range: FakeRange | string): void {
    this.ctx.queue(() => {
      const a = typeof range === 'string' ? parseAddress(range).area : range.area();
      this.ws.writable().freeze = { rows: a.row + a.rows, cols: a.col + a.cols };
    });
  }
  unfreeze(): void {
    this.ctx.queue(() => {
      this.ws.writable().freeze = null;
    });
  }
}

const PAGE_PROPS = [
  'orientation',
  'paperSize',
  'zoom',
  'topMargin',
  'bottomMargin',
  'leftMargin',
  'rightMargin',
  'headerMargin',
  'footerMargin',
  'centerHorizontally',
];

class FakePageLayout {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
  ) {
    for (const p of PAGE_PROPS) {
      Object.defineProperty(this, p, {
        set: (v: unknown) => {
          this.ctx.requireSet('1.9', `PageLayout.${p}`);
          this.ctx.queue(() => {
            this.ws.writable().pageLayout[p] = v;
          });
        },
        get: () => {
          throw notLoaded(p);
        },
      });
    }
  }
  setPrintTitleRows(rows: string): void {
    this.ctx.requireSet('1.9', 'PageLayout.setPrintTitleRows');
    this.ctx.queue(() => {
      this.ws.writable().printTitleRows = rows;
    });
  }
  /** Office.js accepts a Range, RangeAreas or an address string; the renderer passes an address. */
  setPrintArea(area: string): void {
    this.ctx.requireSet('1.9', 'PageLayout.setPrintArea');
    if (typeof area !== 'string' || !/^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/.test(area))
      throw new Error(`PageLayout.setPrintArea: not an address: ${String(area)}`);
    this.ctx.queue(() => {
      this.ws.writable().printArea = area;
    });
  }
}

// ---- ranges ----------------------------------------------------------------

type AreaResolver = () => Area | null;

function coerceMatrix<T>(v: T | T[][], a: Area): T[][] {
  if (!Array.isArray(v)) return Array.from({ length: a.rows }, () => Array.from({ length: a.cols }, () => v));
  if (v.length !== a.rows || v.some((row) => row.length !== a.cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${v.length}x${v[0]?.length} vs ${a.rows}x${a.cols}).`,
    );
  }
  return v;
}

function evalFormula(formula: string): { value: CellValue; error: boolean } {
  const body = formula.replace(/^=/, '');
  if (/^[\d+\-*/(). ]+$/.test(body)) {
    try {
      const v = Function(`"use strict"; return (${body});`)() as number;
      if (typeof v === 'number' && Number.isFinite(v)) return { value: v, error: false };
    } catch {
      // fall through
    }
  }
  return { value: '#NAME?', error: true };
}

/** Excel's rule for a value written through Range.values. */
export function writeCellValue(cell: FakeCell, v: unknown, textFormatIgnored = false): void {
  if (v === null || v === undefined) return; // null leaves the cell unchanged
  cell.formula = undefined;
  cell.error = false;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s === '') {
    cell.value = '';
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1); // typed-input text prefix: the rest is stored as text
    return;
  }
  if (cell.numberFormat === '@' && !textFormatIgnored) {
    cell.value = s; // Text format: stored literally
    return;
  }
  if (/^[=+-]/.test(s) && s.length > 1) {
    const formula = s.startsWith('=') ? s : `=${s}`;
    const r = evalFormula(formula);
    cell.formula = formula;
    cell.value = r.value;
    cell.error = r.error;
    return;
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    cell.value = Number(s);
    return;
  }
  // Typed-in parsing also turns percentages and day-month dates into numbers
  // (the docs' own example writes '15-Feb' and then gives it a date format).
  if (/^-?\d+(\.\d+)?%$/.test(s)) {
    cell.value = Number(s.slice(0, -1)) / 100;
    if (cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (/^\d{1,2}[-/](\d{1,2}|[A-Za-z]{3})([-/]\d{2,4})?$/.test(s)) {
    cell.value = 45292; // a date serial; the exact day does not matter to the fake
    if (cell.numberFormat === 'General') cell.numberFormat = 'd-mmm';
    return;
  }
  cell.value = s;
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'boolean') return 'Boolean';
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) ? 'Integer' : 'Double';
  return 'String';
}

function eachCell(
  a: Area,
  sheet: FakeSheet,
  fn: (cell: FakeCell, r: number, c: number) => void,
  existingOnly = false,
): void {
  if (existingOnly || a.rows * a.cols > 100000) {
    for (const [k, cell] of [...sheet.cells]) {
      const [r, c] = k.split(',').map(Number);
      if (r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols) fn(cell, r, c);
    }
    return;
  }
  for (let r = a.row; r < a.row + a.rows; r++)
    for (let c = a.col; c < a.col + a.cols; c++) fn(sheet.ensure(r, c), r, c);
}

/** Format object of a Range or RangeAreas: every setter applies to all of `areas()`. */
class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  /** FormatProtection (ExcelApi 1.2): `locked`. */
  readonly protection: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
    readonly areas: () => Area[],
  ) {
    const apply = (fn: (f: CellFormat, cell: FakeCell) => void) =>
      this.ctx.queue(() => {
        const sheet = this.ws.writable();
        for (const a of this.areas()) eachCell(a, sheet, (cell) => fn(cell.format, cell), a.rows * a.cols > 100000);
      });
    const setter = (target: object, name: string, fn: (f: CellFormat, v: unknown) => void) =>
      Object.defineProperty(target, name, {
        set: (v: unknown) => apply((f) => fn(f, v)),
        get: () => {
          throw notLoaded(name);
        },
        enumerable: true,
      });
    this.font = {};
    setter(this.font, 'name', (f, v) => (f.fontName = String(v)));
    setter(this.font, 'size', (f, v) => (f.size = Number(v)));
    setter(this.font, 'bold', (f, v) => (f.bold = Boolean(v)));
    setter(this.font, 'italic', (f, v) => (f.italic = Boolean(v)));
    setter(this.font, 'underline', (f, v) => (f.underline = String(v)));
    setter(this.font, 'color', (f, v) => (f.color = String(v)));
    this.fill = {};
    setter(this.fill, 'color', (f, v) => (f.fill = String(v)));
    this.protection = {};
    setter(this.protection, 'locked', (f, v) => (f.locked = Boolean(v)));
    setter(this, 'horizontalAlignment', (f, v) => (f.hAlign = String(v)));
    setter(this, 'verticalAlignment', (f, v) => (f.vAlign = String(v)));
    setter(this, 'wrapText', (f, v) => (f.wrap = Boolean(v)));
    setter(this, 'indentLevel', (f, v) => (f.indent = Number(v)));
    this.borders = {
      getItem: (edge: string) => {
        const b = {};
        for (const p of ['style', 'weight', 'color']) {
          setter(b, p, (f, v) => {
            f.borders = { ...(f.borders ?? {}) };
            f.borders[edge] = { ...(f.borders[edge] ?? {}), [p]: String(v) };
          });
        }
        return b;
      },
    };
    Object.defineProperty(this, 'columnWidth', {
      set: (v: number) =>
        this.ctx.queue(() => {
          const sheet = this.ws.writable();
          for (const a of this.areas())
            for (let c = a.col; c < a.col + Math.min(a.cols, 1000); c++) sheet.colWidths.set(c, v);
        }),
    });
    Object.defineProperty(this, 'rowHeight', {
      set: (v: number) =>
        this.ctx.queue(() => {
          const sheet = this.ws.writable();
          for (const a of this.areas())
            for (let r = a.row; r < a.row + Math.min(a.rows, 100000); r++) sheet.rowHeights.set(r, v);
        }),
    });
    Object.defineProperty(this, 'useStandardHeight', {
      set: (v: boolean) =>
        this.ctx.queue(() => {
          const sheet = this.ws.writable();
          if (!v) return;
          for (const a of this.areas())
            for (const r of [...sheet.rowHeights.keys()])
              if (r >= a.row && r < a.row + a.rows) sheet.rowHeights.delete(r);
        }),
    });
    Object.defineProperty(this, 'useStandardWidth', {
      set: (v: boolean) =>
        this.ctx.queue(() => {
          const sheet = this.ws.writable();
          if (!v) return;
          for (const a of this.areas())
            for (const c of [...sheet.colWidths.keys()])
              if (c >= a.col && c < a.col + a.cols) sheet.colWidths.delete(c);
        }),
    });
  }
}

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
    readonly resolveArea: AreaResolver,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) this.trackNull();
    this.format = new FakeRangeFormat(ctx, ws, () => [this.area()]);
    this.conditionalFormats = new FakeConditionalFormats(ctx, this);
  }
  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    this.ctx.requireSet('1.8', 'Range.dataValidation');
    return new FakeDataValidation(this.ctx, this.ws, () => [this.area()]);
  }
  protected override exists(): boolean {
    return this.ws.resolve() !== null && this.resolveArea() !== null;
  }
  area(): Area {
    const a = this.resolveArea();
    if (!a) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    return a;
  }
  protected snapshot(prop: string): unknown {
    const sheet = this.ws.sheet();
    const a = this.area();
    const matrix = <T>(fn: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: a.rows }, (_, i) =>
        Array.from({ length: a.cols }, (_, j) => fn(sheet.get(a.row + i, a.col + j))),
      );
    switch (prop) {
      case 'values':
        return matrix((c) => c?.value ?? '');
      case 'valueTypes':
        return matrix(valueType);
      case 'numberFormat':
        return matrix((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return matrix((c) => c?.formula ?? c?.value ?? '');
      case 'rowIndex':
        return a.row;
      case 'columnIndex':
        return a.col;
      case 'rowCount':
        return a.rows;
      case 'columnCount':
        return a.cols;
      case 'address':
        return `${quoteSheet(sheet.name)}!${areaAddress(a)}`;
      default:
        throw new FakeOfficeError('InvalidArgument', `fake: Range.${prop} not supported`);
    }
  }
  get values(): CellValue[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.ctx.queue(
      () => {
        const sheet = this.ws.writable();
        const a = this.area();
        const m = coerceMatrix(v as unknown[][], a);
        m.forEach((row, i) =>
          row.forEach((val, j) =>
            writeCellValue(sheet.ensure(a.row + i, a.col + j), val, this.ctx.fake.textFormatIgnored),
          ),
        );
      },
      utf8Bytes(JSON.stringify(v)),
    );
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: (string | null)[][] | string) {
    this.ctx.queue(
      () => {
        const sheet = this.ws.writable();
        const a = this.area();
        const m = coerceMatrix(v as string[][], a);
        m.forEach((row, i) =>
          row.forEach((f, j) => {
            // null leaves the cell's format unchanged; '' resets it to General (docs: blank and null values)
            if (f !== null && f !== undefined)
              sheet.ensure(a.row + i, a.col + j).numberFormat = f === '' ? 'General' : f;
          }),
        );
      },
      utf8Bytes(JSON.stringify(v)),
    );
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get address(): string {
    return this.prop('address');
  }
  getCellProperties(spec: { format?: { indentLevel?: boolean } }): {
    value: { format?: { indentLevel?: number } }[][];
  } {
    this.ctx.requireSet('1.9', 'Range.getCellProperties');
    const result: { value: { format?: { indentLevel?: number } }[][] } & { ready?: boolean } = {
      get value(): { format?: { indentLevel?: number } }[][] {
        // A ClientResult, not a property: Office.js says ValueNotLoaded.
        throw new FakeOfficeError(
          'ValueNotLoaded',
          'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        );
      },
    } as never;
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      const a = this.area();
      const m = Array.from({ length: a.rows }, (_, i) =>
        Array.from({ length: a.cols }, (_, j) => {
          const cell = sheet.get(a.row + i, a.col + j);
          return spec.format?.indentLevel ? { format: { indentLevel: cell?.format.indent ?? 0 } } : {};
        }),
      );
      this.ctx.noteLoaded(m);
      Object.defineProperty(result, 'value', { value: m });
    });
    return result;
  }
  /** ExcelApi 1.9: one entry per column of the range; only what `spec` asks for is present. */
  getColumnProperties(spec: { columnHidden?: boolean; columnIndex?: boolean }): {
    value: { columnHidden?: boolean; columnIndex?: number }[];
  } {
    this.ctx.requireSet('1.9', 'Range.getColumnProperties');
    return this.lineProperties((sheet, a) =>
      Array.from({ length: a.cols }, (_, j) => ({
        ...(spec.columnHidden ? { columnHidden: sheet.hiddenCols.has(a.col + j) } : {}),
        ...(spec.columnIndex ? { columnIndex: a.col + j } : {}),
      })),
    );
  }
  /** ExcelApi 1.9: one entry per row of the range; only what `spec` asks for is present. */
  getRowProperties(spec: { rowHidden?: boolean; rowIndex?: boolean }): {
    value: { rowHidden?: boolean; rowIndex?: number }[];
  } {
    this.ctx.requireSet('1.9', 'Range.getRowProperties');
    return this.lineProperties((sheet, a) =>
      Array.from({ length: a.rows }, (_, i) => ({
        ...(spec.rowHidden ? { rowHidden: sheet.hiddenRows.has(a.row + i) } : {}),
        ...(spec.rowIndex ? { rowIndex: a.row + i } : {}),
      })),
    );
  }
  /** A ClientResult filled at sync (reading `value` before throws ValueNotLoaded, as in Office.js). */
  private lineProperties<T>(compute: (sheet: FakeSheet, a: Area) => T[]): { value: T[] } {
    const result = {
      get value(): T[] {
        throw new FakeOfficeError(
          'ValueNotLoaded',
          'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        );
      },
    } as { value: T[] };
    this.ctx.queue(() => {
      const m = compute(this.ws.sheet(), this.area());
      this.ctx.noteLoaded(m);
      Object.defineProperty(result, 'value', { value: m });
    });
    return result;
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const a = this.area();
      return { row: 0, col: a.col, rows: MAX_ROWS, cols: a.cols };
    });
  }
  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const a = this.area();
      return { row: a.row, col: 0, rows: a.rows, cols: MAX_COLS };
    });
  }
  merge(across?: boolean): void {
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const a = this.area();
      if (across)
        for (let r = 0; r < a.rows; r++) sheet.merges.push({ row: a.row + r, col: a.col, rows: 1, cols: a.cols });
      else {
        if (sheet.merges.some((m) => intersects(m, a))) {
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.');
        }
        sheet.merges.push({ ...a });
      }
    });
  }
  unmerge(): void {
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const a = this.area();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, a));
    });
  }
  clear(applyTo: string = 'All'): void {
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const a = this.area();
      eachCell(
        a,
        sheet,
        (cell, r, c) => {
          if (applyTo === 'All') sheet.cells.delete(sheet.key(r, c));
          if (applyTo === 'Contents') {
            cell.value = '';
            cell.formula = undefined;
            cell.error = false;
          }
          if (applyTo === 'Formats') {
            cell.format = {};
            cell.numberFormat = 'General';
          }
        },
        true,
      );
    });
  }
  select(): void {
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      if (this.ctx.model.activeSheet !== sheet.name) {
        throw new FakeOfficeError('InvalidOperation', 'Select needs the range on the active sheet.');
      }
      this.ctx.model.selection = { sheet: sheet.name, address: areaAddress(this.area()) };
    });
  }
}

export class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
    readonly areas: Area[],
  ) {
    this.format = new FakeRangeFormat(ctx, ws, () => areas);
  }
  /** RangeAreas.dataValidation (ExcelApi 1.9). */
  get dataValidation(): FakeDataValidation {
    this.ctx.requireSet('1.9', 'RangeAreas.dataValidation');
    return new FakeDataValidation(this.ctx, this.ws, () => this.areas);
  }
}

function absolute(a: Area): string {
  return areaAddress(a).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeConditionalFormats {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {}
  add(type: string): {
    custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown>; font: Record<string, unknown> } };
  } {
    const entry: FakeConditional = { area: { row: 0, col: 0, rows: 0, cols: 0 }, type };
    this.ctx.queue(() => {
      const sheet = this.range.ws.writable();
      entry.area = this.range.area();
      sheet.conditional.push(entry);
    });
    const set = (fn: (v: unknown) => void) => ({
      set: (v: unknown) => this.ctx.queue(() => fn(v)),
      enumerable: true,
    });
    const rule = Object.defineProperties({}, { formula: set((v) => (entry.formula = String(v))) });
    const fill = Object.defineProperties({}, { color: set((v) => (entry.fill = String(v))) });
    const font = Object.defineProperties(
      {},
      { color: set((v) => (entry.fontColor = String(v))), bold: set((v) => (entry.bold = Boolean(v))) },
    );
    return { custom: { rule, format: { fill, font } } };
  }
  clearAll(): void {
    this.ctx.queue(() => {
      const sheet = this.range.ws.writable();
      const a = this.range.area();
      sheet.conditional = sheet.conditional.filter((c) => !intersects(c.area, a));
    });
  }
}

// ---- charts, comments, names, custom properties ---------------------------

class FakeChartItem {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
    readonly chart: () => FakeChart,
    private loadedName: string | null,
  ) {}
  get name(): string {
    if (this.loadedName === null) throw notLoaded('name');
    return this.loadedName;
  }
  set name(v: string) {
    this.ctx.queue(() => {
      this.chart().name = v;
    });
  }
  get title(): Record<string, unknown> {
    return Object.defineProperties(
      {},
      { text: { set: (v: string) => this.ctx.queue(() => (this.chart().title = v)) } },
    );
  }
  get legend(): Record<string, unknown> {
    return Object.defineProperties(
      {},
      { visible: { set: (v: boolean) => this.ctx.queue(() => (this.chart().legendVisible = v)) } },
    );
  }
  get series(): { getItemAt(i: number): Record<string, unknown> } {
    return {
      getItemAt: (i: number) => {
        const s = () => {
          const x = this.chart().series[i];
          if (!x) throw new FakeOfficeError('ItemNotFound', 'No such series.');
          return x;
        };
        return Object.defineProperties(
          {
            setXAxisValues: (r: FakeRange) =>
              this.ctx.queue(() => {
                s().xValues = areaAddress(r.area());
              }),
          },
          { name: { set: (v: string) => this.ctx.queue(() => (s().name = v)) } },
        );
      },
    };
  }
  setPosition(from: string, to?: string): void {
    this.ctx.queue(() => {
      this.chart().position = { from, to };
    });
  }
  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const c = this.chart();
      sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

class FakeChartCollection {
  private itemList: FakeChartItem[] | null = null;
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
  ) {}
  load(_spec?: string): this {
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      this.itemList = sheet.charts.map((c) => new FakeChartItem(this.ctx, this.ws, () => c, c.name));
    });
    return this;
  }
  get items(): FakeChartItem[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChartItem {
    let chart: FakeChart | null = null;
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const a = source.area();
      chart = {
        id: ++this.ctx.fake.nextId,
        name: `Chart ${this.ctx.fake.nextId}`,
        type,
        source: areaAddress(a),
        seriesBy,
        series: [{ values: areaAddress(a) }],
      };
      sheet.charts.push(chart);
    });
    return new FakeChartItem(
      this.ctx,
      this.ws,
      () => {
        if (!chart) throw new FakeOfficeError('ItemNotFound', 'Chart was not created.');
        return chart;
      },
      null,
    );
  }
}

class FakeCommentCollection {
  private itemList: { id: string; delete(): void }[] | null = null;
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet | null,
  ) {}
  load(_spec?: string): this {
    this.ctx.requireSet('1.10', 'Worksheet.comments.load');
    this.ctx.queue(() => {
      const sheets = this.ws ? [this.ws.sheet()] : this.ctx.model.sheets;
      this.itemList = sheets.flatMap((sheet) =>
        sheet.comments.map((c) => ({
          id: c.id,
          delete: () =>
            this.ctx.queue(() => {
              if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Protected sheet.');
              sheet.comments = sheet.comments.filter((x) => x !== c);
            }),
        })),
      );
    });
    return this;
  }
  get items(): { id: string; delete(): void }[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  add(cellAddress: string, content: string): void {
    this.ctx.requireSet('1.10', 'Worksheet.comments.add');
    this.ctx.queue(
      () => {
        const { sheet: sheetName, area } = parseAddress(cellAddress);
        const sheet = sheetName ? this.ctx.model.find(sheetName) : this.ws?.sheet();
        if (!sheet) throw new FakeOfficeError('ItemNotFound', 'No such sheet.');
        if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Protected sheet.');
        const address = areaAddress({ ...area, rows: 1, cols: 1 });
        if (sheet.comments.some((c) => c.address === address)) {
          throw new FakeOfficeError('InvalidOperation', 'The cell already has a comment.');
        }
        sheet.comments.push({ id: `c${++this.ctx.fake.nextId}`, address, content });
      },
      utf8Bytes(content) + cellAddress.length,
    );
  }
}

/** Worksheet.notes (ExcelApi 1.18): one note per cell; adding a second one fails. */
class FakeNoteCollection {
  private itemList: { content: string; delete(): void }[] | null = null;
  constructor(
    readonly ctx: FakeRequestContext,
    readonly ws: FakeWorksheet,
  ) {}
  load(_spec?: string): this {
    this.ctx.requireSet('1.18', 'Worksheet.notes.load');
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      this.itemList = sheet.notes.map((n) => ({
        content: n.content,
        delete: () =>
          this.ctx.queue(() => {
            const s = this.ws.writable();
            s.notes = s.notes.filter((x) => x !== n);
          }),
      }));
    });
    return this;
  }
  get items(): { content: string; delete(): void }[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  add(cell: FakeRange | string, content: string): void {
    this.ctx.requireSet('1.18', 'Worksheet.notes.add');
    this.ctx.queue(() => {
      const sheet = this.ws.writable();
      const a = typeof cell === 'string' ? parseAddress(cell).area : cell.area();
      const address = areaAddress({ ...a, rows: 1, cols: 1 });
      if (sheet.notes.some((n) => n.address === address)) {
        throw new FakeOfficeError('InvalidOperation', 'The cell already has a note.');
      }
      sheet.notes.push({ address, content });
    }, utf8Bytes(content));
  }
}

type NamedItemView = { name: string; formula: string; visible: boolean };

/** A loaded NamedItem: only the properties named in `items/…` can be read. */
function namedItemView(n: NamedItemView, props: string[]): NamedItemView {
  const view = {} as NamedItemView;
  for (const p of ['name', 'formula', 'visible'] as const) {
    Object.defineProperty(view, p, {
      get: () => {
        if (!props.includes(p)) throw notLoaded(p);
        return n[p];
      },
      enumerable: props.includes(p),
    });
  }
  return view;
}

class FakeNamedItemCollection {
  private itemList: (NamedItemView & { delete(): void })[] | null = null;
  constructor(readonly ctx: FakeRequestContext) {}
  load(spec?: string): this {
    const props = (spec ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    this.ctx.queue(() => {
      this.itemList = this.ctx.model.names.map((n) =>
        Object.assign(namedItemView({ ...n }, props), { delete: () => this.getItem(n.name).delete() }),
      );
      this.ctx.noteLoaded(this.ctx.model.names.map((n) => props.map((p) => n[p as keyof NamedItemView])));
    });
    return this;
  }
  get items(): (NamedItemView & { delete(): void })[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  add(name: string, reference: string | FakeRange): void {
    this.ctx.queue(() => {
      if (this.ctx.model.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', 'The resource already exists.', 'NamedItemCollection.add');
      }
      const ref =
        typeof reference === 'string'
          ? reference
          : `${quoteSheet(reference.ws.sheet().name)}!${absolute(reference.area())}`;
      this.ctx.model.names.push({ name, formula: ref.startsWith('=') ? ref : `=${ref}`, visible: true });
    });
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.ctx.queue(() => {
          const i = this.ctx.model.names.findIndex((n) => n.name.toUpperCase() === name.toUpperCase());
          if (i < 0) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
          this.ctx.model.names.splice(i, 1);
        }),
    };
  }
}

class FakeCustomProperty extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    readonly key: string,
  ) {
    super(ctx);
    this.trackNull();
  }
  protected override exists(): boolean {
    return this.ctx.model.customProperties.has(this.key);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'value') return this.ctx.model.customProperties.get(this.key);
    if (prop === 'key') return this.key;
    throw new FakeOfficeError('InvalidArgument', `fake: CustomProperty.${prop}`);
  }
  get value(): unknown {
    return this.prop('value');
  }
  /** CustomProperty.delete (ExcelApi 1.7). */
  delete(): void {
    this.ctx.queue(() => {
      this.ctx.model.customProperties.delete(this.key);
    });
  }
}

/** The namespace of a custom XML part: its root element's default xmlns. */
function xmlNamespace(xml: string): string {
  const root = /<(?!\?)([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml);
  return /\sxmlns="([^"]*)"/.exec(root?.[2] ?? '')?.[1] ?? '';
}

/** A ClientResult filled at the next sync (reading `value` before it throws ValueNotLoaded). */
function clientResult<T>(ctx: FakeRequestContext, compute: () => T): { value: T } {
  const result = {
    get value(): T {
      throw new FakeOfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    },
  } as { value: T };
  ctx.queue(() => {
    const v = compute();
    ctx.noteLoaded(v);
    Object.defineProperty(result, 'value', { value: v });
  });
  return result;
}

/** CustomXmlPart (ExcelApi 1.5): id, getXml(), setXml(), delete(). */
class FakeCustomXmlPart extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => { id: string; xml: string } | null,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) this.trackNull();
  }
  protected override exists(): boolean {
    return this.resolve() !== null;
  }
  private part(): { id: string; xml: string } {
    const p = this.resolve();
    if (!p) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    return p;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'id') return this.part().id;
    if (prop === 'namespaceUri') return xmlNamespace(this.part().xml);
    throw new FakeOfficeError('InvalidArgument', `fake: CustomXmlPart.${prop} not supported`);
  }
  get id(): string {
    return this.prop('id');
  }
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  getXml(): { value: string } {
    return clientResult(this.ctx, () => this.part().xml);
  }
  setXml(xml: string): void {
    this.ctx.queue(() => {
      this.part().xml = xml;
    }, utf8Bytes(xml));
  }
  delete(): void {
    this.ctx.queue(() => {
      const p = this.part();
      this.ctx.model.customXml = this.ctx.model.customXml.filter((x) => x !== p);
    });
  }
}

class FakeCustomXmlPartCollection {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly namespace: string | null = null,
  ) {}
  private itemList: FakeCustomXmlPart[] | null = null;
  private nextPartId = 0;
  add(xml: string): FakeCustomXmlPart {
    this.ctx.requireSet('1.5', 'CustomXmlPartCollection.add');
    let created: { id: string; xml: string } | null = null;
    this.ctx.queue(() => {
      created = { id: `{BCN-XML-${++this.ctx.fake.nextId}-${++this.nextPartId}}`, xml };
      this.ctx.model.customXml.push(created);
    }, utf8Bytes(xml));
    return new FakeCustomXmlPart(this.ctx, () => created);
  }
  getByNamespace(ns: string): FakeCustomXmlPartCollection {
    this.ctx.requireSet('1.5', 'CustomXmlPartCollection.getByNamespace');
    return new FakeCustomXmlPartCollection(this.ctx, ns);
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => this.ctx.model.customXml.find((p) => p.id === id) ?? null);
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => this.ctx.model.customXml.find((p) => p.id === id) ?? null, true);
  }
  load(spec?: string): this {
    const props = (spec ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    this.ctx.queue(() => {
      const parts = this.ctx.model.customXml.filter(
        (p) => this.namespace === null || xmlNamespace(p.xml) === this.namespace,
      );
      this.itemList = parts.map((p) => {
        const proxy = new FakeCustomXmlPart(this.ctx, () => (this.ctx.model.customXml.includes(p) ? p : null));
        proxy.fill(props);
        return proxy;
      });
    });
    return this;
  }
  get items(): FakeCustomXmlPart[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
}

class FakeCustomPropertyCollection {
  constructor(readonly ctx: FakeRequestContext) {}
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, key);
  }
  add(key: string, value: string | number | boolean): void {
    this.ctx.queue(() => {
      this.ctx.model.customProperties.set(key, value);
    });
  }
}

// ---------------------------------------------------------------------------
// The fake host
// ---------------------------------------------------------------------------

export const EXCEL_ENUMS = {
  HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify', general: 'General' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideHorizontal: 'InsideHorizontal',
    insideVertical: 'InsideVertical',
  },
  BorderLineStyle: { continuous: 'Continuous', none: 'None' },
  BorderWeight: { thin: 'Thin', medium: 'Medium' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { a4: 'A4', letter: 'Letter' },
  ConditionalFormatType: { custom: 'Custom', containsText: 'ContainsText' },
  ClearApplyTo: { all: 'All', contents: 'Contents', formats: 'Formats' },
  ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  RangeUnderlineStyle: { none: 'None', single: 'Single' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
};

type RunOptions = { mergeUndoGroup?: boolean; delayForCellEdit?: boolean };

export class FakeExcel {
  model = new FakeWorkbookModel();
  syncCount = 0;
  responseBytes: number[] = [];
  nextId = 0;
  /** Options of every Excel.run, in order. */
  runs: RunOptions[] = [];
  cellEditMode = false;
  workbookProtected = false;
  /** Response size (JSON chars) above which a sync fails like Excel on the web; 0 = no limit. */
  payloadLimit = 0;
  /**
   * Request size (UTF-8 bytes of the JSON of every queued operation's
   * arguments plus OP_OVERHEAD each) above which a sync is refused as a whole, like Excel on
   * the web's documented 5 MB request limit; 0 = no limit.
   */
  requestLimit = 0;
  /** The code of that refusal: the documented one, or the bare GeneralException seen on the web. */
  requestLimitCode: 'RequestPayloadSizeLimitExceeded' | 'GeneralException' = 'RequestPayloadSizeLimitExceeded';
  /** Request size of every sync, in order. */
  requestBytes: number[] = [];
  /** Operations queued in every sync, in order (for cutting a sync with `failSync.afterOps`). */
  opCounts: number[] = [];
  private injections: FailSpec[] = [];
  private sinceArmed = 0;
  /**
   * Fault injection: the `sync`-th context.sync() from now (1-based, counted
   * across runs) fails with `code` (localised like every error) before any of
   * its operations runs, or after its first `afterOps` operations; then it is
   * cleared. A list arms the next one when the previous one fires (e.g. a write
   * fails, then the clean-up's first sync fails too).
   */
  get failSync(): FailSpec | null {
    return this.injections[0] ?? null;
  }
  set failSync(v: FailSpec | FailSpec[] | null) {
    this.injections = v ? (Array.isArray(v) ? [...v] : [v]) : [];
    this.sinceArmed = 0;
  }
  /** The injection for the sync now running, if any (called once per sync). */
  takeInjection(): FailSpec | null {
    const head = this.injections[0];
    if (!head) return null;
    this.sinceArmed++;
    if (head.sync !== this.sinceArmed) return null;
    this.injections.shift();
    this.sinceArmed = 0;
    return head;
  }
  /** Simulates a host refusing to group a run's writes (the 3rd sync on) into one undo step. */
  refuseUndoGroup = false;
  /**
   * A host where the Text format set before a value does NOT keep it literal
   * (the Office.js reference does not promise it): only the apostrophe does.
   */
  textFormatIgnored = false;
  /** Set when an API that clears the undo stack ran (Worksheet.delete). */
  undoCleared = false;
  /** Requirement sets the host claims, e.g. { ExcelApi: '1.12', SharedRuntime: '1.1' }. */
  sets: Record<string, string> = { ExcelApi: '1.12', SharedRuntime: '1.1' };
  displayLanguage = 'vi-VN';
  associated = new Map<string, (event: unknown) => unknown>();
  taskpaneShown = 0;
  /**
   * Whether Office has finished initialising. Real Office resolves
   * `Office.onReady` some time after the page's scripts ran; `deferReady()`
   * plays that (callbacks wait for `becomeReady()`), the default is ready.
   */
  private ready = true;
  private readyWaiters: (() => void)[] = [];
  private saved: { Excel?: unknown; Office?: unknown } = {};

  run = async <T>(
    a: RunOptions | ((ctx: FakeRequestContext) => Promise<T>),
    b?: (ctx: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof a === 'function' ? {} : a;
    const batch = (typeof a === 'function' ? a : b)!;
    this.runs.push(options);
    errorLanguage = this.displayLanguage;
    const ctx = new FakeRequestContext(this, options);
    const result = await batch(ctx);
    // Work queued after the last sync is a bug in the caller (whether Excel
    // would still send it is not something to rely on): fail loudly.
    if (ctx.ops.length > 0)
      throw new Error(`fake: Excel.run ended with ${ctx.ops.length} queued operation(s) never synced`);
    return result;
  };

  isSetSupported(name: string, version = '1.1'): boolean {
    const have = this.sets[name];
    if (!have) return false;
    const [hM, hm] = have.split('.').map(Number);
    const [wM, wm] = version.split('.').map(Number);
    return hM > wM || (hM === wM && (hm ?? 0) >= (wm ?? 0));
  }

  /** Sets the globals `Excel` and `Office` to this fake. */
  install(): this {
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    this.saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: this.run, ...EXCEL_ENUMS };
    const settings = this.model.settings;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    g.Office = {
      onReady: (cb?: () => void) =>
        new Promise((resolve) => {
          const done = () => {
            cb?.();
            resolve({ host: 'Excel', platform: 'PC' });
          };
          if (this.ready) done();
          else this.readyWaiters.push(done);
        }),
      actions: { associate: (id: string, fn: (event: unknown) => unknown) => this.associated.set(id, fn) },
      addin: {
        showAsTaskpane: () => {
          this.taskpaneShown++;
          return Promise.resolve();
        },
      },
      context: {
        get displayLanguage() {
          return fake.displayLanguage;
        },
        requirements: { isSetSupported: (n: string, v?: string) => this.isSetSupported(n, v) },
        document: {
          settings: {
            get: (k: string) => settings.get(k) ?? null,
            set: (k: string, v: unknown) => settings.set(k, v),
            remove: (k: string) => settings.delete(k),
            saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
          },
        },
      },
    };
    return this;
  }

  /** Office.onReady callbacks wait until `becomeReady()` (call before `install()`'s users load). */
  deferReady(): this {
    this.ready = false;
    return this;
  }

  /** Office finishes initialising: pending onReady callbacks run. */
  becomeReady(): void {
    this.ready = true;
    for (const w of this.readyWaiters.splice(0)) w();
  }

  uninstall(): void {
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    g.Excel = this.saved.Excel;
    g.Office = this.saved.Office;
  }

  sheet(name: string): FakeSheet {
    return this.model.sheet(name);
  }

  /**
   * Loads a WorkbookGrid (e.g. from readXlsxFile) into the fake: values,
   * dates as serial numbers with a date format, errors, indents, hidden columns and rows.
   */
  static fromGrid(grid: WorkbookGrid): FakeExcel {
    const fx = new FakeExcel();
    for (const s of grid.sheets) {
      const sheet = fx.model.addSheet(s.name);
      s.rows.forEach((row, r) =>
        (row ?? []).forEach((cell, c) => {
          if (!cell || cell.v === null || cell.v === '') {
            if (cell?.indent) sheet.ensure(r, c).format.indent = cell.indent;
            return;
          }
          const fc = sheet.ensure(r, c);
          if (cell.t === 'date' && typeof cell.v === 'string') {
            fc.value =
              Math.round(Date.UTC(+cell.v.slice(0, 4), +cell.v.slice(5, 7) - 1, +cell.v.slice(8, 10)) / 86400000) +
              25569;
            fc.numberFormat = 'dd/mm/yyyy';
          } else if (cell.t === 'error') {
            fc.value = String(cell.v);
            fc.error = true;
          } else {
            fc.value = cell.v;
            if (typeof cell.v === 'string') fc.numberFormat = '@';
            if (cell.percent) fc.numberFormat = '0.00%';
          }
          if (cell.indent) fc.format.indent = cell.indent;
        }),
      );
      for (const c of s.hiddenColumns ?? []) sheet.hiddenCols.add(c);
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
    }
    return fx;
  }

  /**
   * Everything a user could notice of the workbook: every sheet (in order, with
   * its name, visibility and snapshotSheet), the defined names and the custom
   * document properties.
   */
  snapshotWorkbook(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.model.sheets.map((s) => ({ visibility: s.visibility, ...(this.snapshotSheet(s.name) as object) })),
        names: this.model.names,
        customProperties: [...this.model.customProperties.entries()],
        customXml: this.model.customXml.map((p) => p.xml),
      }),
    );
  }

  /** A deep, comparable snapshot of one sheet (values, formulas, formats, merges, …). */
  snapshotSheet(name: string): unknown {
    const s = this.sheet(name);
    return JSON.parse(
      JSON.stringify({
        name: s.name,
        cells: [...s.cells.entries()].sort(),
        merges: s.merges,
        colWidths: [...s.colWidths.entries()],
        rowHeights: [...s.rowHeights.entries()],
        freeze: s.freeze,
        pageLayout: s.pageLayout,
        printArea: s.printArea,
        conditional: s.conditional,
        charts: s.charts,
        comments: s.comments,
        notes: s.notes,
        tabColor: s.tabColor,
        validations: s.validations,
        protectionOptions: s.protectionOptions,
        showGridlines: s.showGridlines,
      }),
    );
  }
}
