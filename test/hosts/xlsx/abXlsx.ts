/**
 * In-process A/B of the report workbook writer (issue 11, s8): the old ExcelJS
 * path (exceljsWriter.ts) against the direct writer, alternating, on the
 * layouts of the bench workbooks. Not a test; run by hand:
 *   npx tsx test/hosts/xlsx/abXlsx.ts 1 5 20
 */
import { readXlsxFile } from '../../../src/hosts/xlsx/read';
import { parseGrid, runReport, outputLayouts } from '../../../src/pipeline/pipeline';
import { parsePeriodKey } from '../../../src/engine';
import { outputSheetNames } from '../../../src/engine/layout/naming';
import { nodeRawDeflate } from '../../../src/hosts/xlsx/nodeDeflate';
import { renderLayoutsToXlsx } from '../../../src/hosts/xlsx/write';
import { renderLayoutsWithExcelJS } from './exceljsWriter';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  for (const f of process.argv.slice(2).map(Number)) {
    const parsed = parseGrid(await readXlsxFile(`/tmp/bcn-bench-big-v1-${f}x.xlsx`));
    const run = runReport(parsed, parsePeriodKey('T6', parsed.year ?? 2024)!);
    const layouts = outputLayouts(run, outputSheetNames(run.period));
    const runs = f >= 20 ? 3 : 5;
    const old: number[] = [];
    const now: number[] = [];
    let sizes = [0, 0];
    for (let i = 0; i < runs + 1; i++) {
      for (const which of i % 2 ? ['new', 'old'] : ['old', 'new']) {
        global.gc?.();
        const t = performance.now();
        const bytes =
          which === 'old'
            ? await renderLayoutsWithExcelJS(layouts, { deflate: nodeRawDeflate })
            : await renderLayoutsToXlsx(layouts, { deflate: nodeRawDeflate });
        const ms = performance.now() - t;
        if (i === 0) continue; // warm-up
        (which === 'old' ? old : now).push(ms);
        sizes[which === 'old' ? 0 : 1] = bytes.length;
      }
    }
    const cells = layouts.reduce((n, l) => n + l.cells.length, 0);
    console.log(
      `${f}×  ${cells} layout cells  old ${median(old).toFixed(0)} ms [${old.map((x) => x.toFixed(0)).join(' ')}]  ` +
        `new ${median(now).toFixed(0)} ms [${now.map((x) => x.toFixed(0)).join(' ')}]  ` +
        `size old ${sizes[0]} new ${sizes[1]} bytes`,
    );
  }
}
void main();
