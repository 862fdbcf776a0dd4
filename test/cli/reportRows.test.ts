// The check report's rows as kept between reading and writing: every line comes back as it went in, with
// the rules across rows merged in, whether kept as text or deflated.
import fc from 'fast-check';
import type { Issue } from '../../src/core/issues';
import type { RowResult } from '../../src/core';
import { reportIssue, ReportRows } from '../../src/cli/reportRows';

const issue = (row: number, field: 'email' | 'registrationNumber' | 'clientCode', severity: Issue['severity']): Issue => ({
  row,
  column: field === 'email' ? 'D' : field === 'clientCode' ? 'Q' : 'F',
  field,
  severity,
  code: `${field}.x`,
  message: `“${field}” 🙂 on row ${row}\nsecond line`,
});

const result = (row: number, withIssue: boolean): RowResult => ({
  row,
  valid: !withIssue,
  values: { firstName: `Ëlsa ${row}`, lastName: 'Peeters', email: 'a\u2028b@example.be' },
  issues: withIssue ? [issue(row, 'email', 'error')] : [],
});

async function read(rows: ReportRows): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const { lines, first } of rows.batches()) {
    expect(first).toBe(out.length);
    for (const line of lines) out.push(JSON.parse(line));
  }
  return out;
}

describe('report rows', () => {
  test.each([['kept as text', undefined], ['deflated', 0]])('every row back in order, %s', async (_, rawChars) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 3000 }), fc.array(fc.nat(3000), { maxLength: 20 }), async (flags, crossAt) => {
        const rows = new ReportRows({ rawChars });
        const results = flags.map((withIssue, i) => result(i + 2, withIssue));
        for (const r of results) rows.add(r);
        const cross = new Map<number, Issue[]>();
        for (const at of crossAt) if (at < results.length) cross.set(at + 2, [issue(at + 2, 'registrationNumber', 'warning')]);
        rows.addCross(cross);
        const expected = results.map((r) => {
          // What the rules across rows add lands in column order, and changes the verdict only if an error.
          const issues = [...r.issues, ...(cross.get(r.row) ?? [])].map(reportIssue).sort((a, b) => (a.field === b.field ? 0 : a.field === 'email' ? -1 : 1));
          return { row: r.row, valid: r.valid, values: r.values, issues };
        });
        expect(await read(rows)).toEqual(expected);
        expect(rows.summary()).toEqual({
          rows: results.length,
          valid: results.filter((r) => r.valid).length,
          invalid: results.filter((r) => !r.valid).length,
          withWarnings: expected.filter((r) => r.issues.some((i) => i.severity === 'warning')).length,
        });
        // Read twice (a text report and a JSON one), the same.
        expect(await read(rows)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  test('a report beyond what is kept as text is deflated, and comes back whole', async () => {
    const rows = new ReportRows({ rawChars: 64 * 1024 });
    for (let i = 0; i < 5000; i++) rows.add(result(i + 2, i % 7 === 0));
    const back = await read(rows);
    expect(back).toHaveLength(5000);
    expect(back[4999]).toEqual({ ...result(5001, false), issues: [] });
  });
});
