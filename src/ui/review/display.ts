// Values as a person reads them, in the review's language: the stored codes (english, NL, 2027-06-30,
// bureau,gestionnaire) become English / Pays-Bas / 30 juin 2027 / bureau, gestionnaire. Which rule a value
// follows comes from its column's kind in the spec.
import type { Lang } from '../../core/lang';
import { columnOf, type FieldKey } from '../../core/template/columns';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../api/contract/languages';
import type { Translate } from './i18n';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const REGION = /^[A-Z]{2}$/;

// Belgian conventions in each language (30/06/2027-style orders, month names).
const LOCALE: Record<Lang, string> = { en: 'en-BE', fr: 'fr-BE', nl: 'nl-BE' };

/** A day in the language's long form ("30 June 2027"); the text as given when it is not an ISO day. */
export function displayDate(value: string, lang: Lang): string {
  const m = ISO_DAY.exec(value);
  if (!m) return value;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/** A country's name from its ISO code (the core stores codes); an unknown country as written. */
export function displayCountry(value: string, lang: Lang): string {
  // Intl's names, as the core's country reading uses (src/core/countries.ts pulls in the phone library).
  if (!REGION.test(value)) return value;
  return new Intl.DisplayNames([LOCALE[lang]], { type: 'region', fallback: 'none' }).of(value) ?? value;
}

/** One field's stored value for the reader: '' stays '' (the caller says "blank"). */
export function displayValue(field: FieldKey, value: string | null | undefined, lang: Lang, t: Translate): string {
  if (!value) return '';
  switch (columnOf(field).kind) {
    case 'language':
      return (CLIENT_LANGUAGES as readonly string[]).includes(value) ? t(`language.${value as ClientLanguage}`) : value;
    case 'country':
      return displayCountry(value, lang);
    case 'date':
      return displayDate(value, lang);
    case 'labels':
      return value.split(',').join(', ');
    default:
      return value;
  }
}
