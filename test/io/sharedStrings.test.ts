// The shared strings as the reader keeps them: packed in pages, each item read whole or element by element.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readSharedStringsXml } from '../../src/io/sharedStrings';

const sst = (items: string) => `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function read(xml: string, size = xml.length) {
  const bytes = Buffer.from(xml);
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const strings = await readSharedStringsXml(Readable.from(chunks));
  return Array.from({ length: strings.count }, (_, i) => strings.at(i));
}

describe('shared strings', () => {
  const items =
    '<si><t>Plain</t></si><si><t xml:space="preserve"> spaced </t></si><si><t>Tom &amp; Jerry &#233;</t></si>' +
    '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>' +
    '<si><t><![CDATA[<i>]]></t></si><si><t/></si><si/><x:si><x:t>prefixed</x:t></x:si><si><t>€ 5</t></si>';
  const expected = ['Plain', ' spaced ', 'Tom & Jerry é', 'Rich text', '漢字', '<i>', '', '', 'prefixed', '€ 5'];

  it('reads plain, spaced, escaped, rich, phonetic, CDATA, empty and prefixed items', async () => {
    expect(await read(sst(items))).toEqual(expected);
  });

  it('reads the same in chunks of any size (a character of several bytes cut in two included)', async () => {
    for (let size = 1; size <= 40; size++) expect(await read(sst(items), size)).toEqual(expected);
  });

  it('keeps every string across its pages, and nothing outside them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 4090, maxLength: 8300 }), async (texts) => {
        const strings = await readSharedStringsXml(Readable.from([Buffer.from(sst(texts.map((t) => `<si><t>${escape(t)}</t></si>`).join('')))]));
        expect(strings.count).toBe(texts.length);
        for (let i = 0; i < texts.length; i++) expect(strings.at(i)).toBe(texts[i]);
        for (const outside of [-1, texts.length, 1.5, NaN]) expect(strings.at(outside)).toBeUndefined();
      }),
      { numRuns: 5 },
    );
  });

  it('refuses a part cut short', async () => {
    await expect(read(sst(items).slice(0, -20))).rejects.toThrow();
  });
});
