// Wires the Excel adapter to the pane's store: the workbook actions the ribbon and the pane share.
import type { Lang } from '../core';
import { HighlightsNotWritten, LiveValidation } from '../excel/engine';
import type { ExcelHost } from '../excel/host';
import { insertMappedTemplate, insertTemplate } from '../excel/template';
import type { CheckStore, WorkbookActions } from '../taskpane/checkState';
import { translate } from '../taskpane/i18n';

export interface Addin extends WorkbookActions {
  /** Listens to the template when the workbook has one, and checks it (document open). */
  start(): Promise<void>;
}

export function createAddin(host: ExcelHost, lang: Lang, store: CheckStore, onTemplate?: () => void): Addin {
  const engine = new LiveValidation(host, {
    lang,
    onReport: (report) => store.setState({ report }),
    onStatus: (status, error) => store.setState({ status, failure: status === 'failed' ? failureText(lang, error) : undefined }),
    onSelection: (selected) => store.setState({ selected }),
  });
  const addin: Addin = {
    start: async () => {
      await engine.start();
    },
    insertTemplate: async () => {
      await insertTemplate(host, lang);
      onTemplate?.();
      await engine.attach();
    },
    insertMappedTemplate: async (rows) => {
      const sheet = await insertMappedTemplate(host, lang, rows);
      onTemplate?.();
      await engine.attach();
      return sheet;
    },
    checkSheet: () => engine.checkAll(),
    applyFixes: (fixes) => engine.applyFixes(fixes),
    select: (row, column) => engine.select(row, column),
    deleteRow: (row, keep) => engine.deleteRow(row, keep),
  };
  store.actions = addin;
  return addin;
}

/** Why a check failed, as the pane says it: our own words when Excel refused the highlights. */
function failureText(lang: Lang, error: unknown): string {
  if (error instanceof HighlightsNotWritten) return translate(lang, 'status.highlightsNotWritten');
  return String((error as Error)?.message ?? error);
}
