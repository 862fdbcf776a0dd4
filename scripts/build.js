#!/usr/bin/env node
// npm run build: the server (tsc into build/), the browser bundles and the manifest (webpack into dist/),
// then the bundle sizes.
//   npm run build [-- --origin https://addins.example-firm.be]
// --origin (or ADDIN_ORIGIN) writes dist/manifest.xml for the server the firm hosts the add-in on;
// OFFICE_JS=local serves Office.js from that origin too (see webpack.config.js and the README).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { addinOrigin } = require('./origin');

const ROOT = path.resolve(__dirname, '..');

function run(args, env = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { values } = parseArgs({ options: { origin: { type: 'string' } } });
const wanted = values.origin ?? process.env.ADDIN_ORIGIN;
let origin;
try {
  origin = wanted ? addinOrigin(wanted) : undefined;
} catch (err) {
  console.error(err.message);
  process.exit(2);
}

run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json']);
run([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], origin ? { ...process.env, ADDIN_ORIGIN: origin } : process.env);
if (origin) console.log(`dist/manifest.xml is written for ${origin}.`);
run([path.join(__dirname, 'bundle-size.js')]);
