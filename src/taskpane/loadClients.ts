// The pane's "Load clients from Accounton": the firm's clients as the export has them (each with its
// Accounton id), read a page at a time and written 4,000 rows a round trip, with progress and Cancel.
// Plain TypeScript; the sheet comes in as an ExcelHost (the double in tests).
import type { ApiClient } from '../api/client';
import type { Client } from '../api/contract/schemas';
import { CLIENTS_PAGE_MAX } from '../api/contract/pages';
import type { Lang, RowValues } from '../core';
import type { ExcelHost } from '../excel/host';
import { createStore, type Store } from './store';
import { LOAD_ROWS, loadTarget, writeClientRows } from '../excel/loadClients';

export type LoadState =
  | { step: 'idle' }
  | { step: 'noKey' }
  | { step: 'loading'; written: number; total: number }
  | { step: 'done'; sheet: string; rows: number; template: boolean }
  | { step: 'cancelled'; sheet: string; rows: number; total: number }
  | { step: 'failed'; error: unknown };

export interface LoaderDeps {
  host: ExcelHost;
  client: () => Promise<ApiClient>;
  lang: () => Lang;
  hasKey: () => boolean;
  /** Inserts the template when the workbook has none (and starts checking it). */
  insertTemplate?: () => Promise<unknown>;
}

/** A client as a template row: the export's values and, in the hidden last column, the client's id. */
const rowOf = (c: Client): RowValues => ({ ...c.values, accountonId: c.id });

export type LoadStore = Store<{ load: LoadState }>;

export class ClientLoader {
  private abort: AbortController | null = null;

  constructor(
    private readonly deps: LoaderDeps,
    readonly store: LoadStore = createStore({ load: { step: 'idle' } as LoadState }),
  ) {}

  private set(load: LoadState): void {
    this.store.setState({ load });
  }

  cancel = (): void => this.abort?.abort();

  /** Loads every client of the firm; one load at a time. */
  load = async (): Promise<void> => {
    if (this.abort) return;
    if (!this.deps.hasKey()) return this.set({ step: 'noKey' });
    const abort = new AbortController();
    this.abort = abort;
    const { signal } = abort;
    const { host } = this.deps;
    const api = await this.deps.client();
    let progress = { sheet: '', rows: 0, total: 0 };
    try {
      const first = await api.clients({ limit: CLIENTS_PAGE_MAX, offset: 0 }, { signal });
      const total = first.total;
      const target = await loadTarget(host, this.deps.lang(), this.deps.insertTemplate);
      progress = { sheet: target.sheet, rows: 0, total };
      this.set({ step: 'loading', written: 0, total });
      let read = first.clients.length;
      const pending = first.clients.map(rowOf);
      while (!signal.aborted && (pending.length > 0 || read < total)) {
        while (pending.length < LOAD_ROWS && read < total && !signal.aborted) {
          const page = await api.clients({ limit: CLIENTS_PAGE_MAX, offset: read }, { signal });
          // Clients deleted while loading leave the last page short.
          if (page.clients.length === 0) break;
          pending.push(...page.clients.map(rowOf));
          read += page.clients.length;
        }
        if (signal.aborted || pending.length === 0) break;
        const batch = pending.splice(0, LOAD_ROWS);
        await writeClientRows(host, target, target.firstRow + progress.rows, batch);
        progress.rows += batch.length;
        this.set({ step: 'loading', written: progress.rows, total });
        if (read >= total && pending.length === 0) break;
      }
      if (signal.aborted) this.set({ step: 'cancelled', ...progress });
      else this.set({ step: 'done', sheet: target.sheet, rows: progress.rows, template: target.template });
    } catch (error) {
      this.set(signal.aborted ? { step: 'cancelled', ...progress } : { step: 'failed', error });
    } finally {
      this.abort = null;
    }
  };
}
