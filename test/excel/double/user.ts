// Scripted user actions: typing and pasting, picking from a dropdown, selecting, Delete, Undo, deleting and
// inserting rows. Each changes the workbook model and fires the event Excel would (or, for a dropdown
// pick, none: Office.js #420).
import { areaAddress, inside, isSingle, MAX_ROW, parseArea, type Rect } from './address';
import { SyncAccounting } from './accounting';
import { key, type Cell, type SheetModel, type Value } from './workbook';

export class ScriptedUser extends SyncAccounting {
  private undoStack: { sheet: SheetModel; rect: Rect; before: (Cell | undefined)[][] }[] = [];

  /** Types or pastes values with their top-left corner at `address`; fires one change event. */
  userSet(sheet: SheetModel, address: string, rows: Value[][]): void {
    const at = parseArea(address);
    const rect = { r1: at.r1, c1: at.c1, r2: at.r1 + rows.length - 1, c2: at.c1 + rows[0].length - 1 };
    this.undoStack.push({ sheet, rect, before: this.snapshot(sheet, rect) });
    rows.forEach((cells, i) => cells.forEach((v, j) => this.setValue(sheet, rect.r1 + i, rect.c1 + j, v)));
    this.growTables(sheet, rect);
    this.fire(sheet, { address: areaAddress(rect), changeType: 'RangeEdited', hasDetails: isSingle(rect) }, false);
  }

  /**
   * Picks a value from a cell's list data-validation dropdown. Excel may fire no onChanged for that
   * (Office.js #420), and here it never does; the cell stays selected until the user moves on.
   */
  userPick(sheet: SheetModel, address: string, value: Value): void {
    const rect = parseArea(address);
    if (!sheet.validations.some((v) => inside(v.rect, rect.r1, rect.c1))) throw new Error(`${address} has no dropdown`);
    this.undoStack.push({ sheet, rect, before: this.snapshot(sheet, rect) });
    this.setValue(sheet, rect.r1, rect.c1, value);
    this.growTables(sheet, rect);
    this.selection = { sheet: sheet.name, address: areaAddress(rect) };
  }

  /** Selects a cell or range (a click, Tab, Enter, an arrow key), firing onSelectionChanged. */
  userSelect(sheet: SheetModel, address: string): void {
    this.selection = { sheet: sheet.name, address };
    this.fireSelection(sheet, address);
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
}
