// `accounton-import seed-demo` through the real command.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../src/server/db';
import { findKeyOwner } from '../../src/server/db/firms';
import { keyPrefix } from '../../src/server/keys';

const BIN = path.join(__dirname, '../../bin/accounton-import.js');

test('seed-demo creates a firm in the given database and prints its keys as JSON', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  const db = path.join(dir, 'db.sqlite');
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'seed-demo', '--db', db, '--firm', 'Fiduciaire Test'], { cwd: dir });
  const out = JSON.parse(stdout);
  expect(Object.keys(out).sort()).toEqual(['adminKey', 'firmId', 'staffKey', 'workflowId']);
  const adb = await openDatabase(db);
  try {
    const admin = await findKeyOwner(adb.db, keyPrefix(out.adminKey)!);
    const staff = await findKeyOwner(adb.db, keyPrefix(out.staffKey)!);
    expect(admin).toMatchObject({ firm: { id: out.firmId, name: 'Fiduciaire Test' }, user: { role: 'admin' } });
    expect(staff?.user.role).toBe('staff');
  } finally {
    await adb.close();
  }
}, 30000);
