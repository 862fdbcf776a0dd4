// A preview holds 95,000 clients for a large firm: stored compressed (brotli, a sixth of the size), in two
// parts so that a commit reads only the rows it may add or update (importOnly and duplicates). Frozen.
import { brotliCompressSync, constants } from 'node:zlib';
import { sql, type Kysely } from 'kysely';

const BROTLI_FAST = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };

export async function up(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const binary = dialect === 'sqlite' ? 'blob' : 'bytea';
  await db.schema.alterTable('imports').addColumn('preview_rows', binary).execute();
  await db.schema.alterTable('imports').addColumn('preview_other', binary).execute();
  const rows = await sql<{ id: string; preview: string }>`select id, preview from imports`.execute(db);
  for (const r of rows.rows) {
    const { importOnly, duplicates, ...other } = JSON.parse(r.preview) as Record<string, unknown>;
    const [previewRows, previewOther] = [{ importOnly, duplicates }, other].map((part) => brotliCompressSync(JSON.stringify(part), BROTLI_FAST));
    await sql`update imports set preview_rows = ${previewRows}, preview_other = ${previewOther} where id = ${r.id}`.execute(db);
  }
  await db.schema.alterTable('imports').dropColumn('preview').execute();
}
