// Starts the API on a port: opens (and migrates) the database, seeds the demo firm on first start.
import { spawn } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import { DEFAULT_DATABASE, openDatabase, type AppDatabase } from './db';
import type { Lang } from '../core/lang';
import { isEmpty, seedDemo, type SeededFirm } from './db/seed';

export interface StartOptions extends Omit<AppOptions, 'db'> {
  /** Database URL: a SQLite file path (default ./data/accounton.sqlite) or postgres://… */
  databaseUrl?: string;
  port?: number;
  host?: string;
  /** Create the demo firm when the database is empty (default true). */
  seedDemo?: boolean;
  /** The demo firm's language: its workflows are named in it (default English). */
  demoLang?: Lang;
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

/** Whether this process runs with SERVER_NODE_FLAGS, or was given a heap size of its own. */
export function hasServerFlags(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return SERVER_NODE_FLAGS.every((flag) => given.includes(flag)) || given.some((a) => a.startsWith('--max-old-space-size'));
}

/**
 * Runs this same command again in a Node started with SERVER_NODE_FLAGS (they apply from a process's
 * start only), passing Ctrl+C and SIGTERM on; resolves with its exit code.
 */
export function relaunchWithServerFlags(): Promise<number> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  const asked = new Set<NodeJS.Signals>();
  const pass = (signal: NodeJS.Signals) => {
    asked.add(signal);
    child.kill(signal);
  };
  process.on('SIGINT', pass);
  process.on('SIGTERM', pass);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', pass);
      process.off('SIGTERM', pass);
      // A terminal's Ctrl+C reaches the server too, which closes; the copy passed on may then land while
      // Node is exiting, after its handlers are gone. Ended by the signal it was asked to stop on: a clean stop.
      resolve(code ?? (signal && asked.has(signal) ? 0 : 1));
    });
  });
}

/**
 * Resolves on the first Ctrl+C or SIGTERM. The handlers stay until exit: a second signal (a terminal's
 * Ctrl+C also reaches a relaunching parent, which passes it on) must not kill the server while it closes.
 */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(opts.databaseUrl ?? DEFAULT_DATABASE);
  try {
    const demo = opts.seedDemo !== false && (await isEmpty(db.db)) ? await seedDemo(db.db, { lang: opts.demoLang }) : null;
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
