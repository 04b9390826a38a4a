/**
 * The Office.js implementation of the task pane's AddinService.
 *
 *   read (2 syncs, read.ts) → the pipeline (src/pipeline: parse, compute,
 *   narrative, layouts) with names from outputSheetNames + chooseSheetName
 *   → write all or nothing (2 syncs, write.ts + render.ts).
 *
 * The write is all or nothing from the user's view (write.ts: new sheets
 * under temporary names, swapped in the last round trip, cleaned up on
 * failure); a first report of a period is ONE undo step where ExcelApi 1.20
 * is present (`mergeUndoGroup`). The period used is
 * remembered in the workbook (custom document property, see read.ts), which
 * travels with the file when it is e-mailed.
 */
import { INFO_KEYS, INFO_SHEET, periodKey } from '../../engine';
import { normalizeLabel } from '../../engine/normalize';
import { chooseSheetName, outputSheetNames } from '../../engine/layout/naming';
import type { ComputedReport, Finding, ParsedWorkbook, Period, UnitInfo } from '../../engine/types';
import {
  blockingErrors,
  countIndicators,
  defaultPeriodKey,
  outputLayouts,
  parseGrid,
  periodFor,
  runReport,
} from '../../pipeline/pipeline';
import {
  ValidationBlockedError,
  type AddinService,
  type CheckResult,
  type GenerateResult,
  type GenerateStep,
  type WorkbookState,
} from '../../pipeline/service';
import { readWorkbook, type ReadResult } from './read';
import { loadState, officeAccess, officeFailure, readParsed, type OfficeServiceDeps } from './load';
import { writeSheetsAllOrNothing, type RunWithOptions } from './write';
import { UserFacingError, type ErrorContext } from './errors';
import { withGenerationLock } from './lock';
import { createOfficeChain } from './chain';

export type { OfficeServiceDeps };

/** Result of the ribbon's one-click generation. */
export type DefaultGenerateOutcome =
  | { kind: 'written'; periodKey: string; result: GenerateResult }
  | { kind: 'blocked'; periodKey: string; findings: Finding[] };

/** In the open workbook the pane can jump to a cell and write "Thông tin". */
export interface OfficeService extends AddinService {
  selectCell(sheet: string, cell: string): Promise<void>;
  saveInfo(info: UnitInfo): Promise<void>;
  /** The ribbon command: the last period chosen in this workbook, else the latest month with data. */
  generateDefault(): Promise<DefaultGenerateOutcome>;
}

/** ValidationBlockedError that also tells which period was checked (the ribbon passes it to the pane). */
export class BlockedForPeriod extends ValidationBlockedError {
  readonly periodKey: string;
  constructor(message: string, findings: Finding[], periodKey: string) {
    super(message, findings);
    this.periodKey = periodKey;
  }
}

const NOI_NHAN = INFO_KEYS.find((k) => k.field === 'noiNhan')?.label ?? 'Nơi nhận';

/** The rows of the "Thông tin" sheet for `info`, followed by the user's other rows (unknown keys) unchanged. */
export function infoRows(info: UnitInfo, existing: unknown[][]): (string | number)[][] {
  const ours = new Set(INFO_KEYS.flatMap((k) => [normalizeLabel(k.label), ...k.aliases]));
  const rows: (string | number)[][] = INFO_KEYS.filter((k) => k.field !== 'noiNhan').map(({ field, label }) => {
    const v = info[field];
    return [label, typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v)];
  });
  const recipients = info.noiNhan.length > 0 ? info.noiNhan : [''];
  recipients.forEach((r, i) => rows.push([i === 0 ? NOI_NHAN : '', r]));
  let inNoiNhan = false;
  for (const row of existing) {
    const key = row[0] === null || row[0] === undefined ? '' : String(row[0]);
    const norm = normalizeLabel(key);
    if (norm === normalizeLabel(NOI_NHAN)) inNoiNhan = true;
    else if (norm !== '') inNoiNhan = false;
    if (ours.has(norm) || (norm === '' && inNoiNhan)) continue;
    if (row.every((c) => c === '' || c === null || c === undefined)) continue;
    const value = row[1];
    rows.push([key, typeof value === 'number' ? value : value === null || value === undefined ? '' : String(value)]);
  }
  return rows;
}

