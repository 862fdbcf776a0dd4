// E-mail addresses, with the pattern zod's z.email() checks (the API schemas use it), so the core and the
// contract agree. It is zod's own, copied: loading even zod's core for it cost 30 ms of every CLI check
// (its locales come along); a test holds the copy equal to zod's and the verdicts to z.email()'s.

export type EmailReason = 'invalid' | 'multiple';

// zod's `regexes.email`, character for character (its escapes included).
// eslint-disable-next-line no-useless-escape
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// Separators people use to put several addresses in one cell.
const LIST_SEPARATOR = /[;,\s]+/;

/** The address without surrounding whitespace or a `mailto:` prefix (pasted links carry one). */
export function compact(value: string): string {
  const text = value.trim();
  return /^mailto:/i.test(text) ? text.slice(7).trim() : text;
}

/** null when `value` is exactly one valid address, else why not. */
export function validate(value: string): EmailReason | null {
  if (EMAIL.test(value)) return null;
  const parts = value.split(LIST_SEPARATOR).filter(Boolean);
  if (parts.length > 1 && parts.filter((part) => part.includes('@')).length > 1) return 'multiple';
  return 'invalid';
}

export function isValid(value: string): boolean {
  return validate(value) === null;
}

export function format(value: string): string {
  return compact(value);
}
