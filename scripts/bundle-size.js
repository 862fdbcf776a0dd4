#!/usr/bin/env node
// Prints each built page's JavaScript, gzipped: what it loads before its first render (its <script> tags)
// and everything it can load later (lazy chunks). The task pane's goal is <= 230 KB gzipped.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const DIST = path.resolve(__dirname, '..', 'dist');
const PANE_GOAL_KB = 230;

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;

function pageScripts(html) {
  const text = fs.readFileSync(path.join(DIST, html), 'utf8');
  // The minified HTML may leave attribute values unquoted.
  return [...text.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    // Office.js is Microsoft's, from its CDN or (OFFICE_JS=local) copied under /office-js/: not our bundle.
    .filter((src) => !/^https?:/.test(src) && !src.startsWith('/office-js/'))
    .map((src) => src.replace(/^\//, ''));
}

/** Each page's gzipped KB before its first render, and the lazy chunks' total. */
function measure() {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html')).sort();
  const allJs = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const initialAll = new Set(pages.flatMap(pageScripts));
  const lazy = allJs.filter((f) => !initialAll.has(f));
  const firstLoad = Object.fromEntries(pages.map((page) => [page, pageScripts(page).reduce((sum, f) => sum + gzipKb(f), 0)]));
  return { firstLoad, lazyKb: lazy.reduce((sum, f) => sum + gzipKb(f), 0), lazyCount: lazy.length };
}

function main() {
  if (!fs.existsSync(DIST)) {
    console.error('dist/ is missing: run "npm run build" first.');
    process.exit(1);
  }
  const { firstLoad, lazyKb, lazyCount } = measure();
  console.log('Bundle sizes (gzipped JavaScript):');
  for (const [page, kb] of Object.entries(firstLoad)) console.log(`  ${page.padEnd(15)} ${kb.toFixed(0).padStart(5)} KB before first render`);
  if (lazyCount > 0) console.log(`  lazy chunks     ${lazyKb.toFixed(0).padStart(5)} KB (loaded on demand, shared by the pages)`);
  const paneKb = firstLoad['taskpane.html'];
  if (paneKb !== undefined) console.log(`  task pane goal: <= ${PANE_GOAL_KB} KB: ${paneKb <= PANE_GOAL_KB ? 'met' : 'NOT met'}`);
}

module.exports = { measure, PANE_GOAL_KB };
if (require.main === module) main();
