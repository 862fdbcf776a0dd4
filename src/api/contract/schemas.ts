// The zod schemas of every request and response of the import API (v1). The server parses with them,
// the browser and the CLI import their types only (this file pulls in the classic zod API), and
// /openapi.json is generated from them. Pure: imports only zod, the core and the rest of the contract.
import { z } from 'zod';
import { withoutUnsafe } from '../../core/cells';
import { LANGS } from '../../core/lang';
import { FIELD_KEYS, type FieldKey } from '../../core/template/columns';
import { ErrorSchema, FieldKeySchema, IssueSchema } from './errors';
import { MappingSchema } from './mapping';
import { CLIENT_LANGUAGES, CLIENT_LANGUAGE_OF_CODE, type ClientLanguage } from './languages';
import { ACCOUNTON_ONLY_PAGE, CLIENTS_PAGE, CLIENTS_PAGE_MAX } from './pages';

export { ErrorSchema, FieldKeySchema, IssueSchema, MappingSchema };
export type { ApiErrorBody } from './errors';
export type { ClientLanguage } from './languages';

export const MATCHING_RULES =
  'A row carrying an Accounton id (accountonId: the hidden last column of GET /clients/export.xlsx) is that client of the firm, ' +
  'whatever its other values; an id that is not a client of the firm makes the row invalid. ' +
  'Any other row is matched to an existing client of the firm by these rules, in order: ' +
  '1. by national register number (registrationNumber); ' +
  '2. else by client code (clientCode); ' +
  '3. else by e-mail together with last name, case-insensitive. ' +
  'The first rule that finds a client decides; a row that matches more than one client is invalid ("matches several clients"). ' +
  'A row whose main responsible (responsibleEmail) is not a user of the firm is invalid.';

export const ClientLanguageSchema = z
  .enum(CLIENT_LANGUAGES as [ClientLanguage, ...ClientLanguage[]])
  .describe('The language of the client and of their questionnaire.');

const BY_CODE: Record<string, ClientLanguage> = CLIENT_LANGUAGE_OF_CODE;
/** Accepts dutch/english/french and the codes nl/en/fr. */
export const LanguageQuerySchema = z.preprocess(
  (v) => (typeof v === 'string' ? (BY_CODE[v.toLowerCase()] ?? v.toLowerCase()) : v),
  ClientLanguageSchema,
);

/** An id as the API hands them out (UUIDs, or readable ones in tests): anything else never reaches the database. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'not an id');
/** Free text in a query: no control characters (PostgreSQL's text cannot hold NUL). */
const QueryText = z.string().max(200).refine((s) => withoutUnsafe(s) === null, 'contains a control character');
const CellSchema = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
/** An object with one optional property per template field (unknown keys refused), listed in the OpenAPI document. */
function byField<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(FIELD_KEYS.map((k) => [k, value.optional()])) as { [K in FieldKey]: z.ZodOptional<T> };
  return z.strictObject(shape);
}

/** Values by field key, normalized strings (absent = blank). */
export const RowValuesSchema = byField(z.string());
export const RowNumberSchema = z.number().int().min(1).max(1_048_576).describe('The sheet row number.');

export const MeSchema = z.object({
  firm: z.object({ id: Id, name: z.string() }),
  user: z.object({ id: Id, email: z.string(), name: z.string(), role: z.enum(['admin', 'staff']) }),
});

export const WorkflowSchema = z.object({
  id: Id,
  name: z.string(),
  taxYear: z.number().int().describe('The assessment year (aanslagjaar, exercice d\'imposition): income of the year before.'),
});
export const WorkflowsSchema = z.object({ workflows: z.array(WorkflowSchema) });

export const QuestionnaireSchema = z.object({
  id: Id,
  workflowId: Id,
  language: ClientLanguageSchema,
  name: z.string(),
});
export const QuestionnairesSchema = z.object({ questionnaires: z.array(QuestionnaireSchema) });

const NameText = z.string().trim().min(1).max(200).refine((s) => withoutUnsafe(s) === null, 'contains a control character');
export const CreateWorkflowSchema = z
  .object({
    name: NameText,
    taxYear: z.number().int().min(2000).max(2100).describe('The assessment year; a firm has one workflow per assessment year.'),
    questionnaires: z
      .array(z.object({ language: ClientLanguageSchema, name: NameText }))
      .min(1)
      .max(30)
      .describe('The questionnaires of the season, at least one; usually one per language.'),
  })
  .describe('Open a season: the personal income tax workflow of an assessment year and its questionnaires.');
