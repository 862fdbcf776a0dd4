#!/usr/bin/env node
'use strict';
// The attack run (issue 11): about 3,000 hostile requests against a server in its own process, two firms,
// on SQLite and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) PostgreSQL. It counts what must never
// happen: a 5xx, an answer slower than 5 s, a 4xx outside the JSON error shape, a temp file left behind,
// and memory that stays up (RSS a minute after the attack vs at rest). Needs `npm run build:node`.
//   node bench/attack.js            ATTACK_REQUESTS=3000 ATTACK_SETTLE_S=60 BENCH_ONLY=sqlite|postgres
const { fork } = require('node:child_process');
const { eachDatabase } = require('./databases');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
// exceljs's own zip library: it writes the parts in the order given, which a hostile workbook needs.
const JSZip = require('jszip');

const build = (m) => require(path.join(__dirname, '..', 'build', m));
const REQUESTS = Number(process.env.ATTACK_REQUESTS || 3000);
const SETTLE_S = Number(process.env.ATTACK_SETTLE_S || 60);
const CONCURRENCY = 8;
const SLOW_MS = 5000;

function nationalNumber(n) {
  const base = `85${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String((n % 997) + 1).padStart(3, '0')}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

const row = (n, over = {}) => ({
  person: 'person', firstName: `First${n}`, lastName: `Last${n}`, email: `client${n}@example.be`, mobile: '+32470123456',
  registrationNumber: nationalNumber(n), language: 'dutch', street: 'Kerkstraat', houseNumber: '12', postalCode: '9000',
  city: 'Gent', clientCode: `A${n}`, ...over,
});

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Accounton clients" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A workbook with its parts in the order given (the sheet may come before the shared strings). */
async function workbook(sheetXml, sharedStrings, sheetFirst) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings}</sst>`;
  if (!sheetFirst) zip.file('xl/sharedStrings.xml', strings);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  if (sheetFirst) zip.file('xl/sharedStrings.xml', strings);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

async function hostileFiles(seeded) {
  const { writeTemplate } = build('io');
  const template = Buffer.from(await writeTemplate({ rows: Array.from({ length: 200 }, (_, i) => row(i)) }));
  const inline = '<row><c t="inlineStr"><is><t>person</t></is></c></row>';
  const bomb = await workbook(SHEET_HEAD + inline.repeat(Math.ceil((110 * 1024 * 1024) / inline.length)) + '</sheetData></worksheet>', '', false);
  // The sheet before the strings is spooled while the strings are read; its XML then breaks off.
  const spooled = await workbook(SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(40000) + '<row><c', '<si><t>x</t></si>', true);
  return {
    template,
    bomb,
    spooled,
    flipped: (i) => {
      const b = Buffer.from(template);
      const at = Math.floor(b.length / 5) + ((i * 7919) % Math.floor(b.length / 2));
      for (let k = 0; k < 16; k++) b[at + k] ^= 0xff;
      return b;
    },
    workflowId: seeded.workflowId,
  };
}

function multipart(boundary, parts, { truncate = false } = {}) {
  const chunks = [];
  for (const [name, value, filename] of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const body = Buffer.concat(chunks);
  return truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
}

/** Each kind of hostile request, as a function of its number; `legit` ones are not held to the 5 s bound. */
function attacks(firms, files, importIds) {
  const [a, b] = firms;
  // Each kind runs with a key of its own (created at the start), so that one kind's rate limit does not
  // keep the others from reaching the parsers.
  const auth = (key) => ({ authorization: `Bearer ${key}` });
  const json = (key, url, body, method = 'POST') => ({ method, url, headers: { ...auth(key), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const upload = (key, file, boundary = 'x1y2') => ({
    method: 'POST', url: '/api/v1/imports',
    headers: { ...auth(key), 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: multipart(boundary, [['workflowId', a.workflowId], ['file', file, 'clients.xlsx']]),
  });
  const part = [['file', Buffer.from('PK\u0003\u0004'), 'a.xlsx']];
  return [
    ['multipart without boundary', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'multipart/form-data' }, body: multipart('abc', part) })],
    ['multipart empty boundary', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'multipart/form-data; boundary=' }, body: multipart('abc', part) })],
    ['multipart other boundary', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'multipart/form-data; boundary=xyz' }, body: multipart('abc', part) })],
    ['multipart truncated', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'multipart/form-data; boundary=abc' }, body: multipart('abc', part, { truncate: true }) })],
    ['NUL and lone surrogates in cells', (i, key) => json(key, '/api/v1/imports', {
      workflowId: a.workflowId, source: 'cli',
      rows: [{ row: 2, values: row(i, { street: 'Rue\u0000' }) }, { row: 3, values: row(i + 1, { labels: 'vip,\ud800' }) },
        { row: 4, values: row(i + 2, { city: 'Gent\udfff', box: '\u0000', country: 'BE\u0000' }) }],
    })],
    ['commit with hostile rows', (i, key) => json(key, `/api/v1/imports/${importIds.hostile}/commit`, { add: [{ row: 2, language: 'dutch', questionnaireId: 'x\u0000' }] }, 'POST')],
    ['NUL in a path id', (i, key) => ({ method: 'GET', url: `/api/v1/imports/${importIds.a}%00`, headers: auth(key) })],
    ['long path id', (i, key) => ({ method: 'GET', url: `/api/v1/imports/${'a'.repeat(5000)}`, headers: auth(key) })],
    ['bad percent-encoding', (i, key) => ({ method: 'GET', url: ['/api/v1/imports/%ff', '/api/v1/imports/%zz', '/api/v1/imports/%'][i % 3], headers: auth(key) })],
    ['unknown route with an e-mail', (i, key) => ({ method: 'GET', url: `/api/v1/nothere/jan.peeters${i}@example.be`, headers: auth(key) })],
    ['malformed HTTP', (i) => ({ raw: ['GARBAGE\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 'GET /api/v1/me HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'][i % 3] })],
    ['wrong secret on a real prefix', (i, key) => ({ method: 'GET', url: '/api/v1/me', headers: auth(`${key.slice(0, -6)}${String(i).padStart(6, '0')}`) })],
    ['random key', (i) => ({ method: 'GET', url: '/api/v1/me', headers: auth(`acc_${crypto.randomUUID().replace(/-/g, '')}${i}`) })],
    ['no key', () => ({ method: 'GET', url: '/api/v1/me' })],
    ["another firm's import", (i) => (i % 2
      ? { method: 'GET', url: `/api/v1/imports/${importIds.a}`, headers: auth(b.adminKey) }
      : json(b.adminKey, `/api/v1/imports/${importIds.a}/commit`, { add: [] }))],
    ['invalid JSON', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'application/json' }, body: '{"rows": [' })],
    ['oversized JSON', (i, key) => ({ method: 'POST', url: '/api/v1/imports', headers: { ...auth(key), 'content-type': 'application/json' }, body: `{"rows":"${'x'.repeat(80 * 1024 * 1024)}"}` }), 4],
    ['workbook with flipped bytes', (i, key) => upload(key, files.flipped(i))],
    ['zip bomb (110 MB sheet)', (i, key) => upload(key, files.bomb), 6],
    ['sheet before strings, broken XML', (i, key) => upload(key, files.spooled), 30],
    ['legit upload (200 rows)', () => ({ ...upload(b.adminKey, files.template), legit: true }), 30],
  ];
}

