// A remembered mapping laid over the suggestion for the sheet at hand: same headers (the signature says so),
// maybe in another order, so each column takes the remembered field of its header, found by name.
import { fold } from '../text';
import type { Mapping } from './types';

export function withRemembered(suggested: Mapping, remembered: Mapping): Mapping {
  const byHeader = new Map(remembered.columns.map((c) => [fold(c.header), c.field]));
  return {
    ...suggested,
    columns: suggested.columns.map((c) => {
      const field = byHeader.get(fold(c.header));
      return field === undefined ? c : { column: c.column, header: c.header, field, by: 'user' };
    }),
  };
}
