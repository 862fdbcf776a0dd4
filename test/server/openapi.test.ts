// /openapi.json and the routes the app registers describe the same API: every route fastify registers
// is in the published document, and every operation of the document is a registered route.
import type { RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db';

const mockRoutes: RouteOptions[] = [];
// Every fastify instance records its routes as they are registered (fastify's onRoute hook).
jest.mock('fastify', () => {
  const actual = jest.requireActual('fastify');
  const recording = (...args: unknown[]) => {
    const app = actual(...args);
    app.addHook('onRoute', (route: RouteOptions) => void mockRoutes.push(route));
    return app;
  };
  return Object.assign(recording, actual, { default: recording, fastify: recording });
});

test('every registered route is in /openapi.json, and every documented operation is registered', async () => {
  const adb = await openDatabase(':memory:');
  const app = await buildApp({ db: adb, rateLimit: false });
  try {
    // Over a real socket, as other callers read it (inject needs an ES module jest cannot load).
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const registered = mockRoutes
      .flatMap((r) => [r.method].flat().map((m) => `${m} ${r.url}`))
      // Fastify adds HEAD for each GET, and CORS answers OPTIONS preflights everywhere: neither is an operation.
      .filter((route) => !/^(HEAD|OPTIONS) /.test(route));
    const doc = (await (await fetch(`${address}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(registered.length).toBeGreaterThan(0);
    expect([...new Set(registered)].sort()).toEqual(documented.sort());
  } finally {
    await app.close();
    await adb.close();
  }
});
