// The real server as the end-to-end tests start it: the CLI's `serve` on a free port over a SQLite file,
// serving the built pages of dist/; and the CLI's other commands (seed-demo) on the same database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'accounton-import.js');
export const DIST = path.join(ROOT, 'dist');

export function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`accounton-import ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

export function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db, '--static', DIST], {
    cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', LANG: 'en' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(https?:\/\/[\d.:[\]a-z]+)/i.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
}
