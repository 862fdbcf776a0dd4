// The send side of the pane, shared by the ribbon command and the React views through the shared runtime:
// settings, the send, the review's write-back and copy. Plain TypeScript; Excel comes in as an ExcelHost
// (the sheet double in tests), Office's UI calls injected. Its one store also holds live validation's check.
import { allAccountonOnly, createClient, type ApiClient } from '../api/client';
import { validateRows, type Lang, type RowResult } from '../core';
import type { ExcelHost } from '../excel/host';
import { writeListSheet } from '../excel/sheets';
import { insertTemplate } from '../excel/template';
import { readTable } from '../excel/tableRows';
import type { CommitRequest, CommitResult, ImportPreview, Workflow } from '../api/contract/schemas';
import { defaultWorkflow } from '../ui/review/names';
import { translate, type PaneMessageKey } from './i18n';
import type { CheckState, WorkbookActions } from './checkState';
import { resultsTable, rowOutcomes } from '../api/outcomes';
import { sendSheet, type SendStep } from './send';
import { ClientLoader } from './loadClients';
import { loadSettings, saveSettings, type Settings, type SettingsStorage } from './settings';
import { createStore, type Store } from './store';

export type View = 'check' | 'send' | 'settings';

export type SendState =
  | { step: 'idle' }
  | { step: 'noKey' }
  | { step: 'noTemplate' }
  | { step: 'empty' }
  | { step: 'noWorkflow' }
  | { step: 'cancelled' }
  | { step: 'confirm'; invalid: number; total: number; first: { row: number; column: string } | null }
  | SendStep
  | { step: 'failed'; error: unknown; confirmed: boolean }
  | { step: 'review'; preview: ImportPreview };

export type WriteBack =
  | { state: 'idle' }
  | { state: 'writing' }
  | { state: 'done'; sheet: string }
  | { state: 'failed'; retry: () => void };

/** A message under the send; 'info' is a step under way (shown with a spinner). */
export type Notice = { key: PaneMessageKey; params?: Record<string, string | number>; intent: 'success' | 'error' | 'info' } | null;

/** The pane's one state: the check (filled in by live validation) and the send side's. */
export interface PaneState extends CheckState {
  view: View;
  settings: Settings;
  /** The workflows of the firm, once loaded (Settings, or a send). */
  workflows: Workflow[] | null;
  send: SendState;
  writeBack: WriteBack;
  notice: Notice;
}

export interface PaneDeps {
  host: ExcelHost;
  /** The pane's language (Office's display language): live validation's too, so messages and UI agree. */
  lang: Lang;
  storage: SettingsStorage;
  /** The pane's own origin: the default API address (npm start serves both). */
  origin: string;
  /** Shows the task pane (Office.addin.showAsTaskpane); absent where there is nothing to open. */
  showPane?: () => Promise<void>;
  fetch?: typeof fetch;
  today?: () => Date;
}

class NoWorkflowError extends Error {}

/** Column widths of the sheets the pane writes, in points. */
const RESULT_WIDTHS = [40, 160, 140, 360];
const ACCOUNTON_ONLY_WIDTHS = [110, 130, 200, 90, 100, 100];

/** The pane's store; createAddin fills in its check and its workbook actions. */
export type PaneStore = Store<PaneState> & { actions: WorkbookActions | null };

export class PaneController {
  readonly store: PaneStore;
  private sendAbort: AbortController | null = null;
  private cachedClient: { key: string; client: ApiClient } | null = null;
  private copying = false;
  /** "Load clients from Accounton". */
  readonly loader: ClientLoader;

  constructor(private readonly deps: PaneDeps) {
    this.loader = new ClientLoader({
      host: deps.host,
      client: () => this.client(),
      lang: () => this.lang,
      hasKey: () => !!this.state.settings.apiKey,
      // The pane's Insert template, which also starts checking it; before the add-in has started, the sheet's alone.
      insertTemplate: () => this.store.actions?.insertTemplate() ?? insertTemplate(deps.host, this.lang),
    });
    const initial: PaneState = {
      lang: deps.lang,
      status: 'starting',
      report: null,
      view: 'check',
      settings: loadSettings(deps.storage, deps.origin),
      workflows: null,
      send: { step: 'idle' },
      writeBack: { state: 'idle' },
      notice: null,
    };
    this.store = Object.assign(createStore(initial), { actions: null });
  }

