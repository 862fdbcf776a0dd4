// Workbooks as the readers give them: AdminPulse's relations template and an IS Consult customers export.
import type { CellValue } from '../../../src/core';
import type { SheetRows } from '../../../src/core/mapping';

export function sheet(name: string, rows: CellValue[][], firstRow = 1): SheetRows {
  return { name, rows: rows.map((cells, i) => ({ row: firstRow + i, cells })) };
}

export const ADMINPULSE_RELATIONS: CellValue[][] = [
  ['Status', 'Type', 'Klantcode', 'Naam', 'Voornaam', 'Ondernemingsnummer', 'BTW-nummer', 'Rijksregisternummer', 'E-mail', 'Taal'],
  ['Actief', 'Persoon', 'K001', 'Peeters', 'Jan', '', '', '90010100123', 'jan@example.be', 'NL'],
  ['Actief', 'Persoon', 'K002', 'Peeters', 'Els', '', '', '88020200254', 'els@example.be', 'N'],
  ['Actief', 'Bedrijf', 'K003', 'Peeters BV', '', '0403170701', 'BE0403170701', '', 'info@peeters.be', 'NL'],
  ['Actief', 'Eenmanszaak', 'K004', 'Dupont', 'Paul', '0477000369', '', '75030300348', 'paul@example.be', 'F'],
  ['Actief', 'Persoon', 'K005', 'Maes', 'An', '', '', '', 'an@example.be', 'Nederlands'],
];

export const ADMINPULSE_LINKS: CellValue[][] = [
  ['Klantcode', 'Klantcode gelinkte relatie', 'Relatietype'],
  ['K001', 'K002', 'Echtgenote'],
  ['K004', 'K003', 'Zaakvoerder'],
  ['K005', 'K999', 'Partner'],
];

export function adminPulse(): SheetRows[] {
  return [
    sheet('Instructies', [['Vul de relaties in op het tabblad Relaties.'], [], ['Type: Persoon, Bedrijf of Eenmanszaak']]),
    sheet('Relaties', ADMINPULSE_RELATIONS),
    sheet('Gelinkte relaties', ADMINPULSE_LINKS),
  ];
}

export const ISCONSULT_CUSTOMERS: CellValue[][] = [
  ['CustCode', 'IsCompany', 'Name', 'Firstname', 'Email', 'Mobile', 'Language', 'SocialSecurityNumber', 'Remarks'],
  ['C1', false, 'Janssens', 'Piet', 'piet@example.be', '+32470123456', 'N', '90010100123', 'vip'],
  ['C2', true, 'Janssens NV', '', 'info@janssens.be', '', 'N', '', ''],
  ['C3', false, 'Lambert', 'Marie', 'marie@example.be', '0470123457', 'F', '88020200254', ''],
  ['C4', 'False', 'Smith', 'John', 'john@example.com', '', 'E', '', ''],
];
