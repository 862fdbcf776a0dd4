// Opens the database named by a URL (SQLite file by default, PostgreSQL for postgres://) and migrates it.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { DIALECTS, type Dialect } from './dialect';
import { migrations } from './migrations/index'; // the folder's index, never a stale build/…/migrations.js of an older release
import type { Database } from './types';

export type { Dialect } from './dialect';

export interface AppDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE = path.join('data', 'accounton.sqlite');

/** How long opening a SQLite file waits for other processes that hold it. */
const SQLITE_BUSY_MS = 10_000;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export interface OpenOptions {
  /** PostgreSQL schema to use (created if missing); lets parallel test files share one database. */
  schema?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(url: string = DEFAULT_DATABASE, opts: OpenOptions = {}): Promise<AppDatabase> {
  if (isPostgresUrl(url)) return openMigrated(await openPostgres(url, opts));
  // Processes opening one new file at once: SQLite has been seen to answer the switch to WAL with "busy"
  // at once instead of waiting busy_timeout (not reproduced on Linux). Any busy answer while opening or
  // migrating tries the whole open again, with a growing pause, for as long as busy_timeout would wait.
  const deadline = Date.now() + SQLITE_BUSY_MS;
  for (let pause = 10; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await openMigrated(openSqlite(url));
    } catch (err) {
      if (!isSqliteBusy(err) || Date.now() + pause > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function openMigrated(adb: AppDatabase): Promise<AppDatabase> {
  try {
    await migrate(adb);
  } catch (err) {
    await adb.close();
    throw err;
  }
  return adb;
}

/** SQLITE_BUSY and its extended codes, here or as the cause of the migration's error. */
function isSqliteBusy(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code: unknown = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  }
  return false;
}

function openSqlite(url: string): AppDatabase {
  const file = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  try {
    // The timeout first: switching a new file to WAL waits for a process that is migrating it.
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_MS}`);
    if (file !== ':memory:') switchToWal(sqlite);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // 16 MB of page cache: a commit's index updates stay fast, and the server's memory stays small (the
  // operating system caches the file anyway).
  sqlite.pragma('cache_size = -16384');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: DIALECTS.sqlite, close: () => db.destroy() };
}

/** WAL is kept in the file: read it first, so that only a new file takes the lock that switching needs. */
function switchToWal(sqlite: SqliteDatabase.Database): void {
  if (sqlite.pragma('journal_mode', { simple: true }) === 'wal') return;
  if (sqlite.pragma('journal_mode = WAL', { simple: true }) === 'wal') return;
  throw Object.assign(new Error('database is locked: it could not be switched to WAL'), { code: 'SQLITE_BUSY' });
}

async function openPostgres(url: string, opts: OpenOptions): Promise<AppDatabase> {
  const schema = opts.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  // Loaded only for PostgreSQL: an SQLite server does without its memory.
  const { Pool } = await import('pg');
  if (schema) {
    const setup = new Pool({ connectionString: url, max: 1 });
    try {
      await setup.query(`create schema if not exists ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: DIALECTS.postgres, close: () => db.destroy() };
}

async function migrate(adb: AppDatabase): Promise<void> {
  // Kysely looks for its migration tables in every schema unless told which: name ours, or another
  // schema's tables (a second app or test in the same database) would be taken for them.
  const schema =
    adb.dialect.name === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(adb.db)).rows[0].name : undefined;
  const migrator = new Migrator({ db: adb.db, provider: migrations(adb.dialect.name), ...(schema ? { migrationTableSchema: schema } : {}) });
  // Kysely serializes migrations with an advisory lock on PostgreSQL but takes none on SQLite: there one
  // write transaction around the run makes a second process wait (busy_timeout) and then find all done.
  // Its one connection runs the migrations, so they run inside this transaction.
  const sqliteLock = adb.dialect.name === 'sqlite';
  if (sqliteLock) await sql`begin immediate`.execute(adb.db);
  const { error, results } = await migrator.migrateToLatest();
  if (sqliteLock) await sql.raw(error ? 'rollback' : 'commit').execute(adb.db);
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const message = error instanceof Error ? error.message : String(error);
  throw new Error(failed ? `migration ${failed} failed: ${message}` : message, { cause: error });
}
