// host.ts (the Excel double and Office's stand-in) as one browser script, built with the project's own
// webpack and swc-loader, without minifying: a second or two, once per run of the suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

export async function bundleHost(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-pane-host-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'host.ts'),
    output: { path: out, filename: 'host.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } } },
      }],
    },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const code = fs.readFileSync(path.join(out, 'host.js'), 'utf8');
  fs.rmSync(out, { recursive: true, force: true });
  return code;
}