export const CreatedWorkflowSchema = z.object({ workflow: WorkflowSchema, questionnaires: z.array(QuestionnaireSchema) });
export const QuestionnairesQuerySchema = z.object({
  workflowId: Id.optional(),
  language: LanguageQuerySchema.optional(),
});

export const ImportRowSchema = z.object({
  row: RowNumberSchema,
  values: byField(CellSchema).describe(
    'Cell values by field key, as the sheet holds them (numbers stay numbers); the server normalizes and validates them.',
  ),
});

export const ImportSourceSchema = z.enum(['excel-addin', 'web', 'cli']);
export const CreateImportSchema = z
  .object({
    workflowId: Id,
    source: ImportSourceSchema,
    columns: byField(z.string().regex(/^[A-Z]{1,3}$/))
      .optional()
      .describe('The sheet column letter of each field when the columns are reordered (issues then point to them).'),
    rows: z.array(ImportRowSchema).max(100_000),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<number>();
    for (const [i, r] of body.rows.entries()) {
      if (seen.has(r.row)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'row'], message: 'duplicate row number' });
      seen.add(r.row);
    }
  })
  .describe(`Rows to preview. ${MATCHING_RULES}`);

export const MatchRuleSchema = z.enum(['accountonId', 'registrationNumber', 'clientCode', 'emailAndLastName']);

export const ImportOnlyEntrySchema = z.object({
  row: RowNumberSchema,
  values: RowValuesSchema,
  issues: z.array(IssueSchema).describe('Warnings only.'),
  suggestedLanguage: ClientLanguageSchema,
  suggestedQuestionnaireId: Id.nullable().describe("The workflow's questionnaire in the suggested language."),
});

export const AccountonOnlyEntrySchema = z.object({
  clientId: Id,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  clientCode: z.string().nullable(),
  linkedToWorkflow: z.boolean().describe('False when the client has no dossier in the chosen workflow.'),
  inPreviousSeason: z
    .boolean()
    .describe("True when the client has a dossier in last season's workflow (the firm's previous assessment year): most likely forgotten."),
});

export const DifferenceSchema = z.object({
  field: FieldKeySchema,
  current: z.string().nullable(),
  imported: z.string().describe('Never blank: a blank cell never erases existing data.'),
});

export const DuplicateEntrySchema = z.object({
  row: RowNumberSchema,
  clientId: Id,
  matchedBy: MatchRuleSchema,
  values: RowValuesSchema,
  current: RowValuesSchema,
  differences: z.array(DifferenceSchema),
  issues: z.array(IssueSchema).describe('Warnings only.'),
  inWorkflow: z.boolean().describe('True when the client already has a dossier in the chosen workflow; else commit may attach it.'),
});

export const InvalidEntrySchema = z.object({
  row: RowNumberSchema,
  values: RowValuesSchema,
  issues: z.array(IssueSchema),
});

export const ImportStatusSchema = z.enum(['preview', 'committed', 'expired']);
export const ImportSummarySchema = z.object({
  total: z.number().int(),
  importOnly: z.number().int(),
  accountonOnly: z.number().int(),
  accountonOnlyNotLinked: z.number().int().describe('How many of the accountonOnly clients have no dossier in the chosen workflow.'),
  duplicates: z.number().int(),
  duplicatesNotInWorkflow: z.number().int().describe('How many of the duplicates have no dossier in the chosen workflow yet.'),
  invalid: z.number().int(),
});

export const AppliedMappingSchema = z
  .object({
    applied: z
      .enum(['given', 'remembered', 'preset'])
      .describe("The upload's mapping field, the firm's remembered mapping for these headers, or a built-in preset."),
    mapping: MappingSchema,
    issues: z.array(IssueSchema).describe('File-level findings: columns ignored, rows skipped (companies, partners folded into a row).'),
  })
  .describe('Only for an upload that is not the template: how its columns were read.');

