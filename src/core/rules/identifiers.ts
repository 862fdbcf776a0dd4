// National register / BIS numbers and enterprise numbers as cells: Excel numbers lose leading zeros,
// pasted text carries punctuation.
import { cellText, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import * as enterprise from '../identifiers/enterpriseNumber';
import * as national from '../identifiers/nationalNumber';
import { error, ok, warning, type RuleResult, type RuleContext } from './types';

const DIGITS = /^\d+$/;

export function nationalNumberRule(cell: CellValue, ctx: RuleContext): RuleResult<KindReason<'nationalNumber'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  if (DIGITS.test(text)) {
    if (text.length === 10 && national.isValid(`0${text}`, ctx.today)) {
      return warning(`0${text}`, 'restoredZero', `0${text}`);
    }
    const reason = national.validate(text, ctx.today);
    return reason ? error(text, reason) : ok(text);
  }
  const digits = national.compact(text);
  if (!DIGITS.test(digits)) return error(text, 'format');
  const reason = national.validate(digits, ctx.today);
  return reason ? error(text, reason) : error(text, 'punctuation', digits);
}

export function enterpriseNumberRule(cell: CellValue): RuleResult<KindReason<'enterpriseNumber'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  if (DIGITS.test(text)) {
    if (text.length === 9 && enterprise.isValid(`0${text}`)) return warning(`0${text}`, 'restoredZero', `0${text}`);
    const reason = enterprise.validate(text);
    return reason ? error(text, reason) : ok(text);
  }
  const digits = enterprise.compact(text);
  if (!DIGITS.test(digits)) return error(text, 'format');
  const reason = enterprise.validate(digits);
  return reason ? error(text, reason) : error(text, 'punctuation', digits);
}
