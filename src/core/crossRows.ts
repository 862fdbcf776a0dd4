// Rules across rows (duplicate national numbers, partner on a separate row, duplicate client codes),
// kept as an index that can be updated one row at a time: the Excel add-in feeds it each changed row,
// and validateRows feeds it the whole sheet, so live and batch results agree.
import { cellText, type CellValue } from './cells';
import { compact as compactNationalNumber } from './identifiers/nationalNumber';
import type { Issue } from './issues';
import { KeyTable } from './keyTable';
import { message } from './messages';
import { rowList } from './rowList';
import { lettersFor, type ValidateOptions } from './options';
import type { RowValues } from './template/columns';

interface Keys {
  registration: string;
  spouse: string;
  clientCode: string;
  accountonId: string;
  /** The row's own enterprise number (R), and whether it names the partner's (S): a partner's row may carry one. */
  enterprise: string;
  spouseEnterprise: boolean;
}

/** A cross-row finding, before it is rendered into an Issue. */
interface CrossFinding {
  code: 'registrationNumber.duplicate' | 'registrationNumber.partnerRow' | 'clientCode.duplicate' | 'accountonId.duplicate';
  field: 'registrationNumber' | 'clientCode' | 'accountonId';
  params: Record<string, string>;
}

const DIGITS = /^\d+$/;

/** Numbers compare by their digits, so `85.07.30-033.28` on one row matches `85073003328` on another. */
function numberKey(value: string | undefined): string {
  if (!value) return '';
  return DIGITS.test(value) ? value : compactNationalNumber(value);
}

/**
 * Whether a declaration's column O names the partner's own national number (by digits): the joint-declaration
 * fix checks it before deleting the partner's row, so the couple's partner number is never lost.
 */
export function namesAsPartner(declarationSpouse: CellValue, partnerRegistration: CellValue): boolean {
  const partner = numberKey(cellText(partnerRegistration).trim());
  return partner !== '' && numberKey(cellText(declarationSpouse).trim()) === partner;
}

function keysOf(values: RowValues): Keys {
  return {
    registration: numberKey(values.registrationNumber),
    spouse: numberKey(values.spouseRegistrationNumber),
    clientCode: values.clientCode ?? '',
    accountonId: values.accountonId ?? '',
    enterprise: values.enterpriseNumber ?? '',
    spouseEnterprise: !!values.spouseEnterpriseNumber,
  };
}

function sameKeys(a: Keys | undefined, b: Keys | null): boolean {
  if (!a || !b) return a === undefined && b === null;
  return a.registration === b.registration && a.spouse === b.spouse && a.clientCode === b.clientCode &&
    a.accountonId === b.accountonId &&
    a.enterprise === b.enterprise && a.spouseEnterprise === b.spouseEnterprise;
}

// Messages name at most this many other rows, then "…": a column pasted full of one value must not make
// every row list thousands, nor make each new row change the message of every other row.
const LISTED = 5;
const HEAD = LISTED + 1;

/** The rows sharing one key. `head` caches the HEAD smallest rows, ascending. */
class Group {
  readonly rows = new Set<number>();
  private smallest: number[] | null = [];

  add(row: number): void {
    if (this.rows.has(row)) return;
    this.rows.add(row);
    const head = this.smallest;
    if (!head || (head.length === HEAD && row > head[HEAD - 1])) return;
    let at = head.length;
    while (at > 0 && head[at - 1] > row) at--;
    head.splice(at, 0, row);
    if (head.length > HEAD) head.pop();
  }

  delete(row: number): void {
    if (this.rows.delete(row) && this.smallest?.includes(row)) this.smallest = null;
  }

  head(): readonly number[] {
    if (!this.smallest) {
      const head: number[] = [];
      for (const row of this.rows) {
        if (head.length === HEAD && row > head[HEAD - 1]) continue;
        let at = head.length;
        while (at > 0 && head[at - 1] > row) at--;
        head.splice(at, 0, row);
        if (head.length > HEAD) head.pop();
      }
      this.smallest = head;
    }
    return this.smallest;
  }

  /** The other rows as a message lists them: "3, 7" or "3, 7, 9, 12, 15, …". */
  othersThan(row: number): string {
    const others = this.head().filter((other) => other !== row).slice(0, LISTED);
    return rowList(others, this.rows.size - (this.rows.has(row) ? 1 : 0));
  }
}