export function createOfficeService(deps: OfficeServiceDeps = {}): OfficeService {
  const access = officeAccess(deps);
  const isSet = deps.isSetSupported ?? ((n: string, v: string) => Office.context.requirements.isSetSupported(n, v));
  const { lang, runBatch } = access;

  function fail(e: unknown, sheet?: string, context?: ErrorContext): never {
    return officeFailure(access, e, sheet, context);
  }

  const readOnly = (): Promise<{ read: ReadResult; parsed: ParsedWorkbook }> => readParsed(access);

  function periodOrThrow(key: string, parsed: ParsedWorkbook): Period {
    const p = periodFor(parsed, key);
    if (!p) {
      throw new UserFacingError(
        'BAD_PERIOD',
        { vi: `Kỳ báo cáo không hợp lệ: "${key}".`, en: `Invalid reporting period: "${key}".` },
        lang(),
      );
    }
    return p;
  }

  function blocked(report: ComputedReport, key: string): BlockedForPeriod {
    const errors = blockingErrors(report);
    const l = lang();
    const msg =
      l === 'en'
        ? `The data has ${errors.length} error(s); fix them or choose to continue anyway.`
        : `Số liệu có ${errors.length} lỗi; hãy sửa hoặc chọn vẫn tạo báo cáo.`;
    return new BlockedForPeriod(msg, report.issues, key);
  }

  /**
   * Read (one Excel.run, 2 syncs), compute, then write all or nothing
   * (write.ts, its own Excel.run: grouped into one undo step on ExcelApi 1.20
   * when it deletes nothing). `key` null → the default period.
   */
  async function generateIn(
    key: string | null,
    force: boolean,
    onStep?: (s: GenerateStep) => void,
  ): Promise<{ periodKey: string; result: GenerateResult }> {
    let sheetBeingWritten: string | undefined;
    // Estimated size of the write request that failed, for telling an oversized write from "Excel is busy".
    let requestBytes = 0;
    try {
      onStep?.('reading');
      const read = await runBatch<ReadResult>({ delayForCellEdit: true }, (ctx: Excel.RequestContext) =>
        readWorkbook(ctx),
      );
      onStep?.('checking');
      const parsed = parseGrid(read.grid);
      const chosen = key ?? defaultPeriodKey(parsed, read.rememberedPeriod);
      if (!chosen) {
        throw new UserFacingError(
          'NO_DATA',
          {
            vi: 'Chưa có tháng nào có số liệu trong các trang lĩnh vực. Hãy nhập số liệu hoặc mở Bảng điều khiển để chọn kỳ.',
            en: 'No month has figures in the sector sheets yet. Enter figures or open the Control panel to choose a period.',
          },
          lang(),
        );
      }
      const period = periodOrThrow(chosen, parsed);
      onStep?.('computing');
      const run = runReport(parsed, period);
      const { report, narrative } = run;
      if (!force && blockingErrors(report).length > 0) throw blocked(report, periodKey(period));
      const wanted = outputSheetNames(period);
      const existing = read.sheets.map((s) => ({ name: s.name, generated: s.generated }));
      const rep = chooseSheetName(wanted.report, existing);
      const nar = chooseSheetName(wanted.narrative, [...existing, { name: rep.name, generated: false }]);
      refuseProtected(read, [rep, nar]);
      onStep?.('writing');
      sheetBeingWritten = rep.name;
      const [reportLayout, narrativeLayout] = outputLayouts(run, { report: rep.name, narrative: nar.name });
      await writeSheetsAllOrNothing(
        runBatch as RunWithOptions,
        read,
        [
          { layout: reportLayout, replaces: rep.replaces },
          { layout: narrativeLayout, replaces: nar.replaces },
        ],
        {
          activate: rep.name,
          rememberPeriod: periodKey(period),
          comments: isSet('ExcelApi', '1.18') ? 'notes' : isSet('ExcelApi', '1.10') ? 'threaded' : false,
          undoGroup: isSet('ExcelApi', '1.20'),
          onRequest: (bytes) => (requestBytes = bytes),
        },
      );
      onStep?.('done');
      return {
        periodKey: periodKey(period),
        result: {
          reportSheet: rep.name,
          narrativeSheet: nar.name,
          counts: countIndicators(report),
          findings: report.issues,
          narrative,
          report,
        },
      };
    } catch (e) {
      return fail(e, sheetBeingWritten, { requestBytes });
    }
  }

  /**
   * Checked before anything is written, with what the read loaded (no extra
   * round trip): the workbook's structure (no sheet can be added, renamed or
   * deleted) and the program's own sheets this report replaces (a protected
   * one is kept as the user protected it: nothing is written, not BC without ND).
   */
  function refuseProtected(read: ReadResult, targets: { name: string; replaces: boolean }[]): void {
    if (read.structureProtected) {
      throw new UserFacingError(
        'WORKBOOK_PROTECTED',
        {
          vi: 'Không ghi được báo cáo vì cấu trúc sổ làm việc đang được bảo vệ (không thêm được trang tính); chưa ghi gì vào sổ làm việc. Vào thẻ Xem lại (Review) → Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ rồi thử lại.',
          en: 'The report was not written because the workbook structure is protected (no sheet can be added); nothing was changed. Use Review → Protect Workbook to unprotect it, then try again.',
        },
        lang(),
      );
    }
    const locked = targets
      .filter((t) => t.replaces && read.sheets.some((s) => s.name === t.name && s.protected === true))
      .map((t) => `"${t.name}"`);
    if (locked.length > 0) {
      const list = locked.join(', ');
      throw new UserFacingError(
        'SHEET_PROTECTED',
        {
          vi: `Không ghi được báo cáo vì trang ${list} đang được bảo vệ; chưa ghi gì vào sổ làm việc. Vào thẻ Xem lại (Review) → Bỏ bảo vệ trang tính rồi thử lại.`,
          en: `The report was not written because sheet ${list} is protected; nothing was changed. Use Review → Unprotect Sheet, then try again.`,
        },
        lang(),
      );
    }
  }

  /** generateIn, one at a time across the ribbon and the pane (lock.ts). */
  function generateLocked(
    key: string | null,
    force: boolean,
    onStep?: (s: GenerateStep) => void,
  ): Promise<{ periodKey: string; result: GenerateResult }> {
    return withGenerationLock(
      () => generateIn(key, force, onStep),
      () =>
        new UserFacingError(
          'GENERATION_RUNNING',
          {
            vi: 'Đang tạo báo cáo, hãy chờ lần tạo trước xong.',
            en: 'A report is being generated; wait for it to finish.',
          },
          lang(),
        ),
    );
  }

  return {
    // "Tạo mẫu nhập liệu", "Chuyển từ sổ theo tháng", "Tổng hợp từ các đơn vị": chain.ts.
    chain: createOfficeChain({ run: runBatch, isSet, lang }),

    load: (): Promise<WorkbookState> => loadState(access),

    async check(key: string): Promise<CheckResult> {
      const { parsed } = await readOnly();
      const { report, narrative } = runReport(parsed, periodOrThrow(key, parsed));
      return { report, narrative };
    },

    async generate(key, opts, onStep): Promise<GenerateResult> {
      return (await generateLocked(key, opts.force, onStep)).result;
    },

    async generateDefault(): Promise<DefaultGenerateOutcome> {
      try {
        const { periodKey: k, result } = await generateLocked(null, false);
        return { kind: 'written', periodKey: k, result };
      } catch (e) {
        if (e instanceof ValidationBlockedError) {
          const k = e instanceof BlockedForPeriod ? e.periodKey : '';
          return { kind: 'blocked', periodKey: k, findings: e.findings };
        }
        throw e;
      }
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      try {
        await runBatch<void>(async (ctx: Excel.RequestContext) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        });
      } catch (e) {
        fail(e, sheet);
      }
    },

    /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the reads below follow their sync; the rule cannot follow the branch */
    async saveInfo(info: UnitInfo): Promise<void> {
      try {
        await runBatch<void>(async (ctx: Excel.RequestContext) => {
          // isNullObject is known after the sync; nothing needs loading (OfficeExtension.ClientObject docs).
          const found = ctx.workbook.worksheets.getItemOrNullObject(INFO_SHEET.name);
          await ctx.sync();
          let existing: unknown[][] = [];
          let ws: Excel.Worksheet;
          if (found.isNullObject) {
            ws = ctx.workbook.worksheets.add(INFO_SHEET.name);
          } else {
            ws = found;
            const used = ws.getUsedRangeOrNullObject(true);
            used.load('values,rowIndex,columnIndex');
            await ctx.sync();
            if (!used.isNullObject) {
              // Rows above and columns left of the used range are empty; keep
              // the positions so that row[0] is column A and row[1] column B.
              const left = new Array<string>(used.columnIndex).fill('');
              existing = [
                ...new Array<unknown[]>(used.rowIndex).fill([]),
                ...used.values.map((row) => [...left, ...row]),
              ];
              ws.getRangeByIndexes(0, 0, used.rowIndex + used.values.length, 2).clear(Excel.ClearApplyTo.contents);
            }
          }
          const rows = infoRows(info, existing);
          const range = ws.getRangeByIndexes(0, 0, rows.length, 2);
          range.numberFormat = rows.map((r) => r.map((v) => (typeof v === 'string' ? '@' : 'General')));
          range.values = rows;
          ws.getRangeByIndexes(0, 0, rows.length, 1).format.font.bold = true;
          await ctx.sync();
        });
      } catch (e) {
        fail(e, INFO_SHEET.name);
      }
    },
    /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  };
}
