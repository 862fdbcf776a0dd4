// Sheet rows for the adapter tests, built in the spec's column order (never restated here).
import { COLUMNS } from '../../src/core';
import type { FieldKey } from '../../src/core';
import { ExcelDouble } from './double';
import { LiveValidation } from '../../src/excel/engine';
import type { CheckReport } from '../../src/excel/model';
import { insertTemplate } from '../../src/excel/template';

/** A valid Belgian national register number (born in the 1900s), different for every i < 998,000. */
export function nationalNumber(i: number): string {
  const d = i % 1000;
  const yy = 50 + Math.floor(d / 336);
  const mm = 1 + Math.floor((d % 336) / 28);
  const dd = 1 + (d % 28);
  const counter = Math.floor(i / 1000) + 1;
  const first9 = `${pad(yy)}${pad(mm)}${pad(dd)}${String(counter).padStart(3, '0')}`;
  return `${first9}${pad(97 - (Number(first9) % 97))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function sheetRow(values: Partial<Record<FieldKey, string>>): string[] {
  return COLUMNS.map((c) => values[c.key] ?? '');
}

export function client(i: number, overrides: Partial<Record<FieldKey, string>> = {}): Partial<Record<FieldKey, string>> {
  return {
    person: 'person',
    firstName: `Jan${i}`,
    lastName: 'Peeters',
    email: `jan${i}@example.be`,
    mobile: '+32470123456',
    registrationNumber: nationalNumber(i),
    language: 'dutch',
    clientCode: `C${i}`,
    ...overrides,
  };
}

export const TODAY = new Date('2026-03-01T00:00:00Z');

export const letterOf = (field: FieldKey) => COLUMNS.find((c) => c.key === field)!.letter;

/** A workbook with the template inserted and live validation listening. */
export async function withTemplate(options: { api?: string; ignoreEnableEvents?: boolean } = {}) {
  const xl = new ExcelDouble(options);
  const reports: CheckReport[] = [];
  const engine = new LiveValidation(xl.host, { lang: 'en', today: () => TODAY, onReport: (r) => reports.push(r) });
  await insertTemplate(xl.host, 'en');
  await engine.attach();
  await xl.settle();
  const sheet = xl.sheet('Accounton clients');
  xl.resetCounters();
  const settle = async () => {
    await xl.settle();
    await engine.whenIdle();
  };
  return { xl, engine, sheet, reports, settle, last: () => reports[reports.length - 1] };
}
