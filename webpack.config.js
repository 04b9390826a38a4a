/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/:
 *   taskpane.html  task pane page = the shared runtime page (loads the task
 *                  pane AND the ribbon commands; manifest FunctionFile and
 *                  Runtime point here)
 *   help.html      short help page (manifest SupportUrl / LearnMoreUrl)
 *   assets/        icons
 *   manifest.xml   with https://localhost:3000/ replaced by the production URL
 *   web.html       the offline page (entry src/web, scripts web.*.js beside it):
 *                  the same pane on a picked .xlsx file, for Excel without add-ins
 *   bao-cao-nganh.html  the same page as ONE self-contained file (scripts inlined)
 *
 * Two compilations: the add-in, and the page (both page files). The page is its
 * own compilation so the task pane's chunks never change because of it (no
 * shared splitChunks between them); ExcelJS is in the pane only as a lazy chunk (consolidation).
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
const webpack = require('webpack');

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

/**
 * The offline page runs the Node-first .xlsx read/write path in the browser:
 * ExcelJS and JSZip resolve to their browser builds (package.json "browser";
 * src/hosts/xlsx/exceljsNode.ts, which requires ExcelJS's Node files, is
 * replaced by exceljsBrowser.ts),
 * `Buffer` comes from the `buffer` package, and the file-system imports that
 * only readXlsxFile (the CLI's entry point) and Node's inflate use resolve to
 * nothing (the page passes its own inflate, src/hosts/xlsx/inflate.ts).
 */
function browserNodeShims() {
  return {
    resolve: {
      fallback: { fs: false, path: false, zlib: false },
    },
    plugins: [
      // "node:fs" → "fs", then the fallback above.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      // ExcelJS: its browser build instead of the Node files the command line requires (exceljsNode.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/exceljsNode$/, (resource) => {
        resource.request = './exceljsBrowser';
      }),
    ],
  };
}

/**
 * Writes a second page of the same compilation with every script inlined: the
 * entry's and also the lazily loaded chunks (webpack's JSONP chunks register
 * themselves when run, so a later `import()` finds them already installed and
 * loads nothing). The result works with no other file beside it. Terser's
 * "see X.LICENSE.txt" banners are replaced by the licence text itself, and
 * "</script" inside the code is written "<\/script" (the same string or regular
 * expression for JavaScript, invisible to the HTML parser).
 */
class SingleFilePlugin {
  constructor(htmlFile) {
    this.htmlFile = htmlFile;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('SingleFilePlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('SingleFilePlugin', (data) => {
        if (data.outputName !== this.htmlFile) return data;
        const code = (file) => {
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`SingleFilePlugin: no asset ${file} for ${this.htmlFile}`);
          return asset.source
            .source()
            .toString()
            .replace(/\/\*! For license information please see (\S+) \*\//g, (m, lic) => {
              const text = compilation.getAsset(lic);
              return text ? `/*!\n${text.source.source().toString().replace(/\*\//g, '* /')}\n*/` : m;
            })
            .replace(/<\/script/gi, '<\\/script');
        };
        const tag = (file) => ({ tagName: 'script', voidTag: false, meta: {}, attributes: {}, innerHTML: code(file) });
        const lazy = [];
        for (const chunk of compilation.chunks) {
          if (chunk.canBeInitial()) continue;
          for (const f of chunk.files) if (f.endsWith('.js')) lazy.push(f);
        }
        const inline = (t) => {
          if (t.tagName !== 'script' || !t.attributes || !t.attributes.src) return [t];
          const file = decodeURIComponent(
            String(t.attributes.src)
              .replace(/^(\.\/)+/, '')
              .split('?')[0],
          );
          return [...lazy.sort().map(tag), tag(file)];
        };
        data.headTags = data.headTags.flatMap(inline);
        data.bodyTags = data.bodyTags.flatMap(inline);
        return data;
      });
    });
  }
}

/**
 * `<link rel="preload" as="script">` in `htmlFile` for the files of the named
 * lazy chunk groups `preload`: the page asks for them at once, in parallel
 * with its own scripts, instead of after those have run (a request
 * waterfall); and `<link rel="prefetch">` (lowest priority) for the files of
 * the groups `prefetch` that are not preloaded already. Both only fetch: each
 * file runs when the code imports it. The task pane preloads `office-read`
 * (the workbook read and the engine's parser, what the period picker waits
 * for: src/hosts/office/load.ts).
 */
