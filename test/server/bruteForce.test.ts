// Failed authentication is limited per address and per key, without letting an attacker lock out a
// firm's real key from where the firm uses it.
import crypto from 'node:crypto';
import { describeEachDb, startTestApp, type TestApp } from './helpers';

describeEachDb('brute force', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { trustProxy: true, authGuard: {} });
  });
  afterAll(() => t.close());

  const from = (address: string, key: string | null) =>
    t.call({ url: '/api/v1/me', key, headers: { 'x-forwarded-for': address } });
  const wrongSecret = (key: string) => key.slice(0, -6) + crypto.randomBytes(3).toString('hex');
  const randomKey = () => `acc_${crypto.randomBytes(6).toString('hex')}_${crypto.randomBytes(32).toString('base64url')}`;

  test('an address with 20 failed attempts is refused with 429 and Retry-After; other addresses are not', async () => {
    const codes = [];
    for (let i = 0; i < 22; i++) codes.push((await from('10.1.0.1', i % 2 ? null : randomKey())).statusCode);
    expect(codes).toEqual([...Array(20).fill(401), 429, 429]);
    const refused = await t.call({ url: '/api/v1/me', key: null, headers: { 'x-forwarded-for': '10.1.0.1', 'accept-language': 'nl' } });
    expect(refused.json().error.code).toBe('auth.tooManyFailures');
    expect(refused.json().error.message).toMatch(/Wacht \d+ seconden/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from('10.1.0.2', t.firm.adminKey)).statusCode).toBe(200);
  });

  test('wrong secrets lock a key, except where the firm already used it; the window ends', async () => {
    const key = t.firm.staffKey;
    expect((await from('10.2.0.1', key)).statusCode).toBe(200); // the firm's office
    const codes = [];
    // The attacker spreads over addresses so that no address limit is reached first.
    for (let i = 0; i < 12; i++) codes.push((await from(`10.3.0.${i}`, wrongSecret(key))).statusCode);
    expect(codes).toEqual([...Array(10).fill(401), 429, 429]);
    const elsewhere = await from('10.4.0.1', key);
    expect(elsewhere.statusCode).toBe(429);
    expect(elsewhere.json().error.code).toBe('auth.keyLocked');
    expect((await from('10.2.0.1', key)).statusCode).toBe(200);
    // Another key of the firm is not affected.
    expect((await from('10.4.0.1', t.firm.adminKey)).statusCode).toBe(200);

    const saved = t.clock.now;
    try {
      t.clock.now = new Date(saved.getTime() + 16 * 60_000);
      expect((await from('10.4.0.1', key)).statusCode).toBe(200);
    } finally {
      t.clock.now = saved;
    }
  });

  test('unknown keys count against the address only, never against a real key', async () => {
    for (let i = 0; i < 15; i++) expect((await from(`10.5.0.${i}`, randomKey())).statusCode).toBe(401);
    expect((await from('10.6.0.1', t.other.adminKey)).statusCode).toBe(200);
  });
});