export const ImportPreviewSchema = z
  .object({
    id: Id,
    status: ImportStatusSchema,
    workflowId: Id,
    source: ImportSourceSchema,
    createdAt: z.string(),
    expiresAt: z.string().describe('A preview can be committed until then (24 h); afterwards commit returns 410.'),
    summary: ImportSummarySchema,
    importOnly: z.array(ImportOnlyEntrySchema),
    accountonOnly: z
      .array(AccountonOnlyEntrySchema)
      .describe(
        `The first ${ACCOUNTON_ONLY_PAGE} clients of the bucket, by last and first name; summary.accountonOnly counts them all ` +
          'and GET /imports/{id}/accountonOnly pages through the rest.',
      ),
    duplicates: z.array(DuplicateEntrySchema),
    invalid: z.array(InvalidEntrySchema),
    mapping: AppliedMappingSchema.optional(),
    sheet: z.string().optional().describe('An uploaded workbook: the sheet its rows were read from.'),
  })
  .describe(`The import compared with the firm's clients, in four buckets. ${MATCHING_RULES}`);

export const CommitRequestSchema = z
  .object({
    add: z
      .array(z.object({ row: RowNumberSchema, language: ClientLanguageSchema, questionnaireId: Id }))
      .default([])
      .describe('New clients (rows of importOnly) to create, each with a dossier in status not_sent.'),
    update: z
      .array(z.object({ row: RowNumberSchema, fields: z.array(FieldKeySchema) }))
      .default([])
      .describe('Duplicates whose chosen fields are overwritten; a blank import value never erases.'),
    attach: z
      .array(z.object({ row: RowNumberSchema, language: ClientLanguageSchema, questionnaireId: Id }))
      .default([])
      .describe(
        'Duplicates (returning clients) to attach to the workflow: each gets a dossier with that questionnaire in status not_sent. ' +
          'A row may be both updated and attached. A client in the workflow by then is a conflict, never a second dossier.',
      ),
  })
  .describe('Send the Idempotency-Key header: the same import committed again returns the first result.');

export const ConflictSchema = z.object({
  row: RowNumberSchema,
  code: z.string(),
  message: z.string(),
  clientId: Id.optional(),
});

export const CommitResultSchema = z.object({
  importId: Id,
  created: z.array(
    z.object({ row: RowNumberSchema, clientId: Id, dossierId: Id, questionnaireId: Id, status: z.literal('not_sent') }),
  ),
  updated: z.array(z.object({ row: RowNumberSchema, clientId: Id, fields: z.array(FieldKeySchema) })),
  attached: z.array(
    z.object({ row: RowNumberSchema, clientId: Id, dossierId: Id, questionnaireId: Id, status: z.literal('not_sent') }),
  ),
  conflicts: z
    .array(ConflictSchema)
    .describe('Rows not applied because the firm changed since the preview (e.g. a matching client now exists).'),
});

export const DossierSchema = z.object({
  id: Id,
  workflowId: Id,
  questionnaireId: Id,
  status: z.enum(['not_sent']),
});

export const ClientSchema = z.object({
  id: Id,
  values: RowValuesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  dossiers: z.array(DossierSchema),
});