class PreloadChunksPlugin {
  constructor(htmlFile, { preload = [], prefetch = [] }) {
    this.htmlFile = htmlFile;
    this.preload = preload;
    this.prefetch = prefetch;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunksPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunksPlugin', (data) => {
        if (data.outputName !== this.htmlFile) return data;
        const seen = new Set();
        const filesOf = (groups) => {
          const files = [];
          for (const name of groups) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`PreloadChunksPlugin: no chunk group "${name}" (webpackChunkName)`);
            for (const chunk of group.chunks)
              for (const f of chunk.files)
                if (f.endsWith('.js') && !seen.has(f)) {
                  seen.add(f);
                  files.push(f);
                }
          }
          return files;
        };
        const link = (rel) => (f) => ({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: 'PreloadChunksPlugin' },
          attributes: { rel, as: 'script', href: `${data.publicPath}${encodeURI(f)}` },
        });
        const links = [...filesOf(this.preload).map(link('preload')), ...filesOf(this.prefetch).map(link('prefetch'))];
        // after the page's own scripts: those are requested first
        data.headTags = [...data.headTags, ...links];
        return data;
      });
    });
  }
}

/** Options shared by the two compilations. */
function common(mode, dev) {
  return {
    mode,
    devtool: dev ? 'source-map' : false,
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
  };
}

/**
 * dist/web.html + web.*.js (the offline page, scripts beside it) and
 * dist/bao-cao-nganh.html (the same page, the same scripts inlined).
 */
function webConfig(mode, dev, outputPath) {
  const base = common(mode, dev);
  const shims = browserNodeShims();
  return {
    ...base,
    name: 'web',
    dependencies: ['addin'],
    entry: { web: './src/web/index.tsx' },
    output: {
      path: outputPath,
      filename: 'web.[contenthash:8].js',
      chunkFilename: 'web.[name].[contenthash:8].js',
      // Relative to the page (scripts sit beside it): works from file:// and from any folder of a static host.
      publicPath: '',
      clean: false,
    },
    resolve: { ...base.resolve, ...shims.resolve },
    optimization: { minimize: !dev },
    plugins: [
      ...shims.plugins,
      // the same version line as the task pane (src/taskpane/version.ts)
      new DefinePlugin({ __BCN_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/web/web.html',
        chunks: ['web'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'bao-cao-nganh.html',
        template: './src/web/web.html',
        chunks: ['web'],
        // Inline scripts run where they stand: at the end of the body, after the container.
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new SingleFilePlugin('bao-cao-nganh.html'),
    ],
  };
}

const build = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = publicUrl(env);

  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist');
  const base = common(mode, dev);
  // The pane reads the units' returns picked for "Tổng hợp từ các đơn vị" with the
  // same read path as the page (ExcelJS, in its own chunk fetched on the first
  // consolidation — never in the pane's first download): the same shims.
  const shims = browserNodeShims();
  const config = {
    ...base,
    resolve: { ...base.resolve, ...shims.resolve },
    name: 'addin',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: outputPath,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    optimization: {
      minimize: !dev,
      // taskpane.html loads both entries: one runtime and shared chunks, so the
      // engine and the Office host exist once in the page (one module instance).
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    plugins: [
      ...shims.plugins,
      // The version line at the foot of the pane (src/taskpane/version.ts).
      new DefinePlugin({ __BCN_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the task pane page also runs the ribbon commands.
        chunks: ['taskpane', 'commands'],
      }),
      // Only what the picker waits for: prefetching the rest of the service from the page as well
      // (prefetch: ['office-service']) gave no measurable gain to a click right after the picker
      // and three more requests at start-up; index.tsx imports it once the pane is painted.
      new PreloadChunksPlugin('taskpane.html', { preload: ['office-read'] }),
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
  // The dev server serves the add-in only (the page is built by `npm run build`).
  if (serving) return config;
  return [config, webConfig(mode, dev, outputPath)];
};

module.exports = build;
module.exports.swapUrl = swapUrl;
module.exports.setManifestVersion = setManifestVersion;
module.exports.webConfig = webConfig;
module.exports.browserNodeShims = browserNodeShims;
module.exports.PreloadChunksPlugin = PreloadChunksPlugin;
