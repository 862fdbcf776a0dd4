// Worksheet onChanged and onSelectionChanged events the way Excel fires them: multi-cell edits without
// `details` (Office.js #5347, #5308), the add-in's own writes echoed back unless enableEvents holds them
// back, triggerSource from ExcelApi 1.14; and a wait until every handler, and whatever its own writes
// caused, is done.
import type { SheetModel } from './workbook';
import { Workbook } from './workbook';

export interface FiredEvent {
  address: string;
  changeType: string;
  triggerSource?: string;
  hasDetails: boolean;
  /** Caused by the add-in's own write (what triggerSource reports on ExcelApi 1.14). */
  byAddin?: boolean;
}

export interface DoubleOptions {
  /** Highest ExcelApi version the host supports, e.g. '1.9'; '1.14' brings triggerSource, '1.18' notes. */
  api?: string;
  /** Excel hosts where enableEvents does not hold back the echo of the add-in's own writes. */
  ignoreEnableEvents?: boolean;
  /**
   * Excel on the web failing large writes while an onChanged handler is registered (Office.js #539): a
   * sync whose request is larger than this many bytes fails with GeneralException.
   */
  failWritesOver?: number;
}

function minor(version: string): number {
  return Number(version.split('.')[1]);
}

export class ChangeEvents extends Workbook {
  readonly events: FiredEvent[] = [];
  enableEvents = true;
  private pendingDispatch = 0;
  private inflight = new Set<Promise<unknown>>();
  /** The ExcelApi minor version: 9 for 1.9. */
  readonly api: number;
  readonly ignoreEnableEvents: boolean;
  failWritesOver: number;

  constructor(options: DoubleOptions = {}) {
    super();
    this.api = minor(options.api ?? '1.9');
    this.ignoreEnableEvents = options.ignoreEnableEvents ?? false;
    this.failWritesOver = options.failWritesOver ?? Infinity;
  }

  /** True when the host supports ExcelApi `version`. */
  supports(version: string): boolean {
    return minor(version) <= this.api;
  }

  supportsTriggerSource(): boolean {
    return this.api >= 14;
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
    this.dispatch(sheet.handlers, args);
  }

  /** Tells the sheet's onSelectionChanged handlers that the user selected `address`. */
  fireSelection(sheet: SheetModel, address: string): void {
    this.dispatch(sheet.selectionHandlers, { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address });
  }

  private dispatch(handlers: readonly ((args: unknown) => Promise<unknown>)[], args: unknown): void {
    this.pendingDispatch++;
    setTimeout(() => {
      this.pendingDispatch--;
      for (const handler of handlers) {
        const p = Promise.resolve(handler(args)).finally(() => this.inflight.delete(p));
        this.inflight.add(p);
      }
    }, 0);
  }
}
