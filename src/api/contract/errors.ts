// The error body every failed call answers with, and the issue inside it. Written with zod/mini: the
// browser's API client checks error bodies with it, and the classic zod API would add ~15 KB to every page.
import * as z from 'zod/mini';
import { FIELD_KEYS, type FieldKey } from '../../core/template/columns';
import { MappingSchema } from './mapping';

export const FieldKeySchema = z.enum(FIELD_KEYS as [FieldKey, ...FieldKey[]]).check(z.describe('A template field key.'));

export const IssueSchema = z.object({
  row: z.number().check(z.int()),
  column: z.string(),
  field: z.nullable(FieldKeySchema),
  severity: z.enum(['error', 'warning']),
  code: z.string().check(z.describe('Stable code, e.g. registrationNumber.checksum.')),
  message: z.string().check(z.describe('In the language of the Accept-Language header (en, fr or nl).')),
  fix: z.optional(z.string()).check(z.describe('The value that would correct the cell.')),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().check(z.describe('What is wrong and how to fix it, in the language of Accept-Language.')),
      issues: z.optional(z.array(IssueSchema)),
      mapping: z.optional(MappingSchema).check(z.describe('An upload that is not the template: the suggested mapping, to confirm and send back.')),
      samples: z.optional(z.record(z.string(), z.array(z.string()))).check(z.describe('With mapping: a few values of each source column, by letter.')),
    }),
  })
  .check(z.describe('Every error has this shape.'));

export type ApiErrorBody = z.infer<typeof ErrorSchema>;