  private get state(): PaneState {
    return this.store.getState();
  }

  /** The pane's language: live validation's, so messages and UI agree. */
  get lang(): Lang {
    return this.state.lang;
  }

  private text(key: PaneMessageKey, params?: Record<string, string | number>): string {
    return translate(this.lang, key, params);
  }

  setView = (view: View): void => this.store.setState({ view, notice: null });

  setLang = (lang: Lang): void => this.store.setState({ lang });

  /** The ribbon's one-click send: opens the pane on the send (its confirmation, progress or result). */
  async sendFromRibbon(): Promise<void> {
    this.store.setState({ view: 'send' });
    await this.showPane();
    await this.send();
  }

  /** The ribbon's Load clients: opens the pane on the load (its progress and Cancel, then where they went). */
  async loadFromRibbon(): Promise<void> {
    this.store.setState({ view: 'send' });
    await this.showPane();
    await this.loader.load();
  }

  /** The ribbon's Check sheet: a full check, shown in the pane's Check view. */
  async checkFromRibbon(): Promise<void> {
    this.store.setState({ view: 'check', notice: null });
    await this.showPane();
    await this.store.actions?.checkSheet();
  }

  private async showPane(): Promise<void> {
    await this.deps.showPane?.().catch(() => undefined);
  }

  /** Selects a cell of the template (an invalid row of the review, the first invalid row before a send). */
  select = (row: number, column: string): Promise<void> =>
    this.store.actions?.select(row, column).catch(() => undefined) ?? Promise.resolve();

  // ---- settings ----

  saveSettings = (settings: Settings): void => {
    saveSettings(this.deps.storage, settings);
    const changedServer = settings.baseUrl !== this.state.settings.baseUrl || settings.apiKey !== this.state.settings.apiKey;
    this.store.setState({ settings, workflows: changedServer ? null : this.state.workflows });
  };

  /** The API client for the current settings and language (the same object while they do not change). */
  client(): ApiClient {
    const { baseUrl, apiKey } = this.state.settings;
    const lang = this.lang;
    const key = JSON.stringify([baseUrl, apiKey, lang]);
    if (this.cachedClient?.key !== key) this.cachedClient = { key, client: createClient({ baseUrl, apiKey, lang, fetch: this.deps.fetch }) };
    return this.cachedClient.client;
  }

  async loadWorkflows(signal?: AbortSignal): Promise<Workflow[]> {
    const workflows = await this.client().workflows({ signal });
    this.store.setState({ workflows });
    return workflows;
  }

  private async workflowId(signal: AbortSignal): Promise<string> {
    const chosen = this.state.settings.workflowId;
    if (chosen) return chosen;
    const found = defaultWorkflow(this.state.workflows ?? (await this.loadWorkflows(signal)), this.deps.today?.());
    if (!found) throw new NoWorkflowError();
    return found.id;
  }

  // ---- send ----

