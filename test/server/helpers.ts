// Shared set-up for the API tests: the same suites run on SQLite and on PostgreSQL (one fresh schema
// per test file, so parallel jest workers never share tables).
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { Pool } from 'pg';
import type { FastifyInstance } from 'fastify';
import type { RowValues } from '../../src/core';
import { buildApp, type AppOptions } from '../../src/server/app';
import { openDatabase, type AppDatabase } from '../../src/server/db';
import { insertClients, type NewClient } from '../../src/server/db/clientWrites';
import { seedDemoFirm, type SeededFirm } from '../../src/server/db/seed';
import { STORED_FIELDS, fieldColumn } from '../../src/server/db/types';
import { emailNameKey } from '../../src/server/matching';

// Generous: the suites share two cores with everything else running on the machine.
jest.setTimeout(30000);

export const PG_URL = process.env.TEST_DATABASE_URL;
const REQUIRE_PG = process.env.REQUIRE_POSTGRES === '1';

export interface DbTarget {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestDatabase>;
}
export type TestDatabase = AppDatabase & { drop(): Promise<void> };

async function openSqlite(): Promise<TestDatabase> {
  const adb = await openDatabase(':memory:');
  return { ...adb, drop: () => adb.close() };
}

async function openPostgres(url: string): Promise<TestDatabase> {
  const schema = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const adb = await openDatabase(url, { schema });
  return {
    ...adb,
    drop: async () => {
      await adb.close();
      const pool = new Pool({ connectionString: url, max: 1 });
      try {
        await pool.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await pool.end();
      }
    },
  };
}

export const TARGETS: DbTarget[] = [
  { name: 'sqlite', open: openSqlite },
  { name: 'postgres', open: () => openPostgres(PG_URL!) },
];

/** Runs `suite` once per database; PostgreSQL is skipped (with the reason printed) when no URL is set. */
export function describeEachDb(title: string, suite: (target: DbTarget) => void): void {
  for (const target of TARGETS) {
    if (target.name === 'postgres' && !PG_URL) {
      if (REQUIRE_PG) {
        describe(`${title} [postgres]`, () => {
          test('PostgreSQL is available', () => {
            throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
          });
        });
      } else {
        console.log(`Skipping "${title}" on PostgreSQL: TEST_DATABASE_URL is not set.`);
        describe.skip(`${title} [postgres]`, () => suite(target));
      }
      continue;
    }
    describe(`${title} [${target.name}]`, () => suite(target));
  }
}

/** A valid Belgian national register number for a birth date in the 1900s and a counter. */
export function nationalNumber(yymmdd: string, counter: number): string {
  const base = `${yymmdd}${String(counter).padStart(3, '0')}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

/** The n-th distinct valid national number (born 1950–1999). */
export function nthNationalNumber(n: number): string {
  const day = (n % 28) + 1;
  const month = (Math.floor(n / 28) % 12) + 1;
  const year = 50 + (Math.floor(n / 336) % 50);
  const counter = Math.floor(n / 16800) + 1;
  return nationalNumber(`${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, counter);
}

export function clientRow(n: number, overrides: RowValues = {}): RowValues {
  return {
    person: 'person',
    firstName: `First${n}`,
    lastName: `Last${n}`,
    email: `client${n}@example.be`,
    mobile: '+32470123456',
    registrationNumber: nthNationalNumber(n),
    language: 'french',
    ...overrides,
  };
}

