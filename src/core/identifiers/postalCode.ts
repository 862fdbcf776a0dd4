// Belgian postal codes: 4 digits, 1000–9999.
export type PostalCodeReason = 'invalid';

const BELGIAN = /^[1-9]\d{3}$/;

/** The code without spaces or a `B-` / `BE-` prefix. */
export function compact(value: string): string {
  return value.replace(/\s/g, '').replace(/^BE?-?(?=\d)/i, '');
}

export function validate(value: string): PostalCodeReason | null {
  return BELGIAN.test(value) ? null : 'invalid';
}

export function isValid(value: string): boolean {
  return validate(value) === null;
}

export function format(value: string): string {
  return compact(value);
}
