// accounton-import seed-demo [--db URL] [--firm NAME]
// Creates a demo firm (admin, staff, this and last assessment year's workflows with questionnaires, last
// season's clients) and prints { firmId, adminKey, staffKey, workflowId, previousWorkflowId }.
import { openDatabase } from '../../server/db';
import { seedDemo } from '../../server/db/seed';
import { envLang, parseOptions, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { databaseUrl } from './serve';

export async function run(args: string[], io: CliIO): Promise<number> {
  const lang = envLang();
  const { values, positionals } = parseOptions(args, { db: { type: 'string' }, firm: { type: 'string' } }, lang);
  if (positionals.length > 0) throw new UsageError(cliMessage('usage.unknownOption', lang, { option: positionals[0] }));
  const adb = await openDatabase(databaseUrl(values.db));
  try {
    // The demo speaks the language of whoever runs it (LANG), as the CLI does.
    const firm = await seedDemo(adb.db, { lang, ...(values.firm ? { firmName: values.firm } : {}) });
    const { firmId, adminKey, staffKey, workflowId, previousWorkflowId } = firm;
    io.stdout.write(`${JSON.stringify({ firmId, adminKey, staffKey, workflowId, previousWorkflowId })}\n`);
    return 0;
  } finally {
    await adb.close();
  }
}