  /** Reads, checks and sends the sheet. `confirmed`: the user agreed to send invalid rows. */
  async send(confirmed = false): Promise<void> {
    if (this.sendAbort) return; // one send at a time
    if (!this.state.settings.apiKey) {
      this.store.setState({ send: { step: 'noKey' } });
      return;
    }
    const abort = new AbortController();
    this.sendAbort = abort;
    this.store.setState({ writeBack: { state: 'idle' }, notice: null });
    const lang = this.lang;
    try {
      const outcome = await sendSheet({
        read: (options) => readTable(this.deps.host, lang, options),
        client: this.client(),
        workflowId: (signal) => this.workflowId(signal),
        lang,
        today: this.deps.today?.(),
        confirmed,
        signal: abort.signal,
        onStep: (step) => this.store.setState({ send: step }),
      });
      if (outcome.kind === 'sent') this.store.setState({ send: { step: 'review', preview: outcome.preview } });
      else if (outcome.kind === 'confirm') this.store.setState({ send: { step: 'confirm', invalid: outcome.invalid, total: outcome.total, first: outcome.first } });
      else this.store.setState({ send: { step: outcome.kind } });
    } catch (error) {
      if (abort.signal.aborted) this.store.setState({ send: { step: 'cancelled' } });
      else if (error instanceof NoWorkflowError) this.store.setState({ send: { step: 'noWorkflow' } });
      else this.store.setState({ send: { step: 'failed', error, confirmed } });
    } finally {
      this.sendAbort = null;
    }
  }

  cancelSend = (): void => this.sendAbort?.abort();

  /** "Show them" on the confirmation: back to the check, on the first invalid cell. */
  showInvalid = async (): Promise<void> => {
    const send = this.state.send;
    this.store.setState({ view: 'check', send: { step: 'idle' } });
    if (send.step === 'confirm' && send.first) await this.select(send.first.row, send.first.column);
    await this.store.actions?.checkSheet().catch(() => undefined);
  };

  /** The template sheet's rows, validated, for the mandate file (none without the template). */
  mandateRows = async (): Promise<RowResult[]> => {
    const table = await readTable(this.deps.host, this.lang);
    return table ? validateRows(table.rows, { lang: this.lang, columns: table.columns, today: this.deps.today?.() }) : [];
  };

  // ---- after the review ----

  /** Writes each sent row's outcome to a new results sheet (never into the template's columns). */
  onCommitted = async (result: CommitResult, request: CommitRequest): Promise<void> => {
    const send = this.state.send;
    if (send.step !== 'review') return;
    const { sheet: name, header, rows } = resultsTable(rowOutcomes(send.preview, result, request), this.lang);
    const write = async () => {
      this.store.setState({ writeBack: { state: 'writing' } });
      try {
        const sheet = await writeListSheet(this.deps.host, name, header, rows, RESULT_WIDTHS);
        this.store.setState({ writeBack: { state: 'done', sheet } });
      } catch {
        this.store.setState({ writeBack: { state: 'failed', retry: () => void write() } });
      }
    };
    await write();
  };

  /**
   * "Copy to a new sheet" of every client only in Accounton: the preview holds the first page, the rest is
   * read from the API first. One copy at a time.
   */
  copyAccountonOnly = async (): Promise<void> => {
    const send = this.state.send;
    if (send.step !== 'review' || this.copying) return;
    this.copying = true;
    const keys = [
      'accountonOnly.firstName', 'accountonOnly.lastName', 'accountonOnly.email', 'accountonOnly.clientCode', 'accountonOnly.linked',
      'accountonOnly.lastSeason',
    ] as const;
    const yesNo = (flag: boolean) => this.text(flag ? 'accountonOnly.yes' : 'accountonOnly.no');
    try {
      const entries = await allAccountonOnly(this.client(), send.preview, {
        onProgress: (read, total) => this.store.setState({ notice: { key: 'copy.reading', params: { read, total }, intent: 'info' } }),
      });
      this.store.setState({ notice: { key: 'copy.writing', params: { count: entries.length }, intent: 'info' } });
      const rows = entries.map((e) => [
        e.firstName ?? '', e.lastName ?? '', e.email ?? '', e.clientCode ?? '', yesNo(e.linkedToWorkflow), yesNo(e.inPreviousSeason),
      ]);
      const sheet = await writeListSheet(this.deps.host, this.text('accountonOnly.sheet'), keys.map((k) => this.text(k)), rows, ACCOUNTON_ONLY_WIDTHS);
      this.store.setState({ notice: { key: 'copy.done', params: { sheet }, intent: 'success' } });
    } catch {
      this.store.setState({ notice: { key: 'copy.failed', intent: 'error' } });
    } finally {
      this.copying = false;
    }
  };
}
