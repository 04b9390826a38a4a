/**
 * `npm run render [-- <workbook.xlsx>] [--period T6] [--fixtures]` — for a person to look at
 * the outputs as they print: runs the workbook (default: the sample
 * assets/sample/so-lieu-nganh-2024.xlsx) through the command-line tool into
 * out/render/, converts every .docx/.xlsx there to PDF with LibreOffice and the
 * PDF pages to PNG (60 dpi), and prints the paths. With --fixtures, or without
 * the sample, it renders the hand-built Sóc Trăng T6-2024 fixtures of test/docx.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { basename, extname, join, relative, resolve } from 'path';
import { buildDocx } from '../../src/docx/buildDocx';
import { buildReportLayout } from '../../src/engine/layout/report';
import { renderLayoutsToXlsx } from '../../src/hosts/xlsx/write';
import { sampleNarrative, sampleReport } from '../docx/fixtures';
import { pageSizes, requireTools, toPdf, toPngs } from './pdf';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'out/render');
const SAMPLE = join(ROOT, 'assets/sample/so-lieu-nganh-2024.xlsx');

function parseArgs(argv: string[]): { workbook: string | null; period: string; fixtures: boolean } {
  let workbook: string | null = null;
  let period = 'T6';
  let fixtures = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--period') period = argv[++i] ?? period;
    else if (argv[i] === '--fixtures') fixtures = true;
    else if (!argv[i].startsWith('--')) workbook = resolve(argv[i]);
  }
  return { workbook, period, fixtures };
}

async function renderWorkbook(workbook: string, period: string): Promise<void> {
  const { runCli } = await import('../../src/cli/main');
  const code = await runCli([workbook, '--period', period, '--out', OUT], {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  if (code !== 0)
    throw new Error(`npm run report stopped with exit status ${code} (see the messages above); nothing to render.`);
}

async function renderFixtures(): Promise<void> {
  const report = sampleReport();
  writeFileSync(join(OUT, 'fixture - BC T6-2024.docx'), await buildDocx(sampleNarrative(), report));
  writeFileSync(
    join(OUT, 'fixture - BC T6-2024.xlsx'),
    await renderLayoutsToXlsx([buildReportLayout(report, 'BC T6-2024')]),
  );
}

async function main(): Promise<void> {
  requireTools();
  const { workbook, period, fixtures } = parseArgs(process.argv.slice(2));
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const source = fixtures ? null : (workbook ?? (existsSync(SAMPLE) ? SAMPLE : null));
  if (source) {
    if (!existsSync(source)) throw new Error(`Không tìm thấy tệp "${source}" (file not found).`);
    console.log(`Nguồn: ${relative(process.cwd(), source)} — kỳ ${period}`);
    await renderWorkbook(source, period);
  } else {
    const why = fixtures ? '--fixtures' : `không có ${relative(process.cwd(), SAMPLE)}`;
    console.log(`${why}: dùng số liệu mẫu của test/docx/fixtures.ts (Sóc Trăng, tháng 6/2024).`);
    await renderFixtures();
  }

  const files = readdirSync(OUT).filter((f) => ['.docx', '.xlsx'].includes(extname(f).toLowerCase()));
  if (!files.length) throw new Error('Không có tệp .docx/.xlsx nào để chuyển (nothing was written).');
  console.log('');
  for (const f of files) {
    const started = Date.now();
    // "X.docx" → "X (docx).pdf", "X_docx-1.png": the .docx and the .xlsx share a base name.
    const kind = extname(f).slice(1).toLowerCase();
    const stem = basename(f, extname(f));
    const pdf = toPdf(join(OUT, f), OUT, `${stem} (${kind}).pdf`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const sizes = pageSizes(pdf)
      .map((s) => (s.width > s.height ? 'ngang' : 'dọc'))
      .join(', ');
    const pngs = toPngs(pdf, join(OUT, `${stem.replace(/\s+/g, '_')}_${kind}`), 60);
    console.log(`${f}  →  ${relative(process.cwd(), pdf)}  (${pngs.length} trang: ${sizes}; LibreOffice ${seconds} s)`);
    for (const p of pngs) console.log(`    ${relative(process.cwd(), p)}`);
  }
}

main().catch((e: unknown) => {
  console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
