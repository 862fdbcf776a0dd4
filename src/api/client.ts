// The one typed HTTP client of the import API, used by the task pane, the web importer and `send`.
// Built on fetch; types come from the contract's zod schemas. Every failure is an ApiError.
import type { Lang } from '../core/lang';
import { serverMessage } from './contract/messages';
import { ACCOUNTON_ONLY_PAGE } from './contract/pages';
import type {
  AccountonOnlyEntry, AccountonOnlyPage, ClientsPage, ClientsQuery, CommitRequest, CommitResult, CreateImportRequest,
  ImportPreview, ImportSource, Me, Questionnaire, Workflow, ClientLanguage, StoredMapping, ClientsExportQuery,
  CreateWorkflowRequest, CreatedWorkflow,
  ApiKey, AuditPage, AuditQuery, CreateApiKeyRequest, CreatedApiKey, CreateUserRequest, User,
} from './contract/schemas';
import type { Issue } from '../core/issues';
import type { Mapping } from '../core/mapping/types';

export type ApiErrorKind = 'http' | 'network' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The HTTP status; 0 when no answer came (network, aborted). */
    readonly status: number,
    /** The server's error code (e.g. auth.invalid, request.tooLarge), or client.network / client.aborted. */
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    /** An upload that is not the template (upload.needsMapping): the suggested mapping to confirm. */
    readonly mapping?: Mapping,
    /** With mapping: a few values of each source column, by letter. */
    readonly samples?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  /** Where the API is served, e.g. https://localhost:3001 (the /api/v1 prefix is added). */
  baseUrl: string;
  apiKey?: string;
  /** Language of the server's messages and of the client's own (network) messages. */
  lang?: Lang;
  fetch?: typeof fetch;
}

export interface CallOptions { signal?: AbortSignal }

export interface UploadOptions extends CallOptions {
  workflowId: string;
  source?: ImportSource;
  fileName?: string;
  /** For a file that is not the template: how its columns map to the template's fields. */
  mapping?: Mapping;
}

export interface ApiClient {
  readonly apiUrl: string;
  me(o?: CallOptions): Promise<Me>;
  workflows(o?: CallOptions): Promise<Workflow[]>;
  /** Opens a season (administrators); an ApiError 409 (workflow.taxYearTaken) when the firm has that assessment year. */
  createWorkflow(body: CreateWorkflowRequest, o?: CallOptions): Promise<CreatedWorkflow>;
  questionnaires(filter?: { workflowId?: string; language?: ClientLanguage }, o?: CallOptions): Promise<Questionnaire[]>;
  createImport(body: CreateImportRequest, o?: CallOptions): Promise<ImportPreview>;
  uploadImport(file: Blob, o: UploadOptions): Promise<ImportPreview>;
  getImport(id: string, o?: CallOptions): Promise<ImportPreview>;
  /** A page of the preview's "only in Accounton" clients (limit up to 1,000). */
  accountonOnly(id: string, page: { limit?: number; offset: number }, o?: CallOptions): Promise<AccountonOnlyPage>;
  commitImport(id: string, body: CommitRequest, idempotencyKey: string, o?: CallOptions): Promise<CommitResult>;
  clients(query?: ClientsQuery, o?: CallOptions): Promise<ClientsPage>;
  /** The template (.xlsx) filled with the firm's clients matching the filter, each row with its client's id. */
  exportClients(query?: ClientsExportQuery, o?: CallOptions): Promise<Blob>;
  /** The firm's remembered mapping for a header signature; an ApiError 404 (notFound.mapping) when there is none. */
  mapping(signature: string, o?: CallOptions): Promise<StoredMapping>;
  /** Remembers a mapping for the firm under its signature (administrators). */
  saveMapping(mapping: Mapping, o?: CallOptions): Promise<StoredMapping>;
  /** A committed import's results workbook (.xlsx), in the client's language. */
  resultsXlsx(id: string, o?: CallOptions): Promise<Blob>;
  /** The template's download address (no key needed). */
  templateUrl(lang?: Lang): string;
  // Administrators only.
  keys(o?: CallOptions): Promise<ApiKey[]>;
  /** The answer's key is the secret, shown this once. */
  createKey(body: CreateApiKeyRequest, o?: CallOptions): Promise<CreatedApiKey>;
  /** force: revoke even the firm's last working administrator key. */
  revokeKey(id: string, opts?: { force?: boolean }, o?: CallOptions): Promise<ApiKey>;
  users(o?: CallOptions): Promise<User[]>;
  addUser(body: CreateUserRequest, o?: CallOptions): Promise<User>;
  audit(query?: AuditQuery, o?: CallOptions): Promise<AuditPage>;
}