function rawRequest(port, bytes, localAddress) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.setTimeout(SLOW_MS * 2, () => {
      socket.destroy();
      resolve(answer);
    });
    socket.write(bytes);
  });
}

function httpRequest(port, req, localAddress) {
  return new Promise((resolve) => {
    const r = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, localAddress, timeout: SLOW_MS * 4 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', (err) => resolve({ status: 0, text, error: err.code }));
    });
    // The server may close the connection on a body it refuses before reading it all: counted apart.
    r.on('error', (err) => resolve({ status: 0, text: '', error: err.code ?? err.message }));
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.end(req.body);
  });
}

const inShape = (text) => {
  try {
    const body = JSON.parse(text);
    return typeof body?.error?.code === 'string' && typeof body?.error?.message === 'string';
  } catch {
    return false;
  }
};

/** Sends one request from `localAddress` (each kind has its own: an address locked by one kind is its own). */
async function send(port, req, localAddress) {
  const t0 = performance.now();
  if (req.raw) {
    const answer = await rawRequest(port, req.raw, localAddress);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    return { status, shape: inShape(answer.slice(answer.indexOf('\r\n\r\n') + 4)), ms: performance.now() - t0 };
  }
  const { status, text, error } = await httpRequest(port, req, localAddress);
  return { status, shape: status < 400 || inShape(text), ms: performance.now() - t0, error };
}

function startServer(url, schema, tmp) {
  const execArgv = build('server/start').SERVER_NODE_FLAGS;
  const child = fork(__filename, ['--serve', url, schema || ''], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv, env: { ...process.env, TMPDIR: tmp } });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, ...m }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function serve(url, schema) {
  const { openDatabase } = build('server/db');
  const { buildApp } = build('server/app');
  const { seedDemoFirm } = build('server/db/seed');
  const adb = await openDatabase(url, { schema: schema || undefined });
  const firms = [await seedDemoFirm(adb.db), await seedDemoFirm(adb.db, { firmName: 'Other Firm' })];
  // The server as it runs: rate limits and the failed-authentication guard on.
  const app = await buildApp({ db: adb, logger: { level: 'warn' } });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', (m) => {
    if (m === 'rss') process.send({ rssMb: process.memoryUsage().rss / 2 ** 20, peakMb: process.resourceUsage().maxRSS / 1024 });
    if (m === 'exit') app.close().then(() => adb.close()).then(() => process.exit(0));
  });
  process.send({ baseUrl, firms });
}

const ask = (child) => new Promise((resolve) => {
  child.once('message', resolve);
  child.send('rss');
});

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).length;
}

