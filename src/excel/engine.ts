// Live validation of the template table: listens to the sheet, reads only what changed, runs the
// core, and repaints only what differs. Every change is queued, so passes never overlap.
import { COLUMNS, cellText, columnIndex, columnLetter, columnOf, namesAsPartner } from '../core';
import type { CellValue, FieldKey, Lang } from '../core';
import { LiveModel } from './model';
import type { CheckReport, Layout, ReadRow, Update } from './model';
import { BOX, layoutFrom, sameBox } from './layout';
import type { TableBox } from './layout';
import { isEmptyPlan, mergeRowSpans, parseAddress, planWaves, rangeAddress, safeWrite } from './plan';
import type { CellRef, PaintPlan, Rect, RowSpan } from './plan';
import { queueClearAll, queuePaint, queuePersonFills, queueRowReads } from './sheetio';
import { TEMPLATE_TABLE } from './host';
import type { ExcelHost } from './host';

/** One value to write back into a cell (a fix). */
export interface CellFix {
  row: number;
  column: string;
  value: string;
}

/** What the joint-declaration fix must keep: the declaration rows naming the partner, and the partner's enterprise number to copy. */
export interface PartnerKeep {
  declarations: number[];
  enterpriseNumber?: string;
}

/** 'notNamed': a declaration row no longer names the partner in column O, so the row was kept. */
export type DeleteOutcome = 'deleted' | 'notNamed' | 'gone';

export type EngineStatus = 'checking' | 'ready' | 'noTemplate' | 'failed';

export interface EngineOptions {
  lang: Lang;
  today?: () => Date;
  onReport?: (report: CheckReport) => void;
  onStatus?: (status: EngineStatus, error?: unknown) => void;
  /** The single cell now selected in the template's sheet (null for a range): the pane shows its issues. */
  onSelection?: (cell: { row: number; column: string } | null) => void;
}

interface Pending {
  full: boolean;
  rects: Rect[];
  /** Dropdown cells the user left: a pick from the list may have fired no onChanged (Office.js #420). */
  left: CellRef[];
}

/** Fields typed from a list data-validation dropdown (Person, Language). */
const DROPDOWN_FIELDS = new Set<FieldKey>(COLUMNS.filter((c) => 'dropdown' in c).map((c) => c.key));

/**
 * A write Excel rejected twice: whole, then in two halves. Excel on the web fails large writes while an
 * onChanged handler is registered (Office.js #539); the pane says the highlights could not be written.
 */
export class HighlightsNotWritten extends Error {
  constructor(readonly reason: unknown) {
    super(`Excel could not write the highlights: ${String((reason as Error)?.message ?? reason)}`);
    this.name = 'HighlightsNotWritten';
  }
}

export class LiveValidation {
  private model: LiveModel | null = null;
  private pending: Pending = { full: false, rects: [], left: [] };
  /** The single cell the user has selected in the template's sheet, if any. */
  private selected: CellRef | null = null;
  private draining: Promise<void> | null = null;
  private listening = false;

  constructor(
    private readonly host: ExcelHost,
    private readonly options: EngineOptions,
  ) {}

  get active(): boolean {
    return this.model !== null;
  }

  /** Registers on the template's sheet when the workbook has one, then checks it. False when there is none. */
  async start(): Promise<boolean> {
    const found = await this.listen();
    if (found) await this.checkAll();
    else this.options.onStatus?.('noTemplate');
    return found;
  }

