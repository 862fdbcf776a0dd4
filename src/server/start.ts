// Starts the API on a port: opens (and migrates) the database, seeds the demo firm on first start.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import { DEFAULT_DATABASE, openDatabase, type AppDatabase } from './db';
import { isEmpty, seedDemoFirm, type SeededFirm } from './db/seed';

export interface StartOptions extends Omit<AppOptions, 'db'> {
  /** Database URL: a SQLite file path (default ./data/accounton.sqlite) or postgres://… */
  databaseUrl?: string;
  port?: number;
  host?: string;
  /** Create the demo firm when the database is empty (default true). */
  seedDemo?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  db: AppDatabase;
  url: string;
  /** The demo firm created on this start (first start only); print its admin key once. */
  demo: SeededFirm | null;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 3001;

/**
 * Node flags for a server process. With a bounded old space V8 also starts collecting sooner: a 20,000-row
 * preview keeps about 30 MB alive, but on a large machine V8 lets garbage grow the heap past 150 MB before
 * its first full collection. 1 GB still holds many large imports at once (512 MB measured no lower).
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=1024'];

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(opts.databaseUrl ?? DEFAULT_DATABASE);
  try {
    const demo = opts.seedDemo !== false && (await isEmpty(db.db)) ? await seedDemoFirm(db.db) : null;
    const app = await buildApp({ ...opts, db });
    const address = await app.listen({ port: opts.port ?? DEFAULT_PORT, host: opts.host ?? '127.0.0.1' });
    return {
      app, db, url: address, demo,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
