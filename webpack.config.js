/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/:
 *   taskpane.html  task pane page = the shared runtime page (loads the task
 *                  pane AND the ribbon commands; manifest FunctionFile and
 *                  Runtime point here)
 *   commands.html  the commands alone (kept for hosts/tools that open the
 *                  function file directly; not referenced by the manifest)
 *   help.html      short help page (manifest SupportUrl / LearnMoreUrl)
 *   assets/        icons
 *   manifest.xml   with https://localhost:3000/ replaced by the production URL
 *
 * Production URL: env ADDIN_PUBLIC_URL or `webpack --env url=https://…/`.
 * `npm run build` works offline and needs no certificate; only
 * `webpack serve` (npm run dev-server / npm start) loads office-addin-dev-certs.
 * office.js itself is not bundled: the HTML pages load it from the Microsoft
 * CDN (the supported way; Office hosts fetch it from there).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const fs = require('fs');
const { sources, Compilation } = require('webpack');

const DEV_URL = 'https://localhost:3000/';

function publicUrl(env) {
  const raw = (env && env.url) || process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//i.test(raw)) {
    throw new Error(`Add-in URL must be https: ${raw}`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

const HELP_HTML = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>Báo cáo ngành – Hướng dẫn</title>
<style>body{font-family:"Segoe UI",sans-serif;max-width:42em;margin:2em auto;line-height:1.5;padding:0 1em}</style></head>
<body>
<h1>Báo cáo ngành</h1>
<p>Trên thẻ <b>Trang đầu</b> (Home), nhóm <b>Báo cáo</b>: bấm <b>Tạo báo cáo</b> để lập báo cáo cho kỳ đã chọn gần nhất
(hoặc tháng gần nhất có số liệu); bấm <b>Bảng điều khiển</b> để chọn kỳ, xem lỗi số liệu, sửa thông tin đơn vị và tải tệp Word.</p>
<p>Các trang số liệu không bao giờ bị sửa. Chương trình chỉ ghi đè trang báo cáo do chính nó tạo ra.</p>
<h2 lang="en">Sector Report (English)</h2>
<p lang="en">On the Home tab, group <b>Report</b>: <b>Create report</b> writes the report for the last chosen period (or the latest month with data);
<b>Control panel</b> lets you choose the period, review findings, edit the unit information and download the Word file.</p>
</body></html>`;

/**
 * Copies the icons and the manifest (with the URL swapped) into dist/.
 * (A few lines instead of copy-webpack-plugin: its option validation needs
 * ajv 8, which the current lockfile does not hoist next to ajv-keywords.)
 */
class CopyAddinFilesPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAddinFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyAddinFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const iconDir = path.resolve(__dirname, 'assets/icons');
          for (const file of fs.readdirSync(iconDir).filter((f) => f.endsWith('.png'))) {
            const full = path.join(iconDir, file);
            compilation.fileDependencies.add(full);
            compilation.emitAsset(`assets/${file}`, new sources.RawSource(fs.readFileSync(full)));
          }
          const manifestPath = path.resolve(__dirname, 'manifest.xml');
          compilation.fileDependencies.add(manifestPath);
          compilation.emitAsset(
            'manifest.xml',
            new sources.RawSource(swapUrl(fs.readFileSync(manifestPath, 'utf8'), this.url)),
          );
        },
      );
    });
  }
}

/**
 * The current lockfile hoists ajv-keywords 5 (needs ajv 8) next to ajv 6, so
 * schema-utils 4 — used by webpack-dev-server to check its options — cannot
 * load. Until the lockfile is fixed, send ajv-keywords' `ajv` requests to the
 * ajv 8 that schema-utils carries. Only used for `webpack serve`.
 */
function useAjv8ForAjvKeywords() {
  const Module = require('module');
  let ajv8;
  try {
    const su = path.dirname(require.resolve('schema-utils/package.json'));
    ajv8 = path.dirname(require.resolve('ajv/package.json', { paths: [su] }));
  } catch {
    return;
  }
  if (!require(path.join(ajv8, 'package.json')).version.startsWith('8')) return;
  if (require('ajv/package.json').version.startsWith('8')) return; // lockfile already fine
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (/^ajv(\/|$)/.test(request) && parent && /[\\/]node_modules[\\/]ajv-keywords[\\/]/.test(parent.filename || '')) {
      return original.call(this, ajv8 + request.slice(3), parent, ...rest);
    }
    return original.call(this, request, parent, ...rest);
  };
}

/**
 * https options for the dev server from office-addin-dev-certs. Where the CA
 * cannot be installed into the system store (e.g. Linux without sudo), the
 * generated certificate is still used, with a warning: Office/the browser will
 * then ask to trust it.
 */
async function devHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const d = require('office-addin-dev-certs/lib/defaults');
    if (![d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath].every((f) => fs.existsSync(f))) throw e;
    console.warn(`Dev certificate not installed (${String(e.message || e).split('\n')[0]}); serving with the generated one.`);
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
    };
  }
}

function schedulerDir() {
  const fromReactDom = { paths: [path.dirname(require.resolve('react-dom/package.json'))] };
  return path.dirname(require.resolve('scheduler/package.json', fromReactDom));
}

/** Replaces the development URL (with and without the trailing slash) by `url`. */
function swapUrl(text, url) {
  return text.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, '')).join(url.replace(/\/$/, ''));
}

const build = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = publicUrl(env);

  const config = {
    mode,
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Fluent's react-context-selector imports `scheduler` (a peer dependency);
      // the lockfile installs it only under react-dom, so resolve it from there.
      alias: { scheduler: schedulerDir() },
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
              // esnext modules so `import()` becomes a separate chunk (docx loads only when asked).
              compilerOptions: { module: 'esnext', noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      minimize: !dev,
      // taskpane.html loads both entries: one runtime and shared chunks, so the
      // engine and the Office host exist once in the page (one module instance).
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the task pane page also runs the ribbon commands.
        chunks: ['taskpane', 'commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        templateContent: HELP_HTML,
        inject: false,
      }),
      new CopyAddinFilesPlugin(url),
    ],
  };

  if (serving) {
    useAjv8ForAjvKeywords();
    // Only here: certificates for https://localhost:3000 (npm start / dev-server).
    const options = await devHttpsOptions();
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } },
    };
  }
  return config;
};

module.exports = build;
module.exports.swapUrl = swapUrl;
