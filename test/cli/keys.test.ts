// `accounton-import keys|users|audit` through the real command against a real server, and the local
// bootstrap of a first admin key into a server's own database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db';
import { cliAsync as cli } from './run';
import { startTestApp, TARGETS, type TestApp } from '../server/helpers';



jest.setTimeout(60000);

describe('keys, users and audit commands', () => {
  let t: TestApp;
  let remote: string[];
  beforeAll(async () => {
    t = await startTestApp(TARGETS[0]);
    remote = ['--url', t.baseUrl, '--key', t.firm.adminKey];
  });
  afterAll(() => t.close());

  test('users add and list; keys create, list and revoke; the audit shows them', async () => {
    const added = await cli(['users', 'add', '--email', 'anne@demo.example', '--name', 'Anne Janssens', '--role', 'staff', ...remote]);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/Added anne@demo\.example \(staff\)/) });
    expect((await cli(['users', 'list', ...remote])).stdout).toMatch(/anne@demo\.example {2}Anne Janssens {2}\(staff\)/);

    const created = await cli(['keys', 'create', '--user', 'anne@demo.example', '--name', 'Anne laptop', '--json', ...remote]);
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout);
    expect((await t.call({ url: '/api/v1/me', key: key.key })).json().user.email).toBe('anne@demo.example');

    const listed = await cli(['keys', 'list'], { ACCOUNTON_URL: t.baseUrl, ACCOUNTON_API_KEY: t.firm.adminKey });
    expect(listed.stdout).toMatch(new RegExp(`${key.id} {2}acc_${key.prefix}_… {2}Anne laptop {2}anne@demo\\.example \\(staff\\) {2}active`));
    expect(listed.stdout).not.toContain(key.key);

    const revoked = await cli(['keys', 'revoke', key.id, ...remote]);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringMatching(/is revoked/) });
    expect((await t.call({ url: '/api/v1/me', key: key.key })).json().error.code).toBe('auth.revoked');

    const audit = await cli(['audit', '--limit', '10', ...remote]);
    expect(audit.stdout).toMatch(/key\.revoked/);
    expect(audit.stdout).toMatch(/key\.created/);
    expect(audit.stdout).toMatch(/user\.added/);
    expect(audit.stdout).toMatch(/3 of 3 entries\./);
  });

  test('the last admin key is revoked only with --force; staff are refused; bad usage exits 2', async () => {
    const admin = (await t.call({ url: '/api/v1/keys', key: t.other.adminKey })).json().keys.find((k: { user: { role: string } }) => k.user.role === 'admin');
    const other = ['--url', t.baseUrl, '--key', t.other.adminKey];
    const refused = await cli(['keys', 'revoke', admin.id, ...other]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/last working administrator key/);
    expect(refused.stderr).toContain(`accounton-import keys revoke ${admin.id} --force`);
    expect((await cli(['keys', 'revoke', admin.id, '--force', ...other])).code).toBe(0);
    expect((await t.call({ url: '/api/v1/me', key: t.other.adminKey })).statusCode).toBe(401);

    const staff = await cli(['keys', 'list', '--url', t.baseUrl, '--key', t.firm.staffKey]);
    expect(staff.code).toBe(3);
    expect(staff.stderr).toMatch(/Only an administrator/);
    expect((await cli(['keys', 'create', ...remote])).code).toBe(2);
    expect((await cli(['keys', 'rotate', ...remote])).code).toBe(2);
    expect((await cli(['users', 'add', '--email', 'x@y.be', '--name', 'X', '--role', 'boss', ...remote])).code).toBe(2);
  });
});

describe('keys create --db: the first admin key', () => {
  test('creates the admin and a key the server accepts; an unknown firm exits 3', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    const file = path.join(dir, 'server.sqlite');
    try {
      const seeded = await cli(['seed-demo', '--db', file, '--firm', 'Fiduciaire Lambert']);
      const { firmId } = JSON.parse(seeded.stdout);
      expect((await cli(['keys', 'create', '--db', file, '--firm', 'Nobody', '--user', 'a@b.be'])).code).toBe(3);
      const made = await cli(['keys', 'create', '--db', file, '--firm', 'Fiduciaire Lambert', '--user', 'boss@lambert.be', '--json']);
      expect(made.code).toBe(0);
      const out = JSON.parse(made.stdout);
      expect(out).toMatchObject({ firm: { id: firmId }, user: { email: 'boss@lambert.be', role: 'admin' } });

      const adb = await openDatabase(file);
      const app = await buildApp({ db: adb, rateLimit: false });
      try {
        const url = await app.listen({ port: 0, host: '127.0.0.1' });
        const me = await (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${out.key}` } })).json();
        expect(me).toMatchObject({ firm: { id: firmId }, user: { email: 'boss@lambert.be', role: 'admin' } });
        const byId = await cli(['keys', 'create', '--db', file, '--firm', firmId, '--user', 'boss@lambert.be', '--name', 'Second']);
        expect(byId.stdout).toMatch(/New API key for boss@lambert\.be/);
      } finally {
        await app.close();
        await adb.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
