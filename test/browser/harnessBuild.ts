/**
 * Builds test/browser/harness.tsx (FakeService) and integration.tsx (real
 * Office service over the fake Excel API) with webpack's Node API into
 * `outDir`: harness.js + index.html, integration.js + integration.html, and
 * the lazily loaded .docx chunk. A small
 * dedicated config: development mode, no source maps, ts-loader transpile-only
 * with module "esnext" so `import('../docx/buildDocx')` becomes its own chunk,
 * as in the production build.
 */
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
/** package.json's version, which the real build prints at the foot of the pane. */
export const PACKAGE_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** As in webpack.config.js: the read path (ExcelJS) loaded on demand by the pane's consolidation runs in the browser. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { browserNodeShims } = require(path.join(ROOT, 'webpack.config.js')) as {
  browserNodeShims: () => { resolve: webpack.ResolveOptions; plugins: webpack.WebpackPluginInstance[] };
};

export function harnessConfig(outDir: string): webpack.Configuration {
  const shims = browserNodeShims();
  return {
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { harness: path.join(__dirname, 'harness.tsx'), integration: path.join(__dirname, 'integration.tsx') },
    output: { path: outDir, filename: '[name].js', chunkFilename: '[name].chunk.js', publicPath: '/', clean: true },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      ...shims.resolve,
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'node', noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
    // As in webpack.config.js: the version line at the foot of the pane.
    plugins: [...shims.plugins, new webpack.DefinePlugin({ __BCN_VERSION__: JSON.stringify(PACKAGE_VERSION) })],
    // Persistent cache keeps re-runs of the browser tests quick.
    cache: { type: 'filesystem', cacheDirectory: path.join(os.tmpdir(), 'bcn-browser-harness-cache') },
    performance: { hints: false },
    stats: 'errors-only',
    infrastructureLogging: { level: 'error' },
  };
}

const page = (script: string): string => `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Báo cáo ngành (harness)</title>
  <link rel="icon" href="data:," />
  <style>html, body { margin: 0; padding: 0; } body { font-family: "Segoe UI", "DejaVu Sans", sans-serif; }</style>
</head>
<body><div id="container"><div id="boot-message">Đang tải Báo cáo ngành…</div></div><script src="/${script}"></script></body>
</html>
`;

export async function buildHarness(outDir: string): Promise<void> {
  const compiler = webpack(harnessConfig(outDir));
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((err, s) => {
      // Wait for close: it flushes the persistent cache (else jest tears down mid-write).
      compiler.close((closeErr) => {
        if (err || closeErr) reject(err ?? closeErr);
        else if (!s) reject(new Error('webpack returned no stats'));
        else resolve(s);
      });
    });
  });
  if (stats.hasErrors()) {
    const info = stats.toJson({ all: false, errors: true });
    const text = (info.errors ?? []).map((e) => `${e.moduleName ?? ''}: ${e.message}`).join('\n\n');
    throw new Error(`Building the browser-test harness failed:\n${text.slice(0, 4000)}`);
  }
  fs.writeFileSync(path.join(outDir, 'index.html'), page('harness.js'));
  fs.writeFileSync(path.join(outDir, 'integration.html'), page('integration.js'));
}
