// Core validation throughput on 20,000 generated client rows (goal: >= 300,000 rows/s).
// Run with `npm run bench` (builds first); reads the compiled core from build/.
const { validateRows, nationalNumber, enterpriseNumber } = require('../build/core');

const ROWS = 20_000;
const RUNS = 15;

// A small deterministic generator, so every run validates the same sheet.
let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const FIRST = ['Jan', 'An', 'Marie', 'Pieter', 'Sofie', 'Luc', 'Els', 'Thomas', 'Camille', 'Noah'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Wouters', 'Dupont'];
const PLACES = [['1000', 'Brussel'], ['2000', 'Antwerpen'], ['9000', 'Gent'], ['4000', 'Liège'], ['5000', 'Namur'], ['8000', 'Brugge']];
const COUNTRIES = ['', '', '', 'Belgium', 'België', 'Belgique', 'BE'];
const LANGUAGES = ['dutch', 'french', 'english', 'Dutch', 'French'];
const LABELS = ['', '', 'bureau Gent', 'bureau Bruxelles,gestionnaire X', 'vip'];
const PREFIXES = ['+32470', '+32471', '+32475', '+32478', '+32486', '+32495', '+32499'];

function generateRows() {
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const [postalCode, city] = pick(PLACES);
    const year = 1940 + Math.floor(random() * 60);
    const cells = {
      person: 'person',
      firstName: pick(FIRST),
      lastName: pick(LAST),
      email: `client${i}@example.be`,
      mobile: `${pick(PREFIXES)}${String(i).padStart(6, '0')}`,
      registrationNumber: nationalNumber.build(year, 1 + (i % 12), 1 + (i % 28), 1 + (i % 997)),
      street: 'Kerkstraat',
      houseNumber: String(1 + (i % 200)),
      postalCode,
      city,
      country: pick(COUNTRIES),
      labels: pick(LABELS),
      language: pick(LANGUAGES),
      clientCode: `C${i}`,
      declarationDeadline: i % 3 === 0 ? '30/06/2027' : '',
      responsibleEmail: i % 2 === 0 ? 'boss@firm.be' : '',
    };
    if (i % 3 === 0) cells.spouseRegistrationNumber = nationalNumber.build(year + 1, 1 + (i % 12), 2, 1 + (i % 997));
    if (i % 10 === 0) cells.enterpriseNumber = enterpriseNumber.build(10_000_000 + i);
    if (i % 50 === 0) cells.mobile = '0470 12 34 56'; // a few fixable errors, as in real files
    rows.push({ row: i + 2, cells });
  }
  return rows;
}

const rows = generateRows();
const today = new Date(2026, 0, 15);
let best = Infinity;
let bestCpu = Infinity;
let result;
for (let run = 0; run < RUNS; run++) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  result = validateRows(rows, { today });
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(cpu);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
}
const invalid = result.filter((row) => !row.valid).length;
const rate = (ms) => Math.round((ROWS / ms) * 1000).toLocaleString('en');
// Wall time is what a user waits; CPU time shows the cost when other processes share the cores.
console.log(
  `core: validateRows on ${ROWS.toLocaleString('en')} rows: best of ${RUNS} runs ${best.toFixed(1)} ms wall = ` +
    `${rate(best)} rows/s (CPU ${bestCpu.toFixed(1)} ms = ${rate(bestCpu)} rows/s; goal >= 300,000 rows/s; ` +
    `${invalid} invalid rows)`,
);
