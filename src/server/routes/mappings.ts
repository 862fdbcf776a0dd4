// A firm's remembered column mappings: read by anyone of the firm, written by its administrators.
import type { FastifyInstance } from 'fastify';
import { headerSignature, parseMapping, type Mapping } from '../../core/mapping';
import { MappingQuerySchema, type StoredMapping } from '../../api/contract/schemas';
import { requireAdmin } from '../auth';
import { findMapping, saveMapping } from '../db/mappings';
import { HttpError } from '../errors';
import { caller, parse, type RouteContext } from './context';

/** A mapping sent by a client: its shape checked by the core, and stored under the signature of its own headers. */
export function receivedMapping(value: unknown): Mapping {
  const parsed = parseMapping(value);
  if ('error' in parsed) throw new HttpError(400, 'mapping.invalid', { part: parsed.error });
  // A signature that is not its headers' would make the mapping come back for another file.
  if (headerSignature(parsed.mapping.columns.map((c) => c.header)) !== parsed.mapping.signature) {
    throw new HttpError(400, 'mapping.signature');
  }
  return parsed.mapping;
}

export function mappingRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/mappings', async (request): Promise<StoredMapping> => {
    const { signature } = parse(MappingQuerySchema, request.query);
    const stored = await findMapping(ctx.adb.db, caller(request).firm.id, signature);
    if (!stored) throw new HttpError(404, 'notFound.mapping');
    return stored;
  });
  app.put('/mappings', async (request): Promise<StoredMapping> => {
    const auth = caller(request);
    requireAdmin(auth);
    const mapping = receivedMapping(request.body);
    const updatedAt = ctx.now().toISOString();
    await saveMapping(ctx.adb.db, auth.firm.id, auth.user.id, mapping, updatedAt);
    return { mapping, updatedAt };
  });
}
