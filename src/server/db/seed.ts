// Creates firms, users and keys: the demo firm for `serve`'s first start and `seed-demo`.
import type { Kysely } from 'kysely';
import { generateApiKey } from '../keys';
import type { ClientLanguage } from '../../api/contract/schemas';
import type { Lang } from '../../core/lang';
import type { Database, Role } from './types';
import { newId } from '../ids';
import { emailNameKey } from '../matching';

type Db = Kysely<Database>;

export const DEMO_FIRM_NAME = 'Demo Fiduciaire';

const QUESTIONNAIRE_NAMES: Record<ClientLanguage, string> = {
  french: "Déclaration d'impôt sur le revenu des personnes physiques",
  dutch: 'Aangifte in de personenbelasting',
  english: 'Personal income tax return',
};

// The demo season's workflow in the firm's language (the language of whoever creates the demo).
const WORKFLOW_NAMES: Record<Lang, (taxYear: number) => string> = {
  en: (y) => `Personal income tax ${y}`,
  fr: (y) => `Impôt des personnes physiques ${y}`,
  nl: (y) => `Personenbelasting ${y}`,
};

export interface SeedOptions {
  firmName?: string;
  now?: Date;
  /** The firm's language: the demo workflows are named in it (default English). */
  lang?: Lang;
}

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

/** A firm with an admin, a staff user, this assessment year's personal income tax workflow and its questionnaires. */
export async function seedDemoFirm(db: Db, opts: SeedOptions = {}): Promise<SeededFirm> {
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
    const { workflowId } = await addSeason(trx, firmId, now.getUTCFullYear(), at, opts.lang ?? 'en');
    return { firmId, adminKey: admin.key, staffKey: staff.key, workflowId, adminEmail, staffEmail };
  });
}

/** A personal income tax workflow of one assessment year, with its questionnaire in each language. */
async function addSeason(db: Db, firmId: string, taxYear: number, at: string, lang: Lang) {
  const workflowId = newId();
  await db
    .insertInto('workflows')
    .values({ id: workflowId, firm_id: firmId, name: WORKFLOW_NAMES[lang](taxYear), tax_year: taxYear, created_at: at })
    .execute();
  const questionnaires = (Object.entries(QUESTIONNAIRE_NAMES) as [ClientLanguage, string][]).map(([language, qname]) => ({
    id: newId(), firm_id: firmId, workflow_id: workflowId, language, name: qname,
  }));
  await db.insertInto('questionnaires').values(questionnaires).execute();
  return { workflowId, questionnaireOf: new Map(questionnaires.map((q) => [q.language, q.id])) };
}

// Last season's clients: national numbers of the demo (valid check digits, not real people).
const DEMO_CLIENTS: { first: string; last: string; email: string; nn: string; language: ClientLanguage; code: string }[] = [
  { first: 'An', last: 'Claes', email: 'an.claes@example.com', nn: '85073003328', language: 'dutch', code: 'D001' },
  { first: 'Marc', last: 'Janssens', email: 'marc.janssens@example.com', nn: '79021512333', language: 'dutch', code: 'D002' },
  { first: 'Julie', last: 'Lambert', email: 'julie.lambert@example.com', nn: '90110422273', language: 'french', code: 'D003' },
  { first: 'Luc', last: 'Renard', email: 'luc.renard@example.com', nn: '72060817770', language: 'french', code: 'D004' },
  { first: 'Sarah', last: 'Wilson', email: 'sarah.wilson@example.com', nn: '88122933449', language: 'english', code: 'D005' },
];

/**
 * The demo of `seed-demo` and of `serve`'s first start: the firm, plus last assessment year's workflow in
 * which a few clients have a dossier, so that a second season can be tried at once.
 */
export async function seedDemo(db: Db, opts: SeedOptions = {}): Promise<SeededFirm & { previousWorkflowId: string }> {
  const now = opts.now ?? new Date();
  const at = now.toISOString();
  const firm = await seedDemoFirm(db, opts);
  return db.transaction().execute(async (trx) => {
    const previous = await addSeason(trx, firm.firmId, now.getUTCFullYear() - 1, at, opts.lang ?? 'en');
    const clients = DEMO_CLIENTS.map((c) => ({
      id: newId(), firm_id: firm.firmId, first_name: c.first, last_name: c.last, email: c.email, registration_number: c.nn,
      language: c.language, client_code: c.code, person: 'person', email_name_key: emailNameKey(c.email, c.last),
      responsible_user_id: null, created_at: at, updated_at: at,
    }));
    await trx.insertInto('clients').values(clients).execute();
    await trx
      .insertInto('dossiers')
      .values(clients.map((c) => ({
        id: newId(), firm_id: firm.firmId, client_id: c.id, workflow_id: previous.workflowId,
        questionnaire_id: previous.questionnaireOf.get(c.language as ClientLanguage)!, status: 'not_sent' as const, import_id: null, created_at: at,
      })))
      .execute();
    return { ...firm, previousWorkflowId: previous.workflowId };
  });
}
