/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/:
 *   taskpane.html  task pane page = the shared runtime page (loads the task
 *                  pane AND the ribbon commands; manifest FunctionFile and
 *                  Runtime point here)
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
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const pkg = require('./package.json');

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
    console.warn(
      `Dev certificate not installed (${String(e.message || e).split('\n')[0]}); serving with the generated one.`,
    );
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
    };
  }
}

/**
 * The manifest's <Version> follows package.json on every build ("0.2.0" →
 * "0.2.0.0"): a release bumps package.json (`npm version minor`) and the
 * manifest Office sees changes with it, so hosts pick up the new build.
 */
function setManifestVersion(xml, version) {
  const four = `${version.split('-')[0]}.0.0.0`.split('.').slice(0, 4).join('.');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(four)) throw new Error(`package.json version is not x.y.z: ${version}`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${four}</Version>`);
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
      // The version line at the foot of the pane (src/taskpane/version.ts).
      new DefinePlugin({ __BCN_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the task pane page also runs the ribbon commands.
        chunks: ['taskpane', 'commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        templateContent: HELP_HTML,
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icons/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => setManifestVersion(swapUrl(content.toString(), url), pkg.version),
          },
        ],
      }),
    ],
  };

  if (serving) {
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
module.exports.setManifestVersion = setManifestVersion;
