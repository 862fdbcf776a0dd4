// The mapping step's text in English, French and Dutch (shared by the web importer and the task pane).
import { catalogReader } from '../../core/catalog';

const en = {
  'mapping.title': 'Map the columns',
  'mapping.intro': 'The headers of sheet “{sheet}” are not the template’s. Choose the template field each column holds, or Ignore.',
  'mapping.column': 'Column',
  'mapping.samples': 'Values',
  'mapping.field': 'Template field',
  'mapping.ignore': 'Ignore this column',
  'mapping.address': 'Address (one column: street, number, box, postal code, city, country)',
  'mapping.entityType': 'Type (person, company, sole proprietor)',
  'mapping.unmapped': 'Choose a column for: {fields}. These fields are required.',
  'mapping.double': 'Each field can come from one column only: {fields}.',
  'mapping.remember': 'Remember for this firm (next time a file with these headers maps itself)',
  'mapping.confirm': 'Use this mapping',
  'mapping.cancel': 'Cancel',
  'applied.given': 'The columns were read through the mapping you chose.',
  'applied.remembered': 'The columns were read through the mapping remembered for your firm.',
  'applied.preset': 'Recognized as an export of {preset}: its columns were read with the built-in mapping.',
  'applied.column': '{column} “{header}” → {field}',
} as const;

type MappingMessageKey = keyof typeof en;

const fr: Record<MappingMessageKey, string> = {
  'mapping.title': 'Faire correspondre les colonnes',
  'mapping.intro': 'Les en-têtes de la feuille « {sheet} » ne sont pas ceux du modèle. Choisissez le champ du modèle de chaque colonne, ou Ignorer.',
  'mapping.column': 'Colonne',
  'mapping.samples': 'Valeurs',
  'mapping.field': 'Champ du modèle',
  'mapping.ignore': 'Ignorer cette colonne',
  'mapping.address': 'Adresse (une colonne : rue, numéro, boîte, code postal, ville, pays)',
  'mapping.entityType': 'Type (personne, société, entreprise individuelle)',
  'mapping.unmapped': 'Choisissez une colonne pour : {fields}. Ces champs sont obligatoires.',
  'mapping.double': 'Chaque champ ne peut venir que d’une colonne : {fields}.',
  'mapping.remember': 'Retenir pour ce cabinet (la prochaine fois, un fichier avec ces en-têtes sera lu tout seul)',
  'mapping.confirm': 'Utiliser cette correspondance',
  'mapping.cancel': 'Annuler',
  'applied.given': 'Les colonnes ont été lues avec la correspondance que vous avez choisie.',
  'applied.remembered': 'Les colonnes ont été lues avec la correspondance retenue pour votre cabinet.',
  'applied.preset': 'Reconnu comme un export de {preset} : ses colonnes ont été lues avec la correspondance intégrée.',
  'applied.column': '{column} « {header} » → {field}',
};

const nl: Record<MappingMessageKey, string> = {
  'mapping.title': 'Koppel de kolommen',
  'mapping.intro': 'De kolomkoppen van blad “{sheet}” zijn niet die van de sjabloon. Kies voor elke kolom het veld van de sjabloon, of Negeren.',
  'mapping.column': 'Kolom',
  'mapping.samples': 'Waarden',
  'mapping.field': 'Veld van de sjabloon',
  'mapping.ignore': 'Deze kolom negeren',
  'mapping.address': 'Adres (één kolom: straat, nummer, bus, postcode, gemeente, land)',
  'mapping.entityType': 'Type (persoon, bedrijf, eenmanszaak)',
  'mapping.unmapped': 'Kies een kolom voor: {fields}. Deze velden zijn verplicht.',
  'mapping.double': 'Elk veld kan maar uit één kolom komen: {fields}.',
  'mapping.remember': 'Onthouden voor dit kantoor (een volgend bestand met deze kolomkoppen wordt vanzelf gekoppeld)',
  'mapping.confirm': 'Deze koppeling gebruiken',
  'mapping.cancel': 'Annuleren',
  'applied.given': 'De kolommen werden gelezen met de koppeling die u koos.',
  'applied.remembered': 'De kolommen werden gelezen met de koppeling die voor uw kantoor bewaard is.',
  'applied.preset': 'Herkend als een export van {preset}: de kolommen werden gelezen met de ingebouwde koppeling.',
  'applied.column': '{column} “{header}” → {field}',
};

export const mappingCatalogs = { en, fr, nl };
export const mappingTranslator = catalogReader<MappingMessageKey>(mappingCatalogs).in;
