/**
 * The reporting chain's three tools for the offline page (`ChainTools`,
 * src/pipeline/service.ts): the shared steps of src/pipeline/chain.ts, each
 * result rendered by src/hosts/xlsx/write.ts as a NEW .xlsx for
 * the user to download — as the command line writes it. The picked files are
 * read in the browser (./picked.ts), never changed and never sent anywhere.
 */
import {
  chainFileName,
  consolidateStep,
  convertStep,
  sheetNames,
  templateStep,
  type ChainStop,
} from '../../pipeline/chain';
import {
  ChainBlockedError,
  type ChainOutcome,
  type ChainTools,
  type OutputFile,
  type ToolFinding,
} from '../../pipeline/service';
import type { SheetLayout } from '../../engine/layout/types';
import { renderLayoutsToXlsx } from '../xlsx/write';
import { readPickedFile, readPickedReturns } from './picked';
import { baseName, XLSX_MIME, type Lang } from './service';

export function createFileChain(lang: () => Lang = () => 'vi'): ChainTools {
  const stopped = (stop: ChainStop, findings: ToolFinding[]): Error => new ChainBlockedError(stop[lang()], findings);

  async function file(layouts: SheetLayout[], name: string): Promise<OutputFile> {
    return { kind: 'xlsx', name, mime: XLSX_MIME, bytes: await renderLayoutsToXlsx(layouts) };
  }

  return {
    async makeTemplate(req, onStep) {
      onStep?.('computing');
      const step = templateStep(req);
      if (step.stop) throw stopped(step.stop, []);
      onStep?.('writing');
      const out = await file(step.layouts, chainFileName('template', req.year, req.unit ?? ''));
      onStep?.('done');
      return { year: req.year, sheets: sheetNames(step.layouts), kept: [], findings: [], files: [out] };
    },

    async convertMonthly(req, onStep) {
      if (!req.file) {
        throw new Error(lang() === 'en' ? 'Choose the monthly workbook first.' : 'Hãy chọn sổ theo tháng trước.');
      }
      onStep?.('reading');
      const grid = await readPickedFile(req.file);
      onStep?.('computing');
      const step = convertStep(grid, { year: req.year ?? null });
      if (step.stop) throw stopped(step.stop, step.findings);
      onStep?.('writing');
      const year = step.result.year as number;
      const out = await file(step.layouts, chainFileName('convert', year, baseName(req.file.name)));
      onStep?.('done');
      return {
        year,
        sheets: sheetNames(step.layouts),
        kept: [],
        findings: step.findings,
        months: step.result.months,
        files: [out],
      } satisfies ChainOutcome;
    },

    async consolidate(files, req, onStep) {
      onStep?.('reading');
      const { returns, unreadable } = await readPickedReturns(files);
      onStep?.('computing');
      const step = consolidateStep(returns, req, unreadable);
      if (step.stop) throw stopped(step.stop, step.findings);
      onStep?.('writing');
      const year = step.result.year as number;
      const out = await file(step.layouts, chainFileName('consolidate', year, req.unit ?? ''));
      onStep?.('done');
      return {
        year,
        sheets: sheetNames(step.layouts),
        kept: [],
        findings: step.findings,
        units: step.result.units,
        picked: files.length,
        files: [out],
      } satisfies ChainOutcome;
    },
  };
}
