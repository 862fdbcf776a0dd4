// The Excel the pane meets in the Chromium suite: test/excel's double, bundled for the browser (see
// bundle.ts) and installed before any script of the page runs. The page then loads the REAL Office.js
// (office.js and its Excel file, from @microsoft/office-js): it finds the host bridge that Excel on Windows
// gives its add-ins (`window.external`: the host info, the add-in's context with the display language and
// the requirement sets), so Office.onReady, Office.context and Office.addin are Microsoft's own code.
// Excel.run is the double's: Office.js would send its batches over that bridge in Excel's wire format,
// which the double does not speak, so `run` is set read-only before Office.js defines its own.
// The test drives the user's side through `window.workbook`: typing and pasting, reading fills and sheets.
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
    /**
     * Excel on the web failing writes larger than `bytes` while an onChanged handler is registered
     * (Office.js #539); Infinity ends it.
     */
    failWritesOver: (bytes: number) => void (xl.failWritesOver = bytes),
    /** The template's filled cells, as [address, colour]. */
    fills: () => [...xl.fills(template())],
  };
}

const xl = new ExcelDouble();

/** Office's numbers for the host and its version, as Excel on Windows (16.01, the host file excel-win32-16.01.js). */
const EXCEL_APP_TYPE = 1;
const REQUIREMENTS = JSON.stringify({ ExcelApi: `1.${xl.api}` });
const locale = window.paneDisplayLanguage;
const addinContext = {
  GetAppType: () => EXCEL_APP_TYPE,
  GetSolutionRef: () => 'accounton-import',
  GetAppVersionMajor: () => 16,
  GetAppVersionMinor: () => 1,
  GetAppUILocale: () => locale,
  GetAppDataLocale: () => locale,
  GetDocUrl: () => '',
  GetAppCapabilities: () => 0,
  GetActivationMode: () => 0,
  GetControlIntegrationLevel: () => 0,
  GetSolutionToken: () => '',
  GetCorrelationId: () => 'paneFlow',
  GetInstanceId: () => 'paneFlow',
  GetSupportedMatrix: () => REQUIREMENTS,
  GetHostFullVersion: () => '16.0.17928.20000',
  // The add-in's document settings: none (the pane keeps its own in localStorage).
  GetSettings: () => ({ Read: () => undefined, Write: () => undefined }),
};
Object.assign(window, {
  external: {
    GetHostInfo: () => `Excel$Win32$16.01$${locale}$$$$0`,
    GetContext: () => addinContext,
    // Office.addin's calls (show the pane, load at start-up, visibility events) reach the host here; there is
    // no host window to show or reopen in a browser tab, so they stay unanswered.
    Execute: () => undefined,
    RegisterEvent: () => undefined,
    UnregisterEvent: () => undefined,
  },
});

const excel = {};
Object.defineProperty(excel, 'run', { value: xl.host.run, writable: false, enumerable: true });
window.Excel = excel as typeof Excel;
window.workbook = userSide(xl);
