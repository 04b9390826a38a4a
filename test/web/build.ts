/**
 * The offline page as `npm run build` makes it (the real webpack config's "web"
 * compilation, production mode). Uses dist/ when web.html and bao-cao-nganh.html
 * there are newer than every source file; otherwise builds into a temp dir
 * (persistent cache in $TMPDIR/bcn-web-build-cache, so later runs are quick).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const PAGES = ['web.html', 'bao-cao-nganh.html'];

function newestSource(): number {
  let newest = 0;
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  walk(path.join(ROOT, 'src'));
  for (const f of ['webpack.config.js', 'package-lock.json']) walk(path.join(ROOT, f));
  return newest;
}

export async function webBuild(): Promise<string> {
  const dist = path.join(ROOT, 'dist');
  const fresh = PAGES.every((p) => {
    const f = path.join(dist, p);
    return fs.existsSync(f) && fs.statSync(f).mtimeMs > newestSource();
  });
  if (fresh) return dist;

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-web-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webConfig } = require(path.join(ROOT, 'webpack.config.js')) as {
    webConfig: (mode: string, dev: boolean, outputPath: string) => webpack.Configuration;
  };
  const config: webpack.Configuration = {
    ...webConfig('production', false, out),
    context: ROOT,
    dependencies: undefined,
    cache: { type: 'filesystem', cacheDirectory: path.join(os.tmpdir(), 'bcn-web-build-cache') },
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, s) => {
      compiler.close((closeErr) => {
        if (err || closeErr || !s) reject(err ?? closeErr ?? new Error('webpack: no stats'));
        else resolve(s);
      });
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return out;
}
