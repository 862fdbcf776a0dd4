// A column mapping as the API carries it (the core's Mapping, src/core/mapping/types.ts): in the error body of
// an upload that needs one, and in /mappings. zod/mini, as the error body is. The server checks a mapping it
// receives with the core's parseMapping, which knows the targets; this schema only describes the shape.
import * as z from 'zod/mini';
import { PRESETS } from '../../core/mapping/presets';
import type { PresetId } from '../../core/mapping/types';

export const MappingSchema = z
  .object({
    version: z.literal(1),
    signature: z.string().check(z.describe("The source header row's signature: the same headers in any order give the same one.")),
    preset: z.nullable(z.enum(PRESETS.map((p) => p.id) as [PresetId, ...PresetId[]])).check(z.describe('The export it was recognized as.')),
    sheet: z.string(),
    headerRow: z.number().check(z.int()),
    columns: z.array(
      z.object({
        column: z.string().check(z.describe('The source column letter.')),
        header: z.string(),
        field: z.string().check(z.describe('A template field key, address (one address column), entityType, or ignore.')),
        by: z.optional(z.string().check(z.describe('How it was suggested (alias, preset, similarity, values) or user.'))),
      }),
    ),
  })
  .check(z.describe('Which template field each source column feeds.'));
