// The README's column table, generated from the spec so the docs cannot drift from it.
import { COLUMNS } from './columns';

export const COLUMNS_START = '<!-- columns:start -->';
export const COLUMNS_END = '<!-- columns:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The Markdown table of the template's columns: letter, header, key, required, rule (EN). */
export function columnTable(): string {
  const lines = [
    '| Col | Header | Key | Required | Rule |',
    '|---|---|---|---|---|',
    ...COLUMNS.map(
      (c) => `| ${c.letter} | ${cell(c.header)} | \`${c.key}\` | ${c.required ? 'yes' : ''} | ${cell(c.guidance.en)} |`,
    ),
  ];
  return lines.join('\n');
}

/** `readme` with the text between the column markers replaced by the generated table. */
export function withColumnTable(readme: string): string {
  const start = readme.indexOf(COLUMNS_START);
  const end = readme.indexOf(COLUMNS_END);
  if (start < 0 || end < start) throw new Error(`README has no ${COLUMNS_START} … ${COLUMNS_END} markers`);
  return `${readme.slice(0, start + COLUMNS_START.length)}\n${columnTable()}\n${readme.slice(end)}`;
}
