// What differs between SQLite and PostgreSQL in the client queries, in one place: every other query is
// the same text on both.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './types';

export type DialectName = 'sqlite' | 'postgres';

export interface Dialect {
  readonly name: DialectName;
  /** `column` is one of `values`, however many, as one parameter. */
  oneOf(column: string, values: string[]): RawBuilder<boolean>;
  /** The firm filter of a lookup by client ids. */
  firmOfClients(firmId: string): RawBuilder<boolean>;
  /**
   * Makes a firm's commits run one at a time, until the transaction ends. Matching by client code or by
   * e-mail and last name has no unique index to fall back on (both may legitimately repeat), so under
   * PostgreSQL's READ COMMITTED two overlapping commits would each see "no such client" and both insert.
   * SQLite already serializes writers.
   */
  lockFirmCommits(trx: Kysely<Database>, firmId: string): Promise<void>;
  /** Whether one query may OR the lookups of several indexes (or each gets its own query). */
  readonly combinesIndexLookups: boolean;
  /**
   * Inserts rows of text columns; `tail` ends the statement (`on conflict ...`, `returning ...`). Returns the
   * rows the tail returns.
   */
  insertRows<T, R = unknown>(db: Kysely<Database>, table: string, columns: readonly (keyof T & string)[], rows: T[], tail?: RawBuilder<unknown>): Promise<R[]>;
}

/** Parameters per multi-row insert (SQLite allows 32,766). */
const INSERT_PARAMS = 30000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const value = <T>(row: T, column: keyof T & string) => (row[column] ?? null) as unknown;

export const sqlite: Dialect = {
  name: 'sqlite',
  oneOf: (column, values) => sql`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`,
  // Unary plus makes the column an expression (SQLite's documented way to disqualify an index): SQLite then
  // finds the ids by the primary key instead of walking a (firm_id, ...) index through all the firm's clients.
  firmOfClients: (firmId) => sql<boolean>`+${sql.ref('firm_id')} = ${firmId}`,
  lockFirmCommits: async () => {},
  // SQLite's plan for an OR of index lookups scans the firm instead.
  combinesIndexLookups: false,
  async insertRows<T, R>(db: Kysely<Database>, table: string, columns: readonly (keyof T & string)[], rows: T[], tail = sql``) {
    const out: R[] = [];
    for (const chunk of chunks(rows, Math.max(1, Math.floor(INSERT_PARAMS / columns.length)))) {
      // Kysely's own multi-row insert (columns from the rows' keys); executeQuery returns the tail's rows.
      const query = db.insertInto(table as keyof Database).values(chunk as never).modifyEnd(tail);
      out.push(...(await db.executeQuery<R>(query)).rows);
    }
    return out;
  },
};

export const postgres: Dialect = {
  name: 'postgres',
  // A text array: `= any(...)` probes the index a third faster than a JSON subquery.
  oneOf: (column, values) => sql`${sql.ref(column)} = any(${values}::text[])`,
  // PostgreSQL plans the plain condition well (the primary key, then a filter).
  firmOfClients: (firmId) => sql<boolean>`${sql.ref('firm_id')} = ${firmId}`,
  // A transaction-scoped advisory lock on the firm: the second commit waits until the first has committed,
  // and its re-match then sees the new clients.
  lockFirmCommits: async (trx, firmId) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${'accounton.commit:' + firmId}, 0))`.execute(trx);
  },
  // PostgreSQL combines the index lookups of one query (a bitmap OR).
  combinesIndexLookups: true,
  async insertRows<T, R>(db: Kysely<Database>, table: string, columns: readonly (keyof T & string)[], rows: T[], tail = sql``) {
    if (rows.length === 0) return [];
    return (await sql<R>`insert into ${sql.table(table)} ${unnestRows(columns, rows)} ${tail}`.execute(db)).rows;
  },
};

/**
 * `(columns) select ... from unnest(...)`: rows of text columns as one array parameter per column, one short
 * statement whatever the row count. A value every row shares (the firm, the time) goes once, not once per
 * row: less to serialize and to parse.
 */
function unnestRows<T>(columns: readonly (keyof T & string)[], rows: T[]): RawBuilder<unknown> {
  const shared = (c: keyof T & string) => rows.every((r) => value(r, c) === value(rows[0], c));
  // The first column (the id) always varies: unnest needs one array to give the row count.
  const varying = columns.filter((c, i) => i === 0 || !shared(c));
  const select = columns.map((c) => (varying.includes(c) ? sql.ref(`u.${c}`) : sql`${value(rows[0], c)}::text`));
  const arrays = varying.map((c) => sql`${rows.map((r) => value(r, c))}::text[]`);
  return sql`(${sql.join(columns.map((c) => sql.ref(c)))}) select ${sql.join(select)}
    from unnest(${sql.join(arrays)}) as u(${sql.join(varying.map((c) => sql.ref(c)))})`;
}

export const DIALECTS: Record<DialectName, Dialect> = { sqlite, postgres };
