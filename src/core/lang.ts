/** The languages of the UI and of every message: English, French, Dutch. */
export const LANGS = ['en', 'fr', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks our language from a tag such as `fr-BE` or `nl`; English otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}
