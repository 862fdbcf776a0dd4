#!/usr/bin/env node
// Makes the upgrade test's fixtures (test/server/db/fixtures/) with a released version of the server:
// a firm with users and keys, a workflow, clients with labels and dossiers, an updated client and a stored
// preview, as an SQLite file and as PostgreSQL SQL (pg_dump), each with what that release's API answered.
// The fixtures are frozen once committed; this script only documents how they were made.
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node scripts/release-fixtures.js [commit]
//
// Needs git, pg_dump and a PostgreSQL server. The release is checked out in a temporary worktree and
// compiled there (with this tree's node_modules).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const RELEASE = process.argv[2] ?? '6e8191a';
const PG_URL = process.env.TEST_DATABASE_URL;
const PG_SCHEMA = 'release_fixture';
const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'test', 'server', 'db', 'fixtures');
const NOW = new Date('2026-03-01T10:00:00Z');

function nationalNumber(yymmdd, counter) {
  const base = `${yymmdd}${String(counter).padStart(3, '0')}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

const ROWS = [
  { firstName: 'Anne', lastName: 'Peeters', email: 'anne@example.be', registrationNumber: nationalNumber('850101', 1), language: 'dutch',
    labels: 'bureau Gent,VIP', clientCode: 'C001', street: 'Kerkstraat', houseNumber: '12', box: 'B', postalCode: '9000', city: 'Gent' },
  { firstName: 'Bernard', lastName: 'Dubois', email: 'bernard@example.be', registrationNumber: nationalNumber('700315', 2), language: 'french',
    mobile: '+32470123456', spouseRegistrationNumber: nationalNumber('720610', 3), enterpriseNumber: '0403170701', labels: 'VIP' },
  { firstName: 'Chloé', lastName: 'Lambert', email: 'chloe@example.be', language: 'english', country: 'France', postalCode: '75001',
    declarationDeadline: '2026-06-30', clientCode: 'C003' },
  { firstName: 'Dirk', lastName: 'Janssens', email: 'dirk@example.be', registrationNumber: nationalNumber('601224', 4), language: 'dutch',
    responsibleEmail: 'staff@demo-fiduciaire.example' },
].map((values) => ({ person: 'person', ...values }));

async function call(baseUrl, key, method, url, payload, headers = {}) {
  const res = await fetch(baseUrl + '/api/v1' + url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
    body: payload ? JSON.stringify(payload) : undefined,
  });
  const body = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Fills a database with the release's own API, and returns what the API answered at the end. */
async function fill(release, url, opts) {
  const { openDatabase } = require(path.join(release, 'build/server/db'));
  const { seedDemoFirm } = require(path.join(release, 'build/server/db/seed'));
  const { buildApp } = require(path.join(release, 'build/server/app'));
  const adb = await openDatabase(url, opts);
  const firm = await seedDemoFirm(adb.db, { now: NOW });
  const app = await buildApp({ db: adb, now: () => NOW, rateLimit: false });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const key = firm.adminKey;
    const rows = (list) => list.map((values, i) => ({ row: i + 2, values }));
    const first = await call(baseUrl, key, 'POST', '/imports', { workflowId: firm.workflowId, source: 'cli', rows: rows(ROWS) });
    const add = first.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
    await call(baseUrl, key, 'POST', `/imports/${first.id}/commit`, { add }, { 'idempotency-key': 'fixture-1' });
    // A duplicate whose city and labels are taken from the import.
    const second = await call(baseUrl, key, 'POST', '/imports', {
      workflowId: firm.workflowId, source: 'excel-addin', rows: rows([{ ...ROWS[0], city: 'Gentbrugge', labels: 'bureau Gent,export' }]),
    });
    await call(baseUrl, key, 'POST', `/imports/${second.id}/commit`, { update: [{ row: 2, fields: ['city', 'labels'] }] }, { 'idempotency-key': 'fixture-2' });
    // A preview left uncommitted: a new client, a duplicate with differences, an invalid row.
    const stored = await call(baseUrl, key, 'POST', '/imports', {
      workflowId: firm.workflowId, source: 'web',
      rows: rows([
        { person: 'person', firstName: 'Emma', lastName: 'Maes', email: 'emma@example.be', language: 'french', labels: 'nouveau' },
        { ...ROWS[1], mobile: '+32471999888' },
        { person: 'person', firstName: 'Fout', email: 'not-an-email', language: 'dutch' },
      ]),
    });
    return {
      release: RELEASE,
      now: NOW.toISOString(),
      firm,
      clients: await call(baseUrl, key, 'GET', '/clients?limit=1000'),
      storedPreview: await call(baseUrl, key, 'GET', `/imports/${stored.id}`),
    };
  } finally {
    await app.close();
    await adb.close();
  }
}

async function main() {
  if (!PG_URL) throw new Error('set TEST_DATABASE_URL to a PostgreSQL database');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  const release = path.join(tmp, 'tree');
  const run = (cmd, args, cwd = ROOT) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  run('git', ['worktree', 'add', '--detach', release, RELEASE]);
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(release, 'node_modules'));
    run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.node.json'], release);
    fs.mkdirSync(OUT, { recursive: true });
    const name = `release-${RELEASE}`;

    const file = path.join(tmp, 'release.sqlite');
    const sqlite = await fill(release, file);
    // Closing checkpointed the write-ahead log: the file alone holds the database.
    fs.copyFileSync(file, path.join(OUT, `${name}.sqlite`));
    fs.writeFileSync(path.join(OUT, `${name}.sqlite.json`), JSON.stringify(sqlite, null, 2) + '\n');

    const { Pool } = require('pg');
    const pool = new Pool({ connectionString: PG_URL, max: 1 });
    await pool.query(`drop schema if exists ${PG_SCHEMA} cascade`);
    await pool.end();
    const postgres = await fill(release, PG_URL, { schema: PG_SCHEMA });
    const dump = run('pg_dump', ['--schema', PG_SCHEMA, '--inserts', '--no-owner', '--no-privileges', '--no-comments', PG_URL]);
    fs.writeFileSync(path.join(OUT, `${name}.postgres.sql`), dump);
    fs.writeFileSync(path.join(OUT, `${name}.postgres.json`), JSON.stringify(postgres, null, 2) + '\n');
    const drop = new Pool({ connectionString: PG_URL, max: 1 });
    await drop.query(`drop schema ${PG_SCHEMA} cascade`);
    await drop.end();
  } finally {
    run('git', ['worktree', 'remove', '--force', release]);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
