// accounton-import mandates: the template in, MyMinfin's bulk mandate file out, read back byte by byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemplate } from '../../src/io';
import { cli, tempDir } from './run';
import { writeFile } from 'node:fs/promises';

jest.setTimeout(60_000);

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const JAN = {
  person: 'person', firstName: 'Jan', lastName: 'Peeters', email: 'jan@example.be', registrationNumber: '85073003328',
  spouseRegistrationNumber: '17073003384', language: 'dutch', clientCode: 'K-1',
};

async function template(name: string, rows: Record<string, string>[]): Promise<string> {
  const path = join(dir.path, name);
  await writeFile(path, await writeTemplate({ rows }));
  return path;
}

test('writes one line per declarant and partner, CRLF, UTF-8 without BOM, and lists the rows left out', async () => {
  const file = await template('clients.xlsx', [JAN, { ...JAN, firstName: 'Zoë', registrationNumber: '', spouseRegistrationNumber: '', email: 'zoe@example.be', clientCode: 'K-2' }]);
  const out = join(dir.path, 'mandates.csv');
  const run = cli(['mandates', file, out, '--reference', 'clientCode', '--lang', 'nl']);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^2 mandaten geschreven naar .*mandates\.csv/);
  expect(run.stderr).toBe('accounton-import: Rij 3 heeft geen rijksregisternummer en krijgt dus geen mandaat: een Tax-on-web-mandaat vraagt er een.\n');
  const bytes = readFileSync(out);
  expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toBe('85073003328;jan@example.be;;;K-1;;\r\n17073003384;;;;K-1;;\r\n');
});

test('--no-partners, and a start date in the past is refused with exit 2 before anything is written', async () => {
  const file = await template('one.xlsx', [JAN]);
  const out = join(dir.path, 'one.csv');
  expect(cli(['mandates', file, out, '--no-partners']).code).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe('85073003328;jan@example.be;;;;;\r\n');
  const past = cli(['mandates', file, join(dir.path, 'past.csv'), '--start', '20200101', '--lang', 'fr']);
  expect(past.code).toBe(2);
  expect(past.stderr).toMatch(/--start est dans le passé/);
  expect(cli(['mandates', file]).stderr).toMatch(/a file to read and a file to write/);
});
