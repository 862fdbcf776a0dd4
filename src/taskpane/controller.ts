// The send side of the pane, shared by the ribbon command and the React views through the shared runtime:
// settings, the send, the review's write-back and copy. Plain TypeScript; Excel comes in as an ExcelHost
// (the sheet double in tests), Office's UI calls injected. Its one store also holds live validation's check.
import type { ApiClient } from '../api/client';
import type { Mapping, SheetRows } from '../core/mapping';
import type { Issue } from '../core/issues';
import { validateRows, type Lang, type RowResult } from '../core';
import type { ExcelHost } from '../excel/host';
import { writeListSheet } from '../excel/sheets';
import { insertTemplate, TemplateExists } from '../excel/template';
import { readTable } from '../excel/tableRows';
import type { AppliedMapping, CommitRequest, CommitResult, ImportPreview, Workflow } from '../api/contract/schemas';
import { defaultWorkflow } from '../ui/review/names';
import { translate, type PaneMessageKey } from './i18n';
import type { CheckState, WorkbookActions } from './checkState';
import type { SendStep } from './send';
import type { ClientLoader, LoadState } from './loadClients';
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

/** "Map to the template": from reading the active sheet to the new template sheet written. */
export type MapState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'noHeader'; sheet: string }
  | { step: 'mapping'; mapping: Mapping; samples: Record<string, string[]>; applied: 'remembered' | 'preset' | null; canRemember: boolean }
  | { step: 'writing' }
  | { step: 'noRows'; source: string; applied: AppliedMapping }
  | { step: 'done'; source: string; sheet: string; count: number; applied: AppliedMapping; saved: boolean; notSaved: string | null }
  | { step: 'failed'; reason: string };

/** A message under the send; 'info' is a step under way (shown with a spinner). */
export type Notice = { key: PaneMessageKey; params?: Record<string, string | number>; intent: 'success' | 'error' | 'info' } | null;

/** The pane's one state: the check (filled in by live validation) and the send side's. */
export interface PaneState extends CheckState {
  view: View;
  settings: Settings;
  /** The workflows of the firm, once loaded (Settings, or a send). */
  workflows: Workflow[] | null;
  send: SendState;
  map: MapState;
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
  /** "Load clients from Accounton": its state, and the load itself, which is loaded on first use. */
  readonly loader: Pick<ClientLoader, 'store' | 'load' | 'cancel'>;
  /** The sheet being mapped, as read (kept out of the store: it may be thousands of rows). */
  private source: SheetRows | null = null;
  /** The sheets the mapping reads: the source, and its sheet of links when it has one. */
  private sources: SheetRows[] = [];

