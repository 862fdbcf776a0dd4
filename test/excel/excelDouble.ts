// An in-memory double of the parts of the Excel JavaScript API the add-in uses. It queues commands
// like Office.js and runs them on sync, records every sync (request and response size, addresses),
// enforces Excel's limits (5 MB payloads, long address lists), and fires worksheet onChanged events
// the way Excel does: multi-cell edits without `details`, and the add-in's own writes echoed back.

type Value = string | number | boolean;
const MAX_ROW = 1_048_576;
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const ADDRESS_LIMIT = 8_192;

export interface Rect {
  r1: number; // 1-based rows
  r2: number;
  c1: number; // 0-based columns
  c2: number;
}

export interface Border {
  style: string;
  color?: string;
  weight?: string;
}

interface Cell {
  value: Value;
  format?: string;
  fill?: string;
  edgeLeft?: Border;
  formula?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  addresses: string[];
  /** Set when Excel would have rejected the round trip. */
  error?: string;
}

export interface FiredEvent {
  address: string;
  changeType: string;
  triggerSource?: string;
  hasDetails: boolean;
  /** Caused by the add-in's own write (what triggerSource reports on ExcelApi 1.14). */
  byAddin?: boolean;
}

interface SheetModel {
  id: string;
  name: string;
  cells: Map<number, Cell>;
  /** Formats set on ranges too big to store per cell (whole columns), in order. */
  rectFormats: { rect: Rect; format: string }[];
  validations: { rect: Rect; source: string }[];
  notes: Map<string, string>;
  widths: Map<number, number>;
  frozenRows: number;
  handlers: ((args: unknown) => Promise<unknown>)[];
}

interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect; // rect.r1 = header row
}

