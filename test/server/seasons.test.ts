// The second season: opening a workflow of a new assessment year, and last year's clients coming back as
// duplicates that are attached to it (a dossier, status not_sent) in the same commit as the new clients.
import { sql } from 'kysely';
import { clientRow, commit, describeEachDb, startTestApp, type TestApp } from './helpers';

const QUESTIONNAIRES = [
  { language: 'dutch', name: 'Aangifte personenbelasting AJ 2025' },
  { language: 'french', name: 'Déclaration IPP EI 2025' },
  { language: 'english', name: 'Personal income tax return AY 2025' },
];

describeEachDb('seasons', (target) => {
  let t: TestApp;
  let lastYear: { workflow: { id: string }; questionnaires: { id: string; language: string }[] };
  beforeAll(async () => {
    t = await startTestApp(target);
    const res = await t.call({ method: 'POST', url: '/api/v1/workflows', payload: { name: 'Personal income tax 2025', taxYear: 2025, questionnaires: QUESTIONNAIRES } });
    expect(res.statusCode).toBe(201);
    lastYear = res.json();
  });
  afterAll(() => t.close());

  const previewIn = async (workflowId: string, rows: ReturnType<typeof clientRow>[]) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: { workflowId, source: 'cli', rows: rows.map((values, i) => ({ row: i + 2, values })) } });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const addAll = (p: { importOnly: { row: number; suggestedLanguage: string; suggestedQuestionnaireId: string }[] }) =>
    p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
  const questionnaireOf = async (workflowId: string, language: string) =>
    (await t.call({ url: `/api/v1/questionnaires?workflowId=${workflowId}&language=${language}` })).json().questionnaires[0].id as string;
  const dossiersOf = (clientId: string) =>
    t.adb.db.selectFrom('dossiers').select(['workflow_id', 'questionnaire_id', 'status']).where('client_id', '=', clientId).execute();

  test('an admin opens a season once per assessment year; staff may not; the firm lists it', async () => {
    const again = await t.call({ method: 'POST', url: '/api/v1/workflows', payload: { name: 'Again', taxYear: 2025, questionnaires: QUESTIONNAIRES } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('workflow.taxYearTaken');
    const staff = await t.call({ method: 'POST', url: '/api/v1/workflows', key: t.firm.staffKey, payload: { name: 'X', taxYear: 2030, questionnaires: QUESTIONNAIRES } });
    expect(staff.statusCode).toBe(403);
    const none = await t.call({ method: 'POST', url: '/api/v1/workflows', payload: { name: 'X', taxYear: 2030, questionnaires: [] } });
    expect(none.statusCode).toBe(400);
    // Another firm's assessment year is its own.
    const other = await t.call({ method: 'POST', url: '/api/v1/workflows', key: t.other.adminKey, payload: { name: 'Theirs', taxYear: 2025, questionnaires: QUESTIONNAIRES } });
    expect(other.statusCode).toBe(201);
    const years = (await t.call({ url: '/api/v1/workflows' })).json().workflows.map((w: { taxYear: number }) => w.taxYear);
    expect(years).toEqual([2026, 2025]);
    expect(lastYear.questionnaires.map((q) => q.language).sort()).toEqual(['dutch', 'english', 'french']);
    const audit = await t.adb.db.selectFrom('audit_log').select('details').where('action', '=', 'workflow.create').where('firm_id', '=', t.firm.firmId).execute();
    expect(JSON.parse(audit[0].details)).toMatchObject({ workflowId: lastYear.workflow.id, taxYear: 2025, questionnaires: 3 });
  });

  test('two admins opening the same assessment year at the same moment make one workflow', async () => {
    const open = () => t.call({ method: 'POST', url: '/api/v1/workflows', payload: { name: 'Race', taxYear: 2031, questionnaires: QUESTIONNAIRES } });
    const codes = (await Promise.all([open(), open(), open()])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409]);
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from workflows where firm_id = ${t.firm.firmId} and tax_year = 2031`.execute(t.adb.db);
    expect(Number(rows[0].n)).toBe(1);
  });

  test('second season: last year\'s clients come back as duplicates not in the workflow, are attached, and new clients added, in one commit', async () => {
    // Last season: three clients imported into 2025's workflow.
    const first = await previewIn(lastYear.workflow.id, [clientRow(7000), clientRow(7001), clientRow(7002)]);
    expect((await commit(t, first.id, { add: addAll(first) })).json().created).toHaveLength(3);

    // This season: two of them come back, with one new client; the third is only in Accounton.
    const p = await previewIn(t.firm.workflowId, [clientRow(7000), clientRow(7001, { mobile: '+32470999999' }), clientRow(7003)]);
    expect(p.summary).toMatchObject({ duplicates: 2, duplicatesNotInWorkflow: 2, importOnly: 1 });
    expect(p.duplicates.map((d: { inWorkflow: boolean }) => d.inWorkflow)).toEqual([false, false]);
    const forgotten = p.accountonOnly.find((e: { lastName: string }) => e.lastName === 'Last7002');
    expect(forgotten).toMatchObject({ linkedToWorkflow: false, inPreviousSeason: true });
    const notLastYear = p.accountonOnly.filter((e: { lastName: string }) => !/^Last700/.test(e.lastName));
    expect(notLastYear.every((e: { inPreviousSeason: boolean }) => !e.inPreviousSeason)).toBe(true);

    const dutch = await questionnaireOf(t.firm.workflowId, 'dutch');
    const body = {
      add: addAll(p),
      attach: p.duplicates.map((d: { row: number }) => ({ row: d.row, language: 'dutch', questionnaireId: dutch })),
      update: [{ row: 3, fields: ['mobile'] }],
    };
    const res = await commit(t, p.id, body, 'season-key');
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result.created).toHaveLength(1);
    expect(result.updated).toEqual([{ row: 3, clientId: p.duplicates[1].clientId, fields: ['mobile'] }]);
    expect(result.attached).toEqual(p.duplicates.map((d: { row: number; clientId: string }) => ({
      row: d.row, clientId: d.clientId, dossierId: expect.any(String), questionnaireId: dutch, status: 'not_sent',
    })));
    expect(result.conflicts).toEqual([]);
    const dossiers = await dossiersOf(p.duplicates[0].clientId);
    expect(dossiers.map((d) => d.workflow_id).sort()).toEqual([lastYear.workflow.id, t.firm.workflowId].sort());
    expect(dossiers.find((d) => d.workflow_id === t.firm.workflowId)).toMatchObject({ questionnaire_id: dutch, status: 'not_sent' });

    // Idempotent: the same body replays the first result; a body with other attachments is a 409.
    const again = await commit(t, p.id, body, 'season-key-2');
    expect(again.json()).toEqual(result);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const different = await commit(t, p.id, { ...body, attach: body.attach.slice(0, 1) });
    expect(different.statusCode).toBe(409);
    expect(await dossiersOf(p.duplicates[0].clientId)).toHaveLength(2);
    const audit = await t.adb.db.selectFrom('audit_log').select('details').where('import_id', '=', p.id).where('action', '=', 'import.commit').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toEqual({ created: 1, updated: 1, attached: 2, conflicts: 0 });

    // Next time, they are in the workflow.
    const later = await previewIn(t.firm.workflowId, [clientRow(7000)]);
    expect(later.duplicates[0].inWorkflow).toBe(true);
    expect(later.summary.duplicatesNotInWorkflow).toBe(0);
  });

  test('a client attached since the preview is a conflict, never a second dossier', async () => {
    const seed = await previewIn(lastYear.workflow.id, [clientRow(7100)]);
    await commit(t, seed.id, { add: addAll(seed) });
    const dutch = await questionnaireOf(t.firm.workflowId, 'dutch');
    const attach = [{ row: 2, language: 'dutch', questionnaireId: dutch }];
    const a = await previewIn(t.firm.workflowId, [clientRow(7100)]);
    const b = await previewIn(t.firm.workflowId, [clientRow(7100, { mobile: '+32470111111' })]);
    expect(b.duplicates[0].inWorkflow).toBe(false);
    const first = await commit(t, a.id, { attach });
    expect(first.json().attached).toHaveLength(1);
    const second = await commit(t, b.id, { attach, update: [{ row: 2, fields: ['mobile'] }] });
    expect(second.statusCode).toBe(200);
    expect(second.json().attached).toEqual([]);
    expect(second.json().updated).toHaveLength(1);
    expect(second.json().conflicts.map((c: { row: number; code: string }) => [c.row, c.code])).toEqual([[2, 'conflict.alreadyInWorkflow']]);
    expect(await dossiersOf(first.json().attached[0].clientId)).toHaveLength(2);
  });

  test('attach takes only duplicates, each once, with a questionnaire of the workflow', async () => {
    const p = await previewIn(t.firm.workflowId, [clientRow(7000), clientRow(7200)]);
    const q = await questionnaireOf(t.firm.workflowId, 'dutch');
    const codes = async (attach: object[]) => (await commit(t, p.id, { attach })).json().error.code;
    expect(await codes([{ row: 3, language: 'dutch', questionnaireId: q }])).toBe('commit.attachNotDuplicate');
    expect(await codes([{ row: 2, language: 'dutch', questionnaireId: q }, { row: 2, language: 'dutch', questionnaireId: q }])).toBe('commit.rowTwice');
    expect(await codes([{ row: 2, language: 'dutch', questionnaireId: lastYear.questionnaires[0].id }])).toBe('commit.questionnaire');
  });
});
