// One naming convention in the database: the clients columns that 0001 named after the spec's camelCase
// keys are renamed to snake_case like every other column. Indexes follow a renamed column on both
// databases. Frozen.
import { sql, type Kysely } from 'kysely';

const RENAMED = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['registrationNumber', 'registration_number'],
  ['houseNumber', 'house_number'],
  ['postalCode', 'postal_code'],
  ['spouseRegistrationNumber', 'spouse_registration_number'],
  ['clientCode', 'client_code'],
  ['enterpriseNumber', 'enterprise_number'],
  ['spouseEnterpriseNumber', 'spouse_enterprise_number'],
  ['declarationDeadline', 'declaration_deadline'],
  ['responsibleEmail', 'responsible_email'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [from, to] of RENAMED) {
    await sql`alter table clients rename column ${sql.ref(from)} to ${sql.ref(to)}`.execute(db);
  }
}
