/**
 * The file implementation of AddinService (src/pipeline/service.ts), for the
 * offline page: the user's .xlsx is read in the browser (the same read path as
 * the command line, src/hosts/xlsx/read.ts), the pipeline computes, and
 * "generate" hands back the report workbook and the .docx as files — as the
 * command line writes them. The user's file is never changed and never sent
 * anywhere. There is no cell to jump to and no "Thông tin" sheet to write, so
 * selectCell and saveInfo are absent (the pane shows findings as text).
 */
import { outputSheetNames } from '../../engine/layout/naming';
import type { ParsedWorkbook, Period } from '../../engine/types';
import {
  blockingErrors,
  countIndicators,
  parseGrid,
  periodFor,
  runReport,
  workbookState,
} from '../../pipeline/pipeline';
import { buildOutputFiles } from '../../pipeline/files';
import {
  ValidationBlockedError,
  type AddinService,
  type CheckResult,
  type GenerateResult,
  type PickedFile,
  type WorkbookState,
} from '../../pipeline/service';
import { readPickedFile } from './picked';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Lang = 'vi' | 'en';

/** "so-lieu-nganh-2024.xlsx" → "so-lieu-nganh-2024"; characters Windows forbids in names become spaces. */
export function baseName(fileName: string): string {
  const noExt = fileName.replace(/\.[^./\\]*$/, '');
  const clean = noExt
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean || 'Báo cáo';
}

/** What the page hands over: a File from <input type="file"> or a drop. */
export type { PickedFile } from '../../pipeline/service';

/**
 * Reads the picked workbook and returns the service for it. Rejects with the
 * read path's one-line Vietnamese + English message (XlsxReadError) for a file
 * that is not a readable .xlsx (.xls, password-protected, not Excel, damaged,
 * over the size budget — checked before the file is read into memory).
 */
export async function openWorkbookFile(file: PickedFile, lang: () => Lang = () => 'vi'): Promise<AddinService> {
  const grid = await readPickedFile(file);
  return createFileService(file.name, parseGrid(grid), lang);
}

export function createFileService(fileName: string, parsed: ParsedWorkbook, lang: () => Lang): AddinService {
  const base = baseName(fileName);

  function periodOrThrow(key: string): Period {
    const p = periodFor(parsed, key);
    if (!p) {
      throw new Error(lang() === 'en' ? `Invalid reporting period: "${key}".` : `Kỳ báo cáo không hợp lệ: "${key}".`);
    }
    return p;
  }

  return {
    async load(): Promise<WorkbookState> {
      // Nothing is remembered in a file the page never writes: the default is the latest month with data.
      return workbookState(parsed, null);
    },

    async check(key: string): Promise<CheckResult> {
      const { report, narrative } = runReport(parsed, periodOrThrow(key));
      return { report, narrative };
    },

    async generate(key, opts, onStep): Promise<GenerateResult> {
      onStep?.('checking');
      const period = periodOrThrow(key);
      onStep?.('computing');
      const run = runReport(parsed, period);
      const errors = blockingErrors(run.report);
      if (!opts.force && errors.length > 0) {
        throw new ValidationBlockedError(
          lang() === 'en'
            ? `The data has ${errors.length} error(s); fix them or choose to continue anyway.`
            : `Số liệu có ${errors.length} lỗi; hãy sửa hoặc chọn vẫn tạo báo cáo.`,
          run.report.issues,
        );
      }
      onStep?.('writing');
      const names = outputSheetNames(period);
      const { xlsx, docx } = await buildOutputFiles(run, names);
      onStep?.('done');
      return {
        reportSheet: names.report,
        narrativeSheet: names.narrative,
        counts: countIndicators(run.report),
        findings: run.report.issues,
        narrative: run.narrative,
        report: run.report,
        files: [
          { kind: 'xlsx', name: `${base} - ${names.report}.xlsx`, mime: XLSX_MIME, bytes: xlsx },
          { kind: 'docx', name: `${base} - ${names.report}.docx`, mime: DOCX_MIME, bytes: docx },
        ],
      };
    },
  };
}
