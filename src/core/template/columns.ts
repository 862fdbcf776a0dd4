// The client template, as data: the single source of truth for the sheet, the parser,
// the validator, the API payload and the docs. Nothing else lists the columns.
import { columnLetter } from '../columnLetters';
import type { Lang } from '../lang';

/** Which rule a column follows; two columns may share one (F and O, R and S). */
export type ColumnKind =
  | 'person'
  | 'text'
  | 'email'
  | 'mobile'
  | 'nationalNumber'
  | 'postalCode'
  | 'country'
  | 'mustBeEmpty'
  | 'labels'
  | 'language'
  | 'clientCode'
  | 'enterpriseNumber'
  | 'date'
  | 'clientId';

/** A column as written below: its letter comes from its position, and the flags default to true. */
export interface ColumnEntry {
  readonly key: string;
  /** The English header, which the template writes. */
  readonly header: string;
  readonly required: boolean;
  readonly kind: ColumnKind;
  /** Excel number format: '@' keeps leading zeros and the '+' of phone numbers. */
  readonly numberFormat: string;
  readonly dropdown?: readonly string[];
  /** Column width in Excel character units. */
  readonly width: number;
  readonly guidance: Readonly<Record<Lang, string>>;
  /** Kept in a column of its own in the clients table (labels have a table of their own; Extra PB is ignored). */
  readonly stored?: boolean;
  /** Compared with the matching client's value when a row is a duplicate. */
  readonly compared?: boolean;
  /** A commit may overwrite the client's value with the import's. */
  readonly updatable?: boolean;
  /** Written as a hidden column: the identity an export carries, not for the user to fill in. */
  readonly hidden?: boolean;
}

export interface ColumnSpec extends Required<Omit<ColumnEntry, 'dropdown'>> {
  readonly letter: string;
  readonly dropdown?: readonly string[];
}

const TEXT = '@';
const GENERAL = 'General';

