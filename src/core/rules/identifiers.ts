// National register / BIS numbers and enterprise numbers as cells: Excel numbers lose leading zeros,
// pasted text carries punctuation.
import { cellText, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import * as enterprise from '../identifiers/enterpriseNumber';
import * as national from '../identifiers/nationalNumber';
import { error, ok, warning, type FieldResult, type RuleResult, type RuleContext } from './types';

const DIGITS = /^\d+$/;

type ZeroReason = 'restoredZero' | 'missingZero';

/**
 * Digits one short that pass the checks with a leading 0: only a number cell can have lost that 0 (restored,
 * with a warning). In a CSV nobody knows: an error whose fix offers the 0. A text cell keeps its zeros, so
 * there a digit is missing: the length error (null here).
 */
function lostZero(cell: CellValue, ctx: RuleContext): ((value: string, fix: string) => FieldResult<ZeroReason>) | null {
  if (typeof cell === 'number') return (_value, fix) => warning(fix, 'restoredZero', fix);
  if (ctx.untypedCells) return (value, fix) => error(value, 'missingZero', fix);
  return null;
}

export function nationalNumberRule(cell: CellValue, ctx: RuleContext): RuleResult<KindReason<'nationalNumber'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  if (DIGITS.test(text)) {
    if (text.length === 10 && national.isValid(`0${text}`, ctx.today)) {
      const missing = lostZero(cell, ctx);
      if (missing) return missing(text, `0${text}`);
    }
    const reason = national.validate(text, ctx.today);
    return reason ? error(text, reason) : ok(text);
  }
  const digits = national.compact(text);
  if (!DIGITS.test(digits)) return error(text, 'format');
  const reason = national.validate(digits, ctx.today);
  return reason ? error(text, reason) : error(text, 'punctuation', digits);
}

export function enterpriseNumberRule(cell: CellValue, ctx: RuleContext): RuleResult<KindReason<'enterpriseNumber'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  if (DIGITS.test(text)) {
    if (text.length === 9 && enterprise.isValid(`0${text}`)) {
      const missing = lostZero(cell, ctx);
      if (missing) return missing(text, `0${text}`);
    }
    const reason = enterprise.validate(text);
    return reason ? error(text, reason) : ok(text);
  }
  const digits = enterprise.compact(text);
  if (!DIGITS.test(digits)) return error(text, 'format');
  const reason = enterprise.validate(digits);
  return reason ? error(text, reason) : error(text, 'punctuation', digits);
}
