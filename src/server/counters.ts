// Counts of events in fixed time windows, for the limits on failed authentication. One process keeps
// them in memory; replicas share a store in their database (see db/counters.ts).

export interface WindowCount {
  count: number;
  /** Milliseconds until the window ends and the count starts again from 0. */
  ttlMs: number;
}

export interface Counters {
  /** Counts one more event under `key`; a window of `windowMs` starts with the first event. */
  hit(key: string, windowMs: number, now: number): Promise<WindowCount>;
  /** The current windows' counts of `keys`, in one read; a key without a current window is absent. */
  peekMany(keys: readonly string[], now: number): Promise<Map<string, WindowCount>>;
}

// An attack from many addresses must not grow the map without end: past this many keys, the ended
// windows are dropped, then the oldest ones.
const MAX_KEYS = 100_000;

export class MemoryCounters implements Counters {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number, now: number): Promise<WindowCount> {
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (w) this.windows.delete(key);
      if (this.windows.size >= MAX_KEYS) this.sweep(now);
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, ttlMs: w.resetAt - now };
  }

  async peekMany(keys: readonly string[], now: number): Promise<Map<string, WindowCount>> {
    const found = new Map<string, WindowCount>();
    for (const key of keys) {
      const w = this.windows.get(key);
      if (w && w.resetAt > now) found.set(key, { count: w.count, ttlMs: w.resetAt - now });
    }
    return found;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS * 0.9) break;
      this.windows.delete(key);
    }
  }
}
