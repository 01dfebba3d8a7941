/**
 * Builds the browser harness (src/taskpane/harness.tsx) into one page: the pane, the real core,
 * an in-memory workbook host. No office.js, no exceljs.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.resolve(__dirname, '../..');

/** @param {string} outDir */
module.exports = (outDir) => ({
  mode: 'development',
  devtool: false,
  context: root,
  entry: { harness: path.join(root, 'src/taskpane/harness.tsx') },
  output: { path: outDir, filename: '[name].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Type checking is tsc's job (npm run typecheck); here it would only slow the build down.
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'index.html',
      templateContent:
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Lapkin harness</title><style>html,body{margin:0;padding:0}</style></head><body><div id="root"></div></body></html>',
    }),
  ],
  performance: { hints: false },
  stats: 'errors-only',
});