  constructor(private readonly deps: PaneDeps) {
    const loading = {
      host: deps.host,
      client: () => this.api(),
      lang: () => this.lang,
      hasKey: () => !!this.state.settings.apiKey,
      // The pane's Insert template, which also starts checking it; before the add-in has started, the sheet's alone.
      insertTemplate: () => this.store.actions?.insertTemplate() ?? insertTemplate(deps.host, this.lang),
    };
    const store = createStore({ load: { step: 'idle' } as LoadState });
    let running: ClientLoader | null = null;
    this.loader = {
      store,
      load: async () => {
        running ??= new (await import('./loadClients')).ClientLoader(loading, store);
        await running.load();
      },
      cancel: () => running?.cancel(),
    };
    const initial: PaneState = {
      lang: deps.lang,
      status: 'starting',
      report: null,
      view: 'check',
      settings: loadSettings(deps.storage, deps.origin),
      workflows: null,
      send: { step: 'idle' },
      map: { step: 'idle' },
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

  private remoteModule: typeof import('./remote') | null = null;

  private async remote(): Promise<typeof import('./remote')> {
    return (this.remoteModule ??= await import('./remote'));
  }

  /** The API client for the current settings and language; loads the client code on the first call. */
  async api(): Promise<ApiClient> {
    await this.remote();
    return this.client();
  }

  /**
   * The same client, once its code is loaded: for the review, which exists only after a send loaded it.
   * The same object while the settings and language do not change.
   */
  client(): ApiClient {
    const remote = this.remoteModule;
    if (!remote) throw new Error('The API client is used before a call loaded it.');
    const { baseUrl, apiKey } = this.state.settings;
    const lang = this.lang;
    const key = JSON.stringify([baseUrl, apiKey, lang]);
    if (this.cachedClient?.key !== key) this.cachedClient = { key, client: remote.createClient({ baseUrl, apiKey, lang, fetch: this.deps.fetch }) };
    return this.cachedClient.client;
  }

  async loadWorkflows(signal?: AbortSignal): Promise<Workflow[]> {
    const workflows = await (await this.api()).workflows({ signal });
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

  // ---- map to the template ----

  /**
   * Reads the active sheet and offers the mapping step: the firm's remembered mapping for its headers when
   * connected, else the engine's suggestion (a preset's for an AdminPulse or IS Consult export).
   */
  mapSheet = async (): Promise<void> => {
    this.store.setState({ map: { step: 'reading' } });
    try {
      const { findHeaderRow, findLinkSheet, sampleValues, suggestMapping, withRemembered } = await mappingEngine();
      const read = await import('../excel/sourceSheet');
      const sheet = await read.readActiveSheet(this.deps.host);
      const headerAt = findHeaderRow(sheet);
      if (headerAt < 0) return this.store.setState({ map: { step: 'noHeader', sheet: sheet.name } });
      // An AdminPulse export keeps its couples on a sheet of links: found by its first rows, then read whole.
      const heads = await read.readOtherSheetHeads(this.deps.host, sheet.name, LINK_HEADER_ROWS);
      const links = findLinkSheet([sheet, ...heads], sheet.name);
      this.sources = links ? [sheet, await read.readNamedSheet(this.deps.host, links.sheet)] : [sheet];
      this.source = sheet;
      const suggested = suggestMapping(sheet, headerAt);
      const remembered = await this.rememberedMapping(suggested.signature);
      this.store.setState({
        map: {
          step: 'mapping',
          mapping: remembered ? withRemembered(suggested, remembered) : suggested,
          samples: sampleValues(sheet, headerAt),
          applied: remembered ? 'remembered' : suggested.preset ? 'preset' : null,
          canRemember: Boolean(this.state.settings.apiKey),
        },
      });
    } catch (error) {
      this.store.setState({ map: { step: 'failed', reason: reasonOf(error) } });
    }
  };

  /** The firm's mapping for these headers; none when not connected, none remembered, or the API is out of reach. */
  private async rememberedMapping(signature: string): Promise<Mapping | null> {
    if (!this.state.settings.apiKey) return null;
    try {
      const stored = (await mappingEngine()).parseMapping((await (await this.api()).mapping(signature)).mapping);
      return 'mapping' in stored ? stored.mapping : null;
    } catch {
      return null; // the suggestion still maps the sheet; nothing is lost without the remembered one
    }
  }

  /** Writes the mapped rows to a new template sheet (remembering the mapping first when asked); live validation takes over. */
  confirmMapping = async (mapping: Mapping, remember: boolean): Promise<void> => {
    const source = this.source;
    const actions = this.store.actions;
    if (!source || !actions) return;
    const lang = this.lang;
    this.store.setState({ map: { step: 'writing' } });
    let notSaved: string | null = null;
    if (remember) {
      try {
        await (await this.api()).saveMapping(mapping);
      } catch (error) {
        notSaved = reasonOf(error);
      }
    }
    const read = (await mappingEngine()).importWorkbook(this.sources, { mapping, sheet: source.name, lang })!;
    const rowIssues = read.rows.flatMap((r) => r.issues ?? []).map((i) => this.sourceIssue(i, source.name));
    const applied: AppliedMapping = { applied: 'given', mapping: read.mapping, issues: [...read.issues, ...rowIssues] };
    if (read.rows.length === 0) return this.store.setState({ map: { step: 'noRows', source: source.name, applied } });
    try {
      const sheet = await actions.insertMappedTemplate(read.rows.map(({ row, cells }) => ({ row, cells })));
      this.source = null;
      this.sources = [];
      this.store.setState({
        map: { step: 'done', source: source.name, sheet, count: read.rows.length, applied, saved: remember && notSaved === null, notSaved },
      });
    } catch (error) {
      this.store.setState({ map: { step: 'failed', reason: error instanceof TemplateExists ? this.text('map.hasTemplate') : reasonOf(error) } });
    }
  };

  cancelMapping = (): void => {
    this.source = null;
    this.sources = [];
    this.store.setState({ map: { step: 'idle' } });
  };

  /** A row's finding while mapping (an address kept whole), said with its source row: the new sheet cannot show it. */
  private sourceIssue(issue: Issue, sheet: string): Issue {
    return { ...issue, message: this.text('map.rowIssue', { row: issue.row, column: issue.column, sheet, message: issue.message }) };
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
      const { sendSheet } = await this.remote();
      const outcome = await sendSheet({
        read: (options) => readTable(this.deps.host, lang, options),
        client: await this.api(),
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
    const { resultsTable, rowOutcomes } = await this.remote();
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
      const { allAccountonOnly } = await this.remote();
      const entries = await allAccountonOnly(await this.api(), send.preview, {
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

/** How many first rows of the other sheets are read to find a sheet of links (the engine looks at 20). */
const LINK_HEADER_ROWS = 20;

/** The mapping engine, loaded when a sheet is first mapped: the pane's first render does without it. */
const mappingEngine = () => import('../core/mapping');

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error); // an ApiError is an Error, in the user's language
}