const ENTRIES = [
  {
    key: 'person', header: 'Person', required: true, kind: 'person', numberFormat: GENERAL, compared: false, updatable: false,
    dropdown: ['person'], width: 10,
    guidance: {
      en: 'Always "person".',
      fr: 'Toujours « person ».',
      nl: 'Altijd "person".',
    },
  },
  {
    key: 'firstName', header: 'Firstname', required: true, kind: 'text', numberFormat: GENERAL,
    width: 16,
    guidance: {
      en: "Required. The declarant's first name.",
      fr: 'Obligatoire. Le prénom du déclarant.',
      nl: 'Verplicht. De voornaam van de aangever.',
    },
  },
  {
    key: 'lastName', header: 'Lastname', required: true, kind: 'text', numberFormat: GENERAL,
    width: 18,
    guidance: {
      en: "Required. The declarant's last name.",
      fr: 'Obligatoire. Le nom de famille du déclarant.',
      nl: 'Verplicht. De familienaam van de aangever.',
    },
  },
  {
    key: 'email', header: 'Email', required: true, kind: 'email', numberFormat: GENERAL,
    width: 28,
    guidance: {
      en: 'Required. Exactly one e-mail address: the questionnaire is sent there.',
      fr: 'Obligatoire. Une seule adresse e-mail : le questionnaire y est envoyé.',
      nl: 'Verplicht. Precies één e-mailadres: de vragenlijst wordt daarheen gestuurd.',
    },
  },
  {
    key: 'mobile', header: 'Mobile Number', required: false, kind: 'mobile', numberFormat: TEXT,
    width: 16,
    guidance: {
      en: 'Optional. A mobile number with country code, no spaces: +32470123456.',
      fr: 'Facultatif. Un numéro de portable avec indicatif, sans espaces : +32470123456.',
      nl: 'Optioneel. Een gsm-nummer met landcode, zonder spaties: +32470123456.',
    },
  },
  {
    key: 'registrationNumber', header: 'Registration Number', required: false, kind: 'nationalNumber',
    numberFormat: TEXT,
    width: 16,
    guidance: {
      en: 'Recommended (eases MyMinfin sync). National register or BIS number, 11 digits only.',
      fr: 'Recommandé (facilite la synchro MyMinfin). Numéro de registre national ou BIS, 11 chiffres seulement.',
      nl: 'Aanbevolen (vergemakkelijkt de MyMinfin-synchronisatie). Rijksregister- of BIS-nummer, enkel 11 cijfers.',
    },
  },
  {
    key: 'street', header: 'Street', required: false, kind: 'text', numberFormat: GENERAL,
    width: 22,
    guidance: { en: 'Optional.', fr: 'Facultatif.', nl: 'Optioneel.' },
  },
  {
    key: 'houseNumber', header: 'Number', required: false, kind: 'text', numberFormat: TEXT,
    width: 8,
    guidance: { en: 'Optional. House number.', fr: 'Facultatif. Numéro de maison.', nl: 'Optioneel. Huisnummer.' },
  },
  {
    key: 'box', header: 'Box', required: false, kind: 'text', numberFormat: TEXT,
    width: 6,
    guidance: { en: 'Optional. Box number.', fr: 'Facultatif. Numéro de boîte.', nl: 'Optioneel. Busnummer.' },
  },
  {
    key: 'postalCode', header: 'Postal Code', required: false, kind: 'postalCode', numberFormat: TEXT,
    width: 10,
    guidance: {
      en: 'Optional. For Belgium (or a blank country): 4 digits, 1000–9999.',
      fr: 'Facultatif. Pour la Belgique (ou un pays vide) : 4 chiffres, 1000–9999.',
      nl: 'Optioneel. Voor België (of een leeg land): 4 cijfers, 1000–9999.',
    },
  },
  {
    key: 'city', header: 'City', required: false, kind: 'text', numberFormat: GENERAL,
    width: 16,
    guidance: { en: 'Optional.', fr: 'Facultatif.', nl: 'Optioneel.' },
  },
  {
    key: 'country', header: 'Country', required: false, kind: 'country', numberFormat: GENERAL,
    width: 12,
    guidance: {
      en: 'Optional. A country name (EN/FR/NL) or ISO code; blank means Belgium.',
      fr: 'Facultatif. Un nom de pays (FR/NL/EN) ou code ISO ; vide signifie Belgique.',
      nl: 'Optioneel. Een landnaam (NL/FR/EN) of ISO-code; leeg betekent België.',
    },
  },
  {
    key: 'extraPb', header: 'Extra PB', required: false, kind: 'mustBeEmpty', numberFormat: GENERAL, stored: false,
    compared: false, updatable: false,
    width: 8,
    guidance: {
      en: 'Leave empty; it is ignored.',
      fr: 'Laisser vide ; cette colonne est ignorée.',
      nl: 'Leeg laten; deze kolom wordt genegeerd.',
    },
  },
  {
    key: 'labels', header: 'Labels', required: false, kind: 'labels', numberFormat: GENERAL, stored: false,
    width: 24,
    guidance: {
      en: 'Optional. Comma-separated, no space beside a comma: bureau Bruxelles,gestionnaire X.',
      fr: 'Facultatif. Séparées par des virgules, sans espace autour : bureau Bruxelles,gestionnaire X.',
      nl: 'Optioneel. Gescheiden door komma’s, zonder spatie ernaast: kantoor Gent,beheerder X.',
    },
  },
  {
    key: 'spouseRegistrationNumber', header: 'Spouse Registration Number', required: false,
    kind: 'nationalNumber', numberFormat: TEXT,
    width: 16,
    guidance: {
      en: "Optional. The partner's national register or BIS number (a couple is one row). Must differ from F.",
      fr: 'Facultatif. Le numéro national ou BIS du partenaire (un couple = une ligne). Différent de F.',
      nl: 'Optioneel. Het rijksregister- of BIS-nummer van de partner (een koppel = één rij). Verschillend van F.',
    },
  },
  {
    key: 'language', header: 'Language', required: true, kind: 'language', numberFormat: GENERAL,
    dropdown: ['dutch', 'english', 'french'], width: 10,
    guidance: {
      en: 'Required. dutch, english or french.',
      fr: 'Obligatoire. dutch, english ou french.',
      nl: 'Verplicht. dutch, english of french.',
    },
  },
  {
    key: 'clientCode', header: 'Client Code', required: false, kind: 'clientCode', numberFormat: TEXT,
    width: 12,
    guidance: {
      en: 'Optional. Unique in the file.',
      fr: 'Facultatif. Unique dans le fichier.',
      nl: 'Optioneel. Uniek in het bestand.',
    },
  },
  {
    key: 'enterpriseNumber', header: 'BCE Number', required: false, kind: 'enterpriseNumber',
    numberFormat: TEXT,
    width: 14,
    guidance: {
      en: 'Optional, sole proprietors only. Belgian enterprise number, 10 digits: 0403170701.',
      fr: "Facultatif, indépendants uniquement. Numéro d'entreprise belge, 10 chiffres : 0403170701.",
      nl: 'Optioneel, enkel zelfstandigen. Belgisch ondernemingsnummer, 10 cijfers: 0403170701.',
    },
  },
  {
    key: 'spouseEnterpriseNumber', header: 'Spouse BCE Number', required: false,
    kind: 'enterpriseNumber', numberFormat: TEXT,
    width: 14,
    guidance: {
      en: "Optional. The partner's enterprise number, 10 digits.",
      fr: "Facultatif. Le numéro d'entreprise du partenaire, 10 chiffres.",
      nl: 'Optioneel. Het ondernemingsnummer van de partner, 10 cijfers.',
    },
  },
  {
    key: 'declarationDeadline', header: 'Declaration Deadline', required: false, kind: 'date',
    numberFormat: 'yyyy-mm-dd',
    width: 14,
    guidance: {
      en: 'Optional (blank: filled later from MyMinfin). A date: 2027-06-30 or 30/06/2027.',
      fr: 'Facultatif (vide : repris plus tard de MyMinfin). Une date : 30/06/2027 ou 2027-06-30.',
      nl: 'Optioneel (leeg: later uit MyMinfin). Een datum: 30/06/2027 of 2027-06-30.',
    },
  },
  {
    key: 'responsibleEmail', header: 'Main Responsible', required: false, kind: 'email',
    numberFormat: GENERAL,
    width: 24,
    guidance: {
      en: "Optional. E-mail of the file's responsible person at the firm.",
      fr: 'Facultatif. E-mail du responsable du dossier au sein du cabinet.',
      nl: 'Optioneel. E-mail van de dossierverantwoordelijke binnen het kantoor.',
    },
  },
  {
    // Last, after the template's own columns: an export fills it so a row keeps its client through edits.
    key: 'accountonId', header: 'Accounton id', required: false, kind: 'clientId', numberFormat: TEXT, stored: false,
    compared: false, updatable: false, hidden: true,
    width: 38,
    guidance: {
      en: 'Filled in by an export from Accounton: the client this row updates. Leave it as it is; clear it on a row copied to make a new client.',
      fr: "Rempli par un export d'Accounton : le client que cette ligne met à jour. Ne pas modifier ; le vider sur une ligne copiée pour créer un nouveau client.",
      nl: 'Ingevuld door een export uit Accounton: de klant die deze rij bijwerkt. Niet wijzigen; leegmaken op een rij die gekopieerd is om een nieuwe klant te maken.',
    },
  },
] as const satisfies readonly ColumnEntry[];

type Entry = (typeof ENTRIES)[number];

export const COLUMNS = ENTRIES.map((c: Entry, i) => {
  const { stored = true, compared = true, updatable = true, hidden = false }: ColumnEntry = c;
  return { ...c, letter: columnLetter(i), stored, compared, updatable, hidden };
}) satisfies readonly ColumnSpec[];

export type FieldKey = Entry['key'];

/** The fields with a column of their own in the clients table. */
export type StoredFieldKey = Exclude<FieldKey, Extract<Entry, { stored: false }>['key']>;

export const FIELD_KEYS: readonly FieldKey[] = COLUMNS.map((c) => c.key);

const BY_KEY = new Map<string, ColumnSpec>(COLUMNS.map((c) => [c.key, c]));

export function columnOf(key: FieldKey): ColumnSpec {
  return BY_KEY.get(key)!;
}

export function isFieldKey(value: string): value is FieldKey {
  return BY_KEY.has(value);
}

/** One row's values, by field key; absent keys are blank. */
export type RowValues = Partial<Record<FieldKey, string>>;
