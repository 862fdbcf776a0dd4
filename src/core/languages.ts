// The declaration languages and the words people write for them, in EN/FR/NL (and ISO codes).
import { fold } from './text';

export const LANGUAGES = ['dutch', 'english', 'french'] as const;
export type Language = (typeof LANGUAGES)[number];

const SYNONYMS: Record<Language, readonly string[]> = {
  dutch: ['nl', 'nld', 'dut', 'nl-be', 'nederlands', 'néerlandais', 'vlaams', 'flamand', 'flemish', 'neerlandophone'],
  english: ['en', 'eng', 'en-gb', 'en-us', 'engels', 'anglais', 'anglophone'],
  french: ['fr', 'fra', 'fre', 'fr-be', 'français', 'frans', 'francophone'],
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
