// What every route module receives from buildApp.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AuthContext } from '../auth';
import type { AppDatabase } from '../db';
import { invalidRequest } from '../errors';
import type { UploadBudget } from '../uploadBudget';

export interface RouteContext {
  adb: AppDatabase;
  now: () => Date;
  bodyLimit: number;
  previewTtlMs: number;
  uploads: UploadBudget;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** The caller, set by the authentication hook of the protected scope. */
export function caller(request: FastifyRequest): AuthContext {
  return request.auth!;
}

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidRequest(parsed.error);
  return parsed.data;
}
