/**
 * webpack.config.js's PreloadChunksPlugin: the task pane page asks for the
 * Office service's chunk files (engine + the workbook read the period picker
 * waits for) together with its own scripts, not after they ran. A tiny build
 * with the same plugin and HtmlWebpackPlugin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PreloadChunksPlugin } = require('../../webpack.config.js') as {
  PreloadChunksPlugin: new (
    html: string,
    groups: { preload?: string[]; prefetch?: string[] },
  ) => webpack.WebpackPluginInstance;
};

function build(dir: string, groups: { preload?: string[]; prefetch?: string[] }): Promise<webpack.Stats> {
  fs.writeFileSync(
    path.join(dir, 'entry.js'),
    `import(/* webpackChunkName: "service" */ './service').then((m) => m.go());\n` +
      `document.addEventListener('click', () => import(/* webpackChunkName: "rest" */ './rest'));\n`,
  );
  fs.writeFileSync(path.join(dir, 'service.js'), `import { big } from './engine';\nexport const go = () => big();\n`);
  fs.writeFileSync(path.join(dir, 'rest.js'), `export const more = () => 7;\n`);
  fs.writeFileSync(path.join(dir, 'engine.js'), `export const big = () => 42;\n`);
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { taskpane: './entry.js' },
    output: { path: path.join(dir, 'out'), filename: '[name].[contenthash:8].js', publicPath: 'auto' },
    plugins: [new HtmlWebpackPlugin({ filename: 'taskpane.html' }), new PreloadChunksPlugin('taskpane.html', groups)],
    infrastructureLogging: { level: 'error' },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => compiler.close(() => (err || !stats ? reject(err) : resolve(stats)))),
  );
}

describe('PreloadChunksPlugin (webpack.config.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-preload-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the named lazy chunks are preloaded / prefetched after the page scripts, not added as scripts of the page', async () => {
    const stats = await build(dir, { preload: ['service'], prefetch: ['rest'] });
    expect(stats.toString('errors-only')).toBe('');
    const html = fs.readFileSync(path.join(dir, 'out', 'taskpane.html'), 'utf8');
    const service = fs.readdirSync(path.join(dir, 'out')).find((f) => /^service\.[0-9a-f]{8}\.js$/.test(f));
    const rest = fs.readdirSync(path.join(dir, 'out')).find((f) => /^rest\.[0-9a-f]{8}\.js$/.test(f));
    expect(service).toBeDefined();
    expect(rest).toBeDefined();
    const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
    expect(tags).toEqual([
      expect.stringMatching(/^<script defer src=taskpane\.[0-9a-f]{8}\.js>$/),
      `<link rel=preload as=script href=${service}>`,
      `<link rel=prefetch as=script href=${rest}>`,
    ]);
  });

  test('a chunk name that does not exist fails the build (a renamed webpackChunkName is noticed)', async () => {
    const stats = await build(dir, { preload: ['office-service'] }).catch((e: unknown) => e);
    const text = stats instanceof webpack.Stats ? stats.toString('errors-only') : String(stats);
    expect(text).toContain('no chunk group "office-service"');
  });
});