/** Rows by key. Almost every key belongs to one row, stored as a bare number to spare memory and time. */
class Buckets {
  private readonly groups = new KeyTable<number | Group>();

  /** Adds `row` under `key`; `shared` hears each row that now shares its key (members of a group already did). */
  add(key: string, row: number, shared: (row: number) => void): void {
    if (key === '') return;
    const found = this.groups.getOrAdd(key, row);
    if (found === undefined) return;
    if (typeof found === 'number') {
      if (found === row) return;
      const group = new Group();
      group.add(found);
      group.add(row);
      this.groups.set(key, group);
      shared(found);
      shared(row);
    } else {
      found.add(row);
      shared(row);
    }
  }

  has(key: string): boolean {
    return key !== '' && this.groups.get(key) !== undefined;
  }

  forEach(key: string, visit: (row: number) => void): void {
    const found = key === '' ? undefined : this.groups.get(key);
    if (found === undefined) return;
    if (typeof found === 'number') visit(found);
    else found.rows.forEach(visit);
  }

  delete(key: string, row: number): void {
    const found = this.groups.get(key);
    if (found === undefined) return;
    if (typeof found === 'number') {
      if (found === row) this.groups.delete(key);
      return;
    }
    found.delete(row);
    if (found.rows.size === 1) this.groups.set(key, found.rows.values().next().value as number);
  }

  /** The other rows holding `key`, as a message lists them; '' when there are none. */
  others(key: string, row: number): string {
    const found = key === '' ? undefined : this.groups.get(key);
    if (found === undefined || found === row) return '';
    return typeof found === 'number' ? String(found) : found.othersThan(row);
  }

  /** Every row holding `key`, except `row`. */
  members(key: string, row: number, into: Set<number>): void {
    const found = key === '' ? undefined : this.groups.get(key);
    if (found === undefined) return;
    if (typeof found === 'number') {
      if (found !== row) into.add(found);
    } else {
      for (const other of found.rows) if (other !== row) into.add(other);
    }
  }

  /**
   * Rows whose view of `key` may change when `row` joins or leaves it: every member of a small group,
   * or of a big group whose listed head changes; otherwise none (their messages stay the same).
   */
  affected(key: string, row: number, into: Set<number>): void {
    const found = key === '' ? undefined : this.groups.get(key);
    if (found === undefined) return;
    if (typeof found === 'number' || found.rows.size <= HEAD + 1 || row <= found.head()[HEAD - 1]) {
      this.members(key, row, into);
    }
  }
}

function noop(): void {}

export class CrossRowIndex {
  // Indexed by row number: rows are small dense integers, and an array slot costs far less than a Map entry.
  private readonly keys: (Keys | undefined)[] = [];
  private count = 0;
  private readonly byRegistration = new Buckets();
  private readonly bySpouse = new Buckets();
  private readonly byClientCode = new Buckets();
  private readonly byAccountonId = new Buckets();
  // Rows that may have a cross-row finding (a shared key, or a partner elsewhere). Most rows have none, and
  // this lets them skip every lookup. Entries may be stale (then findings() finds nothing and drops them).
  private readonly involved = new Set<number>();
  private readonly involve = (row: number): void => {
    this.involved.add(row);
  };

  /**
   * Records a row's values (null: the row was emptied or deleted). Returns the other rows whose
   * cross-row issues changed as a result, ascending, so the caller refreshes just those.
   */
  set(row: number, values: RowValues | null): number[] {
    const before = this.keys[row];
    const after = values ? keysOf(values) : null;
    if (sameKeys(before, after)) return [];
    const candidates = new Set<number>();
    for (const keys of [before, after]) {
      if (!keys) continue;
      this.byRegistration.affected(keys.registration, row, candidates);
      this.byRegistration.members(keys.spouse, row, candidates);
      this.byClientCode.affected(keys.clientCode, row, candidates);
      this.byAccountonId.affected(keys.accountonId, row, candidates);
    }
    const signatures = new Map<number, string>();
    for (const other of candidates) signatures.set(other, JSON.stringify(this.findings(other)));
    this.put(row, after);
    const changed: number[] = [];
    for (const [other, signature] of signatures) {
      if (JSON.stringify(this.findings(other)) !== signature) changed.push(other);
    }
    return changed.sort((a, b) => a - b);
  }

