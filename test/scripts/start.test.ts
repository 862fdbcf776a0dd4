// `npm start` (scripts/start.js) as a user runs it: the web importer, the add-in pane and the API on one
// origin, the demo key printed on the first start only, and a clean stop on Ctrl+C (SIGINT to the whole
// process group, as a terminal sends it, its relaunched server included). `npm test` builds dist/ first,
// so nothing is rebuilt here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCommand } from '../processes';

const START = path.join(__dirname, '../../scripts/start.js');

async function startOnce(db: string): Promise<{ stdout: string; origin: string; key: string | null; code: number | null }> {
  const start = await startCommand([START, '--port', '0', '--db', db, '--no-sideload'], /Press Ctrl\+C/, 60000);
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
