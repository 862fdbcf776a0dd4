// A preview whose "only in Accounton" bucket is larger than its first page, and a fake API client that
// serves the rest of the bucket a page at a time, as the server does.
import type { ApiClient } from '../../../src/api/client';
import { ACCOUNTON_ONLY_PAGE } from '../../../src/api/contract/pages';
import type { AccountonOnlyEntry, ImportPreview } from '../../../src/api/contract/schemas';

/** Client i of the bucket, in the bucket's order (by last name); every third one is not linked. */
export function entry(i: number): AccountonOnlyEntry {
  const n = String(i).padStart(4, '0');
  return { clientId: `c-${n}`, firstName: 'Client', lastName: `Nr${n}`, email: `client${n}@example.be`, clientCode: `K${n}`, linkedToWorkflow: i % 3 !== 0, inPreviousSeason: i % 3 === 0 };
}

export function bucket(total: number): AccountonOnlyEntry[] {
  return Array.from({ length: total }, (_, i) => entry(i));
}

/** The preview of a file matching none of the firm's clients: only the first page of the bucket in it. */
export function previewOf(all: readonly AccountonOnlyEntry[]): ImportPreview {
  return {
    id: 'imp-big', status: 'preview', workflowId: 'wf-2026', source: 'excel-addin', createdAt: '', expiresAt: '',
    summary: {
      // Not an empty file (that gets a notice, not the review); its rows do not matter to this bucket.
      total: 1, importOnly: 0, duplicates: 0, duplicatesNotInWorkflow: 0, invalid: 0,
      accountonOnly: all.length, accountonOnlyNotLinked: all.filter((e) => !e.linkedToWorkflow).length,
    },
    importOnly: [], duplicates: [], invalid: [],
    accountonOnly: all.slice(0, ACCOUNTON_ONLY_PAGE),
  };
}

export type PageCall = { id: string; limit?: number; offset: number };

/**
 * An ApiClient with only what the review of this bucket uses: the pages of `all` (snapshot positions, so a
 * client in `removed` leaves its page short) and no questionnaires. Each page call is recorded.
 */
export function pagingClient(all: readonly AccountonOnlyEntry[], removed: ReadonlySet<string> = new Set()) {
  const calls: PageCall[] = [];
  const client: Pick<ApiClient, 'accountonOnly' | 'questionnaires'> = {
    accountonOnly: async (id, { limit = ACCOUNTON_ONLY_PAGE, offset }) => {
      calls.push({ id, limit, offset });
      const entries = all.slice(offset, offset + limit).filter((e) => !removed.has(e.clientId));
      return { entries, total: all.length, limit, offset };
    },
    questionnaires: async () => [],
  };
  return { client: client as ApiClient, calls };
}
