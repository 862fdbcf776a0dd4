// Limits, headers, the error shape of Fastify's own errors, the .xlsx upload and the OpenAPI document.
import { z } from 'zod';
import { FIELD_KEYS } from '../../src/core';
import { writeTemplate } from '../../src/io';
import { CreateImportSchema, MATCHING_RULES } from '../../src/api/contract/schemas';
import { clientRow, describeEachDb, httpCall, startTestApp, type TestApp } from './helpers';

describeEachDb('limits and HTTP', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { corsOrigins: ['https://addin.example'] });
  });
  afterAll(() => t.close());

  test('20,000 rows are accepted in one import', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => clientRow(i));
    const p = await t.preview(rows);
    expect(p.summary).toMatchObject({ total: 20000, importOnly: 20000, invalid: 0 });
  }, 60000);

  test('a body above about 20 MB is a 413 in the error shape', async () => {
    const huge = JSON.stringify({ workflowId: t.firm.workflowId, source: 'cli', rows: [], pad: 'x'.repeat(21 * 1024 * 1024) });
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: huge, headers: { 'content-type': 'application/json', 'accept-language': 'fr' } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'request.tooLarge', message: expect.stringContaining('20 Mo') });
  });

  test("Fastify's own errors use the one shape, localized: bad JSON, unknown route, invalid body, media type", async () => {
    const bad = await t.call({ method: 'POST', url: '/api/v1/imports', payload: '{"rows": [', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('request.badJson');
    const nf = await t.call({ url: '/api/v1/nope', headers: { 'accept-language': 'nl' } });
    expect(nf.statusCode).toBe(404);
    expect(nf.json().error).toEqual({ code: 'notFound.route', message: expect.stringContaining('eindpunt') });
    const invalid = await t.call({ method: 'POST', url: '/api/v1/imports', payload: { workflowId: t.firm.workflowId, source: 'fax', rows: [{ row: 2, values: { nope: 'x' } }] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('request.invalid');
    expect(invalid.json().error.message).toMatch(/source/);
    const media = await t.call({ method: 'POST', url: '/api/v1/imports', payload: 'a,b', headers: { 'content-type': 'text/csv' } });
    expect(media.statusCode).toBe(415);
    expect(media.json().error.code).toBe('request.mediaType');
    const limit = await t.call({ url: '/api/v1/clients?limit=1001' });
    expect(limit.statusCode).toBe(400);
  });

  test('security headers, and CORS only for configured origins', async () => {
    const ok = await t.call({ url: '/api/v1/healthz', headers: { origin: 'https://addin.example' } });
    expect(ok.json()).toEqual({ status: 'ok' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://addin.example');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    const evil = await t.call({ url: '/api/v1/healthz', headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await t.call({ method: 'OPTIONS', url: '/api/v1/imports', key: null, headers: {
      origin: 'https://addin.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key',
    } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  test('the template downloads without a key, in the asked language', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/template.xlsx?lang=nl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  test('a filled-in .xlsx uploaded as multipart is read with the io reader and previewed', async () => {
    const file = await writeTemplate({ rows: [clientRow(50001), clientRow(50002, { email: 'wrong' })] });
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(file)]), 'clients.xlsx');
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: form });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ source: 'web', summary: { total: 2, importOnly: 1, invalid: 1 } });
    const csv = new FormData();
    csv.set('workflowId', t.firm.workflowId);
    csv.set('file', new Blob(['a,b\n']), 'clients.csv');
    const refused = await t.call({ method: 'POST', url: '/api/v1/imports', payload: csv });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('upload.notXlsx');
    const broken = new FormData();
    broken.set('workflowId', t.firm.workflowId);
    broken.set('file', new Blob(['not a zip']), 'clients.xlsx');
    const unreadable = await t.call({ method: 'POST', url: '/api/v1/imports', payload: broken });
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().error.code).toBe('upload.unreadable');
  });

  test('/openapi.json is generated from the zod schemas and documents the matching rules', async () => {
    const res = await t.call({ url: '/api/v1/openapi.json', key: null });
    const doc = res.json();
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/v1/audit', '/api/v1/clients', '/api/v1/clients/export.xlsx', '/api/v1/healthz', '/api/v1/imports', '/api/v1/imports/{id}', '/api/v1/imports/{id}/accountonOnly',
        '/api/v1/imports/{id}/commit', '/api/v1/imports/{id}/results.xlsx', '/api/v1/keys', '/api/v1/keys/{id}', '/api/v1/mappings', '/api/v1/me', '/api/v1/openapi.json', '/api/v1/questionnaires',
        '/api/v1/template.xlsx', '/api/v1/users', '/api/v1/workflows'],
    );
    const body = doc.paths['/api/v1/imports'].post.requestBody.content['application/json'].schema;
    expect(body).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(CreateImportSchema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }))));
    expect(Object.keys(body.properties.rows.items.properties.values.properties).sort()).toEqual([...FIELD_KEYS].sort());
    expect(doc.paths['/api/v1/imports'].post.description).toContain(MATCHING_RULES);
    expect(doc.paths['/api/v1/imports/{id}/commit'].post.responses['410']).toBeDefined();
  });
});

describeEachDb('small limits', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { rateLimit: { max: 3, timeWindow: 60000 }, bodyLimit: 256 * 1024 });
  });
  afterAll(() => t.close());

  test('rate limiting is per API key, with a 429 in the error shape', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await t.call({ url: '/api/v1/me', headers: { 'accept-language': 'fr' } })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await t.call({ url: '/api/v1/me' });
    expect(limited.json().error.code).toBe('request.rateLimited');
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await t.call({ url: '/api/v1/me', key: t.firm.staffKey })).statusCode).toBe(200);
  });

  test('an upload above the limit is a 413', async () => {
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(300 * 1024)]), 'big.xlsx');
    const res = await httpCall(t.baseUrl, { method: 'POST', url: '/api/v1/imports', payload: form, key: t.other.adminKey });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('request.tooLarge');
  });
});
