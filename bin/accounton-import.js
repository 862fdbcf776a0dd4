#!/usr/bin/env -S node --max-semi-space-size=2
'use strict';
// The young generation is kept at 2 MB a half (V8's default grows it to 16): a check streams its rows and
// keeps almost nothing per row, so the larger one is only resident memory (20,000 rows: 90 MB instead of
// 108; bench/check.js). It can only be set at start-up, hence here; `env -S` is coreutils' and macOS's, and
// npm's Windows shims read the flags from this line.
// Compiled by `npm run build:node`, which `npm install` runs through the prepare script.
require('../build/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`accounton-import: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
