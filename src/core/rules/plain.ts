// Person, free text, client code, labels, language, country, postal code and the must-be-empty column.
import { cellText, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import { countryCode, isBelgium } from '../countries';
import * as postalCode from '../identifiers/postalCode';
import { languageOf } from '../languages';
import { error, ok, warning, type FieldResult, type RuleContext } from './types';

export const PERSON = 'person';

export function personRule(cell: CellValue): FieldResult<KindReason<'person'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  return text.toLowerCase() === PERSON ? ok(PERSON) : error(text, 'invalid', PERSON);
}

export function textRule(cell: CellValue): FieldResult<never> {
  return ok(cellText(cell));
}

export function mustBeEmptyRule(cell: CellValue): FieldResult<KindReason<'mustBeEmpty'>> {
  // The column is ignored, so its value is dropped; the warning tells the user so.
  return cellText(cell) === '' ? ok('') : warning('', 'notEmpty', '');
}

export function labelsRule(cell: CellValue): FieldResult<KindReason<'labels'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const tidy = text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '')
    .join(',');
  return tidy === text ? ok(text) : error(text, 'format', tidy);
}

export function languageRule(cell: CellValue): FieldResult<KindReason<'language'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const language = languageOf(text);
  if (!language) return error(text, 'invalid');
  return text.toLowerCase() === language ? ok(language) : error(text, 'localized', language);
}

export function countryRule(cell: CellValue): FieldResult<KindReason<'country'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const code = countryCode(text);
  return code ? ok(code) : warning(text, 'unknown');
}

export function postalCodeRule(cell: CellValue, ctx: RuleContext): FieldResult<KindReason<'postalCode'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const country = cellText(ctx.cells.country);
  if (!isBelgium(country === '' ? '' : (countryCode(country) ?? country))) return ok(text);
  if (postalCode.isValid(text)) return ok(text);
  const compact = postalCode.compact(text);
  return postalCode.isValid(compact) ? error(text, 'invalid', compact) : error(text, 'invalid');
}
