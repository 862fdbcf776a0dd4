#!/usr/bin/env node
'use strict';
// Compiled by `npm run build:node`, which `npm install` runs through the prepare script.
require('../build/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`accounton-import: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