  /** The worksheet `onChanged` handler. */
  readonly onChanged = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // ExcelApi 1.14 tells us which changes are our own writes; older hosts rely on enableEvents and fingerprints.
    if (args.triggerSource === 'ThisLocalAddin') return Promise.resolve();
    const rects = args.changeType === 'RangeEdited' ? parseAddress(args.address) : null;
    if (rects) this.pending.rects.push(...rects);
    else this.pending.full = true;
    return this.drain();
  };

  /**
   * The worksheet `onSelectionChanged` handler. Leaving a dropdown cell queues a read of that one cell, so
   * a value picked from the list is checked even when Excel fired no onChanged for it (Office.js #420).
   */
  readonly onSelectionChanged = (args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    const left = this.selected;
    const now = parseAddress(args.address);
    const single = now?.length === 1 && now[0].r1 === now[0].r2 && now[0].c1 === now[0].c2 ? now[0] : null;
    this.selected = single ? { row: single.r1, col: single.c1 } : null;
    this.options.onSelection?.(single ? { row: single.r1, column: columnLetter(single.c1) } : null);
    if (!left || !this.isDropdownCell(left)) return Promise.resolve();
    this.pending.left.push(left);
    return this.drain();
  };

  private isDropdownCell(cell: CellRef): boolean {
    const layout = this.model?.layout;
    if (!layout || cell.row <= layout.headerRow) return false;
    const field = fieldAt(layout, cell.col - layout.firstCol);
    return field !== undefined && DROPDOWN_FIELDS.has(field);
  }

  /** A full check of the whole table ("Check sheet", opening the pane). */
  checkAll(): Promise<void> {
    this.pending.full = true;
    return this.drain();
  }

  /** Resolves when every queued change has been validated and painted. */
  whenIdle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  /** Writes fixes back in one batch and repaints from the fixed values, in one round trip. */
  async applyFixes(fixes: readonly CellFix[]): Promise<void> {
    await this.whenIdle();
    const model = this.model;
    if (!model || fixes.length === 0) return;
    const layout = model.layout;
    const patched = new Map<number, CellValue[]>();
    const writes: { row: number; col: number; value: string; asText: boolean }[] = [];
    for (const fix of fixes) {
      const col = columnIndex(fix.column);
      const offset = col - layout.firstCol;
      if (offset < 0 || offset >= layout.width || fix.row <= layout.headerRow || fix.row > layout.lastRow) continue;
      const cells = patched.get(fix.row) ?? [...(model.cellsOf(fix.row) ?? new Array<CellValue>(layout.width).fill(''))];
      const field = fieldAt(layout, offset);
      const safe = safeWrite(fix.value, field ? columnOf(field).numberFormat : 'General');
      cells[offset] = fix.value;
      patched.set(fix.row, cells);
      writes.push({ row: fix.row, col, ...safe });
    }
    if (writes.length === 0) return;
    await this.writeGuarded((sheet) => {
      for (const w of writes) {
        const cell = sheet.getRange(rangeAddress(w.col, w.row, w.col, w.row));
        if (w.asText) cell.numberFormat = [['@']];
        cell.values = [[w.value]];
      }
      const update = model.update(
        [...patched].map(([row, cells]) => ({ row, cells })),
        false,
      );
      queuePaint(sheet, layout, update.plan);
    });
    this.report();
  }

  /** Selects a cell of the template (clicking an issue). */
  async select(row: number, column: string): Promise<void> {
    await this.host.run(async (context) => {
      const sheet = context.workbook.tables.getItem(TEMPLATE_TABLE).worksheet;
      sheet.activate();
      sheet.getRange(`${column}${row}`).select();
      await context.sync();
    });
  }

  /**
   * The joint-declaration warning's action: deletes the partner's table row, keeping the couple's data. The
   * rows are read again first: when a declaration row no longer names this person in column O, nothing is
   * deleted ('notNamed'). `enterpriseNumber` (the partner's, which only the partner's row had) is written to
   * the declaration's column S in the same round trip, before the row goes. Then the table is checked again.
   */
  async deleteRow(row: number, keep: PartnerKeep = { declarations: [] }): Promise<DeleteOutcome> {
    await this.whenIdle();
    const layout = this.model?.layout;
    if (!layout || row <= layout.headerRow || row > layout.lastRow) return 'gone';
    const lastCol = layout.firstCol + layout.width - 1;
    const rowRange = (sheet: Excel.Worksheet, r: number) => sheet.getRange(rangeAddress(layout.firstCol, r, lastCol, r));
    const { registrationNumber: own, spouseRegistrationNumber: spouse, spouseEnterpriseNumber: spouseEnterprise } = layout.fields;
    let sEmpty = false;
    if (keep.declarations.length > 0) {
      if (own === undefined || spouse === undefined) return 'notNamed';
      const read = await this.host.run(async (context) => {
        const sheet = context.workbook.tables.getItem(TEMPLATE_TABLE).worksheet;
        const partner = rowRange(sheet, row).load('values');
        const declarations = keep.declarations.map((r) => rowRange(sheet, r).load('values'));
        await context.sync();
        return {
          named: declarations.every((d) => namesAsPartner(d.values[0][spouse] as CellValue, partner.values[0][own] as CellValue)),
          // Never over a number the user typed in S meanwhile.
          sEmpty: spouseEnterprise !== undefined && declarations.length === 1 && cellText(declarations[0].values[0][spouseEnterprise] as CellValue) === '',
        };
      });
      if (!read.named) return 'notNamed';
      sEmpty = read.sEmpty;
    }
    const copy = keep.enterpriseNumber !== undefined && spouseEnterprise !== undefined && sEmpty
      ? { col: layout.firstCol + spouseEnterprise, row: keep.declarations[0], ...safeWrite(keep.enterpriseNumber, columnOf('spouseEnterpriseNumber').numberFormat) }
      : null;
    await this.writeGuarded((sheet) => {
      if (copy) {
        const cell = sheet.getRange(rangeAddress(copy.col, copy.row, copy.col, copy.row));
        if (copy.asText) cell.numberFormat = [['@']];
        cell.values = [[copy.value]];
      }
      rowRange(sheet, row).delete('Up');
    });
    await this.checkAll();
    return 'deleted';
  }

  /** Runs queued work until nothing is pending; events arriving meanwhile are merged into the next pass. */
  private drain(): Promise<void> {
    if (!this.draining) {
      this.draining = this.work().finally(() => {
        this.draining = null;
      });
    }
    return this.draining;
  }

  private async work(): Promise<void> {
    while (this.pending.full || this.pending.rects.length > 0 || this.pending.left.length > 0) {
      // Let a burst of events (one paste, one batch of our own writes) gather into one pass.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const job = this.pending;
      this.pending = { full: false, rects: [], left: [] };
      try {
        if (job.full || !this.model) await this.fullPass();
        else {
          if (job.rects.length > 0) await this.livePass(job.rects);
          // Cells inside rows just read were checked with them.
          const left = job.left.filter((c) => !job.rects.some((r) => c.row >= r.r1 && c.row <= r.r2));
          if (left.length > 0) await this.leftPass(left);
        }
      } catch (error) {
        await this.recover(error);
      }
    }
  }

  private async listen(): Promise<boolean> {
    if (this.listening) return true;
    try {
      await this.host.run(async (context) => {
        const sheet = context.workbook.tables.getItem(TEMPLATE_TABLE).worksheet;
        sheet.onChanged.add(this.onChanged);
        sheet.onSelectionChanged.add(this.onSelectionChanged);
        await context.sync();
      });
      this.listening = true;
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Registers (if needed) and checks: used after "Insert template". */
  async attach(): Promise<void> {
    if (await this.listen()) await this.checkAll();
  }

  private async fullPass(): Promise<void> {
    this.options.onStatus?.('checking');
    await this.host.run(async (context) => {
      const table = context.workbook.tables.getItem(TEMPLATE_TABLE);
      const sheet = table.worksheet;
      const box = table.getRange().load(BOX);
      const header = table.getHeaderRowRange().load('values');
      await context.sync();
      const layout = layoutFrom(box, header.values[0], this.options.lang);
      const model = this.modelFor(layout);
      model.reset(layout);
      const rows = await readWaves(context, sheet, layout, planWaves([{ from: layout.headerRow + 1, to: layout.lastRow }]));
      const update = model.update(rows, false);
      await this.write(context, sheet, layout, update, true);
    });
    this.report();
  }

  private async livePass(rects: Rect[]): Promise<void> {
    const model = this.model!;
    const layout = model.layout;
    const spans = this.rowsToRead(layout, rects);
    if (spans === 'full') return this.fullPass();
    if (spans.length === 0) return;
    await this.host.run(async (context) => {
      const table = context.workbook.tables.getItem(TEMPLATE_TABLE);
      const sheet = table.worksheet;
      const { rows: read, box } = await readChanged(context, table, sheet, layout, spans);
      if (!sameBox(layout, box)) {
        this.pending.full = true; // the table moved or its columns changed: check it whole
        return;
      }
      const lastRow = box.rowIndex + box.rowCount;
      const shrink = lastRow < layout.lastRow ? model.forgetBelow(lastRow) : null;
      layout.lastRow = lastRow;
      // Rows outside the table (typed below it without the table growing) count as empty.
      const rows = read.map((r) => (r.row > lastRow ? { row: r.row, cells: [] } : r));
      const update = model.update(rows, true);
      if (shrink) mergePlan(update.plan, shrink);
      await this.write(context, sheet, layout, update, false);
    });
    this.report();
  }

  /**
   * Reads only the dropdown cells the user left and checks their rows from what the model already holds;
   * unchanged values cost that one read. A cell below the table's known end is checked as an edit.
   */
  private async leftPass(cells: CellRef[]): Promise<void> {
    const model = this.model;
    if (!model) return;
    const layout = model.layout;
    const below = cells.filter((c) => c.row > layout.lastRow);
    if (below.length > 0) return this.livePass(below.map((c) => ({ r1: c.row, r2: c.row, c1: c.col, c2: c.col })));
    await this.host.run(async (context) => {
      const sheet = context.workbook.tables.getItem(TEMPLATE_TABLE).worksheet;
      const reads = cells.map((c) => ({ cell: c, range: sheet.getRange(rangeAddress(c.col, c.row, c.col, c.row)).load('values') }));
      await context.sync();
      const patched = new Map<number, CellValue[]>();
      for (const { cell, range } of reads) {
        const cells = patched.get(cell.row) ?? [...(model.cellsOf(cell.row) ?? new Array<CellValue>(layout.width).fill(''))];
        cells[cell.col - layout.firstCol] = range.values[0][0] as CellValue;
        patched.set(cell.row, cells);
      }
      const update = model.update([...patched].map(([row, cells]) => ({ row, cells })), true);
      await this.write(context, sheet, layout, update, false);
    });
    this.report();
  }

  /** The rows a change touches inside (or just below) the table, or 'full' when only a full check will do. */
  private rowsToRead(layout: Layout, rects: readonly Rect[]): RowSpan[] | 'full' {
    const lastCol = layout.firstCol + layout.width - 1;
    const spans: RowSpan[] = [];
    for (const r of rects) {
      if (r.c2 < layout.firstCol || r.c1 > lastCol) continue;
      if (r.r2 === Infinity || (r.r1 <= layout.headerRow && r.r2 >= layout.headerRow)) return 'full';
      const from = Math.max(r.r1, layout.headerRow + 1);
      if (from > layout.lastRow + 1) continue; // not touching the table: it cannot have grown over it
      spans.push({ from, to: r.r2 });
    }
    return mergeRowSpans(spans);
  }

  /**
   * One round trip for every write of a pass, with events off so our own writes are not echoed back. When
   * Excel rejects it (Office.js #539: large writes fail on the web while onChanged is registered), the
   * same writes go again once, as two halves by row; if that fails too, HighlightsNotWritten says so.
   */
  private async write(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: Layout, update: Update, clearAll: boolean) {
    if (!clearAll && update.personFills.length === 0 && isEmptyPlan(update.plan)) return;
    const send = async (rows: RowSpan) => {
      context.runtime.enableEvents = false;
      if (clearAll) queueClearAll(sheet, layout, rows);
      queuePersonFills(sheet, layout, update.personFills.filter((r) => r >= rows.from && r <= rows.to));
      queuePaint(sheet, layout, planWithin(update.plan, rows));
      context.runtime.enableEvents = true;
      await context.sync();
    };
    const all = { from: layout.headerRow + 1, to: lastRowOf(update, layout.lastRow) };
    try {
      await send(all);
    } catch (error) {
      if (isNotFound(error) || all.to <= all.from) throw error;
      const mid = Math.floor((all.from + all.to) / 2);
      try {
        await send({ from: all.from, to: mid });
        await send({ from: mid + 1, to: all.to });
      } catch (again) {
        throw isNotFound(again) ? again : new HighlightsNotWritten(again);
      }
    }
  }

  /** Queues writes and sends them in one round trip with events off, so they are not echoed back. */
  private async writeGuarded(writes: (sheet: Excel.Worksheet) => void): Promise<void> {
    try {
      await this.host.run(async (context) => {
        context.runtime.enableEvents = false;
        writes(context.workbook.tables.getItem(TEMPLATE_TABLE).worksheet);
        context.runtime.enableEvents = true;
        await context.sync();
      });
    } catch (error) {
      await this.recover(error);
      throw error;
    }
  }

  private async recover(error: unknown): Promise<void> {
    await this.host
      .run(async (context) => {
        context.runtime.enableEvents = true;
        await context.sync();
      })
      .catch(() => undefined);
    // The check itself ran: the pane lists what it found even though the sheet shows no highlights.
    if (error instanceof HighlightsNotWritten && this.model) this.options.onReport?.(this.model.report());
    // Whatever failed, the picture in memory may no longer match the sheet: the next change checks it all.
    this.model = null;
    if (isNotFound(error)) {
      this.options.onStatus?.('noTemplate');
    } else {
      this.options.onStatus?.('failed', error);
    }
  }

  private modelFor(layout: Layout): LiveModel {
    if (!this.model) this.model = new LiveModel(layout, { lang: this.options.lang, today: this.options.today });
    return this.model;
  }

  private report(): void {
    if (!this.model) return;
    this.options.onReport?.(this.model.report());
    this.options.onStatus?.('ready');
  }
}

/**
 * Reads rows in waves of two 2,000-row chunks, one round trip per wave (never one per row): a
 * 10,000-row paste is read in 3 round trips, each response well under 5 MB.
 */
async function readWaves(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: Layout, waves: RowSpan[][]) {
  const rows: ReadRow[] = [];
  for (const wave of waves) {
    const reads = queueRowReads(sheet, layout, wave);
    await context.sync();
    rows.push(...reads.collect());
  }
  return rows;
}

/**
 * Reads the changed rows and the table's box. Rows beyond the table's known end are read only once
 * the first round trip has told how far the table now reaches (deleting B2:B1048576 reads the table,
 * not a million rows).
 */
async function readChanged(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheet: Excel.Worksheet,
  layout: Layout,
  spans: readonly RowSpan[],
): Promise<{ rows: ReadRow[]; box: TableBox }> {
  const known = clipSpans(spans, layout.lastRow + 1);
  const [first = [], ...rest] = planWaves(known);
  const box = table.getRange().load(BOX);
  const reads = queueRowReads(sheet, layout, first);
  await context.sync();
  const lastRow = box.rowIndex + box.rowCount;
  const grown = clipSpans(spans, lastRow).filter((s) => s.to > layout.lastRow + 1).map((s) => ({ from: Math.max(s.from, layout.lastRow + 2), to: s.to }));
  const later = await readWaves(context, sheet, layout, planWaves([...rest.flat(), ...grown]));
  return { rows: [...reads.collect(), ...later], box };
}

function clipSpans(spans: readonly RowSpan[], last: number): RowSpan[] {
  return spans.filter((s) => s.from <= last).map((s) => ({ from: s.from, to: Math.min(s.to, last) }));
}

function fieldAt(layout: Layout, offset: number): FieldKey | undefined {
  return (Object.entries(layout.fields) as [FieldKey, number][]).find(([, at]) => at === offset)?.[0];
}

/** The last row an update writes to (rows just below the table included), at least `last`. */
function lastRowOf(update: Update, last: number): number {
  const { plan } = update;
  for (const c of [plan.error, plan.warning, plan.clear]) for (const { row } of c) last = Math.max(last, row);
  for (const r of [update.personFills, plan.mark, plan.unmark]) for (const row of r) last = Math.max(last, row);
  return last;
}

/** The part of a plan that falls in `rows`. */
function planWithin(plan: PaintPlan, rows: RowSpan): PaintPlan {
  const cell = (c: CellRef) => c.row >= rows.from && c.row <= rows.to;
  const row = (r: number) => r >= rows.from && r <= rows.to;
  return { error: plan.error.filter(cell), warning: plan.warning.filter(cell), clear: plan.clear.filter(cell), mark: plan.mark.filter(row), unmark: plan.unmark.filter(row) };
}

function mergePlan(into: PaintPlan, from: PaintPlan): void {
  into.error.push(...from.error);
  into.warning.push(...from.warning);
  into.clear.push(...from.clear);
  into.mark.push(...from.mark);
  into.unmark.push(...from.unmark);
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'ItemNotFound';
}
