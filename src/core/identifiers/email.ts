// E-mail addresses, checked with zod's validator (the same pattern the API schemas use).
// zod's core alone: the full package costs a tenth of a second to load, which every CLI run pays.
import { regexes } from 'zod/v4/core';

export type EmailReason = 'invalid' | 'multiple';

// The pattern z.email() checks with, used directly: the same verdict without a parse result per cell
// (a test checks both agree).
const EMAIL = regexes.email;
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