function queryString(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function createClient(opts: ClientOptions): ApiClient {
  const apiUrl = `${opts.baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '')}/api/v1`;
  const lang = opts.lang ?? 'en';
  const doFetch = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  type Init = { body?: BodyInit; json?: unknown; headers?: Record<string, string>; signal?: AbortSignal; binary?: boolean };
  async function request<T>(method: string, path: string, init: Init = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang, ...init.headers };
    if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    }
    let res: Response;
    try {
      res = await doFetch(apiUrl + path, { method, headers, body, signal: init.signal });
    } catch (err) {
      if (init.signal?.aborted || (err as Error)?.name === 'AbortError') {
        throw new ApiError('aborted', 0, 'client.aborted', serverMessage('client.aborted', lang));
      }
      throw new ApiError('network', 0, 'client.network', serverMessage('client.network', lang, { url: apiUrl }));
    }
    // A file is read as it is; its errors are JSON like every other.
    if (init.binary && res.ok) {
      try {
        return (await res.blob()) as T;
      } catch {
        if (init.signal?.aborted) throw new ApiError('aborted', 0, 'client.aborted', serverMessage('client.aborted', lang));
        throw new ApiError('network', 0, 'client.network', serverMessage('client.network', lang, { url: apiUrl }));
      }
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      if (init.signal?.aborted) throw new ApiError('aborted', 0, 'client.aborted', serverMessage('client.aborted', lang));
      throw new ApiError('network', 0, 'client.network', serverMessage('client.network', lang, { url: apiUrl }));
    }
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (res.ok && data !== undefined) return data as T;
    // The error body's schema (zod/mini, ~7 KB gzipped) loads on the first error, not with the page;
    // the pages prefetch it once idle, so it is there when the API answers with an error.
    const { ErrorSchema } = await import(/* webpackPrefetch: true */ './contract/errors');
    const parsed = ErrorSchema.safeParse(data);
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiError('http', res.status, e.code, e.message, e.issues as Issue[] | undefined, e.mapping as Mapping | undefined, e.samples);
    }
    throw new ApiError('http', res.status, 'client.badResponse', serverMessage('client.badResponse', lang, { url: apiUrl, status: res.status }));
  }

  return {
    apiUrl,
    me: (o = {}) => request<Me>('GET', '/me', o),
    workflows: async (o = {}) => (await request<{ workflows: Workflow[] }>('GET', '/workflows', o)).workflows,
    createWorkflow: (body, o = {}) => request<CreatedWorkflow>('POST', '/workflows', { ...o, json: body }),
    questionnaires: async (filter = {}, o = {}) =>
      (await request<{ questionnaires: Questionnaire[] }>('GET', `/questionnaires${queryString(filter)}`, o)).questionnaires,
    createImport: (body, o = {}) => request<ImportPreview>('POST', '/imports', { ...o, json: body }),
    uploadImport: (file, o) => {
      const form = new FormData();
      form.set('workflowId', o.workflowId);
      form.set('source', o.source ?? 'web');
      if (o.mapping) form.set('mapping', JSON.stringify(o.mapping));
      form.set('file', file, o.fileName ?? ((file as File).name || 'clients.xlsx'));
      return request<ImportPreview>('POST', '/imports', { body: form, signal: o.signal });
    },
    getImport: (id, o = {}) => request<ImportPreview>('GET', `/imports/${encodeURIComponent(id)}`, o),
    accountonOnly: (id, page, o = {}) =>
      request<AccountonOnlyPage>('GET', `/imports/${encodeURIComponent(id)}/accountonOnly${queryString(page)}`, o),
    commitImport: (id, body, idempotencyKey, o = {}) =>
      request<CommitResult>('POST', `/imports/${encodeURIComponent(id)}/commit`, {
        ...o, json: body, headers: { 'idempotency-key': idempotencyKey },
      }),
    clients: (query = {}, o = {}) =>
      request<ClientsPage>('GET', `/clients${queryString(query as Record<string, string | number | undefined>)}`, o),
    exportClients: (query = {}, o = {}) =>
      request<Blob>('GET', `/clients/export.xlsx${queryString(query)}`, {
        ...o, binary: true, headers: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      }),
    mapping: (signature, o = {}) => request<StoredMapping>('GET', `/mappings${queryString({ signature })}`, o),
    saveMapping: (mapping, o = {}) => request<StoredMapping>('PUT', '/mappings', { ...o, json: mapping }),
    resultsXlsx: (id, o = {}) =>
      request<Blob>('GET', `/imports/${encodeURIComponent(id)}/results.xlsx`, {
        ...o, binary: true, headers: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      }),
    templateUrl: (l = lang) => `${apiUrl}/template.xlsx${queryString({ lang: l })}`,
    keys: async (o = {}) => (await request<{ keys: ApiKey[] }>('GET', '/keys', o)).keys,
    createKey: (body, o = {}) => request<CreatedApiKey>('POST', '/keys', { ...o, json: body }),
    revokeKey: (id, opts = {}, o = {}) =>
      request<ApiKey>('DELETE', `/keys/${encodeURIComponent(id)}${queryString({ force: opts.force ? 'true' : undefined })}`, o),
    users: async (o = {}) => (await request<{ users: User[] }>('GET', '/users', o)).users,
    addUser: (body, o = {}) => request<User>('POST', '/users', { ...o, json: body }),
    audit: (query = {}, o = {}) => request<AuditPage>('GET', `/audit${queryString(query as Record<string, string | number | undefined>)}`, o),
  };
}

/**
 * Every client of a preview's "only in Accounton" bucket: the preview holds the first page, the rest is
 * read a page at a time. onProgress gets how many of them are read.
 */
export async function allAccountonOnly(
  api: ApiClient,
  preview: Pick<ImportPreview, 'id' | 'summary' | 'accountonOnly'>,
  o: CallOptions & { onProgress?: (read: number, total: number) => void } = {},
): Promise<AccountonOnlyEntry[]> {
  const total = preview.summary.accountonOnly;
  const entries = [...preview.accountonOnly];
  for (let offset = ACCOUNTON_ONLY_PAGE; offset < total; offset += ACCOUNTON_ONLY_PAGE) {
    o.onProgress?.(offset, total);
    const page = await api.accountonOnly(preview.id, { limit: ACCOUNTON_ONLY_PAGE, offset }, o);
    entries.push(...page.entries);
  }
  return entries;
}
