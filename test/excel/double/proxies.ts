// The Office.js proxies the add-in calls (RequestContext, workbook, tables, worksheets, ranges): each call
// queues a command, as Office.js does, and `context.sync()` runs the queue on the model and accounts for it.
import { areaAddress, inside, isSingle, parseArea, type Rect } from './address';
import { ADDRESS_LIMIT, size, type Op, type SyncAccounting } from './accounting';
import { OfficeError } from './officeError';
import type { Border, Cell, SheetModel, TableModel, Value } from './workbook';

export class Context {
  queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: { enableEvents: boolean };

  constructor(readonly xl: SyncAccounting) {
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

  /** The sheet named `name` (Excel compares names without case); ItemNotFound on sync when there is none. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const found = this.ctx.xl.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
      return found;
    });
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
  readonly onSelectionChanged: { add: (handler: (args: unknown) => Promise<unknown>) => void };
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
    this.onSelectionChanged = {
      add: (handler) =>
        ctx.push({ op: 'onSelectionChanged.add' }, [], () => {
          this.resolve().selectionHandlers.push(handler);
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

  set columnHidden(hidden: boolean) {
    this.ctx.push({ op: 'columnHidden', hidden }, [], () => {
      const { sheet, rect } = this.must();
      for (let c = rect.c1; c <= rect.c2; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
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
