// npm run bench:render — the web importer's first render in headless Chromium (goal: <= 1 s).
// Serves the built page (dist/) from the real server on a temporary SQLite database, opens it in a fresh
// profile each run (cold cache), and prints the median time from navigation start to the first paint
// and to the app's first render (its heading in the DOM).
/* global document */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.RUNS ?? 7);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.error('dist/index.html is missing: run "npm run build" first.');
    process.exit(1);
  }
  const { startServer } = require(path.join(ROOT, 'build', 'server', 'start.js'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-render-'));
  const server = await startServer({ databaseUrl: path.join(tmp, 'bench.sqlite'), port: 0, staticDir: DIST, rateLimit: false });
  // The JavaScript the page loads before its first render: the scripts of index.html.
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const bundle = [...html.matchAll(/<script[^>]*\ssrc="?\/?([^"\s>]+)/g)].map((m) => fs.statSync(path.join(DIST, m[1])).size).reduce((a, b) => a + b, 0);
  const paints = [];
  const renders = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'profile-')), {
        executablePath: '/usr/bin/chromium', headless: true, args: ARGS,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      const rendered = await page.waitForFunction(() => (document.querySelector('main h2') ? performance.now() : 0), null, { polling: 'raf' });
      renders.push(await rendered.jsonValue());
      const paint = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
      paints.push(await paint.jsonValue());
      await context.close();
    }
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`Web importer first render in headless Chromium, median of ${RUNS} cold loads (JS ${(bundle / 1024).toFixed(0)} KiB):`);
  console.log(`  first contentful paint: ${median(paints).toFixed(0)} ms`);
  console.log(`  app rendered:           ${median(renders).toFixed(0)} ms   (goal <= 1000 ms)`);
  console.log(`  (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs while measuring)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
