// Matching an import row to the firm's existing clients (the rules are documented in MATCHING_RULES):
// a row carrying an Accounton id (an exported row) is that client, or no client of the firm at all;
// otherwise 1. national register number, 2. else client code, 3. else e-mail with last name, case-insensitive.
// The first rule that finds a client decides; more than one client under that rule is ambiguous.
import type { RowValues } from '../core/template/columns';
import type { MatchRule } from '../api/contract/schemas';

export interface MatchKeys {
  id: string;
  registrationNumber: string | null;
  clientCode: string | null;
  emailNameKey: string | null;
}

export type Match =
  | { kind: 'none' }
  | { kind: 'one'; clientId: string; rule: MatchRule }
  | { kind: 'several'; clientIds: string[]; rule: MatchRule }
  /** The row's Accounton id is not a client of the firm (another firm's, or deleted). */
  | { kind: 'unknownId' };

/** The key of rule 3: e-mail and last name, trimmed and case-folded; null when either is blank. */
export function emailNameKey(email: string | null | undefined, lastName: string | null | undefined): string | null {
  const e = email?.trim().normalize('NFC').toLowerCase();
  const n = lastName?.trim().normalize('NFC').toLowerCase();
  return e && n ? `${e}\n${n}` : null;
}

/** The match keys of import rows: what to look the firm's clients up by. */
export function rowKeys(rows: RowValues[]): { ids: string[]; registrationNumbers: string[]; clientCodes: string[]; emailNameKeys: string[] } {
  const out = { ids: [] as string[], registrationNumbers: [] as string[], clientCodes: [] as string[], emailNameKeys: [] as string[] };
  for (const v of rows) {
    if (v.accountonId) out.ids.push(v.accountonId);
    if (v.registrationNumber) out.registrationNumbers.push(v.registrationNumber);
    if (v.clientCode) out.clientCodes.push(v.clientCode);
    const key = emailNameKey(v.email, v.lastName);
    if (key) out.emailNameKeys.push(key);
  }
  return out;
}

// One id per key in the common case; an array only when several clients share a key.
type Index = Map<string, string | string[]>;

function add(map: Index, key: string | null, id: string) {
  if (!key) return;
  const found = map.get(key);
  if (found === undefined) map.set(key, id);
  else if (typeof found === 'string') map.set(key, [found, id]);
  else found.push(id);
}

export class ClientMatcher {
  private readonly ids = new Set<string>();
  private readonly byNumber: Index = new Map();
  private readonly byCode: Index = new Map();
  private readonly byEmailName: Index = new Map();

  constructor(clients: Iterable<MatchKeys>) {
    for (const c of clients) {
      this.ids.add(c.id);
      add(this.byNumber, c.registrationNumber, c.id);
      add(this.byCode, c.clientCode, c.id);
      add(this.byEmailName, c.emailNameKey, c.id);
    }
  }

  /**
   * Whether the row's national register number is another client's than `clientId`: a row matched by its
   * Accounton id that would give one client another's number (which the database holds once per firm).
   */
  numberOfAnother(values: RowValues, clientId: string): boolean {
    const found = values.registrationNumber ? this.byNumber.get(values.registrationNumber) : undefined;
    if (found === undefined) return false;
    return typeof found === 'string' ? found !== clientId : found.some((id) => id !== clientId);
  }

  match(values: RowValues): Match {
    // The id decides alone: an edited national number, e-mail or last name still updates the exported client.
    if (values.accountonId) {
      return this.ids.has(values.accountonId) ? { kind: 'one', clientId: values.accountonId, rule: 'accountonId' } : { kind: 'unknownId' };
    }
    const rules: [MatchRule, Index, string | null][] = [
      ['registrationNumber', this.byNumber, values.registrationNumber || null],
      ['clientCode', this.byCode, values.clientCode || null],
      ['emailAndLastName', this.byEmailName, emailNameKey(values.email, values.lastName)],
    ];
    for (const [rule, index, key] of rules) {
      const found = key ? index.get(key) : undefined;
      if (found === undefined) continue;
      return typeof found === 'string' ? { kind: 'one', clientId: found, rule } : { kind: 'several', clientIds: [...found], rule };
    }
    return { kind: 'none' };
  }
}
