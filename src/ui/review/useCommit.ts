// Commits a preview once: one idempotency key per preview, reused on Retry; a second call while one is
// pending, or after success, does nothing.
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { CommitRequest, CommitResult } from '../../api/contract/schemas';
import { newIdempotencyKey } from './idempotency';

export interface CommitState {
  pending: boolean;
  error: unknown;
  result: CommitResult | null;
  commit(request: CommitRequest): Promise<void>;
}

export function useCommit(client: ApiClient, importId: string, onCommitted?: (result: CommitResult, request: CommitRequest) => void): CommitState {
  const key = useRef<{ importId: string; value: string } | null>(null);
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<CommitResult | null>(null);

  const commit = useCallback(async (request: CommitRequest) => {
    if (busy.current || result) return;
    if (key.current?.importId !== importId) key.current = { importId, value: newIdempotencyKey() };
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      const r = await client.commitImport(importId, request, key.current.value);
      setResult(r);
      onCommitted?.(r, request);
    } catch (err) {
      setError(err);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [client, importId, onCommitted, result]);

  return { pending, error, result, commit };
}
