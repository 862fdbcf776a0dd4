#!/usr/bin/env node
'use strict';
// Import API benchmark: preview of 20,000 rows against a firm with 100,000 clients, and commit of 20,000
// new clients, on SQLite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL.
// The server runs in its own process so its peak RSS is measured alone. Needs `npm run build:node`.
const { fork } = require('node:child_process');
const { eachDatabase } = require('./databases');
const os = require('node:os');
const path = require('node:path');
const { CompiledQuery } = require('kysely');

const build = (m) => require(path.join(__dirname, '..', 'build', m));

const EXISTING = Number(process.env.BENCH_EXISTING || 100000);
const ROWS = Number(process.env.BENCH_ROWS || 20000);
const RUNS = Number(process.env.BENCH_RUNS || 5);

function nationalNumber(n) {
  const day = (n % 28) + 1;
  const month = (Math.floor(n / 28) % 12) + 1;
  const year = 50 + (Math.floor(n / 336) % 50);
  const counter = Math.floor(n / 16800) + 1;
  const base = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(counter).padStart(3, '0')}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

function row(n) {
  return {
    person: 'person', firstName: `First${n}`, lastName: `Last${n}`, email: `client${n}@example.be`,
    mobile: '+32470123456', registrationNumber: nationalNumber(n), language: ['dutch', 'french', 'english'][n % 3],
    street: 'Rue de la Loi', houseNumber: String(n % 200), postalCode: '1000', city: 'Bruxelles', clientCode: `C${n}`,
    labels: n % 2 ? 'bureau Bruxelles' : 'gestionnaire X',
  };
}

async function seed(url, schema, { firmName } = {}) {
  const { openDatabase } = build('server/db');
  const { seedDemoFirm } = build('server/db/seed');
  const { insertClients } = build('server/db/clientWrites');
  const { STORED_FIELDS, fieldColumn } = build('server/db/types');
  const { emailNameKey } = build('server/matching');
  const { newId } = build('server/ids');
  const adb = await openDatabase(url, { schema });
  try {
    const firm = await seedDemoFirm(adb.db, firmName ? { firmName } : {});
    const at = new Date().toISOString();
    const clients = [];
    for (let n = 0; n < EXISTING; n++) {
      const values = row(n);
      const c = { id: newId(), firm_id: firm.firmId, email_name_key: emailNameKey(values.email, values.lastName), responsible_user_id: null, created_at: at, updated_at: at };
      for (const f of STORED_FIELDS) c[fieldColumn(f)] = values[f] ?? null;
      clients.push(c);
    }
    await adb.db.transaction().execute((trx) => insertClients(trx, adb.dialect, clients));
    // As autovacuum would have by the time a firm imports: statistics and visibility map, which PostgreSQL plans with.
    if (adb.dialect.name === 'postgres') await adb.db.executeQuery(CompiledQuery.raw('vacuum analyze clients'));
    return firm;
  } finally {
    await adb.close();
  }
}

function startChild(url, schema) {
  // BENCH_SERVER_ARGS passes Node flags to the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  // The server's own flags (bounded heap), as `serve` and `npm start` run it.
  const execArgv = [...build('server/start').SERVER_NODE_FLAGS, ...(process.env.BENCH_SERVER_ARGS || '').split(' ').filter(Boolean)];
  const child = fork(__filename, ['--serve', url, schema || ''], { stdio: 'inherit', execArgv });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, baseUrl: m.baseUrl }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function serve(url, schema) {
  const { openDatabase } = build('server/db');
  const { buildApp } = build('server/app');
  const adb = await openDatabase(url, { schema: schema || undefined });
  const app = await buildApp({ db: adb, rateLimit: false });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', (m) => {
    if (m === 'stats') {
      const { user, system } = process.cpuUsage();
      process.send({ maxRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (user + system) / 1000 });
    }
    if (m === 'exit') app.close().then(() => adb.close()).then(() => process.exit(0));
  });
  process.send({ baseUrl });
}

