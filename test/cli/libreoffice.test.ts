// `check` on a workbook saved by LibreOffice from a CSV, as an accountant's export would be: LibreOffice
// turns identifiers into numbers (dropping leading zeros and the '+') and ISO dates into date cells.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './run';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
if (!SOFFICE && process.env.CI) throw new Error('soffice is required in CI (.ci/run installs libreoffice-calc-nogui)');
if (!SOFFICE) console.log('Skipping the LibreOffice test: soffice is not installed (apt-get install libreoffice-calc-nogui).');
const withSoffice = SOFFICE ? it : it.skip;

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const CSV = [
  'Person,Firstname,Lastname,Email,Mobile Number,Registration Number,Language,Declaration Deadline',
  'person,Jan,Peeters,jan@example.be,+32470123456,85073003328,dutch,2099-06-30',
  'person,Els,Peeters,els@example.be,0470123457,01020312345,dutch,30/06/2099',
  'person,Paul,Dupont,paul@example.be,+3224561234,85073003329,french,',
  '',
].join('\n');

withSoffice(
  'gives the right verdict on a workbook LibreOffice saved',
  () => {
    const source = join(dir.path, 'clients.csv');
    writeFileSync(source, CSV);
    const converted = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(dir.path, 'profile')}`, // its own profile: other soffice runs may be open
        '--headless',
        '--infilter=CSV:44,34,76,1', // comma, double quote, UTF-8, from line 1
        '--convert-to',
        'xlsx',
        '--outdir',
        dir.path,
        source,
      ],
      { encoding: 'utf8', timeout: 150_000 },
    );
    const file = join(dir.path, 'clients.xlsx');
    expect({ status: converted.status, made: existsSync(file) }).toEqual({ status: 0, made: true });

    const run = cli(['check', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.sheet).not.toBe('');
    expect(report.summary).toEqual({ rows: 3, valid: 2, invalid: 1, withWarnings: 2 });
    const [jan, els, paul] = report.rows;
    const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code).sort();

    expect(jan.values).toMatchObject({ mobile: '+32470123456', registrationNumber: '85073003328', declarationDeadline: '2099-06-30' });
    expect(codes(jan)).toEqual(['mobile.restoredPlus']);

    expect(els.values).toMatchObject({ mobile: '+32470123457', registrationNumber: '01020312345', declarationDeadline: '2099-06-30' });
    expect(codes(els)).toEqual(['mobile.restoredPlus', 'registrationNumber.restoredZero']);

    expect(paul.valid).toBe(false);
    expect(codes(paul)).toContain('registrationNumber.checksum');
    // A landline is never accepted as a mobile, whatever shape LibreOffice gave it.
    expect(paul.issues).toContainEqual(expect.objectContaining({ field: 'mobile', severity: 'error' }));
  },
  180_000,
);
