// The bulk file of MyMinfin's Mandates application (Gegroepeerde acties > Gegroepeerd aanmaken), built
// from the same validated rows as the import. As the FOD Financiën publishes it: a .txt or .csv file,
// fields separated by ';', no header line, one line per mandate, the fields in this order:
//   1 the other party's identification number (national register number), required
//   2 the other party's e-mail, optional
//   3 capacity (e-health mandates only: always empty here)
//   4 language, only when it differs from the firm's own (codes unpublished: empty unless configured)
//   5 reference, optional free text, at most 255 characters
//   6 start date yyyymmdd, only when later than the day the file is loaded
//   7 end date yyyymmdd, optional
import type { Language } from '../languages';
import type { RowResult } from '../validate';

export const MAX_REFERENCE = 255;

export interface MandateOptions {
  /** What field 5 holds: the client code, the client's name, or nothing. */
  reference?: 'clientCode' | 'name' | 'none';
  /** Field 6, yyyymmdd; must not be before `today`. Today's date is left out (the file's own day). */
  start?: string;
  /** Field 7, yyyymmdd; must not be before the start. */
  end?: string;
  /** One line for the partner (column O) too; true by default. */
  partners?: boolean;
  /** The codes of field 4, once the firm knows them, and the firm's own language (no code for it). */
  languageCodes?: Partial<Record<Language, string>>;
  firmLanguage?: Language;
  today: Date;
}

/** Why a row gave no line, or what was changed on its line; the surfaces render these in their words. */
export type MandateNote =
  | { row: number; kind: 'invalid' }
  | { row: number; kind: 'noNationalNumber' }
  | { row: number; kind: 'repeated'; first: number }
  | { row: number; kind: 'referenceCut' }
  | { row: number; kind: 'referenceCleaned' };

export interface MandateFile {
  /** The file's text: CRLF line ends, to be written as UTF-8 without BOM. */
  text: string;
  lines: number;
  notes: MandateNote[];
}

/** A refused option: the surfaces say it in the user's language. */
export class MandateOptionError extends Error {
  constructor(readonly kind: 'badDate' | 'startInPast' | 'endBeforeStart', readonly option: 'start' | 'end') {
    super(`${option}: ${kind}`);
  }
}

const YYYYMMDD = /^(\d{4})(\d{2})(\d{2})$/;

function dayOf(value: string, option: 'start' | 'end'): string {
  const m = YYYYMMDD.exec(value);
  const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new MandateOptionError('badDate', option);
  }
  return value;
}

function yyyymmdd(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}

function referenceOf(values: RowResult['values'], kind: MandateOptions['reference']): string {
  if (kind === 'clientCode') return values.clientCode ?? '';
  if (kind === 'name') return [values.firstName, values.lastName].filter(Boolean).join(' ');
  return '';
}

/** The file has no quoting: a ';' or a line break in a reference would shift the fields. */
function safeReference(text: string): { text: string; cleaned: boolean; cut: boolean } {
  const plain = text.replace(/[;\r\n]+/g, ' ').trim();
  const chars = [...plain];
  const cut = chars.length > MAX_REFERENCE;
  return { text: cut ? chars.slice(0, MAX_REFERENCE).join('') : plain, cleaned: plain !== text.trim(), cut };
}

export function buildMandates(results: readonly RowResult[], opts: MandateOptions): MandateFile {
  const today = yyyymmdd(opts.today);
  const start = opts.start === undefined ? '' : dayOf(opts.start, 'start');
  if (start !== '' && start < today) throw new MandateOptionError('startInPast', 'start');
  const end = opts.end === undefined ? '' : dayOf(opts.end, 'end');
  if (end !== '' && end < (start || today)) throw new MandateOptionError('endBeforeStart', 'end');
  const startField = start === today ? '' : start;

  const notes: MandateNote[] = [];
  const lines: string[] = [];
  const firstRow = new Map<string, number>();
  const add = (row: number, id: string, email: string, language: Language | undefined, reference: string) => {
    const first = firstRow.get(id);
    if (first !== undefined) {
      notes.push({ row, kind: 'repeated', first });
      return;
    }
    firstRow.set(id, row);
    const code = language && language !== opts.firmLanguage ? (opts.languageCodes?.[language] ?? '') : '';
    lines.push([id, email, '', code, reference, startField, end].join(';'));
  };

  for (const result of [...results].sort((a, b) => a.row - b.row)) {
    if (!result.valid) {
      notes.push({ row: result.row, kind: 'invalid' });
      continue;
    }
    const v = result.values;
    const ref = safeReference(referenceOf(v, opts.reference ?? 'none'));
    if (ref.cleaned) notes.push({ row: result.row, kind: 'referenceCleaned' });
    if (ref.cut) notes.push({ row: result.row, kind: 'referenceCut' });
    const language = v.language as Language | undefined;
    if (v.registrationNumber) add(result.row, v.registrationNumber, v.email ?? '', language, ref.text);
    else notes.push({ row: result.row, kind: 'noNationalNumber' });
    // The partner's e-mail is not in the template: their line has the number and the couple's reference.
    if (v.spouseRegistrationNumber && opts.partners !== false) add(result.row, v.spouseRegistrationNumber, '', language, ref.text);
  }
  return { text: lines.map((l) => `${l}\r\n`).join(''), lines: lines.length, notes };
}
