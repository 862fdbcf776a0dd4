// What differs between SQLite and PostgreSQL: the index-dodging firm filter is SQLite's alone.
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { openDatabase } from '../../../src/server/db';
import { postgres, sqlite, type Dialect } from '../../../src/server/db/dialect';
import type { Database } from '../../../src/server/db/types';

const byIds = (db: Kysely<Database>, dialect: Dialect) =>
  db.selectFrom('clients').select('id').where(dialect.firmOfClients('f1')).where(dialect.oneOf('id', ['a', 'b'])).compile();

describe('the firm filter of a lookup by client ids', () => {
  test("on SQLite, unary + keeps the planner off the firm's indexes: the clients are found by primary key", async () => {
    const adb = await openDatabase(':memory:');
    try {
      const query = byIds(adb.db, sqlite);
      expect(query.sql).toContain('where +"firm_id" = ?');
      const plan = await adb.db.executeQuery<{ detail: string }>({ ...query, sql: `explain query plan ${query.sql}` });
      expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/SEARCH clients USING INDEX sqlite_autoindex_clients_1 \(id=\?\)/);
    } finally {
      await adb.close();
    }
  });

  test('PostgreSQL gets the plain condition', () => {
    const db = new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    expect(byIds(db, postgres).sql).toBe('select "id" from "clients" where "firm_id" = $1 and "id" = any($2::text[])');
  });
});
