// Every schema migration, in order: a static list (bundlers and tsc see each file), run by Kysely's Migrator,
// which records in kysely_migration what already ran. The names are what databases have recorded: never
// rename one. A migration is frozen once released: a change is a new file here, never an edit.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_preview_compressed';
import * as m0003 from './0003_drop_clients_firm_id';
import * as m0004 from './0004_accounton_only_ids';
import * as m0005 from './0005_clients_firm_name_id';
import * as m0006 from './0006_clients_snake_case';
import * as m0007 from './0007_rate_counters';
import * as m0008 from './0008_api_key_management';
import * as m0009 from './0009_workflows_tax_year';
import * as m0010 from './0010_mappings';

type MigrationDialect = 'sqlite' | 'postgres';
type Up = (db: Kysely<unknown>, dialect: MigrationDialect) => Promise<void>;

const MIGRATIONS: Record<string, { up: Up }> = {
  '0001_initial': m0001,
  '0002_preview_compressed': m0002,
  '0003_drop_clients_firm_id': m0003,
  '0004_accounton_only_ids': m0004,
  '0005_clients_firm_name_id': m0005,
  '0006_clients_snake_case': m0006,
  '0007_rate_counters': m0007,
  '0008_api_key_management': m0008,
  '0009_workflows_tax_year': m0009,
  '0010_mappings': m0010,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);

export function migrations(dialect: MigrationDialect): MigrationProvider {
  const bound = (up: Up): Migration => ({ up: (db) => up(db, dialect) });
  return {
    getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, bound(m.up)])),
  };
}
