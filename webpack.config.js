// The browser bundles: the add-in's task pane (which also carries the ribbon commands) and the web importer.
// `npm run build` runs this in production mode into dist/, which npm start and the API serve as static files.
//
// Why no commands.html: the manifest requires SharedRuntime 1.1, so the ribbon functions always run in the
// task pane's page (one runtime, one state). Hosts without a shared runtime do not load the add-in at all,
// so a separate function file would never be used.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { DEV_ORIGIN, manifestFor } = require('./scripts/origin');

// Office.js: from Microsoft's CDN, as Microsoft requires. OFFICE_JS=local serves the files of the
// @microsoft/office-js package from the add-in's own origin instead (/office-js/), for networks that block
// the CDN; the package's README allows bundling them.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = '/office-js/office.js';
const OFFICE_JS_PACKAGE = path.dirname(require.resolve('@microsoft/office-js/package.json'));

const swc = {
  loader: 'swc-loader',
  options: {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
  },
};

module.exports = (_env, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  // scripts/build.js passes --origin as ADDIN_ORIGIN: the manifest is written for that origin.
  const origin = process.env.ADDIN_ORIGIN || DEV_ORIGIN;
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const paneTemplate = fs.readFileSync(path.join(__dirname, 'src/taskpane/taskpane.html'), 'utf8');
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      // The ribbon commands and live validation; loaded by the task pane page (the shared runtime).
      commands: './src/commands/index.ts',
      taskpane: './src/taskpane/index.tsx',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[id].[contenthash:8].js' : '[id].js',
      publicPath: '/',
      clean: true,
      // npm start rebuilds when src/ is newer than dist/: every build writes every file, changed or not.
      compareBeforeEmit: false,
    },
    // One webpack runtime per page: the commands and pane entries then share module instances (one store).
    optimization: { runtimeChunk: 'single', splitChunks: { chunks: 'all' } },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, use: swc }],
    },
    performance: { hints: false }, // scripts/bundle-size.js prints the gzipped sizes that matter
    plugins: [
      new HtmlWebpackPlugin({
        templateContent: localOfficeJs ? paneTemplate.replace(OFFICE_JS_CDN, OFFICE_JS_LOCAL) : paneTemplate,
        filename: 'taskpane.html',
        chunks: ['commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({ template: './src/web/index.html', filename: 'index.html', chunks: ['web'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (xml) => manifestFor(xml.toString('utf8'), origin) },
          // The minified files only: Office.js loads the .debug.js ones only when office.debug.js is the page's.
          // Already minified: marked so, or terser would spend minutes on 40 MB of Microsoft's code.
          ...(localOfficeJs
            ? [{
              from: path.join(OFFICE_JS_PACKAGE, 'dist'), to: 'office-js', info: { minimized: true },
              globOptions: { ignore: ['**/*.debug.js', '**/*-vsdoc.js', '**/*.d.ts'] },
            }]
            : []),
        ],
      }),
    ],
  };
};
