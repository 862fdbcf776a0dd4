// /openapi.json, generated from the zod schemas of src/api/contract/schemas.ts (nothing here restates a field).
import { z } from 'zod';
import * as S from '../api/contract/schemas';

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  description?: string;
  auth: 'none' | 'any' | 'admin';
  query?: z.ZodObject;
  pathParams?: string[];
  headers?: { name: string; required: boolean; description: string }[];
  body?: z.core.$ZodType;
  multipart?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

const ERRORS = {
  400: 'The request is not valid.',
  401: 'No API key, or an unknown, revoked (auth.revoked) or expired (auth.expired) one.',
  403: 'The key belongs to a staff user; only administrators import and manage keys and users.',
  404: "Not found in the caller's firm (another firm's resources are never revealed).",
  409: 'Conflict.',
  410: 'The preview expired (24 h).',
  413: 'The body is larger than the limit (about 20 MB).',
  415: 'Unsupported content type.',
  422: 'The request refers to rows or questionnaires it may not use; or an upload that is not the template needs a mapping (error.mapping is the suggestion).',
  429: 'Too many requests for this API key.',
  503: 'The server is reading other uploads; send the file again after Retry-After seconds (nothing was stored).',
};

const errors = (...codes: (keyof typeof ERRORS)[]) =>
  Object.fromEntries(codes.map((c) => [c, { description: ERRORS[c], schema: S.ErrorSchema }]));

