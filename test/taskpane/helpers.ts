// The real import API on a port (SQLite in memory), a workbook double holding the template with rows, and
// the pane's send controller over them: what the pane and ribbon tests share.
import type { FastifyInstance } from 'fastify';
import { createClient } from '../../src/api/client';
import type { FieldKey } from '../../src/core';
import { createAddin } from '../../src/commands/addin';
import { buildApp } from '../../src/server/app';
import { openDatabase, type AppDatabase } from '../../src/server/db';
import { seedDemoFirm, type SeededFirm } from '../../src/server/db/seed';
import { PaneController } from '../../src/taskpane/controller';
import type { SettingsStorage } from '../../src/taskpane/settings';
import { ExcelDouble } from '../excel/double';
import { sheetRow } from '../excel/fixtures';
import { addExistingClient, FILE_ROWS } from '../ui/review/fixtures';

export interface Api {
  baseUrl: string;
  adb: AppDatabase;
  close(): Promise<void>;
}

export async function startApi(): Promise<Api> {
  const adb = await openDatabase(':memory:');
  const app: FastifyInstance = await buildApp({ db: adb, rateLimit: false });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return { baseUrl, adb, close: async () => { await app.close(); await adb.close(); } };
}

let firms = 0;

/** A firm with one client already in Accounton (EXISTING), as an earlier import left it. */
export async function firmWithClient(api: Api): Promise<SeededFirm> {
  const firm = await seedDemoFirm(api.adb.db, { firmName: `Pane firm ${++firms}` });
  await addExistingClient(createClient({ baseUrl: api.baseUrl, apiKey: firm.adminKey }), firm.workflowId);
  return firm;
}

/** The sheet's rows: two new clients, the existing client with new values, one invalid national number. */
export const SHEET: { row: number; values: Partial<Record<FieldKey, string>> }[] = FILE_ROWS;

/** Settings storage in memory (the pane's localStorage), with what was written. */
export function memoryStorage(initial: Record<string, string> = {}): NonNullable<SettingsStorage> & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A workbook with the template and the SHEET rows, live validation running, and the pane's controller. */
export async function paneOver(api: Api, firm: SeededFirm | null, rows = SHEET) {
  const xl = new ExcelDouble();
  const storage = memoryStorage(firm ? { 'accounton-addin.apiKey': firm.adminKey } : {});
  const shown: string[] = [];
  const pane = new PaneController({
    host: xl.host,
    lang: 'en',
    storage,
    origin: api.baseUrl,
    showPane: async () => void shown.push('pane'),
  });
  const addin = createAddin(xl.host, 'en', pane.store);
  await addin.insertTemplate();
  const sheet = xl.sheet('Accounton clients');
  if (rows.length > 0) xl.userSet(sheet, 'A2', rows.map((r) => sheetRow(r.values)));
  await xl.settle();
  return { xl, sheet, addin, pane, storage, shown };
}
