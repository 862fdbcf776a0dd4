// Endpoints without a key: health, the OpenAPI document and the template (it holds no firm data).
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../openapi';
import { TemplateQuerySchema } from '../../api/contract/schemas';
import { parse, type RouteContext } from './context';

export function publicRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const document = openApiDocument();
  app.get('/healthz', async () => {
    await sql`select 1`.execute(ctx.adb.db);
    return { status: 'ok' };
  });
  app.get('/openapi.json', async () => document);
  app.get('/template.xlsx', async (request, reply) => {
    const { lang } = parse(TemplateQuerySchema, request.query);
    // Loaded on first use: the spreadsheet library is a tenth of the server's memory.
    const { writeTemplate } = await import('../../io');
    const file = await writeTemplate({ lang: lang ?? 'en' });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="accounton-clients-template.xlsx"')
      .send(file);
  });
}
