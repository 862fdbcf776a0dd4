// The state of the sheet check, shared by the ribbon commands, live validation and the React pane through
// the shared runtime: a part of the pane's one store (controller.ts), which the adapter fills in.
import type { InputRow, Lang } from '../core';
import type { CellFix, DeleteOutcome, PartnerKeep } from '../excel/engine';
import type { CheckReport } from '../excel/model';
import type { Store } from './store';

export type CheckStatus = 'starting' | 'checking' | 'ready' | 'noTemplate' | 'failed';

export interface CheckState {
  lang: Lang;
  status: CheckStatus;
  report: CheckReport | null;
  /** Why the last check failed (an Office error message), when status is 'failed'. */
  failure?: string;
  /** The single cell selected in the template's sheet, if any: the Check view shows its issues first. */
  selected?: { row: number; column: string } | null;
}

/** What the pane asks of the workbook; implemented over Excel by src/commands/addin.ts. */
export interface WorkbookActions {
  insertTemplate(): Promise<void>;
  /** Adds a new template sheet holding mapped rows (Map to the template); its name. */
  insertMappedTemplate(rows: readonly InputRow[]): Promise<string>;
  checkSheet(): Promise<void>;
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
  select(row: number, column: string): Promise<void>;
  /** Deletes a partner's row, keeping the couple's data (see LiveValidation.deleteRow). */
  deleteRow(row: number, keep?: PartnerKeep): Promise<DeleteOutcome>;
}

/** The check's part of the pane's store, with the workbook actions the adapter provides. */
export interface CheckStore extends Store<CheckState> {
  actions: WorkbookActions | null;
}
