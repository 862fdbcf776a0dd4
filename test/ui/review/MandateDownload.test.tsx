/** @jest-environment jsdom */
// "Mandate file" on the web review: the preview's validated rows become MyMinfin's file, saved as a download,
// and the rows left out are listed in the user's language.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportPreview } from '../../../src/api/contract/schemas';
import { translate } from '../../../src/ui/review/i18n';
import { MANDATE_FILE, MandateDownload, previewResults } from '../../../src/ui/review/MandateDownload';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

const preview = {
  importOnly: [
    { row: 2, values: { firstName: 'An', lastName: 'Peeters', email: 'an@example.be', registrationNumber: '85073100346', spouseRegistrationNumber: '86022800213' } },
    { row: 4, values: { firstName: 'Bo', lastName: 'Maes' } },
  ],
  duplicates: [{ row: 3, values: { firstName: 'Chris', lastName: 'Janssens', registrationNumber: '90010100123' } }],
  invalid: [{ row: 5, values: { lastName: 'Wrong' }, issues: [] }],
} as unknown as ImportPreview;

async function click(lang: 'en' | 'fr') {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:mandates'; }, revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
  render(
    <FluentProvider theme={webLightTheme}>
      <MandateDownload results={() => previewResults(preview)} lang={lang} />
    </FluentProvider>,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: translate(lang, 'mandates.button') }));
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blobs[0]);
  });
  return { text, names };
}

test('one line per national number (the partner too), in row order, CRLF, no header; the rows left out are listed', async () => {
  const { text, names } = await click('en');
  expect(names).toEqual([MANDATE_FILE]);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.split('\r\n').slice(0, -1).map((l) => l.split(';'))).toEqual([
    ['85073100346', 'an@example.be', '', '', '', '', ''],
    ['86022800213', '', '', '', '', '', ''],
    ['90010100123', '', '', '', '', '', ''],
  ]);
  expect(screen.getByText(/3 mandates in tax-on-web-mandates\.csv/)).toBeTruthy();
  expect(screen.getByText(/Row 4 has no national register number/)).toBeTruthy();
  expect(screen.getByText(/Row 5 is not valid/)).toBeTruthy();
});

test('the notes in French', async () => {
  await click('fr');
  expect(screen.getByText(/3 mandats dans/)).toBeTruthy();
  expect(screen.getByText(/La ligne 4 n'a pas de numéro de registre national/)).toBeTruthy();
});
