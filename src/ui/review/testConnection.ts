// "Test connection": who the key belongs to, and whether that user may import.
import { ApiError, type ApiClient } from '../../api/client';
import type { Me } from '../../api/contract/schemas';

export type ConnectionResult =
  | { state: 'ok'; me: Me }
  | { state: 'notAdmin'; me: Me }
  | { state: 'error'; error: ApiError };

export async function testConnection(client: ApiClient, signal?: AbortSignal): Promise<ConnectionResult> {
  try {
    const me = await client.me({ signal });
    return me.user.role === 'admin' ? { state: 'ok', me } : { state: 'notAdmin', me };
  } catch (err) {
    if (err instanceof ApiError) return { state: 'error', error: err };
    throw err;
  }
}
