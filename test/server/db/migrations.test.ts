// A stored field of the spec needs a migration that adds its column: this names the one to write. And
// processes starting at once on one database migrate it once.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { COLUMNS } from '../../../src/core/template/columns';
import { openDatabase, type AppDatabase } from '../../../src/server/db';
import { MIGRATION_NAMES } from '../../../src/server/db/migrations';
import { STORED_FIELDS, fieldColumn } from '../../../src/server/db/types';
import { describeEachDb, type TestDatabase } from '../helpers';

async function clientsColumns(adb: AppDatabase): Promise<string[]> {
  const { rows } =
    adb.dialect.name === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info('clients')`.execute(adb.db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = 'clients'`.execute(adb.db);
  return rows.map((r) => r.name);
}

/** What the test asks for: every stored field's column, or the migration that would add it. */
function missingColumns(fields: readonly string[], columns: readonly string[], column: (field: string) => string): string[] {
  const next = String(MIGRATION_NAMES.length + 1).padStart(4, '0');
  return fields
    .filter((f) => !columns.includes(column(f)))
    .map((f) => `spec field ${f} has no column ${column(f)} in clients: add migration ${next}_add_${column(f)}`);
}

describeEachDb('a freshly migrated database', (target) => {
  let adb: TestDatabase;
  beforeAll(async () => {
    adb = await target.open();
  });
  afterAll(() => adb.drop());

  test('has a clients column for every field the spec stores', async () => {
    const columns = await clientsColumns(adb);
    expect(missingColumns(STORED_FIELDS, columns, (f) => fieldColumn(f as never))).toEqual([]);
  });

  test('names the migration to write when the spec gains a stored field', async () => {
    const columns = await clientsColumns(adb);
    const fields = [...STORED_FIELDS, 'birthPlace'];
    expect(missingColumns(fields, columns, (f) => fieldColumn(f as never))).toEqual([
      `spec field birthPlace has no column birth_place in clients: add migration ${String(MIGRATION_NAMES.length + 1).padStart(4, '0')}_add_birth_place`,
    ]);
  });

  test('has no column for the fields the spec does not store', async () => {
    const columns = await clientsColumns(adb);
    for (const c of COLUMNS.filter((c) => !c.stored)) expect(columns).not.toContain(fieldColumn(c.key as never));
  });
});

test('processes starting at the same moment on a new SQLite file migrate it one after the other', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-'));
  // The built server (npm test builds before jest): each process loads it, then all open the file at once.
  const script = `const { openDatabase } = require(${JSON.stringify(path.join(__dirname, '../../../build/server/db'))});
    setTimeout(() => openDatabase(process.argv[1]).then((a) => a.close()), Number(process.argv[2]) - Date.now());`;
  try {
    for (let round = 0; round < 3; round++) {
      const file = path.join(dir, `${round}.sqlite`);
      const at = String(Date.now() + 1500);
      // Every process is waited for, and a failed one is shown with what it printed.
      const runs = await Promise.allSettled([1, 2, 3].map(() => promisify(execFile)(process.execPath, ['-e', script, file, at])));
      expect(runs.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as { stderr?: string }).stderr ?? r.reason)] : []))).toEqual([]);
      const adb = await openDatabase(file);
      try {
        const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(adb.db);
        expect(ran.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
      } finally {
        await adb.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30000);
