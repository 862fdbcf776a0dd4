// The two things the adapter needs from Office: Excel.run and the requirement-set check.
// In the add-in they are Excel.run and Office.context.requirements; tests pass the sheet double.

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when the host supports ExcelApi `version` (e.g. '1.14'). */
  supports(version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** The template table's name, shared by every part of the adapter (its sheet's name is the spec's TEMPLATE_SHEET). */
export const TEMPLATE_TABLE = 'AccountonClients';

/** Cell fills: Excel's own "Bad" and "Neutral" colours, which users already read as error and warning. */
export const ERROR_FILL = '#FFC7CE';
export const WARNING_FILL = '#FFEB9C';
/** The marker beside the row number of an invalid row: a thick red left edge on the row's first cell. */
export const MARKER_COLOR = '#C00000';
