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
  expect(Object.keys(out).sort()).toEqual(['adminKey', 'firmId', 'previousWorkflowId', 'staffKey', 'workflowId']);
  const adb = await openDatabase(db);
  try {
    const admin = await findKeyOwner(adb.db, keyPrefix(out.adminKey)!);
    const staff = await findKeyOwner(adb.db, keyPrefix(out.staffKey)!);
    expect(admin).toMatchObject({ firm: { id: out.firmId, name: 'Fiduciaire Test' }, user: { role: 'admin' } });
    expect(staff?.user.role).toBe('staff');
    // Two seasons: this assessment year's and last year's, which holds the demo clients' dossiers.
    const years = await adb.db.selectFrom('workflows').select(['id', 'tax_year']).orderBy('tax_year', 'desc').execute();
    expect(years.map((w) => w.id)).toEqual([out.workflowId, out.previousWorkflowId]);
    expect(Number(years[0].tax_year) - Number(years[1].tax_year)).toBe(1);
    const dossiers = await adb.db.selectFrom('dossiers').select('workflow_id').execute();
    expect(dossiers.length).toBeGreaterThan(0);
    expect(dossiers.every((d) => d.workflow_id === out.previousWorkflowId)).toBe(true);
    const questionnaires = await adb.db.selectFrom('questionnaires').select(['workflow_id', 'language']).execute();
    for (const id of [out.workflowId, out.previousWorkflowId]) {
      expect(questionnaires.filter((q) => q.workflow_id === id).map((q) => q.language).sort()).toEqual(['dutch', 'english', 'french']);
    }
  } finally {
    await adb.close();
  }
}, 30000);

test('the demo workflows are named in the language of whoever runs seed-demo', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  const names = async (lang: string) => {
    const db = path.join(dir, `${lang}.sqlite`);
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang };
    await promisify(execFile)(process.execPath, [BIN, 'seed-demo', '--db', db], { cwd: dir, env });
    const adb = await openDatabase(db);
    try {
      return (await adb.db.selectFrom('workflows').select(['name', 'tax_year']).orderBy('tax_year', 'desc').execute())
        .map((w) => w.name.replace(String(w.tax_year), 'YEAR'));
    } finally {
      await adb.close();
    }
  };
  expect(await names('fr_BE.UTF-8')).toEqual(['Impôt des personnes physiques YEAR', 'Impôt des personnes physiques YEAR']);
  expect(await names('nl_BE.UTF-8')).toEqual(['Personenbelasting YEAR', 'Personenbelasting YEAR']);
  expect(await names('en_GB.UTF-8')).toEqual(['Personal income tax YEAR', 'Personal income tax YEAR']);
}, 60000);
