/**
 * One report end to end in this process, at `factor`× the big workbook, for
 * sizes the read path refuses (`npm run bench`, cliScale.ts): reads the 1×
 * file, repeats its rows in memory (bigWorkbook.ts `scaleGrid`), then runs
 * what the command line runs after reading — parse, compute, narrative, the
 * report .xlsx and the .docx (Node's zlib) — and prints
 * `{"ms":…,"heapUsedPeak":…}` on standard output. Run with plain `node` limits
 * (no --max-old-space-size): it shows whether the default heap suffices.
 */
import { performance } from 'node:perf_hooks';
import { ensureBigWorkbook, scaleGrid } from './bigWorkbook';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { parseGrid, runReport } from '../../src/pipeline/pipeline';
import { buildOutputFiles } from '../../src/pipeline/files';
import { nodeRawDeflate } from '../../src/hosts/xlsx/nodeDeflate';
import { parsePeriodKey } from '../../src/engine';

async function main(): Promise<void> {
  const factor = Number(process.argv[2] ?? '20');
  const grid = scaleGrid(await readXlsxFile(await ensureBigWorkbook(1)), factor);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const t0 = performance.now();
  const parsed = parseGrid(grid);
  const run = runReport(parsed, parsePeriodKey('T6', parsed.year ?? 2024)!);
  const files = await buildOutputFiles(
    run,
    { report: 'BC T6-2024', narrative: 'ND T6-2024' },
    { deflate: nodeRawDeflate },
  );
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  process.stdout.write(
    JSON.stringify({ ms, heapUsedPeak: peak, xlsxBytes: files.xlsx.length, docxBytes: files.docx.length }) + '\n',
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
