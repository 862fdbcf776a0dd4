import type { Lang } from './lang';
import { COLUMNS, type FieldKey } from './template/columns';

export interface ValidateOptions {
  /** Message language; English by default. */
  lang?: Lang;
  /** For the national number's century and past deadlines; now by default. */
  today?: Date;
  /** The sheet letter of each field, when the sheet's columns are not in template order. */
  columns?: Partial<Record<FieldKey, string>>;
  /**
   * The cells carry no type (CSV): digits are text whether or not Excel ever saw them as a number, so a
   * missing leading 0 is an error to confirm, not a zero to restore. Sheets (false) tell numbers from text.
   */
  untypedCells?: boolean;
}

const TEMPLATE_LETTERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.letter])) as Record<FieldKey, string>;

/** Every field's sheet letter: the sheet's own where given, else the template's. */
export function lettersFor(columns: Partial<Record<FieldKey, string>> | undefined): Record<FieldKey, string> {
  if (!columns) return TEMPLATE_LETTERS;
  const letters = { ...TEMPLATE_LETTERS };
  for (const [field, letter] of Object.entries(columns)) if (letter) letters[field as FieldKey] = letter;
  return letters;
}
