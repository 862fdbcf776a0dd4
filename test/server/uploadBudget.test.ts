// Admission control: an upload beyond the memory budget waits for room, and when none comes gets a 503 with
// Retry-After in the one error shape (localized), with nothing stored; once room is back it goes through.
import { writeTemplate } from '../../src/io';
import { UploadBudget } from '../../src/server/uploadBudget';
import { clientRow, describeEachDb, startTestApp, type TestApp } from './helpers';

describe('UploadBudget', () => {
  it('admits within the budget, queues beyond it first come first served, and refuses after the wait', async () => {
    const budget = new UploadBudget({ bytes: 100, waitMs: 50 });
    const first = await budget.reserve(60);
    const order: string[] = [];
    const second = budget.reserve(60).then((release) => (order.push('second'), release));
    const third = budget.reserve(30).then((release) => (order.push('third'), release));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]); // the third would fit, but waits its turn behind the second
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);

    const hold = await budget.reserve(100);
    await expect(budget.reserve(1)).rejects.toMatchObject({ status: 503, code: 'upload.busy', params: { seconds: 1 } });
    hold();
    // More than the whole budget is taken as the whole budget: one upload alone always gets in.
    (await budget.reserve(1_000))();
  });
});

describeEachDb('uploads beyond the memory budget', (target) => {
  const budget = new UploadBudget({ bytes: 1024 * 1024, waitMs: 200 });
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { uploadBudget: budget });
  });
  afterAll(() => t.close());

  const upload = async (lang: string) => {
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(await writeTemplate({ rows: [clientRow(70000), clientRow(70001)] }))]), 'clients.xlsx');
    return t.call({ method: 'POST', url: '/api/v1/imports', payload: form, headers: { 'accept-language': lang } });
  };
  const previews = async () => (await t.adb.db.selectFrom('imports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;

  test('a 503 with Retry-After while the budget is taken, nothing stored; a 201 once it is free', async () => {
    const before = Number(await previews());
    const hold = await budget.reserve(1024 * 1024);
    const busy = await upload('fr');
    expect(busy.statusCode).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(busy.json()).toEqual({
      error: {
        code: 'upload.busy',
        message: "Le serveur lit d'autres envois et n'a pas la place pour celui-ci maintenant ; rien n'a été enregistré. Renvoyez le fichier dans 1 seconde.",
      },
    });
    expect(Number(await previews())).toBe(before);

    // One that waits is let in when the room is given back within its wait.
    const waiting = upload('en');
    setTimeout(hold, 50);
    expect((await waiting).statusCode).toBe(201);
    expect(Number(await previews())).toBe(before + 1);
  });
});
