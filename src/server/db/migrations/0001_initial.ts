// The first schema. Frozen: it never imports the spec or app code, so every database it creates is alike.
import { sql, type Kysely } from 'kysely';

const TEMPLATE_FIELDS = [
  'person', 'firstName', 'lastName', 'email', 'mobile', 'registrationNumber', 'street', 'houseNumber', 'box',
  'postalCode', 'city', 'country', 'spouseRegistrationNumber', 'language', 'clientCode', 'enterpriseNumber',
  'spouseEnterpriseNumber', 'declarationDeadline', 'responsibleEmail',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('firms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'staff')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_firm_email', ['firm_id', 'email'])
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('workflows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tax_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workflows_firm').on('workflows').column('firm_id').execute();

  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('workflow_id', 'text', (c) => c.notNull().references('workflows.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('questionnaires_firm').on('questionnaires').columns(['firm_id', 'workflow_id']).execute();

  // One text column per stored template field, as the column spec listed them when this shipped.
  let clients = db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'));
  for (const field of TEMPLATE_FIELDS) clients = clients.addColumn(field, 'text');
  await clients
    .addColumn('email_name_key', 'text')
    .addColumn('responsible_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The last line of defence against creating a client twice.
  await db.schema
    .createIndex('clients_firm_registration_number')
    .on('clients')
    .columns(['firm_id', 'registrationNumber'])
    .unique()
    .where(sql.ref('registrationNumber'), 'is not', null)
    .execute();
  // (firm_id, id): lookups of a firm's clients by id use one index for both conditions.
  await db.schema.createIndex('clients_firm_id').on('clients').columns(['firm_id', 'id']).execute();
  await db.schema.createIndex('clients_firm_client_code').on('clients').columns(['firm_id', 'clientCode']).execute();
  await db.schema.createIndex('clients_firm_email_name').on('clients').columns(['firm_id', 'email_name_key']).execute();
  await db.schema.createIndex('clients_firm_name').on('clients').columns(['firm_id', 'lastName', 'firstName']).execute();

  await db.schema
    .createTable('labels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('labels_firm_name', ['firm_id', 'name'])
    .execute();

  await db.schema
    .createTable('client_labels')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('label_id', 'text', (c) => c.notNull().references('labels.id'))
    .addPrimaryKeyConstraint('client_labels_pk', ['client_id', 'label_id'])
    .execute();
  await db.schema.createIndex('client_labels_label').on('client_labels').column('label_id').execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('workflow_id', 'text', (c) => c.notNull().references('workflows.id'))
    .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('dossiers_client_workflow', ['client_id', 'workflow_id'])
    .execute();
  await db.schema.createIndex('dossiers_firm_workflow').on('dossiers').columns(['firm_id', 'workflow_id']).execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('workflow_id', 'text', (c) => c.notNull().references('workflows.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('import_only', 'integer', (c) => c.notNull())
    .addColumn('accounton_only', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('invalid', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute();
  await db.schema.createIndex('imports_firm').on('imports').column('firm_id').execute();

  // One row per committed import: its primary key is the lock that makes a commit happen once.
  await db.schema
    .createTable('commits')
    .addColumn('import_id', 'text', (c) => c.primaryKey().references('imports.id'))
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('commits_firm_key', ['firm_id', 'idempotency_key'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_firm').on('audit_log').columns(['firm_id', 'at']).execute();
}
