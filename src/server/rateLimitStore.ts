// A store for @fastify/rate-limit over our Counters: with DatabaseCounters, every replica of a PostgreSQL
// server counts a key's requests in the same row, so N replicas still allow the limit once.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Counters } from './counters';

export function counterStore(counters: Counters, now: () => number = Date.now): FastifyRateLimitStoreCtor {
  class CounterStore implements FastifyRateLimitStore {
    // The plugin constructs the store with its options; routes with a limit of their own get a child that
    // counts apart from the global limit.
    constructor(_options?: unknown, private readonly scope = 'rl') {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counters.hit(`${this.scope}:${key}`, timeWindow, now()).then(
        (w) => callback(null, { current: w.count, ttl: w.ttlMs }),
        (err: Error) => callback(err),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route's merged limit options, with the route under routeInfo (as its Redis store reads it).
      const route = (routeOptions as unknown as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new CounterStore(undefined, `${this.scope}:${String(route?.method ?? '')}${route?.url ?? ''}`);
    }
  }
  return CounterStore;
}
