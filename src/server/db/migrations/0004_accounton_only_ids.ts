// A preview no longer holds the accountonOnly entries, only their ids in order: they are read a page at a
// time. Frozen.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { sql, type Kysely } from 'kysely';

const BROTLI_FAST = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('accounton_only_ids', 'text', (c) => c.notNull().defaultTo('')).execute();
  const rows = await sql<{ id: string; preview_other: Buffer }>`select id, preview_other from imports`.execute(db);
  for (const r of rows.rows) {
    const { accountonOnly, ...other } = JSON.parse(brotliDecompressSync(r.preview_other).toString('utf8')) as {
      accountonOnly: { clientId: string; linkedToWorkflow: boolean }[];
      summary: Record<string, number>;
    };
    other.summary.accountonOnlyNotLinked = accountonOnly.filter((e) => !e.linkedToWorkflow).length;
    await sql`update imports set preview_other = ${brotliCompressSync(JSON.stringify(other), BROTLI_FAST)},
      accounton_only_ids = ${accountonOnly.map((e) => e.clientId).join(',')} where id = ${r.id}`.execute(db);
  }
}
