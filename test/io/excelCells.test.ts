import { flattenCell, flattenRow } from './excelCells';

describe('flattenCell: a cell reads as what it shows', () => {
  it('keeps plain values as they are', () => {
    const date = new Date(Date.UTC(2027, 5, 30));
    expect(flattenCell('Jan')).toBe('Jan');
    expect(flattenCell(85073003328)).toBe(85073003328);
    expect(flattenCell(true)).toBe(true);
    expect(flattenCell(date)).toBe(date);
    expect(flattenCell(null)).toBeNull();
    expect(flattenCell(undefined)).toBeNull();
  });

  it('reads rich text as its runs joined', () => {
    expect(flattenCell({ richText: [{ text: 'Van ' }, { text: 'Damme', font: { bold: true } }] })).toBe('Van Damme');
  });

  it('reads a hyperlink as its text, also when that text is rich', () => {
    expect(flattenCell({ text: 'jan@example.be', hyperlink: 'mailto:jan@example.be' })).toBe('jan@example.be');
    expect(
      flattenCell({ text: { richText: [{ text: 'jan@' }, { text: 'example.be' }] } as never, hyperlink: 'mailto:x' }),
    ).toBe('jan@example.be');
  });

  it('reads a formula as its cached result', () => {
    expect(flattenCell({ formula: 'LOWER("PERSON")', result: 'person' })).toBe('person');
    expect(flattenCell({ formula: 'A1*2', result: 470123456 })).toBe(470123456);
    expect(flattenCell({ sharedFormula: 'B2', result: 'dutch' })).toBe('dutch');
    expect(flattenCell({ formula: 'NOW()' })).toBeNull();
    expect(flattenCell({ formula: 'VLOOKUP(1,A:B,2)', result: { error: '#N/A' } })).toBe('#N/A');
  });

  it('reads an error cell as its text', () => {
    expect(flattenCell({ error: '#REF!' })).toBe('#REF!');
  });
});

describe('flattenRow', () => {
  it('turns exceljs 1-based sparse row values into 0-based cells', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(flattenRow([, 'person', , { richText: [{ text: 'Jan' }] }])).toEqual(['person', null, 'Jan']);
  });
});
