// The firm's clients an import's rows can match: only those holding one of the rows' match keys.
import type { Kysely } from 'kysely';
import type { Dialect } from './dialect';
import type { Database } from './types';

/** A client's match keys. */
export interface ClientKeys {
  id: string;
  registrationNumber: string | null;
  clientCode: string | null;
  emailNameKey: string | null;
}

/** Clients of the firm with one of the ids or holding any of the match keys: the only ones import rows can match. */
export async function findClientsByKeys(
  db: Kysely<Database>,
  dialect: Dialect,
  firmId: string,
  keys: { ids: string[]; registrationNumbers: string[]; clientCodes: string[]; emailNameKeys: string[] },
): Promise<ClientKeys[]> {
  const lookups = (
    [
      ['id', keys.ids],
      ['registration_number', keys.registrationNumbers],
      ['client_code', keys.clientCodes],
      ['email_name_key', keys.emailNameKeys],
    ] as const
  ).filter(([, values]) => values.length > 0);
  const select = () => db.selectFrom('clients').select(['id', 'registration_number', 'client_code', 'email_name_key']).where('firm_id', '=', firmId);
  const any = ([column, values]: (typeof lookups)[number]) => dialect.oneOf(column, [...new Set(values)]);
  const results = [];
  if (!dialect.combinesIndexLookups) for (const lookup of lookups) results.push(await select().where(any(lookup)).execute());
  else if (lookups.length > 0) results.push(await select().where((eb) => eb.or(lookups.map(any))).execute());
  const found = new Map<string, ClientKeys>();
  for (const r of results.flat()) {
    found.set(r.id, { id: r.id, registrationNumber: r.registration_number, clientCode: r.client_code, emailNameKey: r.email_name_key });
  }
  return [...found.values()];
}
