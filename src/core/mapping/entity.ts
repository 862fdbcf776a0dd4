// Whether a row is a person (a declaration) or a company, from a Type column (Persoon / Bedrijf /
// Eenmanszaak) or an IsCompany flag.
import { cellText, type CellValue } from '../cells';
import { fold } from '../text';

export type EntityKind = 'person' | 'soleProprietor' | 'company';

const WORDS: Record<EntityKind, readonly string[]> = {
  person: ['persoon', 'person', 'personne', 'natuurlijk persoon', 'personne physique', 'natural person', 'false', '0', 'nee', 'no', 'non', 'onwaar', 'faux'],
  soleProprietor: ['eenmanszaak', 'zelfstandige', 'sole proprietor', 'sole trader', 'indépendant', 'entreprise individuelle', 'personne physique indépendante'],
  company: ['bedrijf', 'vennootschap', 'rechtspersoon', 'company', 'legal entity', 'société', 'entreprise', 'personne morale', 'true', '1', 'ja', 'yes', 'oui', 'waar', 'vrai'],
};

const BY_WORD = new Map<string, EntityKind>();
for (const [kind, words] of Object.entries(WORDS) as [EntityKind, readonly string[]][]) {
  for (const word of words) BY_WORD.set(fold(word), kind);
}

/** The kind a cell says; a blank or unknown value is read as a person, so the row is checked, not dropped. */
export function entityKind(value: CellValue): EntityKind {
  if (typeof value === 'boolean') return value ? 'company' : 'person';
  return BY_WORD.get(fold(cellText(value))) ?? 'person';
}
