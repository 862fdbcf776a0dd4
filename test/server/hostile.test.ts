// Hostile requests: each gets a 4xx in the one error shape, in the caller's language, never a 500 or a hang.
import net from 'node:net';
import { clientRow, commit, describeEachDb, logCapture, startTestApp, type Reply, type TestApp } from './helpers';

function expectShape(res: Reply, status: number) {
  expect({ status: res.statusCode, body: res.body }).toEqual({ status, body: expect.any(String) });
  const body = res.json();
  expect(body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  return body.error as { code: string; message: string };
}

/** Sends raw bytes and returns what the server answered (the status line and the body). */
function rawRequest(baseUrl: string, bytes: string): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(answer);
    });
    socket.write(bytes);
  });
}

describeEachDb('hostile requests', (target) => {
  let t: TestApp;
  const { lines, stream } = logCapture();
  beforeAll(async () => {
    t = await startTestApp(target, { logger: { level: 'info', stream } });
  });
  afterAll(() => t.close());

  const upload = (contentType: string, body: string) =>
    t.call({ method: 'POST', url: '/api/v1/imports', payload: body, headers: { 'content-type': contentType } });

  test('broken multipart bodies are a 400, never a 500', async () => {
    const part = '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004';
    const cases = [
      upload('multipart/form-data', `${part}\r\n--abc--\r\n`),
      upload('multipart/form-data; boundary=', `${part}\r\n--abc--\r\n`),
      upload('multipart/form-data; boundary=xyz', `${part}\r\n--abc--\r\n`),
      upload('multipart/form-data; boundary=abc', part),
    ];
    for (const res of await Promise.all(cases)) {
      const error = expectShape(res, 400);
      expect(error.code).toMatch(/^upload\./);
    }
  });

  test('a control character or a lone surrogate in a cell makes that row invalid, naming the cell', async () => {
    const p = await t.preview([
      clientRow(9100, { street: 'Rue\u0000 de la Loi' }),
      clientRow(9101, { labels: 'vip,\ud800' }),
      clientRow(9102, { city: 'Gent\udfff' }),
      clientRow(9103, { registrationNumber: `${clientRow(9103).registrationNumber}\u0000` }),
      clientRow(9104, { street: 'Kerkstraat\n12' }),
    ]);
    expect(p.invalid.map((e) => e.row)).toEqual([2, 3, 4, 5]);
    expect(p.invalid.map((e) => e.issues.find((i) => i.code.endsWith('.controlCharacter'))?.field)).toEqual([
      'street', 'labels', 'city', 'registrationNumber',
    ]);
    expect(p.invalid[0].issues[0].message).toMatch(/control character/);
    // A line break (Alt+Enter in Excel) is ordinary text.
    expect(p.importOnly.map((e) => e.row)).toEqual([6]);
    const res = await commit(t, p.id, {
      add: p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId })),
    });
    expect(res.statusCode).toBe(200);
  });

  test('ids that cannot be ids are a 404 before they reach the database; text parameters with NUL are a 400', async () => {
    for (const url of ['/api/v1/imports/abc%00', '/api/v1/imports/%00/accountonOnly', `/api/v1/imports/${'a'.repeat(500)}`]) {
      expect(expectShape(await t.call({ url }), 404).code).toBe('notFound.import');
    }
    expect(expectShape(await t.call({ method: 'POST', url: '/api/v1/imports/x%00/commit', payload: {}, headers: { 'idempotency-key': 'k' } }), 404).code)
      .toBe('notFound.import');
    expect(expectShape(await t.call({ url: '/api/v1/clients?query=a%00b' }), 400).code).toBe('request.invalid');
    expect(expectShape(await t.call({ url: '/api/v1/questionnaires?workflowId=w%00' }), 400).code).toBe('request.invalid');
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: { workflowId: 'w\u0000', source: 'cli', rows: [] } });
    expect(expectShape(res, 400).code).toBe('request.invalid');
  });

  test("Fastify's router errors answer in the one shape, localized", async () => {
    for (const url of ['/api/v1/imports/%ff', '/api/v1/imports/%zz', '/api/v1/imports/%', '/api/v1/%ff']) {
      const fr = await t.call({ url, headers: { 'accept-language': 'fr' } });
      const en = await t.call({ url, headers: { 'accept-language': 'en' } });
      expect([fr.statusCode, en.statusCode]).toEqual([400, 400]);
      const [frError, enError] = [expectShape(fr, 400), expectShape(en, 400)];
      expect(frError.code).toBe(enError.code);
      expect(frError.message).not.toBe(enError.message);
    }
    const long = await t.call({ url: `/api/v1/imports/${'x'.repeat(2000)}/commit`, method: 'POST', payload: {} });
    expect(long.statusCode).toBeLessThan(500);
    expectShape(long, long.statusCode);
  });

  test('malformed HTTP gets a 400 in the one shape', async () => {
    const answer = await rawRequest(t.baseUrl, 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toEqual({ error: { code: 'request.malformed', message: expect.any(String) } });
  });

  test('an unknown route is logged without its path', async () => {
    lines.length = 0;
    await t.call({ url: '/api/v1/nothere/someone%40example.be' });
    await t.call({ url: '/api/v1/nothere/85073003328' });
    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).not.toContain('example');
    expect(log).not.toContain('85073003328');
    expect(log).not.toContain('nothere');
  });
});