export const ClientsQuerySchema = z.object({
  query: QueryText.optional().describe('Matches first name, last name, e-mail or client code (contains, case-insensitive).'),
  label: QueryText.optional(),
  limit: z.coerce.number().int().min(1).max(CLIENTS_PAGE_MAX).default(CLIENTS_PAGE),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ClientsExportQuerySchema = ClientsQuerySchema.pick({ query: true, label: true }).extend({
  workflowId: Id.optional().describe('Only the clients with a dossier in this workflow.'),
});

export const AccountonOnlyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(ACCOUNTON_ONLY_PAGE).default(ACCOUNTON_ONLY_PAGE),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AccountonOnlyPageSchema = z
  .object({
    entries: z.array(AccountonOnlyEntrySchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .describe(
    'The clients in Accounton but not in the import, as they were at preview time and in the same order; names, ' +
      'e-mails and the workflow link are read now.',
  );

export const ClientsPageSchema = z.object({
  clients: z.array(ClientSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const RoleSchema = z.enum(['admin', 'staff']).describe('admin: imports and manages keys and users; staff: reads.');
const Name = z.string().trim().min(1).max(200).refine((v) => withoutUnsafe(v) === null, 'contains a control character');
const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601, e.g. 2027-01-31T00:00:00Z.');

export const UserSchema = z.object({ id: Id, email: z.string(), name: z.string(), role: RoleSchema, createdAt: z.string() });
export const UsersSchema = z.object({ users: z.array(UserSchema) });
export const CreateUserSchema = z.object({ email: z.email().max(254), name: Name, role: RoleSchema });

export const ApiKeyStatusSchema = z.enum(['active', 'expired', 'revoked']);
export const ApiKeySchema = z.object({
  id: Id,
  prefix: z.string().describe('The public start of the key (acc_<prefix>_…), to tell keys apart.'),
  name: z.string().nullable().describe('Null for keys made before keys had names.'),
  user: UserSchema.pick({ id: true, email: true, name: true, role: true }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe('Noted at most once a minute.'),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: ApiKeyStatusSchema,
}).describe('A key as its firm sees it: never the secret, nor its hash.');
export const ApiKeysSchema = z.object({ keys: z.array(ApiKeySchema) });
export const CreateApiKeySchema = z
  .object({
    userId: Id.optional().describe('The user of the firm the key acts as (or userEmail).'),
    userEmail: z.email().optional(),
    name: Name.describe('What the key is for, e.g. "Nightly export script".'),
    expiresAt: Timestamp.optional().describe('When the key stops working; none = until revoked.'),
  })
  .refine((b) => (b.userId === undefined) !== (b.userEmail === undefined), 'give userId or userEmail, not both');
export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().describe('The whole key. Shown only in this answer: store it now.'),
});
export const RevokeKeyQuerySchema = z.object({
  force: z.enum(['true', 'false']).optional().transform((v) => v === 'true')
    .describe("true to revoke the firm's last working administrator key."),
});

export const AuditQuerySchema = z.object({
  from: Timestamp.optional().describe('Entries at or after this time.'),
  to: Timestamp.optional().describe('Entries before this time.'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const AuditEntrySchema = z.object({
  id: Id,
  at: z.string(),
  action: z.string().describe('import.preview, import.commit, workflow.create, clients.export, clients.read, key.created, key.revoked, user.added.'),
  user: z.object({ id: Id, email: z.string(), name: z.string() }).describe('Who did it.'),
  importId: Id.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema).describe('Newest first.'),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export const MappingQuerySchema = z.object({
  signature: z.string().min(1).max(100).describe("The source header row's signature (a mapping's signature field)."),
});
export const StoredMappingSchema = z.object({ mapping: MappingSchema, updatedAt: z.string() });

export const TemplateQuerySchema = z.object({ lang: z.enum(LANGS).optional() });
export const HealthSchema = z.object({ status: z.literal('ok') });

export type Me = z.infer<typeof MeSchema>;
export type Workflow = z.infer<typeof WorkflowSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type CreateWorkflowRequest = z.input<typeof CreateWorkflowSchema>;
export type CreatedWorkflow = z.infer<typeof CreatedWorkflowSchema>;
export type ImportRowInput = z.infer<typeof ImportRowSchema>;
export type CreateImportRequest = z.input<typeof CreateImportSchema>;
export type ImportSource = z.infer<typeof ImportSourceSchema>;
export type MatchRule = z.infer<typeof MatchRuleSchema>;
export type ImportOnlyEntry = z.infer<typeof ImportOnlyEntrySchema>;
export type AccountonOnlyEntry = z.infer<typeof AccountonOnlyEntrySchema>;
export type AccountonOnlyPage = z.infer<typeof AccountonOnlyPageSchema>;
export type DuplicateEntry = z.infer<typeof DuplicateEntrySchema>;
export type Difference = z.infer<typeof DifferenceSchema>;
export type InvalidEntry = z.infer<typeof InvalidEntrySchema>;
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type ImportStatus = z.infer<typeof ImportStatusSchema>;
export type CommitRequest = z.input<typeof CommitRequestSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type CommitResult = z.infer<typeof CommitResultSchema>;
export type Client = z.infer<typeof ClientSchema>;
export type ClientsQuery = z.input<typeof ClientsQuerySchema>;
export type ClientsExportQuery = z.input<typeof ClientsExportQuerySchema>;
export type ClientsPage = z.infer<typeof ClientsPageSchema>;
export type User = z.infer<typeof UserSchema>;
export type CreateUserRequest = z.input<typeof CreateUserSchema>;
export type ApiKey = z.infer<typeof ApiKeySchema>;
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;
export type CreateApiKeyRequest = z.input<typeof CreateApiKeySchema>;
export type AuditQuery = z.input<typeof AuditQuerySchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AppliedMapping = z.infer<typeof AppliedMappingSchema>;
export type StoredMapping = z.infer<typeof StoredMappingSchema>;
