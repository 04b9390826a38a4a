/**
 * buildDocx in a real browser (Debian's Chromium via playwright-core): the
 * module is bundled for the web by webpack with no Node polyfills, as in the
 * task pane, and must produce the same .docx there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { openDocx } from '../docxParts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../..');

async function bundle(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    target: 'web',
    devtool: false,
    context: ROOT,
    entry: join(__dirname, 'entry.ts'),
    output: { path: outDir, filename: 'entry.js' },
    resolve: { extensions: ['.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: join(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-only',
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((res, rej) =>
    compiler.run((err, s) => compiler.close(() => (err || !s ? rej(err ?? new Error('no stats')) : res(s)))),
  );
  if (stats.hasErrors()) {
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    throw new Error(
      'webpack (target web) could not bundle buildDocx:\n' +
        errors
          .map((e) => e.message)
          .join('\n')
          .slice(0, 3000),
    );
  }
  return readFileSync(join(outDir, 'entry.js'), 'utf8');
}

let browser: Browser | undefined;
let dir = '';
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('buildDocx runs in Chromium and gives the same .docx (Uint8Array → Blob)', async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium).`);
  dir = mkdtempSync(join(tmpdir(), 'bcn-docx-browser-'));
  const script = await bundle(dir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: script });
  const out = await page.evaluate(() =>
    (
      window as unknown as {
        makeDocx: () => Promise<{ isUint8Array: boolean; blobSize: number; base64: string; nodeBuffer: string }>;
      }
    ).makeDocx(),
  );
  expect(errors).toEqual([]);
  expect(out.nodeBuffer).toBe('undefined');
  expect(out.isUint8Array).toBe(true);
  const bytes = Uint8Array.from(Buffer.from(out.base64, 'base64'));
  expect(out.blobSize).toBe(bytes.length);
  const parts = await openDocx(bytes);
  const texts = parts.paragraphs.map((p) => p.text);
  expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(parts.document).toContain('16.344');
  expect(parts.document).toContain('57,35%');
  expect(parts.sections).toHaveLength(2);
}, 120_000);
