// Built-in mappings for the exports of AdminPulse and Admin IS | Consult, recognized from their header row.
// Their own header names come first; the template's names (headerNames.ts) fill in the rest.
import { cellText, type CellValue } from '../cells';
import { fold } from '../text';
import type { MappingTarget, PresetId } from './types';

export interface Preset {
  id: PresetId;
  name: string;
  /** Headers that must all be present (in any order) for the preset to apply. */
  signs: readonly string[];
  names: Partial<Record<MappingTarget, readonly string[]>>;
}

export const PRESETS: readonly Preset[] = [
  {
    // AdminPulse's relations migration template, sheet "Relaties".
    id: 'adminpulse',
    name: 'AdminPulse',
    signs: ['Type', 'Naam', 'Voornaam', 'Klantcode'],
    names: {
      entityType: ['Type', 'Type relatie', 'Relatietype'],
      lastName: ['Naam'],
      firstName: ['Voornaam'],
      clientCode: ['Klantcode'],
      enterpriseNumber: ['Ondernemingsnummer'],
      registrationNumber: ['Rijksregisternummer'],
      email: ['E-mail', 'E-mailadres'],
      mobile: ['GSM', 'Gsm', 'Mobiel'],
      language: ['Taal'],
    },
  },
  {
    // Admin IS | Consult customers.
    id: 'isconsult',
    name: 'Admin IS | Consult',
    signs: ['Firstname', 'Name', 'CustCode', 'IsCompany'],
    names: {
      entityType: ['IsCompany'],
      firstName: ['Firstname'],
      lastName: ['Name'],
      email: ['Email'],
      mobile: ['Mobile'],
      language: ['Language'],
      registrationNumber: ['SocialSecurityNumber'],
      clientCode: ['CustCode'],
    },
  },
];

/** The preset a header row is an export of, or null. */
export function detectPreset(headers: readonly CellValue[]): Preset | null {
  const present = new Set(headers.map((h) => fold(cellText(h))));
  return PRESETS.find((preset) => preset.signs.every((sign) => present.has(fold(sign)))) ?? null;
}

export function presetById(id: PresetId | null): Preset | null {
  return PRESETS.find((preset) => preset.id === id) ?? null;
}

/** What a header names in a preset, or null. */
export function presetTarget(preset: Preset, header: string): MappingTarget | null {
  const folded = fold(header);
  for (const [target, names] of Object.entries(preset.names) as [MappingTarget, readonly string[]][]) {
    if (names.some((name) => fold(name) === folded)) return target;
  }
  return null;
}
