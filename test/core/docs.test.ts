import fs from 'fs';
import path from 'path';
import { COLUMNS } from '../../src/core';
import { columnTable, withColumnTable } from '../../src/core/template/docs';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README column table', () => {
  test('is exactly what the column spec generates (run `node scripts/docs.js` after changing the spec)', () => {
    expect(withColumnTable(readme)).toBe(readme);
  });

  test('has one row per column, in template order, with header, key and guidance', () => {
    const rows = columnTable().split('\n').slice(2);
    expect(rows).toHaveLength(COLUMNS.length);
    COLUMNS.forEach((column, i) => {
      expect(rows[i]).toContain(`| ${column.letter} | ${column.header} | \`${column.key}\` |`);
      expect(rows[i]).toContain(column.guidance.en);
    });
  });
});