export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/healthz', summary: 'Health check (the database answers).', auth: 'none',
    responses: { 200: { description: 'Up.', schema: S.HealthSchema } } },
  { method: 'get', path: '/openapi.json', summary: 'This document (OpenAPI 3.0).', auth: 'none',
    responses: { 200: { description: 'The OpenAPI document.' } } },
  { method: 'get', path: '/me', summary: 'The firm and the user of the API key.', auth: 'any',
    responses: { 200: { description: 'The caller.', schema: S.MeSchema }, ...errors(401, 429) } },
  { method: 'get', path: '/workflows', summary: "The firm's workflows, e.g. Personal income tax 2026.", auth: 'any',
    responses: { 200: { description: 'Workflows, newest assessment year first.', schema: S.WorkflowsSchema }, ...errors(401, 429) } },
  { method: 'post', path: '/workflows', summary: 'Open a season: the workflow of an assessment year and its questionnaires.',
    description: 'A firm has one workflow per assessment year (taxYear): a second one is a 409. Written to the audit log.',
    auth: 'admin', body: S.CreateWorkflowSchema,
    responses: { 201: { description: 'The new workflow and its questionnaires.', schema: S.CreatedWorkflowSchema }, ...errors(400, 401, 403, 409, 429) } },
  { method: 'get', path: '/questionnaires', summary: 'Questionnaires, by workflow and language.', auth: 'any',
    query: S.QuestionnairesQuerySchema,
    responses: { 200: { description: 'Questionnaires.', schema: S.QuestionnairesSchema }, ...errors(400, 401, 429) } },
  { method: 'get', path: '/template.xlsx', summary: 'The client template to fill in.', auth: 'none', query: S.TemplateQuerySchema,
    responses: { 200: { description: 'The .xlsx template.', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } } },
  { method: 'post', path: '/imports', summary: 'Preview an import: validate the rows and sort them into four buckets.',
    description: `${S.MATCHING_RULES} Accepts JSON, or multipart/form-data with an .xlsx "file" and the fields workflowId and source (default web). ` +
      'A file that is not the template is read through the "mapping" field (a mapping as JSON), else the firm\'s remembered mapping for ' +
      'its header signature, else a built-in preset (AdminPulse, IS Consult); otherwise the answer is a 422 whose error.mapping is the ' +
      'suggested mapping to confirm and send back. The preview\'s mapping says which was applied.',
    auth: 'admin', body: S.CreateImportSchema, multipart: true,
    responses: { 201: { description: 'The preview.', schema: S.ImportPreviewSchema }, ...errors(400, 401, 403, 404, 413, 415, 422, 429, 503) } },
  { method: 'get', path: '/imports/{id}', summary: 'A preview, later (issues in the caller\'s language).', auth: 'any', pathParams: ['id'],
    responses: { 200: { description: 'The preview.', schema: S.ImportPreviewSchema }, ...errors(401, 404, 429) } },
  { method: 'get', path: '/imports/{id}/accountonOnly', summary: "A page of a preview's accountonOnly bucket (limit up to 1,000).",
    auth: 'any', pathParams: ['id'], query: S.AccountonOnlyQuerySchema,
    responses: { 200: { description: 'A page of the clients only in Accounton.', schema: S.AccountonOnlyPageSchema }, ...errors(400, 401, 404, 429) } },
  { method: 'post', path: '/imports/{id}/commit', summary: 'Add the selected clients, attach returning ones to the workflow and update the chosen fields, in one transaction.',
    description: 'Idempotent: the same import committed again (even at the same moment) returns the first result and creates nothing; ' +
      'a different body for a committed import is a 409. Rows that match a client created since the preview are returned as conflicts. ' +
      'New clients (add) and returning clients (attach) get a dossier in the workflow with the chosen questionnaire and status not_sent; ' +
      `a client already in the workflow is a conflict, never a second dossier. ${S.MATCHING_RULES}`,
    auth: 'admin', pathParams: ['id'], body: S.CommitRequestSchema,
    headers: [{ name: 'Idempotency-Key', required: true, description: 'A unique key per commit; send the same key when retrying.' }],
    responses: { 200: { description: 'What was created, updated, or left as a conflict.', schema: S.CommitResultSchema }, ...errors(400, 401, 403, 404, 409, 410, 422, 429) } },
  { method: 'get', path: '/mappings', summary: "The firm's remembered column mapping for a source header signature.", auth: 'any',
    query: S.MappingQuerySchema,
    responses: { 200: { description: 'The mapping.', schema: S.StoredMappingSchema }, ...errors(400, 401, 404, 429) } },
  { method: 'put', path: '/mappings', summary: 'Remember a column mapping for the firm, under its header signature (replaces the one there).',
    auth: 'admin', body: S.MappingSchema,
    responses: { 200: { description: 'The mapping remembered.', schema: S.StoredMappingSchema }, ...errors(400, 401, 403, 429) } },
  { method: 'get', path: '/imports/{id}/results.xlsx', summary: "A committed import's results, as a workbook.",
    description: 'One row per sent row: its number, the client\'s name, its outcome (added, updated, duplicate, invalid, not selected, ' +
      'conflict) and the issues, updated fields or conflict, in the Accept-Language. Every cell is text. 409 before the commit.',
    auth: 'any', pathParams: ['id'],
    responses: { 200: { description: 'The .xlsx results.', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      ...errors(401, 404, 409, 429) } },
  { method: 'get', path: '/clients', summary: "The firm's clients, paged (limit up to 1,000).", auth: 'any', query: S.ClientsQuerySchema,
    responses: { 200: { description: 'A page of clients.', schema: S.ClientsPageSchema }, ...errors(400, 401, 429) } },
  { method: 'get', path: '/clients/export.xlsx', summary: "The template filled with the firm's clients, to correct in Excel and send back.",
    description: 'Every template column, a couple on one row, text formats as the template, values never formulas. A hidden last ' +
      'column (Accounton id) carries each client\'s id: sent back, the row matches that client first, so corrected national numbers, ' +
      'e-mails and last names update it. Holds national numbers: for the firm\'s own users, written to the audit log (who, when, how many rows).',
    auth: 'any', query: S.ClientsExportQuerySchema,
    responses: { 200: { description: 'The .xlsx template with the clients.', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      ...errors(400, 401, 404, 429) } },
  { method: 'get', path: '/keys', summary: "The firm's API keys (never a secret or its hash).", auth: 'admin',
    responses: { 200: { description: 'Keys, oldest first.', schema: S.ApiKeysSchema }, ...errors(401, 403, 429) } },
  { method: 'post', path: '/keys', summary: 'Create a key for a user of the firm; the answer holds the secret, shown this once.', auth: 'admin',
    body: S.CreateApiKeySchema,
    responses: { 201: { description: 'The new key and its secret.', schema: S.CreatedApiKeySchema }, ...errors(400, 401, 403, 404, 429) } },
  { method: 'delete', path: '/keys/{id}', summary: 'Revoke a key, at once.', auth: 'admin', pathParams: ['id'], query: S.RevokeKeyQuerySchema,
    description: "The firm's last working administrator key is revoked only with force=true (409 keys.lastAdmin otherwise). Revoking a revoked key changes nothing.",
    responses: { 200: { description: 'The revoked key.', schema: S.ApiKeySchema }, ...errors(400, 401, 403, 404, 409, 429) } },
  { method: 'get', path: '/users', summary: "The firm's users (the main responsibles an import may name).", auth: 'admin',
    responses: { 200: { description: 'Users by e-mail.', schema: S.UsersSchema }, ...errors(401, 403, 429) } },
  { method: 'post', path: '/users', summary: 'Add a user to the firm (no key: create one with POST /keys).', auth: 'admin', body: S.CreateUserSchema,
    responses: { 201: { description: 'The user.', schema: S.UserSchema }, ...errors(400, 401, 403, 409, 429) } },
  { method: 'get', path: '/audit', summary: "The firm's audit log: previews, commits, keys and users, newest first.", auth: 'admin',
    query: S.AuditQuerySchema,
    responses: { 200: { description: 'A page of entries.', schema: S.AuditPageSchema }, ...errors(400, 401, 403, 429) } },
];

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of OPERATIONS) {
    const parameters: object[] = [];
    for (const name of op.pathParams ?? []) parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    if (op.query) {
      const shape = jsonSchema(op.query, 'input') as { properties?: Record<string, object>; required?: string[] };
      for (const [name, schema] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: 'query', required: shape.required?.includes(name) ?? false, schema });
      }
    }
    for (const h of op.headers ?? []) parameters.push({ name: h.name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' } });
    const content: Record<string, object> = {};
    if (op.body) content['application/json'] = { schema: jsonSchema(op.body, 'input') };
    if (op.multipart) {
      content['multipart/form-data'] = {
        schema: { type: 'object', required: ['file', 'workflowId'], properties: {
          file: { type: 'string', format: 'binary' }, workflowId: { type: 'string' }, source: jsonSchema(S.ImportSourceSchema, 'input'),
          mapping: { type: 'string', description: 'A column mapping as JSON, for a file that is not the template.' },
        } },
      };
    }
    paths[`/api/v1${op.path}`] = {
      ...paths[`/api/v1${op.path}`],
      [op.method]: {
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        ...(op.auth === 'none' ? { security: [] } : {}),
        ...(op.auth === 'admin' ? { 'x-roles': ['admin'] } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, content } } : {}),
        responses: Object.fromEntries(
          Object.entries(op.responses).map(([status, r]) => [status, {
            description: r.description,
            ...(r.schema ? { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : {}),
            ...(r.contentType ? { content: { [r.contentType]: { schema: { type: 'string', format: 'binary' } } } } : {}),
          }]),
        ),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Accounton client import API',
      version: '1.0.0',
      description: 'Preview an import of clients into four buckets (importOnly, accountonOnly, duplicates, invalid), then commit the selection. ' +
        `${S.MATCHING_RULES} Errors have one shape: { error: { code, message } }, with messages in the Accept-Language (en, fr, nl).`,
    },
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <API key>' } } },
    security: [{ apiKey: [] }],
    paths,
  };
}