async function attack(name, url, schema) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attack-tmp-'));
  const { child, baseUrl, firms } = await startServer(url, schema, tmp);
  try {
    const files = await hostileFiles(firms[0]);
    const preview = async (key, workflowId, rows) => {
      const res = await fetch(`${baseUrl}/api/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ workflowId, source: 'cli', rows }) });
      return (await res.json()).id;
    };
    const importIds = {
      a: await preview(firms[0].adminKey, firms[0].workflowId, [{ row: 2, values: row(1) }]),
      hostile: await preview(firms[0].adminKey, firms[0].workflowId, [{ row: 2, values: row(2, { labels: 'vip,\ud800' }) }]),
    };
    await new Promise((r) => setTimeout(r, 3000));
    const rest = await ask(child);
    const kinds = attacks(firms, files, importIds);
    const kindKeys = [];
    for (const [kind] of kinds) {
      const res = await fetch(`${baseUrl}/api/v1/keys`, {
        method: 'POST', headers: { authorization: `Bearer ${firms[0].adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ userEmail: firms[0].adminEmail, name: `attack: ${kind}` }),
      });
      kindKeys.push((await res.json()).key);
    }
    // Cheap kinds share what the heavy ones (weight) leave of the budget.
    const heavy = kinds.filter((k) => k[2]).reduce((s, k) => s + k[2], 0);
    const cheap = kinds.filter((k) => !k[2]);
    const plan = kinds.flatMap(([kind, make, weight], k) =>
      Array.from({ length: weight ?? Math.ceil((REQUESTS - heavy) / cheap.length) }, (_, i) => [kind, () => make(i, kindKeys[k]), `127.0.0.${10 + k}`]));
    for (let i = plan.length - 1; i > 0; i--) {
      const j = (i * 2654435761) % (i + 1);
      [plan[i], plan[j]] = [plan[j], plan[i]];
    }
    const port = Number(new URL(baseUrl).port);
    const results = [];
    let next = 0;
    let peakDuring = rest.rssMb;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < plan.length) {
        const [kind, make, address] = plan[next++];
        const req = make();
        results.push({ kind, legit: Boolean(req.legit), ...(await send(port, req, address)) });
        if (results.length % 250 === 0) peakDuring = Math.max(peakDuring, (await ask(child)).rssMb);
      }
    }));
    const wallS = (performance.now() - started) / 1000;
    const tempAfter = filesUnder(tmp);
    await new Promise((r) => setTimeout(r, SETTLE_S * 1000));
    const settled = await ask(child);

    const fivexx = results.filter((r) => r.status >= 500);
    const slow = results.filter((r) => !r.legit && r.ms > SLOW_MS);
    const outOfShape = results.filter((r) => r.status >= 400 && r.status < 500 && !r.shape);
    const noAnswer = results.filter((r) => r.status === 0);
    const byStatus = {};
    for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const sorted = results.filter((r) => !r.legit).map((r) => r.ms).sort((x, y) => x - y);
    console.log(`${name}: ${results.length} requests (${kinds.length} kinds, ${CONCURRENCY} at a time) in ${wallS.toFixed(1)} s; load average ${os.loadavg()[0].toFixed(2)}`);
    console.log(`  statuses ${JSON.stringify(byStatus)}`);
    console.log(`  5xx: ${fivexx.length} [goal 0]${fivexx.length ? ` (${[...new Set(fivexx.map((r) => r.kind))].join('; ')})` : ''}`);
    console.log(`  slower than 5 s (legitimate uploads aside): ${slow.length} [goal 0]; p99 ${sorted[Math.floor(sorted.length * 0.99)].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms${slow.length ? ` (${[...new Set(slow.map((r) => r.kind))].join('; ')})` : ''}`);
    console.log(`  4xx outside the JSON error shape: ${outOfShape.length} [goal 0]${outOfShape.length ? ` (${[...new Set(outOfShape.map((r) => r.kind))].join('; ')})` : ''}`);
    console.log(`  no HTTP answer: ${noAnswer.length}${noAnswer.length ? ` (${[...new Set(noAnswer.map((r) => `${r.kind}: ${r.error ?? 'closed'}`))].join('; ')})` : ''}`);
    const perKind = new Map();
    for (const r of results) perKind.set(r.kind, Math.max(perKind.get(r.kind) ?? 0, r.ms));
    console.log(`  slowest answer per kind: ${[...perKind].sort((x, y) => y[1] - x[1]).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join('; ')}`);
    console.log(`  temp files left: ${tempAfter} [goal 0]`);
    console.log(`  server RSS: ${rest.rssMb.toFixed(0)} MB at rest, ${peakDuring.toFixed(0)} MB sampled during (peak ${settled.peakMb.toFixed(0)} MB), ` +
      `${settled.rssMb.toFixed(0)} MB ${SETTLE_S} s after [goal: within 100 MB of rest: ${settled.rssMb - rest.rssMb <= 100 ? 'met' : 'MISSED'}]`);
  } finally {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.send('exit');
      setTimeout(() => child.kill('SIGTERM'), 5000).unref();
    });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv[2] === '--serve') return serve(process.argv[3], process.argv[4]);
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs`);
  await eachDatabase('attack', attack);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
