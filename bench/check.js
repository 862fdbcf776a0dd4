// Benchmark: wall time and peak memory of `accounton-import check FILE --json` on a 20,000-row .xlsx.
// Goal: <= 3 s. Run with `npm run bench` (which builds first).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { COLUMNS } = require('../build/core/template/columns.js');

const ROWS = 20000;
const GOAL_SECONDS = 3;
const root = path.join(__dirname, '..');

// A valid national register number for someone born in the 1900s: YYMMDD + counter + 97-check.
function nationalNumber(i) {
  const yy = String(40 + (i % 60)).padStart(2, '0');
  const mm = String(1 + (i % 12)).padStart(2, '0');
  const dd = String(1 + (i % 28)).padStart(2, '0');
  const counter = String(1 + (Math.floor(i / 28) % 997)).padStart(3, '0');
  const nine = `${yy}${mm}${dd}${counter}`;
  return nine + String(97 - (Number(nine) % 97)).padStart(2, '0');
}

// A valid enterprise number: 0 + 7 digits, then 97 - (first 8 mod 97).
function enterpriseNumber(i) {
  const eight = `0${String(2000000 + i).padStart(7, '0')}`;
  return eight + String(97 - (Number(eight) % 97)).padStart(2, '0');
}

function row(i) {
  const values = {
    person: 'person',
    firstName: `Jan${i}`,
    lastName: `Peeters${i}`,
    email: `client${i}@example.be`,
    mobile: `+32470${String(100000 + i).padStart(6, '0')}`,
    registrationNumber: nationalNumber(i),
    street: 'Kerkstraat',
    houseNumber: String(1 + (i % 200)),
    box: '',
    postalCode: String(1000 + (i % 9000)),
    city: 'Gent',
    country: 'Belgium',
    extraPb: '',
    labels: 'kantoor Gent,beheerder X',
    spouseRegistrationNumber: '',
    language: ['dutch', 'french', 'english'][i % 3],
    clientCode: `C${i}`,
    enterpriseNumber: i % 10 === 0 ? enterpriseNumber(i) : '',
    spouseEnterpriseNumber: '',
    declarationDeadline: new Date(Date.UTC(2099, 5, 30)),
    responsibleEmail: 'boss@firm.example.be',
  };
  return COLUMNS.map((c) => values[c.key] || null);
}

async function writeWorkbook(file) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Accounton clients');
  sheet.addRow(COLUMNS.map((c) => c.header));
  for (let i = 0; i < ROWS; i++) sheet.addRow(row(i));
  await workbook.xlsx.writeFile(file);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-bench-'));
  const file = path.join(dir, 'clients.xlsx');
  const usageFile = path.join(dir, 'usage.json');
  try {
    await writeWorkbook(file);
    const started = process.hrtime.bigint();
    const child = spawnSync(
      process.execPath,
      ['--require', path.join(__dirname, 'usage.js'), path.join(root, 'bin/accounton-import.js'), 'check', file, '--json'],
      { env: { ...process.env, USAGE_FILE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (child.status !== 0) {
      throw new Error(`check exited with ${child.status} (expected 0 on valid rows): ${child.stderr}`);
    }
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
    const size = (fs.statSync(file).size / 1e6).toFixed(1);
    console.log(`check --json on a ${ROWS}-row .xlsx (${size} MB):`);
    console.log(`  wall time ${seconds.toFixed(2)} s (goal <= ${GOAL_SECONDS} s) ${seconds <= GOAL_SECONDS ? 'OK' : 'MISSED'}`);
    console.log(`  peak memory (max RSS) ${(usage.maxRSS / 1024).toFixed(0)} MB`);
    // CPU time (all threads) says more than wall time when other processes share the machine.
    console.log(`  CPU time ${(usage.cpu / 1e6).toFixed(2)} s; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
