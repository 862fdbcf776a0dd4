// The caller's firm: who am I, workflows, questionnaires and clients. Every query is scoped to the firm.
import type { FastifyInstance } from 'fastify';
import { listClients } from '../db/clientList';
import { hasWorkflowOfYear, insertWorkflow, listQuestionnaires, listWorkflows } from '../db/firms';
import {
  ClientsQuerySchema, CreateWorkflowSchema, QuestionnairesQuerySchema, type ClientsPage, type CreatedWorkflow, type Me,
} from '../../api/contract/schemas';
import { requireAdmin } from '../auth';
import { HttpError, isUniqueViolation } from '../errors';
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
  app.get('/clients', async (request): Promise<ClientsPage> => {
    const query = parse(ClientsQuerySchema, request.query);
    const page = await listClients(ctx.adb.db, ctx.adb.dialect, caller(request).firm.id, query);
    return { ...page, limit: query.limit, offset: query.offset } as ClientsPage;
  });
}
