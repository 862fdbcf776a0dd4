// The preview as stored (compressed, in two parts) and read back; the accountonOnly bucket as the
// database builds it; a preview stored before the compressed format still opens after the upgrade.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db';
import type { DialectName } from '../../src/server/db/dialect';
import { migrations } from '../../src/server/db/migrations';
import type { Database } from '../../src/server/db/types';
import { seedDemoFirm } from '../../src/server/db/seed';
import { clientRow, commit, describeEachDb, httpCall, insertClient, PG_URL, startTestApp, type TestApp } from './helpers';

describeEachDb('stored preview', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  test('GET /imports/:id returns the preview exactly as POST sent it, then its new status', async () => {
    await insertClient(t.adb, t.firm.firmId, clientRow(1));
    await insertClient(t.adb, t.firm.firmId, clientRow(2));
    const p = await t.preview([clientRow(1, { city: 'Gent' }), clientRow(3, { labels: 'é,ü' }), clientRow(4, { email: 'bad' })]);
    expect(p.summary).toEqual({ total: 3, importOnly: 1, duplicates: 1, duplicatesNotInWorkflow: 1, invalid: 1, accountonOnly: 1, accountonOnlyNotLinked: 1 });
    const read = await t.call({ url: `/api/v1/imports/${p.id}` });
    expect(read.json()).toEqual(p);
    expect(Object.keys(read.json())).toEqual(Object.keys(p));

    const add = p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
    expect((await commit(t, p.id, { add })).statusCode).toBe(200);
    const after = (await t.call({ url: `/api/v1/imports/${p.id}` })).json();
    expect(after).toEqual({ ...p, status: 'committed' });
  });

  test('clients only in Accounton come by last name then first name, with every field', async () => {
    const before = (await t.preview([])).accountonOnly.length;
    const zed = await insertClient(t.adb, t.firm.firmId, clientRow(50, { firstName: 'Anna', lastName: 'Zed' }));
    const abelB = await insertClient(t.adb, t.firm.firmId, clientRow(51, { firstName: 'Bert', lastName: 'Abel', clientCode: 'K51' }));
    const abelA = await insertClient(t.adb, t.firm.firmId, clientRow(52, { firstName: 'Ann', lastName: 'Abel', clientCode: 'K52' }));
    const p = await t.preview([clientRow(60)]);
    expect(p.accountonOnly).toHaveLength(before + 3);
    const names = p.accountonOnly.map((c) => c.lastName ?? '');
    expect(names).toEqual([...names].sort());
    const ours = p.accountonOnly.filter((c) => [zed, abelB, abelA].includes(c.clientId));
    expect(ours).toEqual([
      { clientId: abelA, firstName: 'Ann', lastName: 'Abel', email: clientRow(52).email, clientCode: 'K52', linkedToWorkflow: false, inPreviousSeason: false },
      { clientId: abelB, firstName: 'Bert', lastName: 'Abel', email: clientRow(51).email, clientCode: 'K51', linkedToWorkflow: false, inPreviousSeason: false },
      { clientId: zed, firstName: 'Anna', lastName: 'Zed', email: clientRow(50).email, clientCode: null, linkedToWorkflow: false, inPreviousSeason: false },
    ]);
  });

  test('a client some row matches, even an invalid row, is never only in Accounton', async () => {
    const byCode = await insertClient(t.adb, t.firm.firmId, clientRow(70, { registrationNumber: undefined, clientCode: 'K70' }));
    const byEmail = await insertClient(t.adb, t.firm.firmId, clientRow(71, { registrationNumber: undefined }));
    const p = await t.preview([
      clientRow(72, { registrationNumber: '', clientCode: 'K70', email: 'bad' }),
      clientRow(73, { registrationNumber: '', email: clientRow(71).email!.toUpperCase(), lastName: clientRow(71).lastName }),
    ]);
    expect(p.invalid.map((e) => e.row)).toEqual([2]);
    const ids = p.accountonOnly.map((c) => c.clientId);
    expect(ids).not.toContain(byCode);
    expect(ids).not.toContain(byEmail);
    expect(p.duplicates.map((d) => d.clientId)).toContain(byEmail);
  });

  test('a preview stored before the compressed format opens after the upgrade', async () => {
    const old = await openAtFirstMigration(target.name);
    try {
      const firm = await seedDemoFirm(old.db);
      const id = crypto.randomUUID();
      const ann = { clientId: crypto.randomUUID(), firstName: 'Ann', lastName: 'Abel', email: null, clientCode: 'C1', linkedToWorkflow: false };
      // The columns as 0001 named them.
      await old.db.insertInto('clients').values({
        id: ann.clientId, firm_id: firm.firmId, firstName: ann.firstName, lastName: ann.lastName, clientCode: ann.clientCode,
        created_at: '2029-01-01T00:00:00.000Z', updated_at: '2029-01-01T00:00:00.000Z',
      } as never).execute();
      const stored = {
        workflowId: firm.workflowId, source: 'cli', createdAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-01-02T00:00:00.000Z',
        summary: { total: 0, importOnly: 0, accountonOnly: 1, duplicates: 0, invalid: 0 },
        importOnly: [],
        accountonOnly: [ann],
        duplicates: [],
        invalid: [],
      };
      const user = await old.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      await sql`insert into imports (id, firm_id, workflow_id, created_by, source, status, preview, total, import_only, accounton_only,
        duplicates, invalid, created_at, expires_at, committed_at)
        values (${id}, ${firm.firmId}, ${firm.workflowId}, ${user.id}, 'cli', 'preview', ${JSON.stringify(stored)}, 0, 0, 1, 0, 0,
        ${stored.createdAt}, ${stored.expiresAt}, null)`.execute(old.db);
      await old.db.destroy();
      const adb = await openDatabase(old.url, old.schema ? { schema: old.schema } : {});
      const app = await buildApp({ db: adb, rateLimit: false, now: () => new Date('2030-01-01T01:00:00Z') });
      try {
        const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
        const res = await httpCall(baseUrl, { url: `/api/v1/imports/${id}`, key: firm.adminKey });
        expect(res.statusCode).toBe(200);
        // The not-linked count, new since, is worked out from the stored entries; the entries are read now.
        expect(res.json()).toEqual({
          id, status: 'preview', ...stored, summary: { ...stored.summary, accountonOnlyNotLinked: 1 },
          accountonOnly: [{ ...ann, inPreviousSeason: false }],
        });
      } finally {
        await app.close();
        await adb.close();
      }
    } finally {
      await old.drop();
    }
  });
});

/** A database with only the first migration applied, as an older server left it. */
async function openAtFirstMigration(dialect: DialectName) {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stored-preview-'));
    const url = path.join(dir, 'old.sqlite');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(url) }) });
    await new Migrator({ db, provider: migrations('sqlite') }).migrateTo('0001_initial');
    return { db, url, schema: undefined, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `old_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Pool({ connectionString: PG_URL, max: 1 });
  await admin.query(`create schema ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: PG_URL, max: 2, options: `-c search_path=${schema}` }) }) });
  await new Migrator({ db, provider: migrations('postgres'), migrationTableSchema: schema }).migrateTo('0001_initial');
  return {
    db,
    url: PG_URL!,
    schema,
    drop: async () => {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}
