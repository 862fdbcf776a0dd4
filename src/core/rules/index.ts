import type { ColumnKind } from '../template/columns';
import type { KindReason } from '../codes';
import { emailRule, mobileRule } from './contact';
import { dateRule } from './date';
import { enterpriseNumberRule, nationalNumberRule } from './identifiers';
import {
  clientIdRule,
  countryRule,
  labelsRule,
  languageRule,
  mustBeEmptyRule,
  personRule,
  postalCodeRule,
  textRule,
} from './plain';
import type { Rule } from './types';

/** The rule of each kind of column; typed so a rule can only report its kind's reasons. */
export const RULES: { readonly [K in ColumnKind]: Rule<KindReason<K>> } = {
  person: personRule,
  text: textRule,
  email: emailRule,
  mobile: mobileRule,
  nationalNumber: nationalNumberRule,
  postalCode: postalCodeRule,
  country: countryRule,
  mustBeEmpty: mustBeEmptyRule,
  labels: labelsRule,
  language: languageRule,
  clientCode: textRule,
  enterpriseNumber: enterpriseNumberRule,
  date: dateRule,
  clientId: clientIdRule,
};
