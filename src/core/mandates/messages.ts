// What the mandate file's notes and refusals say, in EN/FR/NL: the CLI, the pane and the web page show
// the same words.
import { catalogReader, type Params } from '../catalog';
import type { Lang } from '../lang';
import type { MandateNote, MandateOptionError } from './index';

const en = {
  written: '{lines} mandates written to {path} (one line each, ";"-separated, no header). Load it in MyMinfin: Mandates > Grouped actions > Grouped creation.',
  invalid: 'Row {row} is not valid, so it has no mandate: correct it first (run check to see why).',
  noNationalNumber: 'Row {row} has no national register number, so it has no mandate: a Tax-on-web mandate needs one.',
  repeated: 'Row {row}: this national register number already has a line (row {first}); it is not repeated.',
  referenceCut: 'Row {row}: the reference is longer than 255 characters and was cut.',
  referenceCleaned: 'Row {row}: the reference held ";" or a line break, replaced by a space (the file cannot quote them).',
  badDate: '--{option} must be a date written yyyymmdd, e.g. 20270101.',
  startInPast: '--start is in the past: a mandate can start today (leave --start out) or later.',
  endBeforeStart: '--end is before the start of the mandate: give a later end date.',
} as const;
export type MandateMessageCode = keyof typeof en;
type Catalog = Record<MandateMessageCode, string>;

const fr: Catalog = {
  written: '{lines} mandats écrits dans {path} (une ligne chacun, séparés par « ; », sans en-tête). Chargez-le dans MyMinfin : Mandats > Actions groupées > Création groupée.',
  invalid: "La ligne {row} n'est pas valide et n'a donc pas de mandat : corrigez-la d'abord (lancez check pour voir pourquoi).",
  noNationalNumber: "La ligne {row} n'a pas de numéro de registre national et n'a donc pas de mandat : un mandat Tax-on-web en exige un.",
  repeated: 'Ligne {row} : ce numéro de registre national a déjà une ligne (ligne {first}) ; il n’est pas répété.',
  referenceCut: 'Ligne {row} : la référence dépasse 255 caractères et a été coupée.',
  referenceCleaned: 'Ligne {row} : la référence contenait « ; » ou un saut de ligne, remplacé par une espace (le fichier ne peut pas les protéger).',
  badDate: '--{option} doit être une date écrite aaaammjj, par exemple 20270101.',
  startInPast: "--start est dans le passé : un mandat peut commencer aujourd'hui (omettez --start) ou plus tard.",
  endBeforeStart: '--end précède le début du mandat : donnez une date de fin ultérieure.',
};

const nl: Catalog = {
  written: '{lines} mandaten geschreven naar {path} (één regel elk, gescheiden door ";", zonder kopregel). Laad het in MyMinfin: Mandaten > Gegroepeerde acties > Gegroepeerd aanmaken.',
  invalid: 'Rij {row} is niet geldig en krijgt dus geen mandaat: verbeter ze eerst (voer check uit om te zien waarom).',
  noNationalNumber: 'Rij {row} heeft geen rijksregisternummer en krijgt dus geen mandaat: een Tax-on-web-mandaat vraagt er een.',
  repeated: 'Rij {row}: dit rijksregisternummer heeft al een regel (rij {first}); het wordt niet herhaald.',
  referenceCut: 'Rij {row}: de referentie is langer dan 255 tekens en werd ingekort.',
  referenceCleaned: 'Rij {row}: de referentie bevatte ";" of een regeleinde, vervangen door een spatie (het bestand kan ze niet beschermen).',
  badDate: '--{option} moet een datum zijn geschreven als jjjjmmdd, bv. 20270101.',
  startInPast: '--start ligt in het verleden: een mandaat kan vandaag beginnen (laat --start weg) of later.',
  endBeforeStart: '--end ligt vóór het begin van het mandaat: geef een latere einddatum.',
};

export const mandateCatalogs = { en, fr, nl };
const read = catalogReader<MandateMessageCode>(mandateCatalogs);

export function mandateMessage(code: MandateMessageCode, lang: Lang, params: Params = {}): string {
  return read(lang, code, params);
}

export function noteMessage(note: MandateNote, lang: Lang): string {
  return mandateMessage(note.kind, lang, note);
}

export function optionErrorMessage(error: MandateOptionError, lang: Lang): string {
  return mandateMessage(error.kind, lang, { option: error.option });
}
