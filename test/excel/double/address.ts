// The double's own A1 address parser, written apart from src/excel/plan.ts on purpose: a test must not
// share a bug with the code it tests.
import { OfficeError } from './officeError';

export const MAX_ROW = 1_048_576;

export interface Rect {
  r1: number; // 1-based rows
  r2: number;
  c1: number; // 0-based columns
  c2: number;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses one area such as `A1`, `A1:U5`, `B:B`, `5:7`, `$A$1`, with or without a sheet prefix. */
export function parseArea(text: string): Rect {
  const area = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const [a, b = a] = area.trim().replace(/\$/g, '').split(':');
  const part = (s: string) => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new OfficeError('InvalidArgument', `Bad address ${text}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    r1: p.row ?? 1,
    r2: q.row ?? MAX_ROW,
    c1: p.col ?? 0,
    c2: q.col ?? 16_383,
  };
}

export function areaAddress(r: Rect): string {
  const a = `${colLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetter(r.c2)}${r.r2}`;
}

export function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r1 && row <= rect.r2 && col >= rect.c1 && col <= rect.c2;
}

export function isSingle(r: Rect): boolean {
  return r.r1 === r.r2 && r.c1 === r.c2;
}
