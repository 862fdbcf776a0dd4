// accounton-import keys create --user EMAIL --name NAME [--expires ISO] | list | revoke ID [--force]
//   (with --url/--key like send), or, for a server's first admin, straight into its own database:
// accounton-import keys create --db URL --firm NAME_OR_ID --user EMAIL [--name NAME] [--user-name NAME]
// Exit 0: done; 2: bad usage; 3: the API refused (or the database holds no such firm).
import type { ApiKey } from '../../api/contract/schemas';
import type { Lang } from '../../core/lang';
import { openDatabase } from '../../server/db';
import { createKey, createUser, findFirm, findUser } from '../../server/db/keys';
import { audit } from '../../server/db/imports';
import { UsageError, type CliIO } from '../args';
import { apiCliMessage } from './apiMessages';
import { printJson, refusedExit, remoteClient, remoteCommand } from './remote';
import { databaseUrl } from './serve';

const OPTIONS = {
  user: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' }, force: { type: 'boolean' },
  db: { type: 'string' }, firm: { type: 'string' }, 'user-name': { type: 'string' },
} as const;

function keyLine(k: ApiKey, lang: Lang): string {
  return apiCliMessage('keys.line', lang, {
    id: k.id, prefix: k.prefix, name: k.name ?? '-', email: k.user.email, role: k.user.role, status: apiCliMessage(`keys.status.${k.status}`, lang),
    created: k.createdAt.slice(0, 10), used: k.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '-', expires: k.expiresAt?.slice(0, 10) ?? '-',
  });
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = remoteCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, positionals, lang, json } = command;
  const [action, ...rest] = positionals;
  if (action === 'create' && values.db !== undefined) return bootstrap(io, lang, json, values);
  if (action === 'create' && rest.length === 0) {
    if (!values.user || !values.name) throw new UsageError(apiCliMessage('keys.createUsage', lang));
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const created = await api.createKey({ userEmail: values.user, name: values.name!, ...(values.expires ? { expiresAt: values.expires } : {}) });
      if (json) printJson(io, created);
      else io.stdout.write(`${apiCliMessage('keys.created', lang, { email: created.user.email, key: created.key })}\n`);
      return 0;
    });
  }
  if (action === 'list' && rest.length === 0) {
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const keys = await api.keys();
      if (json) printJson(io, keys);
      else io.stdout.write(keys.map((k) => `${keyLine(k, lang)}\n`).join(''));
      return 0;
    });
  }
  if (action === 'revoke' && rest.length === 1) {
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const revoked = await api.revokeKey(rest[0], { force: values.force === true });
      if (json) printJson(io, revoked);
      else io.stdout.write(`${apiCliMessage('keys.revokedDone', lang, { prefix: revoked.prefix })}\n`);
      return 0;
    }, { 'keys.lastAdmin': apiCliMessage('keys.forceHint', lang, { id: rest[0] }) });
  }
  throw new UsageError(apiCliMessage('keys.usage', lang));
}

/** The first admin's key, written straight into the server's database (no key exists to call the API with). */
async function bootstrap(io: CliIO, lang: Lang, json: boolean, values: { db?: string; firm?: string; user?: string; name?: string; 'user-name'?: string }) {
  if (!values.firm || !values.user) throw new UsageError(apiCliMessage('keys.bootstrapUsage', lang));
  const adb = await openDatabase(databaseUrl(values.db));
  try {
    const firms = await findFirm(adb.db, values.firm);
    if (firms.length !== 1) {
      io.stderr.write(`accounton-import: ${apiCliMessage(firms.length ? 'keys.firmAmbiguous' : 'keys.noFirm', lang, { firm: values.firm })}\n`);
      return 3;
    }
    const firm = firms[0];
    const at = new Date().toISOString();
    const email = values.user;
    const name = values.name ?? 'Bootstrap';
    const created = await adb.db.transaction().execute(async (trx) => {
      const user = (await findUser(trx, firm.id, { email })) ?? (await createUser(trx, firm.id, { email, name: values['user-name'] ?? email.split('@')[0], role: 'admin' }, at));
      const { id, key } = await createKey(trx, user.id, { name, expiresAt: null, at });
      await audit(trx, { firmId: firm.id, userId: user.id, action: 'key.created', importId: null, at, details: { keyId: id, forUserId: user.id, name, expiresAt: null, local: true } });
      return { id, key, user };
    });
    if (json) printJson(io, { id: created.id, key: created.key, firm, user: created.user });
    else io.stdout.write(`${apiCliMessage('keys.created', lang, { email: created.user.email, key: created.key })}\n`);
    return 0;
  } finally {
    await adb.close();
  }
}
