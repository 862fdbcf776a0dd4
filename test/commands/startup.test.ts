/** @jest-environment jsdom */
// The runtime's start-up when it cannot start: the commands entry, loaded fresh for each case, rejects the
// pane's promise with why (the pane shows it), and never leaves it waiting.
/* eslint-disable @typescript-eslint/no-require-imports -- each case loads the entry anew (jest.isolateModules) */
import type { StartFailure } from '../../src/taskpane/runtimePane';

type Runtime = typeof import('../../src/taskpane/runtimePane');

/** Loads the commands entry with `office` as the global Office (absent when undefined); the pane's promise. */
function startWith(office: unknown): Promise<unknown> {
  let runtime!: Runtime;
  jest.isolateModules(() => {
    Object.assign(globalThis, { Office: office });
    if (office === undefined) delete (globalThis as { Office?: unknown }).Office;
    require('../../src/commands/index');
    runtime = require('../../src/taskpane/runtimePane');
  });
  return runtime.runtimePane;
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: StartFailure) => ({ reason: e.reason, message: e.message }));

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

test('no Office.js (the script did not load): noOffice', async () => {
  expect(await failure(startWith(undefined))).toEqual({ reason: 'noOffice', message: 'noOffice' });
});

test('Office.js outside an Office host (onReady gives no host): notExcel', async () => {
  const office = { HostType: { Excel: 'Excel' }, onReady: (cb: (info: unknown) => void) => cb({ host: null, platform: null }) };
  expect((await failure(startWith(office)))?.reason).toBe('notExcel');
});

test('in another Office app: notExcel, naming it', async () => {
  const office = { HostType: { Excel: 'Excel' }, onReady: (cb: (info: unknown) => void) => cb({ host: 'Word', platform: 'PC' }) };
  expect(await failure(startWith(office))).toEqual({ reason: 'notExcel', message: 'Word' });
});

test('Office.js that never says it is ready: timeout after START_TIMEOUT_MS', async () => {
  jest.useFakeTimers();
  const pane = failure(startWith({ HostType: { Excel: 'Excel' }, onReady: () => undefined }));
  jest.advanceTimersByTime(20_000);
  expect((await pane)?.reason).toBe('timeout');
});

test('a start-up that throws: error, with its message', async () => {
  // Excel host, but no Office.context: reading the display language throws.
  const office = { HostType: { Excel: 'Excel' }, onReady: (cb: (info: unknown) => void) => cb({ host: 'Excel', platform: 'PC' }) };
  const result = await failure(startWith(office));
  expect(result?.reason).toBe('error');
  expect(result?.message).toMatch(/displayLanguage/);
});

test('in Excel without Office.addin, and Excel silent: the pane starts, and its first spinner ends with a reason', async () => {
  jest.useFakeTimers();
  let runtime!: Runtime;
  jest.isolateModules(() => {
    Object.assign(globalThis, {
      Office: {
        HostType: { Excel: 'Excel' },
        onReady: (cb: (info: unknown) => void) => cb({ host: 'Excel', platform: 'OfficeOnline' }),
        context: { displayLanguage: 'nl-BE', requirements: { isSetSupported: () => true } },
        actions: { associate: () => undefined },
      },
      Excel: { run: () => new Promise(() => undefined) },
    });
    require('../../src/commands/index');
    runtime = require('../../src/taskpane/runtimePane');
  });
  const pane = await runtime.runtimePane;
  expect(pane.store.getState()).toMatchObject({ lang: 'nl', status: 'starting' });
  jest.advanceTimersByTime(20_000);
  // In the pane's language (nl-BE), as every failure.
  expect(pane.store.getState()).toMatchObject({ status: 'failed', failure: 'Excel antwoordde niet' });
  delete (globalThis as { Excel?: unknown }).Excel;
});
