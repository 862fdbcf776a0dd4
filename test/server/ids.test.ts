// New rows' ids sort in the order they were made: what keeps a large commit's index writes together.
import { newId } from '../../src/server/ids';

test('ids made one after another sort in that order, and are never repeated', () => {
  const ids = Array.from({ length: 10000 }, () => newId());
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});

test('an id is a UUID', () => {
  expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
