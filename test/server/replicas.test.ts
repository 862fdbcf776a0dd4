// Two servers on one PostgreSQL database (each its own pool, as two processes would have) share the rate
// limit and the limits on failed authentication.
import crypto from 'node:crypto';
import { Pool } from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openDatabase, type AppDatabase } from '../../src/server/db';
import { seedDemoFirm, type SeededFirm } from '../../src/server/db/seed';
import { httpCall, PG_URL } from './helpers';

const REQUIRE_PG = process.env.REQUIRE_POSTGRES === '1';
const describePg = PG_URL ? describe : REQUIRE_PG ? describe : describe.skip;

describePg('two replicas on one PostgreSQL database', () => {
  const schema = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const servers: { app: FastifyInstance; adb: AppDatabase; url: string }[] = [];
  let firm: SeededFirm;

  beforeAll(async () => {
    if (!PG_URL) throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
    for (let i = 0; i < 2; i++) {
      const adb = await openDatabase(PG_URL, { schema, poolSize: 2 });
      if (i === 0) firm = await seedDemoFirm(adb.db);
      const app = await buildApp({ db: adb, rateLimit: { max: 3, timeWindow: 60_000 }, authGuard: { limits: { addressFailures: 3 } } });
      servers.push({ app, adb, url: await app.listen({ port: 0, host: '127.0.0.1' }) });
    }
  });
  afterAll(async () => {
    for (const s of servers) {
      await s.app.close();
      await s.adb.close();
    }
    if (!PG_URL) return;
    const pool = new Pool({ connectionString: PG_URL, max: 1 });
    await pool.query(`drop schema if exists ${schema} cascade`).finally(() => pool.end());
  });

  test('a key limited to 3 a window: 2 requests on A and 2 on B, the 4th is 429', async () => {
    const [a, b] = servers.map((s) => (key: string | null) => httpCall(s.url, { url: '/api/v1/me', key }));
    const codes = [(await a(firm.adminKey)).statusCode, (await a(firm.adminKey)).statusCode, (await b(firm.adminKey)).statusCode];
    const fourth = await b(firm.adminKey);
    expect([...codes, fourth.statusCode]).toEqual([200, 200, 200, 429]);
    expect(fourth.json().error.code).toBe('request.rateLimited');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key has its own count.
    expect((await a(firm.staffKey)).statusCode).toBe(200);
  });

  test('failed attempts on both servers count together', async () => {
    const wrong = () => `acc_${crypto.randomBytes(6).toString('hex')}_${crypto.randomBytes(32).toString('base64url')}`;
    const [a, b] = servers.map((s) => () => httpCall(s.url, { url: '/api/v1/workflows', key: wrong() }));
    const codes = [(await a()).statusCode, (await b()).statusCode, (await a()).statusCode, (await b()).statusCode];
    expect(codes).toEqual([401, 401, 401, 429]);
  });
});
