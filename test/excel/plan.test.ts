import fc from 'fast-check';
import { cellSpans, chunkAddresses, parseAddress, planWaves, safeWrite } from '../../src/excel/plan';
import { parseArea } from './double';

describe('addresses', () => {
  test('event addresses are read as rectangles, whole columns and rows as open ends', () => {
    expect(parseAddress('B5')).toEqual([{ r1: 5, r2: 5, c1: 1, c2: 1 }]);
    expect(parseAddress("'Accounton clients'!A2:U10001")).toEqual([{ r1: 2, r2: 10001, c1: 0, c2: 20 }]);
    expect(parseAddress('B:B')).toEqual([{ r1: 1, r2: Infinity, c1: 1, c2: 1 }]);
    expect(parseAddress('5:7')).toEqual([{ r1: 5, r2: 7, c1: 0, c2: Infinity }]);
    expect(parseAddress('A1:B2, $D$4')).toHaveLength(2);
    expect(parseAddress('not an address!')).toBeNull();
  });

  test('adjacent cells merge into spans', () => {
    const cells = [2, 3, 4, 6].flatMap((row) => [{ row, col: 5 }, { row, col: 6 }]);
    expect(cellSpans([...cells, { row: 9, col: 0 }])).toEqual(['F2:G4', 'F6:G6', 'A9']);
  });

  test('spans cover exactly the given cells', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 60 }), col: fc.integer({ min: 0, max: 8 }) }), { selector: (c) => `${c.row},${c.col}` }), (cells) => {
        const covered = new Set<string>();
        for (const address of cellSpans(cells)) {
          const r = parseArea(address);
          for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) covered.add(`${row},${col}`);
        }
        expect([...covered].sort()).toEqual(cells.map((c) => `${c.row},${c.col}`).sort());
      }),
    );
  });

  test('address lists stay under 8,000 characters and lose nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z]{1,2}[1-9]\d{0,6}(:[A-Z]{1,2}[1-9]\d{0,6})?$/), { maxLength: 3000 }), (addresses) => {
        const lists = chunkAddresses(addresses);
        for (const list of lists) expect(list.length).toBeLessThan(8_000);
        expect(lists.flatMap((l) => l.split(','))).toEqual(addresses);
      }),
    );
  });
});

test('10,000 rows are read in 3 waves of at most two 2,000-row chunks', () => {
  const waves = planWaves([{ from: 2, to: 10_001 }]);
  expect(waves.map((w) => w.map((c) => c.to - c.from + 1))).toEqual([[2000, 2000], [2000, 2000], [2000]]);
});

test('values that Excel would turn into formulas or numbers are written as text', () => {
  expect(safeWrite('=SUM(A1)', 'General').asText).toBe(true);
  expect(safeWrite('+32470123456', 'General').asText).toBe(true);
  expect(safeWrite('@x', 'General').asText).toBe(true);
  expect(safeWrite('-1', 'General').asText).toBe(true);
  expect(safeWrite('0403170701', 'General').asText).toBe(true);
  expect(safeWrite('dutch', 'General').asText).toBe(false);
  expect(safeWrite('dutch', '@').asText).toBe(true);
});
