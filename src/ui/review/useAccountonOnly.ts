// The "only in Accounton" clients loaded so far: the preview holds the first page; the next one is read
// when more rows are wanted than are loaded. A failed page keeps what is loaded and waits for retry.
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ACCOUNTON_ONLY_PAGE } from '../../api/contract/pages';
import type { AccountonOnlyEntry } from '../../api/contract/schemas';

export interface AccountonOnlyPages {
  entries: readonly AccountonOnlyEntry[];
  /** Every page is read; entries may then be fewer than the preview's total (clients removed since). */
  complete: boolean;
  loading: boolean;
  error: unknown;
  retry(): void;
}

export function useAccountonOnly(
  client: ApiClient, importId: string, first: readonly AccountonOnlyEntry[], total: number, wanted: number,
): AccountonOnlyPages {
  // Offsets count positions in the preview's snapshot, so the next page starts a whole page on, even
  // when a page came back short.
  const [pages, setPages] = useState({ entries: first, next: ACCOUNTON_ONLY_PAGE });
  const [error, setError] = useState<unknown>(null);
  const complete = pages.next >= total;
  const needed = !complete && wanted > pages.entries.length;
  const failed = error !== null;
  const offset = pages.next;

  useEffect(() => {
    if (!needed || failed) return;
    const abort = new AbortController();
    client.accountonOnly(importId, { limit: ACCOUNTON_ONLY_PAGE, offset }, { signal: abort.signal }).then(
      (page) => {
        if (!abort.signal.aborted) setPages((p) => ({ entries: [...p.entries, ...page.entries], next: offset + ACCOUNTON_ONLY_PAGE }));
      },
      (err: unknown) => { if (!abort.signal.aborted) setError(err); },
    );
    return () => abort.abort();
  }, [client, importId, needed, failed, offset]);

  return { entries: pages.entries, complete, loading: needed && !failed, error, retry: () => setError(null) };
}
