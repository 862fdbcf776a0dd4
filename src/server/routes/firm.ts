// The caller's firm: who am I, workflows, questionnaires and clients. Every query is scoped to the firm.
import type { FastifyInstance } from 'fastify';
import { listClients } from '../db/clientList';
import { listQuestionnaires, listWorkflows } from '../db/firms';
import { ClientsQuerySchema, QuestionnairesQuerySchema, type ClientsPage, type Me } from '../../api/contract/schemas';
import { caller, parse, type RouteContext } from './context';

export function firmRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/me', async (request): Promise<Me> => {
    const { firm, user } = caller(request);
    return { firm, user };
  });
  app.get('/workflows', async (request) => ({ workflows: await listWorkflows(ctx.adb.db, caller(request).firm.id) }));
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
