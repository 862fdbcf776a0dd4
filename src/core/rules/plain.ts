// Person, free text, client code, labels, language, country, postal code, the must-be-empty column and the Accounton id.
import { cellText, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import { countryCode, isBelgium } from '../countries';
import * as postalCode from '../identifiers/postalCode';
import { LANGUAGES, languageOf } from '../languages';
import { error, ok, warning, type RuleResult, type RuleContext } from './types';

export const PERSON = 'person';

export function personRule(cell: CellValue): RuleResult<KindReason<'person'>> {
  const text = cellText(cell);
  if (text === '' || text === PERSON) return ok(text);
  return text.toLowerCase() === PERSON ? ok(PERSON) : error(text, 'invalid', PERSON);
}

export function textRule(cell: CellValue): RuleResult<never> {
  return ok(cellText(cell));
}

export function mustBeEmptyRule(cell: CellValue): RuleResult<KindReason<'mustBeEmpty'>> {
  // The column is ignored, so its value is dropped; the warning tells the user so.
  return cellText(cell) === '' ? ok('') : warning('', 'notEmpty', '');
}

// A comma at either end, beside a space, or beside another comma.
const UNTIDY_LABELS = /^,|,$|\s,|,\s|,,/;

export function labelsRule(cell: CellValue): RuleResult<KindReason<'labels'>> {
  const text = cellText(cell);
  if (!UNTIDY_LABELS.test(text)) return ok(text);
  const tidy = text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '')
    .join(',');
  return tidy === text ? ok(text) : error(text, 'format', tidy);
}

const LANGUAGE_WORDS = new Set<string>(LANGUAGES);

export function languageRule(cell: CellValue): RuleResult<KindReason<'language'>> {
  const text = cellText(cell);
  if (text === '' || LANGUAGE_WORDS.has(text)) return ok(text);
  const language = languageOf(text);
  if (!language) return error(text, 'invalid');
  return text.toLowerCase() === language ? ok(language) : error(text, 'localized', language);
}

export function countryRule(cell: CellValue): RuleResult<KindReason<'country'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const code = countryCode(text);
  return code ? ok(code) : warning(text, 'unknown');
}

export function postalCodeRule(cell: CellValue, ctx: RuleContext): RuleResult<KindReason<'postalCode'>> {
  const text = cellText(cell);
  // A Belgian-shaped code is fine whatever the country; only other shapes need the country looked up.
  if (text === '' || postalCode.isValid(text)) return ok(text);
  const country = cellText(ctx.cells.country);
  if (!isBelgium(country === '' ? '' : (countryCode(country) ?? country))) return ok(text);
  const compact = postalCode.compact(text);
  return postalCode.isValid(compact) ? error(text, 'invalid', compact) : error(text, 'invalid');
}

// The shape of an id as the API hands them out (the contract's Id): anything else was typed over, not exported.
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function clientIdRule(cell: CellValue): RuleResult<KindReason<'clientId'>> {
  const text = cellText(cell);
  return text === '' || CLIENT_ID.test(text) ? ok(text) : error(text, 'invalid');
}