/** POST /imports with a workbook, as the web page sends it (multipart). */
async function upload(baseUrl, firm, file) {
  const form = new FormData();
  form.set('workflowId', firm.workflowId);
  form.set('file', new Blob([file]), 'clients.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/api/v1/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${firm.adminKey}` } });
  const json = await res.json();
  return { status: res.status, ms: performance.now() - t0, retryAfter: res.headers.get('retry-after'), json };
}

async function storedImports(url, schema) {
  const { openDatabase } = build('server/db');
  const adb = await openDatabase(url, { schema });
  try {
    const { n } = await adb.db.selectFrom('imports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  } finally {
    await adb.close();
  }
}

/**
 * Uploads of a 20,000-row workbook: alone (median of RUNS), four firms at the same moment, then five at
 * once, beyond the upload budget: the fifth waits or gets a 503 with Retry-After, and nothing half-stored.
 */
async function uploads(child, baseUrl, firms, url, schema) {
  const { writeTemplate } = build('io');
  const file = Buffer.from(await writeTemplate({ rows: Array.from({ length: ROWS }, (_, i) => row(i < ROWS / 4 ? i * 4 : EXISTING + i)) }));
  const alone = [];
  for (let r = 0; r < RUNS; r++) {
    const res = await upload(baseUrl, firms[0], file);
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
    alone.push(res.ms);
  }
  console.log(`  upload of a ${ROWS}-row .xlsx (${(file.length / 1e6).toFixed(1)} MB, multipart): median ${seconds(median(alone))} over ${RUNS} runs ` +
    `(min ${seconds(Math.min(...alone))}) [goal <= 1.5 s]`);
  const four = await Promise.all(firms.slice(0, 4).map((firm) => upload(baseUrl, firm, file)));
  const afterFour = await stats(child);
  console.log(`  four firms uploading at the same moment: ${four.map((r) => `${r.status} in ${seconds(r.ms)}`).join(', ')} ` +
    `[goal: all 201]; server peak RSS so far ${afterFour.maxRssMb.toFixed(0)} MB [goal <= 600 MB]`);
  const before = await storedImports(url, schema);
  const five = await Promise.all([...firms.slice(0, 4), firms[0]].map((firm) => upload(baseUrl, firm, file)));
  const stored = (await storedImports(url, schema)) - before;
  const afterFive = await stats(child);
  const refused = five.filter((r) => r.status === 503);
  console.log(`  five at once: ${five.map((r) => `${r.status} in ${seconds(r.ms)}`).join(', ')}; ` +
    `${refused.length} refused with 503${refused.length ? ` (Retry-After ${refused.map((r) => r.retryAfter).join(', ')} s)` : ''}, ` +
    `${stored} previews stored for ${five.filter((r) => r.status === 201).length} answered 201; server peak RSS ${afterFive.maxRssMb.toFixed(0)} MB`);
}

async function post(baseUrl, key, url, body, headers = {}) {
  const t0 = performance.now();
  const res = await fetch(baseUrl + url, {
    method: 'POST', body: JSON.stringify(body),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
  });
  const json = await res.json();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return { json, ms };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function stats(child) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send('stats');
  });
}

/** Wall time of the request and the server's CPU time (user + system) spent on it. */
async function timed(child, request) {
  const before = await stats(child);
  const { json, ms } = await request();
  const after = await stats(child);
  return { json, ms, cpuMs: after.cpuMs - before.cpuMs };
}

async function bench(name, url, schema) {
  const t0 = performance.now();
  const firm = await seed(url, schema);
  // The four-firm upload run: three more firms of the same size.
  const others = [];
  for (let f = 1; f < 4; f++) others.push(await seed(url, schema, { firmName: `Bench Firm ${f}` }));
  const seedS = (performance.now() - t0) / 1000;
  const { child, baseUrl } = await startChild(url, schema);
  try {
    // A quarter of the rows are existing clients (duplicates), the rest are new.
    const mixed = Array.from({ length: ROWS }, (_, i) => ({ row: i + 2, values: row(i < ROWS / 4 ? i * 4 : EXISTING + i) }));
    const times = [];
    const cpu = [];
    let summary;
    for (let r = 0; r < RUNS; r++) {
      const { json, ms, cpuMs } = await timed(child, () =>
        post(baseUrl, firm.adminKey, '/api/v1/imports', { workflowId: firm.workflowId, source: 'cli', rows: mixed }));
      times.push(ms);
      cpu.push(cpuMs);
      summary = json.summary;
    }
    const afterPreviews = await stats(child);
    const fresh = Array.from({ length: ROWS }, (_, i) => ({ row: i + 2, values: row(EXISTING + ROWS + i) }));
    const { json: preview } = await post(baseUrl, firm.adminKey, '/api/v1/imports', { workflowId: firm.workflowId, source: 'cli', rows: fresh });
    const add = preview.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
    const commit = await timed(child, () =>
      post(baseUrl, firm.adminKey, `/api/v1/imports/${preview.id}/commit`, { add }, { 'idempotency-key': crypto.randomUUID() }));
    const rss = await stats(child);
    console.log(`${name}: seeded 4 firms of ${EXISTING} clients in ${seedS.toFixed(1)} s; load average ${os.loadavg()[0].toFixed(2)}`);
    console.log(`  preview ${ROWS} rows vs ${EXISTING} clients: median ${seconds(median(times))} over ${RUNS} runs ` +
      `(min ${seconds(Math.min(...times))}; server CPU median ${seconds(median(cpu))}) [goal <= 1.5 s]; buckets ${JSON.stringify(summary)}`);
    console.log(`  commit of ${commit.json.created.length} new clients: ${seconds(commit.ms)} (server CPU ${seconds(commit.cpuMs)}) [goal <= 3 s]`);
    console.log(`  server peak RSS: ${rss.maxRssMb.toFixed(0)} MB (${afterPreviews.maxRssMb.toFixed(0)} MB before the commit) [goal <= 300 MB]`);
    if (process.env.BENCH_UPLOADS !== '0') await uploads(child, baseUrl, [firm, ...others], url, schema);
  } finally {
    // A clean exit lets --cpu-prof write its profile.
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.send('exit');
      setTimeout(() => child.kill('SIGTERM'), 5000).unref();
    });
  }
}

async function main() {
  if (process.argv[2] === '--serve') return serve(process.argv[3], process.argv[4]);
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs`);
  await eachDatabase('bench', bench);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
