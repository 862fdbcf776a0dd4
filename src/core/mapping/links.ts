// Partner links (AdminPulse's "Gelinkte relaties" sheet, or an IS Consult relationship list) make a couple
// one row: the first relation of the link is the declarant, and takes the second's numbers as the spouse's.
import { cellText, type CellValue } from '../cells';
import type { Issue } from '../issues';
import type { Lang } from '../lang';
import { message } from '../messages';
import { fold } from '../text';
import type { MappedRow } from './rows';
import type { SheetRows } from './types';

export interface LinkSheet {
  sheet: string;
  links: { row: number; from: string; to: string; type: string }[];
}

// The link sheet's exact headers are not published: the usual ones and their variants.
const FROM = ['Klantcode', 'Relatie', 'Klant', 'CustCode', 'Customer', 'Customer code', 'Client code', 'Code client'];
const TO = [
  'Klantcode gelinkte relatie', 'Gelinkte relatie', 'Gelinkte klantcode', 'Klantcode gelinkte klant', 'LinkedCustCode',
  'RelatedCustCode', 'Linked customer', 'Related customer', 'Linked relation', 'Related relation',
];
const TYPE = [
  'Relatietype', 'Type relatie', 'Relatie type', 'Soort relatie', 'Type', 'RelationshipType', 'Relationship type',
  'Relationship', 'Relation type',
];
// Relation types that make a couple: marriage and (legal or de facto) cohabitation. Others (Zaakvoerder…) do not.
const COUPLE = new Set(
  [
    'Partner', 'Echtgenoot', 'Echtgenote', 'Gehuwd', 'Huwelijk', 'Samenwonend', 'Samenwonende', 'Wettelijk samenwonend',
    'Wettelijk samenwonende', 'Feitelijk samenwonend', 'Spouse', 'Husband', 'Wife', 'Married', 'Marriage', 'Cohabitation',
    'Cohabiting', 'Cohabitant', 'Legal cohabitation', 'Conjoint', 'Conjointe', 'Époux', 'Épouse', 'Mariage', 'Marié',
    'Mariée', 'Cohabitant légal', 'Cohabitation légale', 'Partenaire',
  ].map(fold),
);

const HEADER_ROWS = 20;

function indexOf(headers: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(fold));
  return headers.findIndex((h) => wanted.has(h));
}

/** The link sheet of a workbook: the first sheet (other than the data sheet) with a from and a to column. */
export function findLinkSheet(sheets: readonly SheetRows[], dataSheet: string): LinkSheet | null {
  for (const sheet of sheets) {
    if (sheet.name === dataSheet) continue;
    for (let at = 0; at < Math.min(sheet.rows.length, HEADER_ROWS); at++) {
      const headers = sheet.rows[at].cells.map((cell) => fold(cellText(cell)));
      const to = indexOf(headers, TO);
      const from = indexOf(headers.map((h, i) => (i === to ? '' : h)), FROM);
      const type = indexOf(headers.map((h, i) => (i === to || i === from ? '' : h)), TYPE);
      if (from < 0 || to < 0) continue;
      const text = (cells: readonly CellValue[], index: number) => (index < 0 ? '' : cellText(cells[index]));
      const links = sheet.rows
        .slice(at + 1)
        .map(({ row, cells }) => ({ row, from: text(cells, from), to: text(cells, to), type: text(cells, type) }))
        .filter((link) => link.from !== '' && link.to !== '');
      return { sheet: sheet.name, links };
    }
  }
  return null;
}

export interface Coupled {
  rows: MappedRow[];
  /** Partner rows folded into their declarant's row. */
  partners: { row: number; of: number }[];
  /** Links naming no person at all. */
  issues: Issue[];
}

export function linkCouples(rows: readonly MappedRow[], links: LinkSheet, lang: Lang, codeColumn: string): Coupled {
  const byCode = new Map<string, MappedRow>();
  for (const row of rows) {
    const code = cellText(row.cells.clientCode);
    if (code !== '' && !byCode.has(code)) byCode.set(code, row);
  }
  const couples = links.links.filter((link) => COUPLE.has(fold(link.type)) && link.from !== link.to);
  const partnersOf = new Map<string, Set<string>>();
  for (const { from, to } of couples) {
    for (const [a, b] of [[from, to], [to, from]]) {
      if (!partnersOf.has(a)) partnersOf.set(a, new Set());
      partnersOf.get(a)!.add(b);
    }
  }
  const extra = new Map<MappedRow, Issue[]>();
  const warn = (row: MappedRow, reason: string, params: Record<string, string | number>) => {
    const code = `clientCode.${reason}`;
    const issue: Issue = { row: row.row, column: codeColumn, field: 'clientCode', severity: 'warning', code, message: message(code, lang, params), params };
    extra.set(row, [...(extra.get(row) ?? []), issue]);
  };
  const issues: Issue[] = [];
  const folded = new Map<MappedRow, MappedRow>(); // partner row -> declarant row
  const partnerOf = new Map<MappedRow, MappedRow>(); // declarant row -> partner row
  const warnedAmbiguous = new Set<string>();
  for (const link of couples) {
    const declarant = byCode.get(link.from);
    const partner = byCode.get(link.to);
    if (!declarant || !partner) {
      const present = declarant ?? partner;
      const missing = declarant ? link.to : link.from;
      const params = { row: link.row, sheet: links.sheet, code: missing };
      if (present) warn(present, 'partnerMissing', params);
      else issues.push({ row: link.row, column: '', field: null, severity: 'warning', code: 'file.linkUnknown', message: message('file.linkUnknown', lang, params), params });
      continue;
    }
    const ambiguous = [link.from, link.to].filter((code) => partnersOf.get(code)!.size > 1);
    if (ambiguous.length > 0) {
      for (const code of ambiguous) {
        if (warnedAmbiguous.has(code)) continue;
        warnedAmbiguous.add(code);
        warn(byCode.get(code)!, 'partnerAmbiguous', { sheet: links.sheet, codes: [...partnersOf.get(code)!].join(', ') });
      }
      continue;
    }
    folded.set(partner, declarant);
    partnerOf.set(declarant, partner);
  }
  const out: MappedRow[] = [];
  const partners: Coupled['partners'] = [];
  for (const row of rows) {
    const declarant = folded.get(row);
    if (declarant) {
      partners.push({ row: row.row, of: declarant.row });
      continue;
    }
    const partner = partnerOf.get(row);
    const cells = { ...row.cells };
    if (partner) {
      if (partner.cells.registrationNumber !== undefined) cells.spouseRegistrationNumber = partner.cells.registrationNumber;
      if (partner.cells.enterpriseNumber !== undefined) cells.spouseEnterpriseNumber = partner.cells.enterpriseNumber;
    }
    const own = extra.get(row);
    out.push(own ? { ...row, cells, issues: [...(row.issues ?? []), ...own] } : { ...row, cells });
  }
  return { rows: out, partners, issues };
}
