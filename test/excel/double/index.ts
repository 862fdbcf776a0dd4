// An in-memory double of the parts of the Excel JavaScript API the add-in uses, in one file per job:
//   address.ts     its own A1 address parser (never src/excel's: tests must not share its bugs)
//   workbook.ts    the workbook model
//   events.ts      onChanged events as Excel fires them
//   accounting.ts  each sync's request and response bytes and addresses, and Excel's limits on them
//   user.ts        scripted user actions (type, paste, Delete, Undo, delete and insert rows)
//   proxies.ts     the Office.js proxies, which queue commands and run them on sync
// It uses nothing of Node or jest, so it can also be bundled for a browser and stand in for `window.Excel`.
import { Context } from './proxies';
import { ScriptedUser } from './user';

export { areaAddress, colIndex, colLetter, parseArea, type Rect } from './address';
export type { SyncRecord } from './accounting';
export type { DoubleOptions, FiredEvent } from './events';
export type { Border, SheetModel, TableModel, Value } from './workbook';

export class ExcelDouble extends ScriptedUser {
  /** The host the add-in gets: Excel.run and the requirement-set check. */
  readonly host = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => this.run(batch),
    supports: (version: string) => this.supports(version),
  };

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new Context(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) throw new Error('Commands were queued after the last sync and never sent');
    return result;
  }
}
