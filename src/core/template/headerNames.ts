// Every name a header row may give a template column: Accounton's help article (French and Dutch) in its own
// spelling, the older template's names, and the variants people write. One table, keyed by column key;
// `address` is the single address column the article describes, read into Street–Country.
// A column's English header is its own name (columns.ts); `en` holds the other English names.
// The first French and Dutch names are the column's name in messages.
import { columnOf, isFieldKey, type FieldKey } from './columns';
import type { Lang } from '../lang';

/** What a header may name: a template column, or one address column holding Street to Country. */
export type HeaderTarget = FieldKey | 'address';

export interface HeaderNames {
  readonly en: readonly string[];
  readonly fr: readonly string[];
  readonly nl: readonly string[];
}

export const HEADER_NAMES: Readonly<Record<HeaderTarget, HeaderNames>> = {
  person: { en: [], fr: ['Personne'], nl: ['Persoon'] },
  firstName: {
    en: ['First name', 'Given name'],
    fr: ['Prénom'],
    nl: ['Voornaam'],
  },
  lastName: {
    en: ['Last name', 'Surname', 'Family name'],
    fr: ['Nom de famille', 'Nom'],
    nl: ['Familienaam', 'Achternaam', 'Naam'],
  },
  email: {
    en: ['E-mail', 'Email address', 'E-mail address', 'Mail'],
    fr: ['E-mail', 'Courriel', 'Adresse e-mail', 'Adresse électronique'],
    nl: ['E-mailadres', 'E-mail', 'Mailadres'],
  },
  mobile: {
    en: ['Mobile', 'Mobile phone', 'Cell phone', 'GSM'],
    fr: [
      'Numéro de portable', 'Numéro de téléphone mobile', 'Téléphone mobile', 'Numéro de mobile', 'Mobile', 'Portable',
      'GSM', 'Numéro de GSM',
    ],
    nl: ['GSM-nummer', 'Gsm', 'Mobiel nummer', 'Mobiele telefoon', 'Mobiel', 'Gsmnummer'],
  },
  registrationNumber: {
    en: ['National number', 'National register number', 'National registration number'],
    fr: [
      'Numéro de registre national', 'Numéro du registre national', 'Numéro national', 'Registre national', 'NISS',
      'Numéro NISS',
    ],
    nl: ['Rijksregisternummer', 'Rijksregister', 'Nationaal nummer', 'INSZ', 'INSZ-nummer'],
  },
  street: { en: [], fr: ['Rue'], nl: ['Straat', 'Straatnaam'] },
  houseNumber: {
    en: ['House number', 'No'],
    fr: ['Numéro', 'N°', 'Numéro de maison'],
    nl: ['Huisnummer', 'Nummer', 'Nr'],
  },
  box: { en: ['Box number'], fr: ['Boîte', 'Numéro de boîte', 'Bte'], nl: ['Bus', 'Busnummer'] },
  postalCode: {
    en: ['Postcode', 'Zip', 'Zip code'],
    fr: ['Code postal', 'CP'],
    nl: ['Postcode', 'Postnummer'],
  },
  city: {
    en: ['Town', 'Municipality'],
    fr: ['Ville', 'Localité', 'Commune'],
    nl: ['Gemeente', 'Stad', 'Plaats', 'Woonplaats'],
  },
  country: { en: [], fr: ['Pays'], nl: ['Land'] },
  address: {
    en: ['Address', 'Full address', 'Home address'],
    fr: ['Adresse', 'Adresse complète', 'Adresse postale', 'Domicile'],
    nl: ['Adres', 'Volledig adres', 'Woonadres', 'Postadres'],
  },
  extraPb: {
    en: [],
    fr: ['PB supplémentaire', 'PB supplémentaires', 'Extra IPP'],
    nl: ['Extra PB', 'Extra PB-aangifte', 'Bijkomende PB'],
  },
  labels: {
    en: ['Label', 'Tags', 'Tag'],
    fr: ['Etiquette', 'Etiquettes', 'Étiquette', 'Étiquettes', 'Libellés', 'Libellé'],
    nl: ['Labels', 'Label', 'Etiketten', 'Etiket'],
  },
  spouseRegistrationNumber: {
    en: ['Partner Registration Number', "Spouse's registration number", "Partner's registration number", 'Spouse national number', 'Partner national number'],
    fr: [
      'Numéro de registre national du partenaire', 'Numéro de registre national partenaire',
      'Numéro de registre national du conjoint', 'Numéro de registre national conjoint', 'Numéro national du partenaire',
      'Numéro national du conjoint', 'Registre national du partenaire', 'NISS du partenaire', 'NISS partenaire',
      'NISS du conjoint', 'NISS conjoint',
    ],
    nl: [
      'Rijksregisternummer van de partner', 'Rijksregisternummer partner', 'Rijksregisternummer van de echtgenoot',
      'Rijksregisternummer echtgenoot', 'Rijksregisternummer van de echtgenote', 'Rijksregisternummer echtgenote',
      'INSZ van de partner', 'INSZ partner',
    ],
  },
  language: { en: [], fr: ['Langue'], nl: ['Taal'] },
  // Never a generic "Client id": another tool's ids would be taken for Accounton's and every row refused.
  accountonId: { en: [], fr: ['Identifiant Accounton'], nl: ['Accounton-id'] },
  clientCode: {
    en: ['Client number', 'Customer code', 'Customer number'],
    fr: ['Code client', 'Numéro client', 'Numéro de client', 'Référence client'],
    nl: ['Klantcode', 'Klantnummer', 'Dossiernummer'],
  },
  enterpriseNumber: {
    en: ['Enterprise number', 'Company number', 'KBO number'],
    fr: ['Numéro BCE', "Numéro d'entreprise", 'BCE', 'N° BCE'],
    nl: ['KBO-nummer', 'Ondernemingsnummer', 'KBO', 'Nummer KBO'],
  },
  spouseEnterpriseNumber: {
    en: ['Partner BCE Number', 'Spouse enterprise number', 'Partner enterprise number'],
    fr: [
      'Numéro BCE du partenaire', 'Numéro BCE partenaire', 'Numéro BCE du conjoint', 'Numéro BCE conjoint',
      "Numéro d'entreprise du partenaire", "Numéro d'entreprise du conjoint", 'BCE du partenaire', 'BCE partenaire',
      'BCE conjoint',
    ],
    nl: [
      'KBO-nummer van de partner', 'KBO-nummer partner', 'Ondernemingsnummer van de partner', 'Ondernemingsnummer partner',
      'KBO van de partner', 'KBO partner',
    ],
  },
  declarationDeadline: {
    en: ['Deadline', 'Filing deadline'],
    fr: [
      'Date limite de déclaration', 'Date limite de la déclaration', 'Date limite', 'Échéance',
      'Échéance de déclaration',
    ],
    nl: ['Aangiftetermijn', 'Uiterste datum aangifte', 'Deadline aangifte', 'Uiterste datum', 'Indieningsdatum'],
  },
  responsibleEmail: {
    en: ['Responsible', 'Main responsible person', 'Responsible email'],
    fr: ['Responsable principal', 'Responsable', 'Responsable du dossier', 'Gestionnaire'],
    nl: ['Hoofdverantwoordelijke', 'Verantwoordelijke', 'Dossierverantwoordelijke', 'Dossierbeheerder'],
  },
};

export const HEADER_TARGETS = Object.keys(HEADER_NAMES) as HeaderTarget[];

/** Every name of a target: the key and the English header first, then the table's names. */
export function namesOf(target: HeaderTarget): string[] {
  const names = HEADER_NAMES[target];
  const own = isFieldKey(target) ? [target, columnOf(target).header] : [target];
  return [...own, ...names.en, ...names.fr, ...names.nl];
}

/** A target's name in `lang`: the template's English header (or first English name), else the first French/Dutch name. */
export function targetName(target: HeaderTarget, lang: Lang): string {
  const english = isFieldKey(target) ? columnOf(target).header : HEADER_NAMES[target].en[0];
  return lang === 'en' ? english : (HEADER_NAMES[target][lang][0] ?? english);
}
