#!/usr/bin/env -S node --max-semi-space-size=2
'use strict';
// The young generation is kept at 2 MB a half (V8's default grows it to 16): a check streams its rows and
// keeps almost nothing per row, so the larger one is only resident memory (20,000 rows: 89 MB instead of
// 116; bench/check.js). Its size can only be set at start-up, hence this line; `env -S` is coreutils' and
// macOS's, and npm's Windows shims read the flags from it.
// Started without the line (`node bin/accounton-import.js …`), V8 is told instead not to grow the young
// generation beyond its first size, which a running process can still change (91 MB instead of 116).
if (!process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) {
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}
// A reader that stops early (`check … --json | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});
// Compiled by `npm run build:node`, which `npm install` runs through the prepare script.
require('../build/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`accounton-import: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
