/**
 * Bundle size of the task pane (for `npm run bench`): the gzipped size of the
 * JavaScript that taskpane.html loads before the pane can show anything, and
 * of the chunks loaded only on demand (the docx library behind "Tải file Word").
 * Builds dist/ with `npm run build` first when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(__dirname, '../../dist');

export interface BundleSize {
  initialFiles: string[];
  initialBytes: number;
  initialGzipBytes: number;
  lazyBytes: number;
  lazyGzipBytes: number;
}

export function measureBundle(dist = DIST): BundleSize {
  if (!existsSync(join(dist, 'taskpane.html'))) {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: join(dist, '..'),
      stdio: 'ignore',
    });
  }
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  // Minified HTML may leave attribute values unquoted: src=runtime.js
  const initialFiles = [...html.matchAll(/<script[^>]*\ssrc=(["']?)([^"'\s>]+\.js)\1/g)]
    .map((m) => m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const size = (files: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = readFileSync(join(dist, f));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gz };
  };
  // web.*.js belong to the offline page (dist/web.html), not to the pane.
  const lazyFiles = readdirSync(dist).filter(
    (f) => f.endsWith('.js') && !f.startsWith('web.') && !initialFiles.includes(f),
  );
  const initial = size(initialFiles);
  const lazy = size(lazyFiles);
  return {
    initialFiles,
    initialBytes: initial.raw,
    initialGzipBytes: initial.gz,
    lazyBytes: lazy.raw,
    lazyGzipBytes: lazy.gz,
  };
}

/** The offline page (dist/web.html + web.*.js, and the single file dist/bao-cao-nganh.html), raw and gzipped. */
export function measurePage(dist = DIST): { web: { raw: number; gz: number }; single: { raw: number; gz: number } } {
  const size = (files: string[]) =>
    files.reduce(
      (acc, f) => {
        const bytes = readFileSync(join(dist, f));
        return { raw: acc.raw + bytes.length, gz: acc.gz + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gz: 0 },
    );
  const web = readdirSync(dist).filter((f) => f === 'web.html' || (f.startsWith('web.') && f.endsWith('.js')));
  return { web: size(web), single: size(['bao-cao-nganh.html']) };
}
