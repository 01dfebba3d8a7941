/**
 * Builds the Excel add-in (the task pane, the ribbon's function file and its result dialog) and the
 * standalone page (index.html: the same pane over a file opened in the browser, its worker, its service worker).
 *
 *   npm run build                          production build into dist/ (manifest URLs → LAPKIN_URL)
 *   LAPKIN_URL=https://host/lapkin/ npm run build
 *   npm start                              dev server on https://localhost:3000/ with Office dev certificates
 *
 * The Office bundle never carries exceljs: it is aliased away, and RejectExceljsPlugin fails the build
 * should any module from node_modules/exceljs get in another way.
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { WebpackError } = require('webpack');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** LAPKIN_URL with a trailing slash; it must be https, as Office loads add-ins only over https. */
function publicUrl(env = process.env) {
  const raw = (env.LAPKIN_URL || DEV_URL).trim();
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(url)) throw new Error(`LAPKIN_URL harus berawalan https:// (sekarang: ${raw})`);
  return url;
}

/** The manifest with its development URLs replaced: pages under `url`, AppDomain as url's origin. */
function rewriteManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split('<AppDomain>https://localhost:3000</AppDomain>').join(`<AppDomain>${origin}</AppDomain>`);
}

/** Fails the compilation when any module of the exceljs package is bundled. */
class RejectExceljsPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('RejectExceljsPlugin', (compilation) => {
      for (const module of compilation.modules) {
        const resource = module.resource || '';
        if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(resource)) {
          compilation.errors.push(new WebpackError(`exceljs masuk ke bundel Office (${path.relative(process.cwd(), resource)}): exceljs hanya untuk src/xlsx`));
          return;
        }
      }
    });
  }
}

/** Entries of the Office add-in; everything else the build emits belongs to the standalone page. */
const OFFICE_ENTRIES = ['taskpane', 'commands', 'message'];

/**
 * Emits sw.js from src/standalone/service-worker.js with the page's files and the build's hash filled in:
 * index.html, the page's scripts (its entry and worker chunks) and the icons; no Office file, no source map.
 */
class ServiceWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ServiceWorkerPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ServiceWorkerPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const officeFiles = new Set();
        for (const name of OFFICE_ENTRIES) {
          const entry = compilation.entrypoints.get(name);
          for (const file of entry ? entry.getFiles() : []) officeFiles.add(file);
        }
        const files = Object.keys(compilation.assets)
          .filter((f) => f === 'index.html' || /^assets\/icon-\d+\.png$/.test(f) || (f.endsWith('.js') && !officeFiles.has(f)))
          .sort();
        const template = require('fs').readFileSync(path.join(__dirname, 'src/standalone/service-worker.js'), 'utf8');
        const source = template
          .split('self.__LAPKIN_FILES__')
          .join(JSON.stringify(['./', ...files]))
          .split('self.__LAPKIN_VERSION__')
          .join(JSON.stringify(compilation.hash));
        compilation.emitAsset('sw.js', new sources.RawSource(source));
      });
    });
  }
}

/** Office's trusted localhost certificate, or, where it cannot be installed, webpack's own self-signed one. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const reason = (e && e.message ? e.message : String(e)).split('\n')[0];
    console.warn(`Lapkin: sertifikat pengembang Office tidak dapat dipasang (${reason}); memakai sertifikat sementara — buka ${DEV_URL} sekali di peramban dan terima peringatannya.`);
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const url = publicUrl();
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
      standalone: './src/standalone/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { exceljs: false },
      // The xlsx reader's Node defaults (zlib, reading a path) are never called in the page: it hands in bytes and an inflater.
      fallback: { zlib: false, fs: false, 'fs/promises': false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
          options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
        },
      ],
    },
    plugins: [
      new RejectExceljsPlugin(),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'message.html', template: './src/commands/message.html', chunks: ['message'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/standalone/index.html', chunks: ['standalone'] }),
      new ServiceWorkerPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'https',
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.publicUrl = publicUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.RejectExceljsPlugin = RejectExceljsPlugin;
module.exports.ServiceWorkerPlugin = ServiceWorkerPlugin;
