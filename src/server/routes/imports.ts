// Preview (JSON rows or a multipart .xlsx upload), read a preview, commit it.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { InputRow } from '../../core';
import { requireAdmin } from '../auth';
import { commitImport } from '../commitImport';
import { HttpError, requestLang } from '../errors';
import { createPreview, readAccountonOnly, readPreview, type PreviewRequest } from '../previewImport';
import { AccountonOnlyQuerySchema, CommitRequestSchema, CreateImportSchema, ImportSourceSchema } from '../../api/contract/schemas';
import { caller, parse, type RouteContext } from './context';

const IdParams = z.object({ id: z.string().min(1).max(100) });
const UploadFields = z.object({ workflowId: z.string().min(1).max(100), source: ImportSourceSchema.default('web') });
const IdempotencyKey = z.string().min(1).max(200);

async function uploadRequest(request: FastifyRequest): Promise<PreviewRequest> {
  const lang = requestLang(request);
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename, data };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  const { workflowId, source } = parse(UploadFields, fields);
  if (!file) throw new HttpError(400, 'upload.noFile');
  if (!/\.xlsx$/i.test(file.name)) throw new HttpError(415, 'upload.notXlsx');
  // Loaded on first upload: the spreadsheet library is a tenth of the server's memory.
  const { readXlsx, ReadError } = await import('../../io');
  let sheet;
  try {
    sheet = await readXlsx(file.data, { lang });
  } catch (err) {
    if (err instanceof ReadError) throw new HttpError(422, 'upload.unreadable', { reason: err.message });
    throw err;
  }
  const headerErrors = sheet.headerIssues.filter((i) => i.severity === 'error');
  if (headerErrors.length) throw new HttpError(422, 'upload.header', {}, headerErrors);
  return { workflowId, source, rows: sheet.rows, columns: sheet.columns };
}

export function importRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/imports', async (request, reply) => {
    const auth = caller(request);
    requireAdmin(auth);
    let req: PreviewRequest;
    if (request.isMultipart()) {
      req = await uploadRequest(request);
    } else {
      const body = parse(CreateImportSchema, request.body);
      // The parsed copy holds what the raw one did: dropping the raw rows halves what a large import keeps in memory.
      request.body = undefined;
      const rows: InputRow[] = body.rows.map((r) => ({ row: r.row, cells: r.values }));
      req = { workflowId: body.workflowId, source: body.source, rows, columns: body.columns };
    }
    const preview = await createPreview(ctx.adb, auth, req, { lang: requestLang(request), now: ctx.now(), ttlMs: ctx.previewTtlMs });
    return reply
      .code(201)
      .type('application/json; charset=utf-8')
      .header('content-length', preview.body.reduce((n, part) => n + part.length, 0))
      .send(Readable.from(preview.body));
  });

  app.get('/imports/:id', async (request) => {
    const { id } = parse(IdParams, request.params);
    return readPreview(ctx.adb, caller(request), id, requestLang(request), ctx.now());
  });

  app.get('/imports/:id/accountonOnly', async (request) => {
    const { id } = parse(IdParams, request.params);
    return readAccountonOnly(ctx.adb, caller(request), id, parse(AccountonOnlyQuerySchema, request.query));
  });

  app.post('/imports/:id/commit', async (request, reply) => {
    const auth = caller(request);
    requireAdmin(auth);
    const { id } = parse(IdParams, request.params);
    const key = IdempotencyKey.safeParse(request.headers['idempotency-key']);
    if (!key.success) throw new HttpError(400, 'request.idempotencyKeyMissing');
    const body = parse(CommitRequestSchema, request.body ?? {});
    const { result, replayed } = await commitImport(ctx.adb, auth, id, body, key.data, { lang: requestLang(request), now: ctx.now() });
    if (replayed) reply.header('idempotent-replayed', 'true');
    return result;
  });
}