class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (row: number, col: number) => row * 16_384 + col;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses one area such as `A1`, `A1:U5`, `B:B`, `5:7`, `$A$1`, with or without a sheet prefix. */
export function parseArea(text: string): Rect {
  const area = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const [a, b = a] = area.trim().replace(/\$/g, '').split(':');
  const part = (s: string) => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new OfficeError('InvalidArgument', `Bad address ${text}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    r1: p.row ?? 1,
    r2: q.row ?? MAX_ROW,
    c1: p.col ?? 0,
    c2: q.col ?? 16_383,
  };
}

export function areaAddress(r: Rect): string {
  const a = `${colLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetter(r.c2)}${r.r2}`;
}

function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r1 && row <= rect.r2 && col >= rect.c1 && col <= rect.c2;
}

/** What Excel stores when a string is entered into a cell with the given number format. */
function coerce(value: Value, format: string): { value: Value; formula?: string } {
  if (typeof value !== 'string' || format === '@') return { value };
  if (value.startsWith('=')) return { value: 0, formula: value };
  const t = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { value: Number(t) };
  return { value };
}

interface Op {
  size: number;
  addresses: string[];
  exec: () => number | void; // returns response bytes
}

export interface DoubleOptions {
  /** Highest ExcelApi version the host supports, e.g. '1.9'; '1.14' brings triggerSource, '1.18' notes. */
  api?: string;
  /** Excel hosts where enableEvents does not hold back the echo of the add-in's own writes. */
  ignoreEnableEvents?: boolean;
}

export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly events: FiredEvent[] = [];
  active!: SheetModel;
  selection: { sheet: string; address: string } | null = null;
  enableEvents = true;
  private nextId = 1;
  private undoStack: { sheet: SheetModel; rect: Rect; before: (Cell | undefined)[][] }[] = [];
  private pendingDispatch = 0;
  private inflight = new Set<Promise<unknown>>();
  /** The ExcelApi minor version: 9 for 1.9. */
  readonly api: number;
  readonly ignoreEnableEvents: boolean;

  constructor(options: DoubleOptions = {}) {
    this.api = minor(options.api ?? '1.9');
    this.ignoreEnableEvents = options.ignoreEnableEvents ?? false;
    this.active = this.addSheet('Sheet1');
  }

  // ---- the host the add-in gets ----
  readonly host = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => this.run(batch),
    supports: (version: string) => minor(version) <= this.api,
  };

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new Context(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) throw new Error('Commands were queued after the last sync and never sent');
    return result;
  }

  supportsTriggerSource(): boolean {
    return this.api >= 14;
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      rectFormats: [],
      validations: [],
      notes: new Map(),
      widths: new Map(),
      frozenRows: 0,
      handlers: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  // ---- reading the sheet in tests ----
  cell(sheet: SheetModel, address: string): Cell | undefined {
    const r = parseArea(address);
    return sheet.cells.get(key(r.r1, r.c1));
  }

  valueAt(sheet: SheetModel, address: string): Value {
    return this.cell(sheet, address)?.value ?? '';
  }

  fillAt(sheet: SheetModel, address: string): string | undefined {
    return this.cell(sheet, address)?.fill;
  }

  formatAt(sheet: SheetModel, address: string): string {
    const r = parseArea(address);
    return this.formatOf(sheet, r.r1, r.c1);
  }

  formatOf(sheet: SheetModel, row: number, col: number): string {
    const own = sheet.cells.get(key(row, col))?.format;
    if (own) return own;
    for (let i = sheet.rectFormats.length - 1; i >= 0; i--) {
      if (inside(sheet.rectFormats[i].rect, row, col)) return sheet.rectFormats[i].format;
    }
    return 'General';
  }

  /** Every filled cell of a sheet, as address -> colour. */
  fills(sheet: SheetModel): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, c] of sheet.cells) if (c.fill) out.set(`${colLetter(k % 16_384)}${Math.floor(k / 16_384)}`, c.fill);
    return out;
  }

  markerAt(sheet: SheetModel, address: string): boolean {
    const edge = this.cell(sheet, address)?.edgeLeft;
    return !!edge && edge.style !== 'None';
  }

  // ---- what a user does ----
  /** Types or pastes values with their top-left corner at `address`; fires one change event. */
  userSet(sheet: SheetModel, address: string, rows: Value[][]): void {
    const at = parseArea(address);
    const rect = { r1: at.r1, c1: at.c1, r2: at.r1 + rows.length - 1, c2: at.c1 + rows[0].length - 1 };
    this.undoStack.push({ sheet, rect, before: this.snapshot(sheet, rect) });
    rows.forEach((cells, i) => cells.forEach((v, j) => this.setValue(sheet, rect.r1 + i, rect.c1 + j, v)));
    this.growTables(sheet, rect);
    this.fire(sheet, { address: areaAddress(rect), changeType: 'RangeEdited', hasDetails: isSingle(rect) }, false);
  }

  /** Presses Delete on a range (a whole column like `B:B` included). */
  userClear(sheet: SheetModel, address: string): void {
    const rect = parseArea(address);
    const bounded = { ...rect, r2: Math.min(rect.r2, this.lastUsedRow(sheet)), c2: Math.min(rect.c2, 200) };
    this.undoStack.push({ sheet, rect: bounded, before: this.snapshot(sheet, bounded) });
    for (const [k, c] of sheet.cells) {
      if (inside(rect, Math.floor(k / 16_384), k % 16_384)) {
        c.value = '';
        delete c.formula;
      }
    }
    this.fire(sheet, { address: address.replace(/\$/g, ''), changeType: 'RangeEdited', hasDetails: isSingle(rect) }, false);
  }

  userUndo(): void {
    const last = this.undoStack.pop();
    if (!last) return;
    const { sheet, rect, before } = last;
    before.forEach((cells, i) =>
      cells.forEach((c, j) => {
        const k = key(rect.r1 + i, rect.c1 + j);
        const now = sheet.cells.get(k);
        if (now) {
          now.value = c?.value ?? '';
          now.formula = c?.formula;
        } else if (c) sheet.cells.set(k, { value: c.value });
      }),
    );
    this.fire(sheet, { address: areaAddress(rect), changeType: 'RangeEdited', hasDetails: isSingle(rect) }, false);
  }

  /** Deletes whole sheet rows, as from the row header's context menu. */
  userDeleteRows(sheet: SheetModel, from: number, count: number): void {
    this.shiftRows(sheet, { r1: from, r2: from + count - 1, c1: 0, c2: 16_383 }, -count);
    this.fire(sheet, { address: `${from}:${from + count - 1}`, changeType: 'RowDeleted', hasDetails: false }, false);
  }

  userInsertRows(sheet: SheetModel, at: number, count: number): void {
    this.shiftRows(sheet, { r1: at, r2: MAX_ROW, c1: 0, c2: 16_383 }, count);
    this.fire(sheet, { address: `${at}:${at + count - 1}`, changeType: 'RowInserted', hasDetails: false }, false);
  }

  /**
   * Waits until every change event has been handled, including the events the handlers' own writes
   * cause. Throws when events keep coming: that is a validation loop.
   */
  async settle(maxRounds = 200): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      await new Promise((r) => setTimeout(r, 0));
      if (this.pendingDispatch === 0 && this.inflight.size === 0) return;
      if (this.inflight.size > 0) await Promise.all([...this.inflight]);
    }
    throw new Error(`Change events still firing after ${maxRounds} rounds: a validation loop`);
  }

  resetCounters(): void {
    this.syncs.length = 0;
    this.events.length = 0;
  }

  // ---- internals used by the proxies ----
  snapshot(sheet: SheetModel, rect: Rect): (Cell | undefined)[][] {
    const out: (Cell | undefined)[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: (Cell | undefined)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.cells.get(key(r, c));
        row.push(cell ? { ...cell } : undefined);
      }
      out.push(row);
    }
    return out;
  }

  setValue(sheet: SheetModel, row: number, col: number, value: Value): void {
    const stored = coerce(value, this.formatOf(sheet, row, col));
    const k = key(row, col);
    const cell = sheet.cells.get(k);
    if (cell) {
      cell.value = stored.value;
      cell.formula = stored.formula;
    } else if (stored.value !== '' || stored.formula) {
      sheet.cells.set(k, { value: stored.value, formula: stored.formula });
    }
  }

  cellFor(sheet: SheetModel, row: number, col: number): Cell {
    const k = key(row, col);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = { value: '' };
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  lastUsedRow(sheet: SheetModel): number {
    let last = 0;
    for (const [k, c] of sheet.cells) if (c.value !== '') last = Math.max(last, Math.floor(k / 16_384));
    return last;
  }

  /** Excel grows a table when values land in the row right below it. */
  growTables(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || rect.c2 < t.rect.c1 || rect.c1 > t.rect.c2) continue;
      if (rect.r1 <= t.rect.r2 + 1 && rect.r2 > t.rect.r2) t.rect.r2 = rect.r2;
    }
  }

  /** Moves cells at and below `rect.r1` by `delta` rows within rect's columns (negative: delete). */
  shiftRows(sheet: SheetModel, rect: Rect, delta: number): void {
    const moved = new Map<number, Cell>();
    for (const [k, c] of sheet.cells) {
      const row = Math.floor(k / 16_384);
      const col = k % 16_384;
      if (col < rect.c1 || col > rect.c2 || row < rect.r1) {
        moved.set(k, c);
        continue;
      }
      if (delta < 0 && row <= rect.r2) continue; // deleted
      moved.set(key(row + delta, col), c);
    }
    sheet.cells = moved;
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.rect.c2 < rect.c1 || t.rect.c1 > rect.c2) continue;
      if (delta < 0) {
        const gone = Math.max(0, Math.min(t.rect.r2, rect.r2) - Math.max(t.rect.r1 + 1, rect.r1) + 1);
        t.rect.r2 -= gone;
      } else if (rect.r1 <= t.rect.r2 && rect.r1 > t.rect.r1) {
        t.rect.r2 += delta;
      }
    }
  }

  /** Queues a change event; the add-in's own writes are events too unless enableEvents holds them back. */
  fire(sheet: SheetModel, event: FiredEvent, byAddin: boolean): void {
    if (byAddin && !this.enableEvents && !this.ignoreEnableEvents) return;
    const record: FiredEvent = { ...event, byAddin, triggerSource: this.api >= 14 ? (byAddin ? 'ThisLocalAddin' : 'Unknown') : undefined };
    this.events.push(record);
    const args = {
      type: 'WorksheetChanged',
      source: 'Local',
      worksheetId: sheet.id,
      address: record.address,
      changeType: record.changeType,
      ...(record.triggerSource ? { triggerSource: record.triggerSource } : {}),
      ...(record.hasDetails ? { details: { valueAfter: '', valueBefore: '' } } : {}),
    };
    this.pendingDispatch++;
    setTimeout(() => {
      this.pendingDispatch--;
      for (const handler of sheet.handlers) {
        const p = Promise.resolve(handler(args)).finally(() => this.inflight.delete(p));
        this.inflight.add(p);
      }
    }, 0);
  }

  recordSync(ops: Op[]): void {
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, addresses: [] };
    this.syncs.push(record);
    for (const op of ops) {
      record.requestBytes += op.size;
      record.addresses.push(...op.addresses);
    }
    if (record.requestBytes > PAYLOAD_LIMIT) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const enableBefore = this.enableEvents;
    try {
      for (const op of ops) record.responseBytes += op.exec() ?? 0;
    } catch (error) {
      this.enableEvents = enableBefore;
      record.error = (error as OfficeError).code;
      throw error;
    }
    if (record.responseBytes > PAYLOAD_LIMIT) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}

function minor(version: string): number {
  return Number(version.split('.')[1]);
}

function isSingle(r: Rect): boolean {
  return r.r1 === r.r2 && r.c1 === r.c2;
}

const size = (x: unknown) => JSON.stringify(x).length;

class Context {
  queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: { enableEvents: boolean };

  constructor(readonly xl: ExcelDouble) {
    this.workbook = new WorkbookProxy(this);
    const push = (on: boolean) =>
      this.push({ op: 'enableEvents', on }, [], () => {
        xl.enableEvents = on;
      });
    this.runtime = {
      set enableEvents(on: boolean) {
        push(on);
      },
      get enableEvents() {
        return xl.enableEvents;
      },
    };
  }

  push(json: unknown, addresses: string[], exec: () => number | void): void {
    for (const a of addresses) {
      if (a.length > ADDRESS_LIMIT) throw new OfficeError('InvalidArgument', 'Address list too long');
    }
    this.queue.push({ size: size(json), addresses, exec });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.xl.recordSync(ops);
  }
}

type Resolver<T> = () => T;

class WorkbookProxy {
  readonly tables: TableCollectionProxy;
  readonly worksheets: WorksheetCollectionProxy;
  readonly comments: { add: (address: string, content: string) => void };

  constructor(ctx: Context) {
    this.tables = new TableCollectionProxy(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.comments = {
      add: (address, content) =>
        ctx.push({ op: 'comment', address, content }, [address], () => {
          const [sheetName] = address.split('!');
          const sheet = ctx.xl.sheet(sheetName.replace(/^'|'$/g, '').replace(/''/g, "'"));
          sheet.notes.set(address.split('!')[1], content);
        }),
    };
  }
}

class TableCollectionProxy {
  constructor(private ctx: Context) {}

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.ctx.xl.table(name);
      if (!t) throw new OfficeError('ItemNotFound', `Table ${name} not found`);
      return t;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.xl.table(name) ?? null);
  }
}

class Loadable {
  protected loaded: Record<string, unknown> = {};

  protected get$(prop: string): unknown {
    if (!(prop in this.loaded)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded[prop];
  }
}

class TableProxy extends Loadable {
  constructor(
    private ctx: Context,
    private resolve: Resolver<TableModel | null>,
  ) {
    super();
  }

  get isNullObject(): boolean {
    return this.get$('isNullObject') as boolean;
  }

  get name(): string {
    return this.get$('name') as string;
  }

  set name(value: string) {
    this.ctx.push({ op: 'table.name', value }, [], () => {
      this.must().name = value;
    });
  }

  private must(): TableModel {
    const t = this.resolve();
    if (!t) throw new OfficeError('ItemNotFound', 'Null object');
    return t;
  }

  load(props: string): this {
    this.ctx.push({ op: 'load', props }, [], () => {
      const t = this.resolve();
      this.loaded = { isNullObject: !t, name: t?.name };
      return size(this.loaded);
    });
    return this;
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.must().sheet);
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.must().sheet, rect: { ...this.must().rect } }));
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { ...t.rect, r2: t.rect.r1 } };
    });
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private ctx: Context) {
    super();
  }

  get items(): { name: string }[] {
    return this.get$('items') as { name: string }[];
  }

  load(_props: string): this {
    this.ctx.push({ op: 'load sheets' }, [], () => {
      this.loaded = { items: this.ctx.xl.sheets.map((s) => ({ name: s.name })) };
      return size(this.loaded);
    });
    return this;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.xl.active);
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.ctx.push({ op: 'add sheet', name }, [], () => {
      if (this.ctx.xl.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError('ItemAlreadyExists', `Sheet ${name} exists`);
      }
      created = this.ctx.xl.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => created!);
  }
}

class WorksheetProxy extends Loadable {
  readonly onChanged: { add: (handler: (args: unknown) => Promise<unknown>) => void };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly tables: { add: (address: string, hasHeaders: boolean) => TableProxy };
  readonly notes: { add: (cell: string, content: string) => void };

  constructor(
    private ctx: Context,
    private resolve: Resolver<SheetModel>,
  ) {
    super();
    this.onChanged = {
      add: (handler) =>
        ctx.push({ op: 'onChanged.add' }, [], () => {
          this.resolve().handlers.push(handler);
        }),
    };
    this.freezePanes = {
      freezeRows: (count) =>
        ctx.push({ op: 'freezeRows', count }, [], () => {
          this.resolve().frozenRows = count;
        }),
    };
    this.notes = {
      add: (cell, content) => {
        if (ctx.xl.api < 18) throw new OfficeError('ApiNotFound', 'notes need ExcelApi 1.18');
        ctx.push({ op: 'note', cell, content }, [cell], () => {
          this.resolve().notes.set(cell, content);
        });
      },
    };
    this.tables = {
      add: (address, hasHeaders) => {
        let created: TableModel | null = null;
        ctx.push({ op: 'table.add', address, hasHeaders }, [address], () => {
          const sheet = this.resolve();
          const rect = parseArea(address);
          if (ctx.xl.tables.some((t) => t.sheet === sheet && t.rect.r1 <= rect.r2 && t.rect.r2 >= rect.r1 && t.rect.c1 <= rect.c2 && t.rect.c2 >= rect.c1)) {
            throw new OfficeError('InvalidOperation', 'A table cannot overlap another table');
          }
          created = { name: `Table${ctx.xl.tables.length + 1}`, sheet, rect };
          ctx.xl.tables.push(created);
        });
        return new TableProxy(ctx, () => created);
      },
    };
  }

  get name(): string {
    return this.get$('name') as string;
  }

  get id(): string {
    return this.get$('id') as string;
  }

  load(_props: string): this {
    this.ctx.push({ op: 'load sheet' }, [], () => {
      const s = this.resolve();
      this.loaded = { name: s.name, id: s.id };
      return size(this.loaded);
    });
    return this;
  }

  activate(): void {
    this.ctx.push({ op: 'activate' }, [], () => {
      this.ctx.xl.active = this.resolve();
    });
  }

  getRange(address: string): RangeProxy {
    this.ctx.push({ op: 'getRange', address }, [address], () => undefined);
    return new RangeProxy(this.ctx, () => ({ sheet: this.resolve(), rect: parseArea(address) }));
  }

  getRanges(address: string): RangeAreasProxy {
    if (address.length > ADDRESS_LIMIT) throw new OfficeError('InvalidArgument', 'Address list too long');
    this.ctx.push({ op: 'getRanges', address }, [address], () => undefined);
    return new RangeAreasProxy(this.ctx, () => ({ sheet: this.resolve(), rects: address.split(',').map(parseArea) }));
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      let r2 = 0;
      let c2 = 0;
      let r1 = Infinity;
      let c1 = Infinity;
      for (const [k, c] of sheet.cells) {
        if (c.value === '') continue;
        const row = Math.floor(k / 16_384);
        const col = k % 16_384;
        r1 = Math.min(r1, row);
        c1 = Math.min(c1, col);
        r2 = Math.max(r2, row);
        c2 = Math.max(c2, col);
      }
      return r2 === 0 ? null : { sheet, rect: { r1, r2, c1, c2 } };
    });
  }
}

interface Target {
  sheet: SheetModel;
  rect: Rect;
}

/** Format writes shared by Range and RangeAreas. */
function formatProxy(ctx: Context, targets: () => { sheet: SheetModel; rects: Rect[] }, label: string) {
  const each = (fn: (cell: Cell) => void) => {
    const { sheet, rects } = targets();
    const bottom = rects.some((r) => r.r2 - r.r1 > 1_000) ? ctx.xl.lastUsedRow(sheet) + 1_000 : Infinity;
    for (const rect of rects) {
      for (let r = rect.r1; r <= Math.min(rect.r2, bottom); r++) {
        for (let c = rect.c1; c <= rect.c2; c++) fn(ctx.xl.cellFor(sheet, r, c));
      }
    }
    ctx.xl.fire(sheet, { address: rects.map(areaAddress).join(', '), changeType: 'RangeEdited', hasDetails: false }, true);
  };
  return {
    fill: {
      set color(color: string) {
        ctx.push({ op: 'fill', label, color }, [], () => each((cell) => (cell.fill = color)));
      },
      clear() {
        ctx.push({ op: 'fill.clear', label }, [], () => each((cell) => delete cell.fill));
      },
    },
    borders: {
      getItem(name: string) {
        if (name !== 'EdgeLeft') throw new Error(`The double only models EdgeLeft borders, not ${name}`);
        const border: Partial<Border> = {};
        const apply = () => each((cell) => (cell.edgeLeft = { ...cell.edgeLeft, ...border } as Border));
        return {
          set style(style: string) {
            border.style = style;
            ctx.push({ op: 'border.style', style }, [], apply);
          },
          set color(color: string) {
            border.color = color;
            ctx.push({ op: 'border.color', color }, [], apply);
          },
          set weight(weight: string) {
            border.weight = weight;
            ctx.push({ op: 'border.weight', weight }, [], apply);
          },
        };
      },
    },
    set columnWidth(points: number) {
      ctx.push({ op: 'columnWidth', points }, [], () => {
        const { sheet, rects } = targets();
        for (const rect of rects) for (let c = rect.c1; c <= rect.c2; c++) sheet.widths.set(c, points);
      });
    },
  };
}

class RangeProxy extends Loadable {
  readonly format: ReturnType<typeof formatProxy>;
  readonly dataValidation: { clear: () => void; rule: unknown };

  constructor(
    private ctx: Context,
    private resolve: Resolver<Target | null>,
  ) {
    super();
    this.format = formatProxy(ctx, () => {
      const t = this.must();
      return { sheet: t.sheet, rects: [t.rect] };
    }, 'range');
    const must = () => this.must();
    this.dataValidation = {
      clear: () =>
        ctx.push({ op: 'dv.clear' }, [], () => {
          const t = must();
          t.sheet.validations = t.sheet.validations.filter((v) => !(v.rect.c1 === t.rect.c1 && v.rect.r1 === t.rect.r1));
        }),
      set rule(rule: { list?: { source: string } }) {
        ctx.push({ op: 'dv.rule', rule }, [], () => {
          const t = must();
          if (rule.list) t.sheet.validations.push({ rect: t.rect, source: rule.list.source });
        });
      },
      get rule(): unknown {
        throw new Error('not modelled');
      },
    };
  }

  private must(): Target {
    const t = this.resolve();
    if (!t) throw new OfficeError('ItemNotFound', 'Null object');
    return t;
  }

  get values(): Value[][] {
    return this.get$('values') as Value[][];
  }

  set values(rows: Value[][]) {
    this.ctx.push({ op: 'values', rows }, [], () => {
      const { sheet, rect } = this.must();
      rows.forEach((cells, i) => cells.forEach((v, j) => this.ctx.xl.setValue(sheet, rect.r1 + i, rect.c1 + j, v)));
      const written = { ...rect, r2: rect.r1 + rows.length - 1, c2: rect.c1 + rows[0].length - 1 };
      this.ctx.xl.growTables(sheet, written);
      this.ctx.xl.fire(sheet, { address: areaAddress(written), changeType: 'RangeEdited', hasDetails: isSingle(written) }, true);
    });
  }

  set numberFormat(formats: string | string[][]) {
    this.ctx.push({ op: 'numberFormat', formats }, [], () => {
      const { sheet, rect } = this.must();
      if (typeof formats === 'string') {
        sheet.rectFormats.push({ rect, format: formats });
        for (const [k, c] of sheet.cells) if (inside(rect, Math.floor(k / 16_384), k % 16_384)) delete c.format;
      } else {
        formats.forEach((cells, i) => cells.forEach((f, j) => (this.ctx.xl.cellFor(sheet, rect.r1 + i, rect.c1 + j).format = f)));
      }
      this.ctx.xl.fire(sheet, { address: areaAddress(rect), changeType: 'RangeEdited', hasDetails: false }, true);
    });
  }

  get isNullObject(): boolean {
    return this.get$('isNullObject') as boolean;
  }
  get rowIndex(): number {
    return this.get$('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get$('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get$('rowCount') as number;
  }
  get columnCount(): number {
    return this.get$('columnCount') as number;
  }

  load(props: string): this {
    this.ctx.push({ op: 'load', props }, [], () => {
      const t = this.resolve();
      const loaded: Record<string, unknown> = { isNullObject: !t };
      if (t) {
        loaded.rowIndex = t.rect.r1 - 1;
        loaded.columnIndex = t.rect.c1;
        loaded.rowCount = t.rect.r2 - t.rect.r1 + 1;
        loaded.columnCount = t.rect.c2 - t.rect.c1 + 1;
        if (props.includes('values')) {
          loaded.values = this.ctx.xl.snapshot(t.sheet, t.rect).map((row) => row.map((c) => c?.value ?? ''));
        }
      }
      this.loaded = loaded;
      return size(props.includes('values') ? loaded.values : loaded);
    });
    return this;
  }

  select(): void {
    this.ctx.push({ op: 'select' }, [], () => {
      const { sheet, rect } = this.must();
      this.ctx.xl.active = sheet;
      this.ctx.xl.selection = { sheet: sheet.name, address: areaAddress(rect) };
    });
  }

  delete(shift: string): void {
    this.ctx.push({ op: 'delete', shift }, [], () => {
      if (shift !== 'Up') throw new Error('The double only models deleting up');
      const { sheet, rect } = this.must();
      this.ctx.xl.shiftRows(sheet, rect, -(rect.r2 - rect.r1 + 1));
      this.ctx.xl.fire(sheet, { address: areaAddress(rect), changeType: 'CellDeleted', hasDetails: false }, true);
    });
  }

  getTables(_fullyContained: boolean) {
    const ctx = this.ctx;
    const overlapping = () => {
      const t = this.must();
      return ctx.xl.tables.filter(
        (x) => x.sheet === t.sheet && x.rect.r1 <= t.rect.r2 && x.rect.r2 >= t.rect.r1 && x.rect.c1 <= t.rect.c2 && x.rect.c2 >= t.rect.c1,
      );
    };
    const collection = {
      items: [] as TableProxy[],
      load(_props: string) {
        ctx.push({ op: 'load tables' }, [], () => {
          collection.items = overlapping().map((t) => {
            const proxy = new TableProxy(ctx, () => t);
            (proxy as unknown as { loaded: Record<string, unknown> }).loaded = { name: t.name, isNullObject: false };
            return proxy;
          });
          return size(collection.items.length * 20);
        });
        return collection;
      },
    };
    return collection;
  }
}

class RangeAreasProxy {
  readonly format: ReturnType<typeof formatProxy>;

  constructor(ctx: Context, resolve: Resolver<{ sheet: SheetModel; rects: Rect[] }>) {
    this.format = formatProxy(ctx, resolve, 'areas');
  }
}
