// The declaration languages and the words people write for them, in EN/FR/NL (and ISO codes).
import { fold } from './text';

export const LANGUAGES = ['dutch', 'english', 'french'] as const;
export type Language = (typeof LANGUAGES)[number];

const SYNONYMS: Record<Language, readonly string[]> = {
  // N, F and E are how practice software (AdminPulse, IS Consult) abbreviates them.
  dutch: [
    'nl', 'n', 'nld', 'dut', 'nl-be', 'nl-nl', 'nederlands', 'néerlandais', 'vlaams', 'flamand', 'flemish', 'neerlandophone',
    'nederlandstalig', 'dutch-speaking',
  ],
  english: ['en', 'e', 'eng', 'en-gb', 'en-us', 'engels', 'anglais', 'anglophone', 'engelstalig', 'english-speaking'],
  french: ['fr', 'f', 'fra', 'fre', 'fr-be', 'fr-fr', 'français', 'frans', 'francophone', 'franstalig', 'french-speaking'],
};

const BY_WORD = new Map<string, Language>();
for (const language of LANGUAGES) {
  BY_WORD.set(fold(language), language);
  for (const word of SYNONYMS[language]) BY_WORD.set(fold(word), language);
}

/** The language a word means (`Nederlands`, `fr`, `anglais`), or null when it means none. */
export function languageOf(word: string): Language | null {
  return BY_WORD.get(fold(word)) ?? null;
}
