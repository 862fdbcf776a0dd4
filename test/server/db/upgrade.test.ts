// A database made by an earlier release (fixtures/, made by scripts/release-fixtures.js and frozen) is migrated
// forward by today's code: nothing already run runs again, every client reads back as that release showed
// it, its stored preview still opens, a new import previews and commits, and the schema ends up the same
// as a fresh database's.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { sql } from 'kysely';
import { buildApp } from '../../../src/server/app';
import { openDatabase, type AppDatabase } from '../../../src/server/db';
import { MIGRATION_NAMES } from '../../../src/server/db/migrations';
import { PG_URL, describeEachDb, httpCall, type DbTarget, type Reply } from '../helpers';

const RELEASE = '6e8191a';
const FIXTURES = path.join(__dirname, 'fixtures');
/** The schema name the PostgreSQL dump was taken in. */
const DUMP_SCHEMA = 'release_fixture';

interface Fixture {
  now: string;
  firm: { firmId: string; adminKey: string; workflowId: string };
  clients: { total: number; clients: { id: string; values: Record<string, string> }[] };
  storedPreview: { id: string; duplicates: unknown[]; importOnly: unknown[] };
}

interface Opened { adb: AppDatabase; drop(): Promise<void> }

async function openRelease(target: DbTarget): Promise<Opened> {
  if (target.name === 'sqlite') {
    // A copy: the fixture itself never changes.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-'));
    const file = path.join(dir, 'db.sqlite');
    fs.copyFileSync(path.join(FIXTURES, `release-${RELEASE}.sqlite`), file);
    const adb = await openDatabase(file);
    return { adb, drop: async () => { await adb.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const schema = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  // pg_dump's text, in this test's own schema; its psql meta-commands (\restrict) are for psql only.
  const dump = fs
    .readFileSync(path.join(FIXTURES, `release-${RELEASE}.postgres.sql`), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('\\'))
    .join('\n')
    .replaceAll(`${DUMP_SCHEMA}.`, `${schema}.`)
    .replace(`CREATE SCHEMA ${DUMP_SCHEMA};`, `CREATE SCHEMA ${schema};`);
  const pool = new Pool({ connectionString: PG_URL, max: 1 });
  try {
    await pool.query(dump);
  } finally {
    await pool.end();
  }
  const adb = await openDatabase(PG_URL!, { schema });
  return {
    adb,
    drop: async () => {
      await adb.close();
      const drop = new Pool({ connectionString: PG_URL, max: 1 });
      try {
        await drop.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await drop.end();
      }
    },
  };
}

/** Tables, columns, indexes and constraints as the database describes them. */
async function schemaOf(adb: AppDatabase): Promise<unknown> {
  if (adb.dialect.name === 'sqlite') {
    const { rows } = await sql`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name`.execute(adb.db);
    return rows;
  }
  // By name, not position: a dump restores a table without the gaps that dropped columns left.
  const columns = await sql`select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = current_schema() order by table_name, column_name`.execute(adb.db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes
    where schemaname = current_schema() order by indexname`.execute(adb.db);
  const constraints = await sql`select c.conname, t.relname, pg_get_constraintdef(c.oid) as def from pg_constraint c
    join pg_class t on t.oid = c.conrelid where t.relnamespace = current_schema()::regnamespace order by c.conname`.execute(adb.db);
  const storage = await sql`select t.relname, a.attname, a.attstorage from pg_attribute a join pg_class t on t.oid = a.attrelid
    where t.relnamespace = current_schema()::regnamespace and t.relkind = 'r' and a.attnum > 0 and not a.attisdropped order by t.relname, a.attname`.execute(adb.db);
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(adb.db)).rows[0].s;
  return {
    columns: columns.rows,
    indexes: indexes.rows.map((r) => ({ ...r, indexdef: r.indexdef.replaceAll(`${schema}.`, '') })),
    constraints: constraints.rows,
    storage: storage.rows,
  };
}

describeEachDb(`a database made by release ${RELEASE}`, (target) => {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, `release-${RELEASE}.${target.name}.json`), 'utf8')) as Fixture;
  let opened: Opened;
  let close: () => Promise<void>;
  let call: (opts: { method?: string; url: string; payload?: unknown; headers?: Record<string, string> }) => Promise<Reply>;

  beforeAll(async () => {
    opened = await openRelease(target);
    const app = await buildApp({ db: opened.adb, now: () => new Date(fixture.now), rateLimit: false });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    call = (opts) => httpCall(baseUrl, { ...opts, url: `/api/v1${opts.url}`, key: fixture.firm.adminKey });
    close = async () => {
      await app.close();
      await opened.drop();
    };
  });
  afterAll(() => close());

  test('is migrated forward, running only the migrations it had not run', async () => {
    const ran = await opened.adb.db
      .selectFrom('kysely_migration' as never)
      .select(['name' as never, 'timestamp' as never])
      .orderBy('name' as never)
      .execute() as { name: string; timestamp: string }[];
    expect(ran.map((r) => r.name)).toEqual(MIGRATION_NAMES);
    // The release's five ran in one go, when the fixture was made; any later one ran now.
    const released = ran.slice(0, 5).map((r) => new Date(r.timestamp).getTime());
    expect(Math.max(...released) - Math.min(...released)).toBeLessThan(60_000);
  });

  test('reads every client back as the release showed it', async () => {
    const res = await call({ url: '/clients?limit=1000' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(fixture.clients);
  });

  test('opens the preview the release stored', async () => {
    const res = await call({ url: `/imports/${fixture.storedPreview.id}` });
    expect(res.statusCode).toBe(200);
    // The "only in Accounton" entries are read now: they have the previous season's flag since.
    const stored = fixture.storedPreview as typeof fixture.storedPreview & { accountonOnly: object[] };
    const accountonOnly = stored.accountonOnly.map((e) => ({ ...e, inPreviousSeason: false }));
    expect(res.json()).toEqual({ ...stored, accountonOnly });
  });

  test('previews and commits a new import', async () => {
    const anne = fixture.clients.clients.find((c) => c.values.firstName === 'Anne')!;
    const rows = [
      { row: 2, values: { person: 'person', firstName: 'Greet', lastName: 'Wouters', email: 'greet@example.be', language: 'dutch', labels: 'VIP' } },
      { row: 3, values: { ...anne.values, mobile: '+32478111222' } },
    ];
    const preview = await call({ method: 'POST', url: '/imports', payload: { workflowId: fixture.firm.workflowId, source: 'cli', rows } });
    expect(preview.statusCode).toBe(201);
    const p = preview.json();
    expect(p.importOnly.map((e: { row: number }) => e.row)).toEqual([2]);
    expect(p.duplicates).toMatchObject([{ row: 3, clientId: anne.id, differences: [{ field: 'mobile', current: null, imported: '+32478111222' }] }]);
    const add = p.importOnly.map((e: { row: number; suggestedLanguage: string; suggestedQuestionnaireId: string }) => ({
      row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId,
    }));
    const committed = await call({
      method: 'POST', url: `/imports/${p.id}/commit`, payload: { add, update: [{ row: 3, fields: ['mobile'] }] },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(committed.statusCode).toBe(200);
    expect(committed.json()).toMatchObject({ created: [{ row: 2 }], updated: [{ row: 3, clientId: anne.id, fields: ['mobile'] }], conflicts: [] });

    const after = (await call({ url: '/clients?limit=1000' })).json() as Fixture['clients'];
    expect(after.total).toBe(fixture.clients.total + 1);
    expect(after.clients.find((c) => c.id === anne.id)!.values).toEqual({ ...anne.values, mobile: '+32478111222' });
    expect(after.clients.find((c) => c.values.firstName === 'Greet')!.values).toMatchObject({ lastName: 'Wouters', labels: 'VIP' });
    for (const c of fixture.clients.clients.filter((c) => c.id !== anne.id)) {
      expect(after.clients.find((a) => a.id === c.id)).toEqual(c);
    }
  });

  test('ends with the schema of a fresh database', async () => {
    const fresh = await target.open();
    try {
      expect(await schemaOf(opened.adb)).toEqual(await schemaOf(fresh));
    } finally {
      await fresh.drop();
    }
  });
});