export interface CallOptions {
  method?: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** The API key to send (the firm's admin key by default; null for none). */
  key?: string | null;
}

export interface Reply {
  statusCode: number;
  headers: Headers;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One real HTTP request (Fastify's inject cannot load under jest). */
export async function httpCall(baseUrl: string, opts: CallOptions & { key?: string | null }): Promise<Reply> {
  const headers: Record<string, string> = { ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}), ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.payload instanceof FormData || typeof opts.payload === 'string' || opts.payload instanceof Uint8Array) body = opts.payload as BodyInit;
  else if (opts.payload !== undefined) {
    body = JSON.stringify(opts.payload);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(baseUrl + opts.url, { method: opts.method ?? 'GET', headers, body });
  const text = await res.text();
  return { statusCode: res.status, headers: res.headers, body: text, json: () => JSON.parse(text) };
}

export interface TestApp {
  app: FastifyInstance;
  adb: TestDatabase;
  firm: SeededFirm;
  other: SeededFirm;
  clock: { now: Date };
  close(): Promise<void>;
  baseUrl: string;
  call(opts: CallOptions): Promise<Reply>;
  preview(rows: RowValues[] | { row: number; values: RowValues }[], key?: string, extra?: object): Promise<PreviewBody>;
}

// Loose view of the preview JSON for assertions.
export interface PreviewBody {
  id: string;
  status: string;
  summary: Record<string, number>;
  importOnly: { row: number; values: RowValues; suggestedLanguage: string; suggestedQuestionnaireId: string | null }[];
  accountonOnly: { clientId: string; linkedToWorkflow: boolean; lastName: string | null }[];
  duplicates: { row: number; clientId: string; matchedBy: string; differences: { field: string; current: string | null; imported: string }[] }[];
  invalid: { row: number; issues: { code: string; field: string | null; message: string; severity: string }[] }[];
}

export async function startTestApp(target: DbTarget, opts: Partial<AppOptions> = {}): Promise<TestApp> {
  const adb = await target.open();
  const clock = { now: new Date('2026-03-01T10:00:00Z') };
  const firm = await seedDemoFirm(adb.db, { now: clock.now });
  const other = await seedDemoFirm(adb.db, { firmName: 'Other Firm', now: clock.now });
  const app = await buildApp({ db: adb, now: () => clock.now, rateLimit: false, authGuard: false, ...opts });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const call: TestApp['call'] = ({ key = firm.adminKey, ...rest }) => httpCall(baseUrl, { ...rest, key });
  const preview: TestApp['preview'] = async (rows, key = firm.adminKey, extra = {}) => {
    const body = {
      workflowId: key === other.adminKey ? other.workflowId : firm.workflowId,
      source: 'cli',
      rows: rows.map((r, i) => ('values' in r && typeof r.values === 'object' ? r : { row: i + 2, values: r })),
      ...extra,
    };
    const res = await call({ method: 'POST', url: '/api/v1/imports', payload: body, key });
    if (res.statusCode !== 201) throw new Error(`preview failed: ${res.statusCode} ${res.body}`);
    return res.json() as PreviewBody;
  };
  return {
    app, adb, firm, other, clock, call, preview, baseUrl,
    close: async () => {
      await app.close();
      await adb.drop();
    },
  };
}

/** Log lines written by a test app (`logger: { stream }`), to look for what must never be logged. */
export function logCapture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

/** A commit body adding every new client of a preview with its suggested language and questionnaire. */
export function addAll(p: PreviewBody) {
  return { add: p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId })) };
}

export function commit(t: TestApp, importId: string, body: object, key: string = crypto.randomUUID(), apiKey = t.firm.adminKey) {
  return t.call({ method: 'POST', url: `/api/v1/imports/${importId}/commit`, payload: body, headers: { 'idempotency-key': key }, key: apiKey });
}

/** Puts a client straight into the database (for states an import cannot create, e.g. a shared client code). */
export async function insertClient(adb: AppDatabase, firmId: string, values: RowValues): Promise<string> {
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  const row: Record<string, string | null> = { id, firm_id: firmId, created_at: at, updated_at: at, responsible_user_id: null };
  for (const field of STORED_FIELDS) row[fieldColumn(field)] = values[field] ?? null;
  row.email_name_key = emailNameKey(values.email, values.lastName);
  await adb.db.insertInto('clients').values(row as never).execute();
  return id;
}

/**
 * Puts `count` clients straight into the database in one statement, out of name order (Name00000…), so an
 * order seen later comes from a sort, not from insertion.
 */
export async function insertManyClients(t: TestApp, count: number): Promise<void> {
  const at = new Date().toISOString();
  const clients = Array.from({ length: count }, (_, i) => {
    const n = (i * 7919) % count;
    const values = clientRow(10_000 + n, { lastName: `Name${String(n).padStart(5, '0')}` });
    const row: Record<string, string | null> = {
      id: crypto.randomUUID(), firm_id: t.firm.firmId, email_name_key: emailNameKey(values.email, values.lastName),
      responsible_user_id: null, created_at: at, updated_at: at,
    };
    for (const f of STORED_FIELDS) row[fieldColumn(f)] = values[f] ?? null;
    return row as NewClient;
  });
  await t.adb.db.transaction().execute((trx) => insertClients(trx, t.adb.dialect, clients));
}

/** Previews rows and adds every new client with its suggested questionnaire. */
export async function importClients(t: TestApp, rows: RowValues[], key = t.firm.adminKey) {
  const p = await t.preview(rows, key);
  const add = p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
  const res = await commit(t, p.id, { add }, undefined, key);
  if (res.statusCode !== 200) throw new Error(`commit failed: ${res.statusCode} ${res.body}`);
  return { preview: p, result: res.json() as { created: { row: number; clientId: string }[]; conflicts: unknown[] } };
}

export async function clientsOf(t: TestApp, key = t.firm.adminKey, query = '') {
  const res = await t.call({ url: `/api/v1/clients?limit=1000${query}`, key });
  return res.json() as { total: number; clients: { id: string; values: RowValues; dossiers: { status: string; questionnaireId: string; workflowId: string }[] }[] };
}
