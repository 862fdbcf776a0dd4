// `accounton-import serve` through the real command: demo firm and key on first start only; it stops
// cleanly on SIGTERM and on Ctrl+C (SIGINT to the whole process group, its relaunched server included).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCommand } from '../processes';

const BIN = path.join(__dirname, '../../bin/accounton-import.js');

async function serveOnce(db: string, stop: 'SIGTERM' | 'Ctrl+C'): Promise<{ stdout: string; url: string; key: string | null; code: number | null }> {
  const serve = await startCommand([BIN, 'serve', '--port', '0', '--db', db], /Ctrl\+C/, 20000);
  try {
    const url = /listening on (\S+)/.exec(serve.stdout)![1];
    const key = /(acc_[0-9a-f]{12}_\S+)/.exec(serve.stdout)?.[1] ?? null;
    if (key) {
      const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
      expect((await me.json()).user.role).toBe('admin');
    }
    expect((await fetch(`${url}/api/v1/healthz`)).status).toBe(200);
    return { stdout: serve.stdout, url, key, code: await serve.stop(stop) };
  } finally {
    serve.kill();
  }
}

test('serve creates the demo firm on first start and prints its admin key only then', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const db = path.join(dir, 'data', 'api.sqlite');
  const first = await serveOnce(db, 'SIGTERM');
  expect(first.code).toBe(0);
  expect(first.key).not.toBeNull();
  expect(first.stdout).toContain('Demo Fiduciaire');
  expect(fs.existsSync(db)).toBe(true);
  const second = await serveOnce(db, 'Ctrl+C');
  expect(second.code).toBe(0);
  expect(second.key).toBeNull();
}, 60000);
