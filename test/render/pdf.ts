/**
 * The real rendering check's plumbing: LibreOffice (headless) turns a .docx or
 * .xlsx into PDF, poppler reads it back (text, page sizes, fonts, word boxes)
 * or rasterises it to PNG. Shared by render.test.ts and render.ts.
 *
 * LibreOffice runs with its own throw-away profile (parallel runs do not
 * clash) and with a Vietnamese locale (LC_ALL=vi_VN.UTF-8), so Calc shows
 * numbers as a Vietnamese user's Excel does ("16.344", "57,35").
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';
import { pathToFileURL } from 'url';

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'] as const;

/** Throws (never skips) when LibreOffice or poppler is missing, naming what to install. */
export function requireTools(env: NodeJS.ProcessEnv = process.env): void {
  const missing = TOOLS.filter((t) => spawnSync('/bin/sh', ['-c', `command -v ${t}`], { env }).status !== 0);
  if (missing.length) {
    throw new Error(
      `The rendering check needs LibreOffice and poppler; missing: ${missing.join(', ')}. ` +
        'Install them with: apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2',
    );
  }
}

export function makeTempDir(prefix = 'bcn-render-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Converts `file` to PDF in `outDir` and returns the PDF path (same base name
 * unless `pdfName` is given).
 * Allows ~90 s (the first start of a fresh profile is slow). The file is
 * converted under an ASCII name: with LC_ALL=vi_VN.UTF-8 on a machine that
 * lacks that locale, soffice cannot open a path with "Báo cáo" in it.
 */
export function toPdf(file: string, outDir: string, pdfName = basename(file, extname(file)) + '.pdf'): string {
  mkdirSync(outDir, { recursive: true });
  const work = makeTempDir('bcn-lo-');
  try {
    const input = join(work, 'input' + extname(file));
    copyFileSync(file, input);
    const res = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      {
        encoding: 'utf8',
        timeout: 90_000,
        env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
      },
    );
    const produced = join(work, 'input.pdf');
    if (res.error || !existsSync(produced)) {
      throw new Error(
        `LibreOffice could not convert ${file} to PDF` +
          (res.error ? `: ${res.error.message}` : '') +
          `\nexit ${res.status}\n${res.stdout ?? ''}\n${res.stderr ?? ''}`,
      );
    }
    const pdf = join(outDir, pdfName);
    copyFileSync(produced, pdf);
    return pdf;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Text of one page (1-based) or of the whole document, in reading layout. */
export function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', [...range, '-layout', '-enc', 'UTF-8', pdf, '-']);
}

export interface PageSize {
  width: number;
  height: number;
}

/** Page sizes in points, in page order. */
export function pageSizes(pdf: string): PageSize[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Font names embedded in the PDF (subset prefix removed): "LiberationSerif-Bold", … */
export function pdfFonts(pdf: string): string[] {
  const lines = run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
}

export interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Words of one page with their boxes (points, origin top-left). */
export function pageWords(pdf: string, page: number): Word[] {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', '-enc', 'UTF-8', pdf, '-']);
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
}

/** Rasterises every page to `<prefix>-<n>.png` at `dpi` and returns the PNG paths in page order. */
export function toPngs(pdf: string, prefix: string, dpi = 60): string[] {
  run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  const dir = join(prefix, '..');
  const stem = basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(stem + '-') && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => join(dir, f));
}

/** 1 mm in PDF points. */
export const MM_PT = 72 / 25.4;
