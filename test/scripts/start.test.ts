// `npm start` (scripts/start.js) as a user runs it: the web importer, the add-in pane and the API on one
// origin, the demo key printed on the first start only, and a clean stop on Ctrl+C (SIGINT to the whole
// process group, as a terminal sends it, its relaunched server included). `npm test` builds dist/ first,
// so nothing is rebuilt here. The first start on a machine without a dev certificate (a temporary HOME)
// creates one in ~/.office-addin-dev-certs, serves https with it and says how to trust it.
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { startCommand } from '../processes';

const START = path.join(__dirname, '../../scripts/start.js');

async function startOnce(db: string): Promise<{ stdout: string; origin: string; key: string | null; code: number | null }> {
  const start = await startCommand([START, '--port', '0', '--db', db, '--no-sideload', '--http'], /Press Ctrl\+C/, 60000);
  try {
    const origin = /Import API:\s+(\S+)\/api\/v1/.exec(start.stdout)![1];
    const key = /^\s+(acc_[0-9a-f]{12}_\S+)$/m.exec(start.stdout)?.[1] ?? null;
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect((await fetch(`${origin}/taskpane.html`)).status).toBe(200);
    expect((await fetch(`${origin}/api/v1/healthz`)).status).toBe(200);
    if (key) {
      const me = await fetch(`${origin}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
      expect((await me.json()).user.role).toBe('admin');
    }
    return { stdout: start.stdout, origin, key, code: await start.stop('Ctrl+C') };
  } finally {
    start.kill();
  }
}

test('npm start serves the web importer, the pane and the API on one origin, and stops on Ctrl+C', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-'));
  const db = path.join(dir, 'accounton.sqlite');
  const first = await startOnce(db);
  expect(first.code).toBe(0);
  expect(first.key).not.toBeNull();
  expect(first.origin).not.toMatch(/:0$/);
  const second = await startOnce(db);
  expect(second.code).toBe(0);
  expect(second.key).toBeNull();
}, 120000);

/** GET over https, trusting only `ca` (the dev certificate's authority), as a browser that imported it. */
function getTrusting(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('the first start without a dev certificate creates one in the home folder and serves https with it', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'start-home-'));
  const db = path.join(home, 'accounton.sqlite');
  const env = { ...process.env, HOME: home, USERPROFILE: home };
  const serve = async () => {
    const start = await startCommand([START, '--port', '0', '--db', db, '--no-sideload'], /Press Ctrl\+C/, 60000, env);
    try {
      const origin = /Add-in pane:\s+(\S+)\/taskpane\.html/.exec(start.stdout)![1];
      expect(origin).toMatch(/^https:\/\/localhost:\d+$/);
      const ca = fs.readFileSync(path.join(home, '.office-addin-dev-certs', 'ca.crt'));
      const pane = await getTrusting(`${origin}/taskpane.html`, ca);
      expect(pane.status).toBe(200);
      expect(pane.body).toContain('appsforoffice.microsoft.com');
      expect((await getTrusting(`${origin}/api/v1/healthz`, ca)).status).toBe(200);
      return { stdout: start.stdout, code: await start.stop('Ctrl+C') };
    } finally {
      start.kill();
    }
  };
  try {
    const first = await serve();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created a development certificate');
    for (const platform of ['Windows:', 'macOS:', 'Linux', 'Firefox:']) expect(first.stdout).toContain(platform);
    const second = await serve();
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Created a development certificate');
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}, 120000);
