// Rules across rows (duplicate national numbers, partner on a separate row, duplicate client codes),
// kept as an index that can be updated one row at a time: the Excel add-in feeds it each changed row,
// and validateRows feeds it the whole sheet, so live and batch results agree.
import { compact as compactNationalNumber } from './identifiers/nationalNumber';
import type { Issue } from './issues';
import { message } from './messages';
import type { RowValues } from './template/columns';
import { lettersFor, type ValidateOptions } from './options';

interface Keys {
  registration: string;
  spouse: string;
  clientCode: string;
}

/** A cross-row finding, before it is rendered into an Issue. */
interface CrossFinding {
  code: 'registrationNumber.duplicate' | 'registrationNumber.partnerRow' | 'clientCode.duplicate';
  field: 'registrationNumber' | 'clientCode';
  params: Record<string, string>;
}

function keysOf(values: RowValues): Keys {
  return {
    registration: values.registrationNumber ? compactNationalNumber(values.registrationNumber) : '',
    spouse: values.spouseRegistrationNumber ? compactNationalNumber(values.spouseRegistrationNumber) : '',
    clientCode: values.clientCode ?? '',
  };
}

function sameKeys(a: Keys | undefined, b: Keys | null): boolean {
  if (!a || !b) return a === undefined && b === null;
  return a.registration === b.registration && a.spouse === b.spouse && a.clientCode === b.clientCode;
}

type Buckets = Map<string, Set<number>>;

function addTo(buckets: Buckets, key: string, row: number): void {
  if (key === '') return;
  const rows = buckets.get(key);
  if (rows) rows.add(row);
  else buckets.set(key, new Set([row]));
}

function removeFrom(buckets: Buckets, key: string, row: number): void {
  const rows = buckets.get(key);
  if (!rows) return;
  rows.delete(row);
  if (rows.size === 0) buckets.delete(key);
}

function othersIn(buckets: Buckets, key: string, row: number): number[] {
  if (key === '') return [];
  const rows = buckets.get(key);
  if (!rows || (rows.size === 1 && rows.has(row))) return [];
  return [...rows].filter((other) => other !== row).sort((a, b) => a - b);
}

export class CrossRowIndex {
  private readonly keys = new Map<number, Keys>();
  private readonly byRegistration: Buckets = new Map();
  private readonly bySpouse: Buckets = new Map();
  private readonly byClientCode: Buckets = new Map();

  /**
   * Records a row's values (null: the row was emptied or deleted). Returns the other rows whose
   * cross-row issues changed as a result, in ascending order, so the caller can refresh just those.
   */
  set(row: number, values: RowValues | null): number[] {
    const before = this.keys.get(row);
    const after = values ? keysOf(values) : null;
    if (sameKeys(before, after)) return [];
    const candidates = new Set<number>();
    for (const keys of [before, after]) {
      if (!keys) continue;
      for (const other of othersIn(this.byRegistration, keys.registration, row)) candidates.add(other);
      for (const other of othersIn(this.byRegistration, keys.spouse, row)) candidates.add(other);
      for (const other of othersIn(this.byClientCode, keys.clientCode, row)) candidates.add(other);
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

  /** Rows currently in the index. */
  get size(): number {
    return this.keys.size;
  }

  private put(row: number, keys: Keys | null): void {
    const old = this.keys.get(row);
    if (old) {
      removeFrom(this.byRegistration, old.registration, row);
      removeFrom(this.bySpouse, old.spouse, row);
      removeFrom(this.byClientCode, old.clientCode, row);
      this.keys.delete(row);
    }
    if (!keys) return;
    this.keys.set(row, keys);
    addTo(this.byRegistration, keys.registration, row);
    addTo(this.bySpouse, keys.spouse, row);
    addTo(this.byClientCode, keys.clientCode, row);
  }

  private findings(row: number): CrossFinding[] {
    const keys = this.keys.get(row);
    if (!keys) return [];
    const found: CrossFinding[] = [];
    const sameNumber = othersIn(this.byRegistration, keys.registration, row);
    if (sameNumber.length > 0) {
      found.push({ code: 'registrationNumber.duplicate', field: 'registrationNumber', params: { rows: sameNumber.join(', ') } });
    }
    const partnerOf = othersIn(this.bySpouse, keys.registration, row);
    if (partnerOf.length > 0) {
      found.push({ code: 'registrationNumber.partnerRow', field: 'registrationNumber', params: { row: partnerOf.join(', ') } });
    }
    const sameCode = othersIn(this.byClientCode, keys.clientCode, row);
    if (sameCode.length > 0) {
      found.push({ code: 'clientCode.duplicate', field: 'clientCode', params: { rows: sameCode.join(', ') } });
    }
    return found;
  }
}
