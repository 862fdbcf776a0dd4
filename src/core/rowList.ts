// Row numbers as a message lists them: "3, 7", or "3, 7, 9, …" when there are more than it shows (the
// message says how many, or the list beside it holds them all).

export function rowList(shown: readonly number[], total: number): string {
  const listed = shown.join(', ');
  return total > shown.length ? `${listed}, …` : listed;
}
