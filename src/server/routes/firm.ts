// The caller's firm: who am I, workflows, questionnaires and clients. Every query is scoped to the firm.
import type { FastifyInstance } from 'fastify';
import { exportClients, listClients } from '../db/clientList';
import { findWorkflow, hasWorkflowOfYear, insertWorkflow, listQuestionnaires, listWorkflows } from '../db/firms';
import {
  ClientsExportQuerySchema, ClientsQuerySchema, CreateWorkflowSchema, QuestionnairesQuerySchema, type ClientsPage, type CreatedWorkflow, type Me,
} from '../../api/contract/schemas';
import { requireAdmin } from '../auth';
import { HttpError, isUniqueViolation, requestLang } from '../errors';
import { audit } from '../db/imports';
import { newId } from '../ids';
import { caller, parse, type RouteContext } from './context';

export function firmRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/me', async (request): Promise<Me> => {
    const { firm, user } = caller(request);
    return { firm, user };
  });
  app.get('/workflows', async (request) => ({ workflows: await listWorkflows(ctx.adb.db, caller(request).firm.id) }));
  // A new season: the workflow of an assessment year, with its questionnaires.
  app.post('/workflows', async (request, reply): Promise<CreatedWorkflow> => {
    const auth = caller(request);
    requireAdmin(auth);
    const body = parse(CreateWorkflowSchema, request.body);
    const firmId = auth.firm.id;
    const at = ctx.now().toISOString();
    const workflow = { id: newId(), name: body.name, taxYear: body.taxYear };
    const questionnaires = body.questionnaires.map((q) => ({ id: newId(), workflowId: workflow.id, language: q.language, name: q.name }));
    const taken = new HttpError(409, 'workflow.taxYearTaken', { taxYear: body.taxYear });
    try {
      await ctx.adb.db.transaction().execute(async (trx) => {
        if (await hasWorkflowOfYear(trx, firmId, body.taxYear)) throw taken;
        await insertWorkflow(trx, { ...workflow, firmId, at }, questionnaires);
        await audit(trx, {
          firmId, userId: auth.user.id, action: 'workflow.create', importId: null, at,
          details: { workflowId: workflow.id, taxYear: body.taxYear, questionnaires: questionnaires.length },
        });
      });
    } catch (err) {
      // Another admin opened the same assessment year between our check and insert.
      if (isUniqueViolation(err)) throw taken;
      throw err;
    }
    reply.code(201);
    return { workflow, questionnaires };
  });
  app.get('/questionnaires', async (request) => {
    const query = parse(QuestionnairesQuerySchema, request.query);
    return { questionnaires: await listQuestionnaires(ctx.adb.db, caller(request).firm.id, query) };
  });
  // A page of clients carries their national numbers (the pane's *Load clients* reads them so): each page
  // read is audited as the export is, without the search text.
  app.get('/clients', async (request): Promise<ClientsPage> => {
    const auth = caller(request);
    const query = parse(ClientsQuerySchema, request.query);
    const page = await listClients(ctx.adb.db, ctx.adb.dialect, auth.firm.id, query);
    await audit(ctx.adb.db, {
      firmId: auth.firm.id, userId: auth.user.id, action: 'clients.read', importId: null, at: ctx.now().toISOString(),
      details: { rows: page.clients.length, offset: query.offset, query: query.query !== undefined },
    });
    return { ...page, limit: query.limit, offset: query.offset } as ClientsPage;
  });
  // The template filled with the firm's clients, to correct in Excel and send back: each row carries its client's id.
  // National numbers leave the server only this way, to the firm's own users, and each export is audited.
  app.get('/clients/export.xlsx', async (request, reply) => {
    const auth = caller(request);
    const filter = parse(ClientsExportQuerySchema, request.query);
    const firmId = auth.firm.id;
    if (filter.workflowId && !(await findWorkflow(ctx.adb.db, firmId, filter.workflowId))) throw new HttpError(404, 'notFound.workflow');
    const rows = await exportClients(ctx.adb.db, ctx.adb.dialect, firmId, filter);
    // The search text is left out of the log: someone may have searched for a national number.
    await audit(ctx.adb.db, {
      firmId, userId: auth.user.id, action: 'clients.export', importId: null, at: ctx.now().toISOString(),
      details: { rows: rows.length, workflowId: filter.workflowId ?? null, label: filter.label ?? null, query: filter.query !== undefined },
    });
    // Loaded on first use, as the template: the spreadsheet library is a tenth of the server's memory.
    const { writeTemplate } = await import('../../io');
    const file = await writeTemplate({ lang: requestLang(request), rows });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="accounton-clients.xlsx"')
      .header('cache-control', 'no-store')
      .send(file);
  });
}
