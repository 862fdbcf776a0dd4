/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// "Only in Accounton" over a bucket larger than the preview's first page: the counts come from the summary,
// "Show more" reads the next pages from a fake API client, a failed page can be retried.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError, type ApiClient } from '../../../src/api/client';
import type { AccountonOnlyPage, ImportPreview } from '../../../src/api/contract/schemas';
import { ReviewSteps } from '../../../src/ui/review/ReviewSteps';
import { bucket, pagingClient, previewOf } from './accountonOnlyBucket';

afterEach(cleanup);

function show(client: ApiClient, preview: ImportPreview) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReviewSteps client={client} preview={preview} lang="en" questionnaires={[]} />
    </FluentProvider>,
  );
}

// Thousands of rows: found by text and selector, as role queries over such a table take seconds each.
const rows = () => document.querySelectorAll('tbody tr').length;
const moreButton = () => screen.queryByText(/^Show \d+ more$/);

async function showMore(u: ReturnType<typeof userEvent.setup>, times: number) {
  for (let i = 0; i < times; i++) await u.click(moreButton()!);
}

/** The client with each page held back until release(); the signal of each page call is kept. */
function held(client: ApiClient) {
  const waiting: (() => void)[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const holding: ApiClient = {
    ...client,
    accountonOnly: (id, page, o) => {
      signals.push(o?.signal);
      return new Promise<AccountonOnlyPage>((resolve) => waiting.push(() => resolve(client.accountonOnly(id, page, o))));
    },
  };
  return { client: holding, signals, release: () => act(async () => waiting.splice(0).forEach((go) => go())) };
}

test('the tab and the list count the whole bucket from the summary, not the first page in the preview', () => {
  const all = bucket(2500);
  const { client, calls } = pagingClient(all);
  show(client, previewOf(all));
  expect(screen.getByRole('tab', { name: 'Only in Accounton 2500', selected: true })).toBeTruthy();
  expect(rows()).toBe(200);
  expect(screen.getByText('Showing 200 of 2500.')).toBeTruthy();
  expect(calls).toEqual([]);
});

test('the not-linked warning counts the whole bucket (the summary), not the clients loaded', () => {
  const all = bucket(2500);
  const preview = previewOf(all);
  expect(preview.accountonOnly.filter((e) => !e.linkedToWorkflow)).toHaveLength(334);
  show(pagingClient(all).client, preview);
  expect(screen.getByText('834 clients are not linked to this workflow.')).toBeTruthy();
});

test('"Show more" past the first page reads the next one from offset 1000, with a spinner meanwhile', async () => {
  const all = bucket(2500);
  const paging = pagingClient(all);
  const { client, release } = held(paging.client);
  show(client, previewOf(all));
  const u = userEvent.setup();
  await showMore(u, 4);
  expect(rows()).toBe(1000);
  expect(paging.calls).toEqual([]);

  await showMore(u, 1);
  expect(screen.getByText('Loading the next clients…')).toBeTruthy();
  expect(moreButton()).toBeNull();
  expect(rows()).toBe(1000);
  await release();
  expect(paging.calls).toEqual([{ id: 'imp-big', limit: 1000, offset: 1000 }]);
  expect(screen.getByText('Client Nr1199')).toBeTruthy();
  expect(rows()).toBe(1200);
  expect(screen.getByText('Showing 1200 of 2500.')).toBeTruthy();
  expect(screen.queryByText('Loading the next clients…')).toBeNull();
}, 60_000);

test('a failed page keeps the rows shown, says what failed, and Retry reads it again', async () => {
  const all = bucket(1500);
  const paging = pagingClient(all);
  let fail = true;
  const flaky: ApiClient = {
    ...paging.client,
    accountonOnly: (id, page, o) => {
      if (!fail) return paging.client.accountonOnly(id, page, o);
      fail = false;
      return Promise.reject(new ApiError('network', 0, 'client.network', 'Check the network connection.'));
    },
  };
  show(flaky, previewOf(all));
  const u = userEvent.setup();
  await showMore(u, 5);
  const alert = (await screen.findByText('The server cannot be reached')).closest('[role="alert"]')!;
  expect(alert.textContent).toContain('The server cannot be reached');
  expect(alert.textContent).toContain('The next clients could not be loaded. The clients already shown stay in the list.');
  expect(rows()).toBe(1000);

  await u.click(screen.getByText('Retry'));
  expect(await screen.findByText('Client Nr1199')).toBeTruthy();
  expect(paging.calls).toEqual([{ id: 'imp-big', limit: 1000, offset: 1000 }]);
  expect(document.querySelector('[role="alert"]')).toBeNull();
  expect(screen.getByText('Showing 1200 of 1500.')).toBeTruthy();
}, 60_000);

test('a short page (a client removed since the preview) does not shift the next offset', async () => {
  const all = bucket(2100);
  const { client, calls } = pagingClient(all, new Set(['c-1500']));
  show(client, previewOf(all));
  const u = userEvent.setup();
  await showMore(u, 9);
  expect(await screen.findByText('Client Nr2000')).toBeTruthy();
  expect(calls.map((c) => c.offset)).toEqual([1000, 2000]);
  expect(screen.queryByText('Client Nr1500')).toBeNull();
  // Every page read: the list ends at the clients there are, without a "Show more" that shows nothing.
  await showMore(u, 1);
  expect(rows()).toBe(2099);
  expect(moreButton()).toBeNull();
}, 60_000);

test('leaving the step cancels the page being read', async () => {
  const all = bucket(1500);
  const { client, signals } = held(pagingClient(all).client);
  const { unmount } = show(client, previewOf(all));
  await showMore(userEvent.setup(), 5);
  expect(signals).toHaveLength(1);
  expect(signals[0]?.aborted).toBe(false);
  unmount();
  expect(signals[0]?.aborted).toBe(true);
}, 60_000);

test('an empty bucket says every client is in the import', async () => {
  const { client } = pagingClient([]);
  show(client, previewOf([]));
  await userEvent.setup().click(screen.getByRole('tab', { name: 'Only in Accounton 0' }));
  expect(screen.getByText('Every client of the firm is in this import.')).toBeTruthy();
});

test("says which of them were in last season's workflow, on their row only", () => {
  const all = bucket(4);
  show(pagingClient(all).client, previewOf(all));
  const lastSeason = [...document.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.includes('In last season’s workflow'));
  // Clients 0 and 3 of the bucket have a dossier last season.
  expect(lastSeason).toEqual([true, false, false, true]);
  expect(screen.getByRole('columnheader', { name: 'Last season' })).toBeTruthy();
});
