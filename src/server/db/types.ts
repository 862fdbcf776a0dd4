// The database's tables as Kysely sees them. Timestamps are ISO-8601 text and JSON is text in both
// SQLite and PostgreSQL, so one set of queries serves both.
import { COLUMNS, type StoredFieldKey } from '../../core/template/columns';

/** Template fields stored as client columns (the spec's `stored`). */
export type StoredField = StoredFieldKey;
export const STORED_FIELDS = COLUMNS.filter((c) => c.stored).map((c) => c.key as StoredField);

/** camelCase to snake_case: the database names every column in snake_case. */
type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}` : S;

/** A stored field's column in the clients table. */
export type FieldColumn<F extends StoredField = StoredField> = Snake<F>;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// Worked out once: a commit maps 20,000 rows' fields.
const COLUMN_OF = new Map(STORED_FIELDS.map((f) => [f as string, snake(f)]));
export function fieldColumn<F extends StoredField>(field: F): FieldColumn<F> {
  return (COLUMN_OF.get(field) ?? snake(field)) as FieldColumn<F>;
}
export const STORED_COLUMNS = STORED_FIELDS.map(fieldColumn);

export type Role = 'admin' | 'staff';

export interface FirmTable { id: string; name: string; created_at: string }
export interface UserTable { id: string; firm_id: string; email: string; name: string; role: Role; created_at: string }
export interface ApiKeyTable {
  id: string;
  user_id: string;
  prefix: string;
  hash: string;
  /** Null for keys made before keys had names. */
  name: string | null;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
  last_used_at: string | null;
}
export interface RateCounterTable {
  key: string;
  count: number;
  /** Milliseconds since the epoch (PostgreSQL's bigint arrives as a string). */
  reset_at: number | string;
}
export interface WorkflowTable { id: string; firm_id: string; name: string; tax_year: number; created_at: string }
export interface QuestionnaireTable {
  id: string;
  firm_id: string;
  workflow_id: string;
  language: string;
  name: string;
}
export type ClientTable = { [K in FieldColumn]: string | null } & {
  id: string;
  firm_id: string;
  /** lower(email) + '\n' + lower(last name): matching rule 3 in one indexed column. */
  email_name_key: string | null;
  responsible_user_id: string | null;
  created_at: string;
  updated_at: string;
};
export interface LabelTable { id: string; firm_id: string; name: string }
export interface ClientLabelTable { client_id: string; label_id: string }
export interface DossierTable {
  id: string;
  firm_id: string;
  client_id: string;
  workflow_id: string;
  questionnaire_id: string;
  status: 'not_sent';
  import_id: string | null;
  created_at: string;
}
export interface ImportTable {
  id: string;
  firm_id: string;
  workflow_id: string;
  created_by: string;
  source: string;
  status: 'preview' | 'committed';
  /** The preview's importOnly and duplicates: a JSON object, brotli-compressed. */
  preview_rows: Buffer;
  /** The rest of the preview response but its id, status and accountonOnly: a JSON object, brotli-compressed. */
  preview_other: Buffer;
  /** The accountonOnly clients at preview time, in the order shown: ids joined with commas. */
  accounton_only_ids: string;
  total: number;
  import_only: number;
  accounton_only: number;
  duplicates: number;
  invalid: number;
  created_at: string;
  expires_at: string;
  committed_at: string | null;
}
export interface CommitTable {
  import_id: string;
  firm_id: string;
  idempotency_key: string;
  request_hash: string;
  /** Null while the committing transaction runs. */
  result: string | null;
  created_by: string;
  created_at: string;
}
export interface AuditTable {
  id: string;
  firm_id: string;
  user_id: string;
  action: string;
  import_id: string | null;
  details: string;
  at: string;
}

export interface MappingTable {
  firm_id: string;
  signature: string;
  /** The mapping's JSON. */
  mapping: string;
  updated_by: string;
  updated_at: string;
}

export interface Database {
  firms: FirmTable;
  users: UserTable;
  api_keys: ApiKeyTable;
  workflows: WorkflowTable;
  questionnaires: QuestionnaireTable;
  clients: ClientTable;
  labels: LabelTable;
  client_labels: ClientLabelTable;
  dossiers: DossierTable;
  imports: ImportTable;
  commits: CommitTable;
  audit_log: AuditTable;
  rate_counters: RateCounterTable;
  mappings: MappingTable;
}