  /** Records a row without working out which others changed: for filling the index in one go. */
  load(row: number, values: RowValues): void {
    this.put(row, keysOf(values));
  }

  /** The cross-row issues of a row, rendered in `opts.lang` with the sheet's column letters. */
  issuesFor(row: number, opts: ValidateOptions = {}): Issue[] {
    const findings = this.findings(row);
    if (findings.length === 0) return [];
    const letters = lettersFor(opts.columns);
    const lang = opts.lang ?? 'en';
    return findings.map((finding) => ({
      row,
      column: letters[finding.field],
      field: finding.field,
      severity: finding.code === 'registrationNumber.partnerRow' ? 'warning' : 'error',
      code: finding.code,
      message: message(finding.code, lang, finding.params),
      params: finding.params,
    }));
  }

  /** The rows that may have cross-row issues (a superset: issuesFor tells), ascending. */
  involvedRows(): number[] {
    return [...this.involved].sort((a, b) => a - b);
  }

  /** Rows currently in the index. */
  get size(): number {
    return this.count;
  }

  private put(row: number, keys: Keys | null): void {
    const old = this.keys[row];
    if (old) {
      this.byRegistration.delete(old.registration, row);
      this.bySpouse.delete(old.spouse, row);
      this.byClientCode.delete(old.clientCode, row);
      this.byAccountonId.delete(old.accountonId, row);
      this.keys[row] = undefined;
      this.count--;
    }
    if (!keys) return;
    this.keys[row] = keys;
    this.count++;
    this.byRegistration.add(keys.registration, row, this.involve);
    this.byClientCode.add(keys.clientCode, row, this.involve);
    this.byAccountonId.add(keys.accountonId, row, this.involve);
    if (keys.spouse !== '') {
      this.bySpouse.add(keys.spouse, row, noop);
      this.byRegistration.forEach(keys.spouse, this.involve);
    }
    if (this.bySpouse.has(keys.registration)) this.involved.add(row);
  }

  /**
   * The partner-row finding of a row whose person is another row's partner (column O), or null. A couple
   * entered twice (each row naming the other) warns only the later row: the earlier one is the declaration,
   * so deleting the warned row never loses the couple. `enterpriseNumber` is the partner's own enterprise
   * number when the declaration lacks it in column S, for the fix to copy it there before deleting.
   */
  private partnerFinding(row: number, keys: Keys): Record<string, string> | null {
    const listed = this.bySpouse.others(keys.registration, row);
    if (!listed) return null;
    const partners = new Set<number>();
    this.bySpouse.members(keys.registration, row, partners);
    if (partners.size !== 1) return { row: listed };
    const [declaration] = partners;
    const other = this.keys[declaration]!;
    if (declaration > row && other.registration !== '' && other.registration === keys.spouse) return null;
    return keys.enterprise !== '' && !other.spouseEnterprise
      ? { row: listed, enterpriseNumber: keys.enterprise }
      : { row: listed };
  }

  private findings(row: number): CrossFinding[] {
    if (!this.involved.has(row)) return [];
    const keys = this.keys[row];
    if (!keys) return [];
    const sameNumber = this.byRegistration.others(keys.registration, row);
    const partnerOf = this.partnerFinding(row, keys);
    const sameCode = this.byClientCode.others(keys.clientCode, row);
    const sameId = this.byAccountonId.others(keys.accountonId, row);
    if (!sameNumber && !partnerOf && !sameCode && !sameId) {
      this.involved.delete(row);
      return [];
    }
    const found: CrossFinding[] = [];
    if (sameNumber) found.push({ code: 'registrationNumber.duplicate', field: 'registrationNumber', params: { rows: sameNumber } });
    if (partnerOf) found.push({ code: 'registrationNumber.partnerRow', field: 'registrationNumber', params: partnerOf });
    if (sameCode) found.push({ code: 'clientCode.duplicate', field: 'clientCode', params: { rows: sameCode } });
    if (sameId) found.push({ code: 'accountonId.duplicate', field: 'accountonId', params: { rows: sameId } });
    return found;
  }
}
