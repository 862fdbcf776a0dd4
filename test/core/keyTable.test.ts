import fc from 'fast-check';
import { KeyTable } from '../../src/core/keyTable';

type Op = { kind: 'set' | 'getOrAdd' | 'delete' | 'get'; key: string; value: number };

// Few distinct keys, so sequences revisit, delete and re-add the same keys; many steps, so the table grows.
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('set', 'getOrAdd', 'delete', 'get'),
  key: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 300 }).map(String)),
  value: fc.integer({ min: 0, max: 1000 }),
});

describe('KeyTable', () => {
  it('answers every sequence of operations as a Map does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const table = new KeyTable<number>();
        const map = new Map<string, number>();
        for (const { kind, key, value } of ops) {
          if (kind === 'set') {
            table.set(key, value);
            map.set(key, value);
          } else if (kind === 'getOrAdd') {
            const before = map.get(key);
            if (before === undefined) map.set(key, value);
            expect(table.getOrAdd(key, value)).toBe(before);
          } else if (kind === 'delete') {
            table.delete(key);
            map.delete(key);
          }
          expect(table.get(key)).toBe(map.get(key));
        }
        for (const [key, value] of map) expect(table.get(key)).toBe(value);
      }),
    );
  });

  it('holds thousands of keys, including ones that differ only late', () => {
    const table = new KeyTable<number>();
    for (let i = 0; i < 5000; i++) table.set(`85073003${String(i).padStart(3, '0')}`, i);
    for (let i = 0; i < 5000; i += 2) table.delete(`85073003${String(i).padStart(3, '0')}`);
    for (let i = 0; i < 5000; i++) expect(table.get(`85073003${String(i).padStart(3, '0')}`)).toBe(i % 2 ? i : undefined);
    expect(table.get('')).toBeUndefined();
  });
});
