// Rate-limit counters in the database, so the replicas of a server count together. One statement per
// event: the upsert starts a window, counts in it, or starts the next one once it ended, atomically
// (two replicas hitting the same key at once are serialized on its row).
import { sql, type Kysely } from 'kysely';
import type { Counters, WindowCount } from '../counters';
import type { Database } from './types';

/** How often, at most, one process deletes the ended windows. */
const SWEEP_EVERY_MS = 60_000;

export class DatabaseCounters implements Counters {
  private lastSweep = 0;

  constructor(private readonly db: Kysely<Database>) {}

  async hit(key: string, windowMs: number, now: number): Promise<WindowCount> {
    const resetAt = now + windowMs;
    const { rows } = await sql<{ count: number; reset_at: number | string }>`
      insert into rate_counters (key, count, reset_at) values (${key}, 1, ${resetAt})
      on conflict (key) do update set
        count = case when rate_counters.reset_at <= ${now} then 1 else rate_counters.count + 1 end,
        reset_at = case when rate_counters.reset_at <= ${now} then ${resetAt} else rate_counters.reset_at end
      returning count, reset_at`.execute(this.db);
    if (now - this.lastSweep >= SWEEP_EVERY_MS) await this.sweep(now);
    return { count: Number(rows[0].count), ttlMs: Number(rows[0].reset_at) - now };
  }

  async peekMany(keys: readonly string[], now: number): Promise<Map<string, WindowCount>> {
    const found = new Map<string, WindowCount>();
    if (keys.length === 0) return found;
    const rows = await this.db.selectFrom('rate_counters').select(['key', 'count', 'reset_at']).where('key', 'in', [...keys]).execute();
    for (const row of rows) {
      const resetAt = Number(row.reset_at);
      if (resetAt > now) found.set(row.key, { count: Number(row.count), ttlMs: resetAt - now });
    }
    return found;
  }

  /** Deletes the windows that ended: an attack from many addresses leaves no rows behind. */
  async sweep(now: number): Promise<number> {
    this.lastSweep = now;
    const result = await this.db.deleteFrom('rate_counters').where('reset_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
