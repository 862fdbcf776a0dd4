/** 0 -> 'A', 25 -> 'Z', 26 -> 'AA'. */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0) + 1;
  if (n < 1) throw new RangeError(`Column index must be >= 0, got ${index0}`);
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' -> 0, 'AA' -> 26 (case-insensitive); -1 for anything that is not a column letter. */
export function columnIndex(letter: string): number {
  const upper = letter.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) return -1;
  let n = 0;
  for (const ch of upper) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
