// Limits on failed authentication, checked before a key is verified.
// - An address with too many failures (no key, an unknown key, a wrong secret) is refused for the rest of
//   the window: an attacker locks out only the address it comes from.
// - A real key's prefix with too many wrong secrets is locked, but not for the addresses that key was
//   used from successfully in the last 30 days: the firm's own office and scripts keep working, so an
//   attacker elsewhere cannot lock the firm out. A new address waits for the window to end.
import type { Counters } from './counters';
import { HttpError } from './errors';

export interface GuardLimits {
  /** Failed authentications per address and window. */
  addressFailures: number;
  addressWindowMs: number;
  /** Wrong secrets on one key's prefix and window. */
  prefixFailures: number;
  prefixWindowMs: number;
}

export const GUARD_LIMITS: GuardLimits = {
  addressFailures: 20,
  addressWindowMs: 10 * 60_000,
  prefixFailures: 10,
  prefixWindowMs: 15 * 60_000,
};

const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;

/** Why a key was refused: an unknown, revoked or expired key counts against the address only. */
export type AuthFailure = 'missing' | 'unknown' | 'revoked' | 'expired' | 'wrongSecret';

/** What `check` saw, for `succeeded`. */
export interface GuardCheck {
  knownAddress: boolean;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class AuthGuard {
  constructor(
    private readonly counters: Counters,
    private readonly limits: GuardLimits = GUARD_LIMITS,
  ) {}

  /**
   * Throws a 429 when this address, or this prefix from an address it was never used from, is locked.
   * One read of the counters per request (on PostgreSQL, one round trip); says whether the key is known
   * from this address, for `succeeded`.
   */
  async check(address: string, prefix: string | null, now: number): Promise<GuardCheck> {
    const keys = prefix ? [`fail:ip:${address}`, `fail:key:${prefix}`, known(prefix, address)] : [`fail:ip:${address}`];
    const counts = await this.counters.peekMany(keys, now);
    const byAddress = counts.get(`fail:ip:${address}`);
    if (byAddress && byAddress.count >= this.limits.addressFailures) {
      throw new HttpError(429, 'auth.tooManyFailures', { seconds: seconds(byAddress.ttlMs) });
    }
    const knownAddress = prefix !== null && counts.has(known(prefix, address));
    const byPrefix = prefix ? counts.get(`fail:key:${prefix}`) : undefined;
    if (byPrefix && byPrefix.count >= this.limits.prefixFailures && !knownAddress) {
      throw new HttpError(429, 'auth.keyLocked', { seconds: seconds(byPrefix.ttlMs) });
    }
    return { knownAddress };
  }

  async failed(address: string, prefix: string | null, failure: AuthFailure, now: number): Promise<void> {
    await this.counters.hit(`fail:ip:${address}`, this.limits.addressWindowMs, now);
    if (prefix && failure === 'wrongSecret') await this.counters.hit(`fail:key:${prefix}`, this.limits.prefixWindowMs, now);
  }

  async succeeded(address: string, prefix: string, checked: GuardCheck, now: number): Promise<void> {
    // Written once a window, not on every request.
    if (!checked.knownAddress) await this.counters.hit(known(prefix, address), KNOWN_ADDRESS_MS, now);
  }
}

function known(prefix: string, address: string): string {
  return `ok:${prefix}:${address}`;
}
