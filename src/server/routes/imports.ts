// Preview (JSON rows or a multipart .xlsx upload), read a preview, commit it.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { InputRow } from '../../core';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../core/lang';
import { ReadError } from '../../io/readError';
import { readXlsx, readXlsxSheets } from '../../io/xlsx';
import type { Mapping } from '../../core/mapping';
import { findMapping } from '../db/mappings';
import { readMappedUpload } from '../mappedUpload';
import { receivedMapping } from './mappings';
import { declaredInflatedBytes } from '../../io/zip';
import { requireAdmin } from '../auth';
import { commitImport, readCommitResult } from '../commitImport';
import { HttpError, requestLang } from '../errors';
import { createPreview, readAccountonOnly, readPreview, type PreviewRequest } from '../previewImport';
import { AccountonOnlyQuerySchema, CommitRequestSchema, CreateImportSchema, Id, ImportSourceSchema } from '../../api/contract/schemas';
import { rowOutcomes, resultsTable } from '../../api/outcomes';
import { uploadCost } from '../uploadBudget';
import { caller, parse, type RouteContext } from './context';

const IdParams = z.object({ id: Id });
const UploadFields = z.object({ workflowId: Id, source: ImportSourceSchema.default('web'), mapping: z.string().optional() });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IdempotencyKey = z.string().min(1).max(200);

// What one upload may cost the server: a sheet of 100,000 rows (the JSON route's limit too) unpacks to about
// 60 MB; a zip that would inflate beyond the part limit is refused before it is inflated.
const UPLOAD_LIMITS = { partBytes: 96 * 1024 * 1024, rows: 100_001, columns: 200, ms: 20_000 };

/** The import of a path: a value that cannot be an id names no import (and never reaches the database). */
function importId(params: unknown): string {
  const parsed = IdParams.safeParse(params);
  if (!parsed.success) throw new HttpError(404, 'notFound.import');
  return parsed.data.id;
}

/** The upload's fields and file; a body that is not well-formed multipart (boundary, truncation) is a 400. */
async function readParts(request: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, data };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    // The body limit and the part limits keep their own answers (413).
    if (status !== undefined && status !== 500) throw err;
    throw new HttpError(400, 'upload.malformed');
  }
  return { fields, file };
}

/** The upload read into rows, once the budget has room for it; `release` gives the room back. */
async function uploadRequest(request: FastifyRequest, ctx: RouteContext): Promise<PreviewRequest & { release: () => void }> {
  const lang = requestLang(request);
  const { fields, file } = await readParts(request);
  const { workflowId, source, mapping: mappingField } = parse(UploadFields, fields);
  if (!file) throw new HttpError(400, 'upload.noFile');
  const given = mappingField === undefined ? undefined : receivedMapping(jsonField(mappingField));
  const firmId = caller(request).firm.id;
  const remembered = async (signature: string) => (await findMapping(ctx.adb.db, firmId, signature))?.mapping ?? null;
  if (!/\.xlsx$/i.test(file.name)) throw new HttpError(415, 'upload.notXlsx');
  const release = await ctx.uploads.reserve(uploadCost(file.data.length, await declaredInflatedBytes(file.data)));
  try {
    return { ...(await readUpload(file.data, { lang, given, remembered })), workflowId, source, release };
  } catch (err) {
    release();
    throw err;
  }
}

function jsonField(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'mapping.invalid', { part: '(root)' });
  }
}

const readError = (err: unknown) =>
  err instanceof ReadError ? new HttpError(err.overLimit ? 413 : 422, 'upload.unreadable', { reason: err.message }) : err;

/** The template's rows; a file that is not the template (no template header row, or its errors) through a mapping. */
async function readUpload(
  data: Buffer,
  opts: { lang: Lang; given?: Mapping; remembered: (signature: string) => Promise<Mapping | null> },
): Promise<Pick<PreviewRequest, 'rows' | 'columns' | 'mapping' | 'sheet'>> {
  const { lang } = opts;
  let headerErrors: Issue[] = [];
  let noHeader: ReadError | null = null;
  try {
    const sheet = await readXlsx(data, { lang, limits: UPLOAD_LIMITS });
    headerErrors = sheet.headerIssues.filter((i) => i.severity === 'error');
    if (!headerErrors.length) return { rows: sheet.rows, columns: sheet.columns, sheet: sheet.sheet };
  } catch (err) {
    if (!(err instanceof ReadError && err.code === 'read.noHeader')) throw readError(err);
    noHeader = err;
  }
  let sheets;
  try {
    sheets = await readXlsxSheets(data, { lang, limits: UPLOAD_LIMITS });
  } catch (err) {
    throw readError(err);
  }
  const mapped = await readMappedUpload(sheets, opts);
  if (mapped) return mapped;
  // No sheet has a header row the engine can read: the template reader's own findings say what to fix.
  if (noHeader) throw readError(noHeader);
  throw new HttpError(422, 'upload.header', {}, headerErrors);
}

export function importRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/imports', async (request, reply) => {
    const auth = caller(request);
    requireAdmin(auth);
    let req: PreviewRequest;
    let release = () => {};
    if (request.isMultipart()) {
      ({ release, ...req } = await uploadRequest(request, ctx));
    } else {
      const body = parse(CreateImportSchema, request.body);
      // The parsed copy holds what the raw one did: dropping the raw rows halves what a large import keeps in memory.
      request.body = undefined;
      const rows: InputRow[] = body.rows.map((r) => ({ row: r.row, cells: r.values }));
      req = { workflowId: body.workflowId, source: body.source, rows, columns: body.columns };
    }
    // The upload's rows are held until the preview is built (then only its body is): the room is given back then.
    let preview;
    try {
      preview = await createPreview(ctx.adb, auth, req, { lang: requestLang(request), now: ctx.now(), ttlMs: ctx.previewTtlMs });
    } finally {
      release();
    }
    return reply
      .code(201)
      .type('application/json; charset=utf-8')
      .header('content-length', preview.body.reduce((n, part) => n + part.length, 0))
      .send(Readable.from(preview.body));
  });

  app.get('/imports/:id', async (request) => {
    const id = importId(request.params);
    return readPreview(ctx.adb, caller(request), id, requestLang(request), ctx.now());
  });

  app.get('/imports/:id/accountonOnly', async (request) => {
    const id = importId(request.params);
    return readAccountonOnly(ctx.adb, caller(request), id, parse(AccountonOnlyQuerySchema, request.query));
  });

  app.get('/imports/:id/results.xlsx', async (request, reply) => {
    const auth = caller(request);
    const id = importId(request.params);
    const lang = requestLang(request);
    const result = await readCommitResult(ctx.adb, auth, id, lang);
    const preview = await readPreview(ctx.adb, auth, id, lang, ctx.now());
    // Loaded on first use, as the template: the spreadsheet library is a tenth of the server's memory.
    const { writeResults } = await import('../../io/results');
    const file = await writeResults(resultsTable(rowOutcomes(preview, result), lang));
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="accounton-results-${id}.xlsx"`)
      .send(file);
  });

  app.post('/imports/:id/commit', async (request, reply) => {
    const auth = caller(request);
    requireAdmin(auth);
    const id = importId(request.params);
    const key = IdempotencyKey.safeParse(request.headers['idempotency-key']);
    if (!key.success) throw new HttpError(400, 'request.idempotencyKeyMissing');
    const body = parse(CommitRequestSchema, request.body ?? {});
    const { result, replayed } = await commitImport(ctx.adb, auth, id, body, key.data, { lang: requestLang(request), now: ctx.now() });
    if (replayed) reply.header('idempotent-replayed', 'true');
    return result;
  });
}
