// The Excel the pane meets in the Chromium suite: test/excel's double, bundled for the browser (see
// bundle.ts) and installed before the pane's bundle runs, as `window.Excel` (Excel.run) and the parts of
// `Office` the add-in reads (onReady as in Excel, the display language, the requirement sets). Why Office
// is stood in for here and not loaded from @microsoft/office-js: see NOTES-panesuite2.md. The test drives
// the user's side through `window.workbook`: typing and pasting, and reading back fills and sheets.
import { ExcelDouble, type Value } from '../../excel/double';

declare global {
  interface Window {
    /** Set by the test before this script: Office's display language, e.g. 'fr-BE'. */
    paneDisplayLanguage: string;
    workbook: ReturnType<typeof userSide>;
  }
}

const TEMPLATE = 'Accounton clients';

function userSide(xl: ExcelDouble) {
  const template = () => xl.sheet(TEMPLATE);
  return {
    /** Types one value into one cell, as the user would (one change event, with details). */
    type: (address: string, value: Value) => xl.userSet(template(), address, [[value]]),
    /** Pastes a block of rows with its top-left cell at `address` (one change event, no details). */
    paste: (address: string, rows: Value[][]) => xl.userSet(template(), address, rows),
    /** Resolves when every change event, and what its handling wrote, is done. */
    settle: () => xl.settle(),
    sheetNames: () => xl.sheets.map((s) => s.name),
    activeSheet: () => xl.active.name,
    selection: () => xl.selection,
    value: (sheet: string, address: string) => xl.valueAt(xl.sheet(sheet), address),
    /** The template's filled cells, as [address, colour]. */
    fills: () => [...xl.fills(template())],
  };
}

const xl = new ExcelDouble();

window.Excel = { run: xl.host.run } as unknown as typeof Excel;
window.Office = {
  HostType: { Excel: 'Excel' },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info));
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: window.paneDisplayLanguage,
    requirements: { isSetSupported: (_set: string, version: string) => xl.host.supports(version) },
  },
  actions: { associate() {} },
} as unknown as typeof Office;
window.workbook = userSide(xl);
