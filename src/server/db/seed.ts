// Creates firms, users and keys: the demo firm for `serve`'s first start and `seed-demo`.
import type { Kysely } from 'kysely';
import { generateApiKey } from '../keys';
import type { ClientLanguage } from '../../api/contract/schemas';
import type { Database, Role } from './types';
import { newId } from '../ids';

type Db = Kysely<Database>;

export const DEMO_FIRM_NAME = 'Demo Fiduciaire';

const QUESTIONNAIRE_NAMES: Record<ClientLanguage, string> = {
  french: "Déclaration d'impôt sur le revenu des personnes physiques",
  dutch: 'Aangifte in de personenbelasting',
  english: 'Personal income tax return',
};

export interface SeededFirm {
  firmId: string;
  adminKey: string;
  staffKey: string;
  workflowId: string;
  adminEmail: string;
  staffEmail: string;
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('firms').select('id').limit(1).executeTakeFirst()) === undefined;
}

export async function addUser(
  db: Db,
  firmId: string,
  user: { email: string; name: string; role: Role },
  now = new Date(),
): Promise<{ userId: string; key: string }> {
  const userId = newId();
  const at = now.toISOString();
  const { key, prefix, hash } = generateApiKey();
  await db.insertInto('users').values({ id: userId, firm_id: firmId, email: user.email.toLowerCase(), name: user.name, role: user.role, created_at: at }).execute();
  await db.insertInto('api_keys').values({ id: newId(), user_id: userId, prefix, hash, created_at: at, revoked_at: null }).execute();
  return { userId, key };
}

/** A firm with an admin, a staff user, this year's personal income tax workflow and its questionnaires. */
export async function seedDemoFirm(db: Db, opts: { firmName?: string; now?: Date } = {}): Promise<SeededFirm> {
  const now = opts.now ?? new Date();
  const at = now.toISOString();
  const name = opts.firmName ?? DEMO_FIRM_NAME;
  const domain = `${name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'firm'}.example`;
  return db.transaction().execute(async (trx) => {
    const firmId = newId();
    await trx.insertInto('firms').values({ id: firmId, name, created_at: at }).execute();
    const adminEmail = `admin@${domain}`;
    const staffEmail = `staff@${domain}`;
    const admin = await addUser(trx, firmId, { email: adminEmail, name: 'Sophie Peeters', role: 'admin' }, now);
    const staff = await addUser(trx, firmId, { email: staffEmail, name: 'Thomas Dubois', role: 'staff' }, now);
    const workflowId = newId();
    const taxYear = now.getUTCFullYear();
    await trx
      .insertInto('workflows')
      .values({ id: workflowId, firm_id: firmId, name: `Personal income tax ${taxYear}`, tax_year: taxYear, created_at: at })
      .execute();
    await trx
      .insertInto('questionnaires')
      .values(
        (Object.entries(QUESTIONNAIRE_NAMES) as [ClientLanguage, string][]).map(([language, qname]) => ({
          id: newId(), firm_id: firmId, workflow_id: workflowId, language, name: qname,
        })),
      )
      .execute();
    return { firmId, adminKey: admin.key, staffKey: staff.key, workflowId, adminEmail, staffEmail };
  });
}
