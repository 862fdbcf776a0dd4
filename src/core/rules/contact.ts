// E-mail and mobile cells.
import { cellText, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import * as email from '../identifiers/email';
import * as mobile from '../identifiers/mobile';
import { error, ok, warning, type RuleResult } from './types';

export function emailRule(cell: CellValue): RuleResult<KindReason<'email'>> {
  const text = email.compact(cellText(cell));
  if (text === '') return ok('');
  const reason = email.validate(text);
  return reason ? error(text, reason) : ok(text);
}

export function mobileRule(cell: CellValue): RuleResult<KindReason<'mobile'>> {
  if (typeof cell === 'number') return numericMobile(cell);
  const text = cellText(cell);
  if (text === '') return ok('');
  const reason = mobile.validate(text);
  if (reason === null) return ok(text);
  if (reason !== 'format') return error(text, reason);
  const read = mobile.read(text);
  if (!read) return error(text, 'invalid');
  return read.kind === 'mobile' ? error(text, 'format', read.e164) : error(text, 'notMobile');
}

// Excel drops the `+` (and the leading 0) of a phone typed into a number cell: 32470123456 or 470123456.
function numericMobile(cell: number): RuleResult<KindReason<'mobile'>> {
  const digits = cellText(cell);
  if (digits === '') return ok('');
  if (/^\d+$/.test(digits)) {
    const international = mobile.classify(`+${digits}`);
    if (international === 'mobile') return warning(`+${digits}`, 'restoredPlus', `+${digits}`);
    const national = mobile.read(`0${digits}`);
    if (national?.kind === 'mobile') return warning(national.e164, 'restoredPlus', national.e164);
    if (national || international === 'notMobile') return error(digits, 'notMobile');
  }
  return error(digits, 'invalid');
}
