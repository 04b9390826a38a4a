/**
 * The reporting chain's three tools in the open workbook (issue 10), the
 * Office.js side of `ChainTools` (src/pipeline/service.ts). The steps are the
 * shared ones of src/pipeline/chain.ts; this file only reads, places and
 * renders:
 *
 *   Tạo mẫu nhập liệu        templateStep → readWorkbook (2 syncs) → write (2 syncs)
 *   Chuyển từ sổ theo tháng  readWorkbook (2 syncs) → convertStep → write (2 syncs)
 *   Tổng hợp từ các đơn vị   the picked files read in the pane (ExcelJS, loaded
 *                            on demand; nothing is sent anywhere) → consolidateStep
 *                            → readWorkbook (2 syncs) → write (2 syncs)
 *
 * readWorkbook every time (not a lighter sheet list): the writer needs what it
 * knows about the program's sheets (markers, the second mark, leftovers,
 * structure protection), and one reader keeps that in one place.
 *
 * The write is the report's all-or-nothing writer (write.ts): every sheet is
 * written hidden under a temporary name and shown only when all are complete;
 * a failure leaves the workbook as it was.
 *
 * Everything is written as NEW sheets (placeSheets): an existing "Thông tin"
 * is kept as it is; any other name already in the workbook stops the tool
 * before anything is written, naming the sheets. Each tool holds the same lock
 * as a report generation (lock.ts), so a tool and a report never write at once.
 */
import { INFO_SHEET } from '../../engine/info';
import { normalizeLabel } from '../../engine/normalize';
import type { SheetLayout } from '../../engine/layout/types';
import {
  clashStop,
  consolidateStep,
  convertStep,
  placeSheets,
  templateStep,
  type ChainStop,
} from '../../pipeline/chain';
import {
  ChainBlockedError,
  isChainBlocked,
  type ChainOutcome,
  type ChainStep,
  type ChainTools,
  type ToolFinding,
} from '../../pipeline/service';
import { readWorkbook, type ReadResult } from './read';
import { writeSheetsAllOrNothing, type RunWithOptions } from './write';
import { toUserError, UserFacingError, type Lang } from './errors';
import { withGenerationLock } from './lock';

export interface OfficeChainDeps {
  /** Excel.run (or the fake's). */
  run: <T>(...args: unknown[]) => Promise<T>;
  isSet: (name: string, version: string) => boolean;
  lang: () => Lang;
}

/** The sheet to show when done: the first added one that is not "Thông tin". */
function firstToShow(add: SheetLayout[]): string | undefined {
  return (add.find((l) => normalizeLabel(l.name) !== INFO_SHEET.key) ?? add[0])?.name;
}

export function createOfficeChain(deps: OfficeChainDeps): ChainTools {
  const { run, isSet, lang } = deps;

  function stopError(stop: ChainStop, findings: ToolFinding[]): Error {
    const l = lang();
    return findings.length > 0
      ? new ChainBlockedError(stop[l], findings)
      : new UserFacingError(stop.code, { vi: stop.vi, en: stop.en }, l);
  }

  /** A ChainBlockedError or a message already for the user passes; anything from Excel is mapped by code. */
  function fail(e: unknown): never {
    if (isChainBlocked(e)) throw e;
    throw toUserError(e, lang(), undefined, { action: 'tool' });
  }

  function locked<T>(work: () => Promise<T>): Promise<T> {
    return withGenerationLock(
      work,
      () =>
        new UserFacingError(
          'GENERATION_RUNNING',
          {
            vi: 'Đang tạo báo cáo hoặc chạy một công cụ khác; hãy chờ xong rồi thử lại.',
            en: 'A report or another tool is running; wait for it to finish, then try again.',
          },
          lang(),
        ),
    );
  }

  /**
   * Places `layouts` among the workbook's sheets (`read`, what is there now) and
   * writes the new ones all or nothing (write.ts: 2 syncs). A clash, or a
   * workbook whose structure is protected: nothing written, the reason named.
   */
  async function addSheets(
    read: ReadResult,
    layouts: SheetLayout[],
    findings: ToolFinding[],
    onStep?: (s: ChainStep) => void,
  ): Promise<{ sheets: string[]; kept: string[] }> {
    const placed = placeSheets(
      layouts,
      read.sheets.map((s) => s.name),
    );
    if (placed.clashes.length > 0) throw stopError(clashStop(placed.clashes), findings);
    if (read.structureProtected) {
      throw new UserFacingError(
        'WORKBOOK_PROTECTED',
        {
          vi: 'Không thêm được trang vì cấu trúc sổ làm việc đang được bảo vệ; chưa ghi gì. Vào thẻ Xem lại (Review) → Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ rồi thử lại.',
          en: 'No sheet could be added because the workbook structure is protected; nothing was written. Use Review → Protect Workbook to unprotect it, then try again.',
        },
        lang(),
      );
    }
    onStep?.('writing');
    try {
      await writeSheetsAllOrNothing(
        run as RunWithOptions,
        read,
        placed.add.map((layout) => ({ layout, replaces: false })),
        {
          activate: firstToShow(placed.add),
          comments: isSet('ExcelApi', '1.18') ? 'notes' : isSet('ExcelApi', '1.10') ? 'threaded' : false,
          undoGroup: isSet('ExcelApi', '1.20'),
        },
      );
    } catch (e) {
      return fail(e);
    }
    return { sheets: placed.add.map((l) => l.name), kept: placed.kept };
  }

  /** One Excel.run (waiting out cell edit mode); errors mapped by code (errors.ts). */
  async function excel<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await run<T>({ delayForCellEdit: true }, batch);
    } catch (e) {
      return fail(e);
    }
  }

  return {
    makeTemplate(req, onStep) {
      return locked(async () => {
        onStep?.('computing');
        const step = templateStep(req);
        if (step.stop) throw stopError(step.stop, []);
        onStep?.('reading');
        const read = await excel((ctx) => readWorkbook(ctx));
        const done = await addSheets(read, step.layouts, [], onStep);
        onStep?.('done');
        return { year: req.year, ...done, findings: [] } satisfies ChainOutcome;
      });
    },

    convertMonthly(req, onStep) {
      return locked(async () => {
        onStep?.('reading');
        const read = await excel((ctx) => readWorkbook(ctx));
        onStep?.('computing');
        const step = convertStep(read.grid, { year: req.year ?? null });
        if (step.stop) throw stopError(step.stop, step.findings);
        const written = await addSheets(read, step.layouts, step.findings, onStep);
        const done: ChainOutcome = {
          ...written,
          year: step.result.year as number,
          months: step.result.months,
          findings: step.findings,
        };
        onStep?.('done');
        return done satisfies ChainOutcome;
      });
    },

    consolidate(files, req, onStep) {
      return locked(async () => {
        onStep?.('reading');
        // ExcelJS and the read path: their own chunk, fetched on the first consolidation.
        const { readPickedReturns } = await import(/* webpackChunkName: "xlsx-read" */ '../file/picked');
        const { returns, unreadable } = await readPickedReturns(files);
        onStep?.('computing');
        const step = consolidateStep(returns, req, unreadable);
        if (step.stop) throw stopError(step.stop, step.findings);
        const read = await excel((ctx) => readWorkbook(ctx));
        const done = await addSheets(read, step.layouts, step.findings, onStep);
        onStep?.('done');
        return {
          ...done,
          year: step.result.year as number,
          units: step.result.units,
          picked: files.length,
          findings: step.findings,
        } satisfies ChainOutcome;
      });
    },
  };
}
