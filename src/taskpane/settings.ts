// The pane's connection settings, kept in this browser's localStorage for the add-in's origin. Never in the
// workbook (not Office.context.document.settings): the API key must not travel with a shared file.
export interface Settings {
  /** Where the import API is; by default the origin that serves the pane. */
  baseUrl: string;
  apiKey: string;
  /** The workflow chosen in Settings; null = the current personal income tax workflow. */
  workflowId: string | null;
}

const PREFIX = 'accounton-addin.';
const FIELDS = ['baseUrl', 'apiKey', 'workflowId'] as const;

/** Storage the pane may use; null when the host disables it (the pane then forgets on reload). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

function read(storage: SettingsStorage, name: string): string | null {
  try {
    return storage?.getItem(PREFIX + name) ?? null;
  } catch {
    return null;
  }
}

export function loadSettings(storage: SettingsStorage, origin: string): Settings {
  return {
    baseUrl: read(storage, 'baseUrl') || origin,
    apiKey: read(storage, 'apiKey') ?? '',
    workflowId: read(storage, 'workflowId') || null,
  };
}

export function saveSettings(storage: SettingsStorage, settings: Settings): void {
  for (const name of FIELDS) {
    const value = settings[name];
    try {
      if (value === null || value === '') storage?.removeItem(PREFIX + name);
      else storage?.setItem(PREFIX + name, value);
    } catch {
      // Storage refused (policy, quota): the settings still hold for this session.
    }
  }
}

/** The browser's localStorage when it can be used. */
export function browserStorage(): SettingsStorage {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
