// Benchmark: `accounton-import check FILE --json`, run as a user runs the command (the bin file itself, so its
// start-up line's flags count), against the Python script a firm would write
// (bench/check.py: openpyxl read-only + python-stdnum + phonenumbers), run alternately on the same
// 20,000-row .xlsx; then 100,000 rows, an AdminPulse export of 20,000 (read through the mapping; no goal), and
// `--help` start-up. Wall and CPU time, peak RSS of each child.
// Goals (issue 16): 20k check <= 0.2x Python's wall time and <= 100 MB; 100k <= 5.5x the 20k time and
// <= 150 MB; --help <= 0.2 s. Run with `npm run bench` (which builds first); BENCH_RUNS (default 5).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { writeAdminPulse, writeWorkbook } = require('./workbook');

const RUNS = Number(process.env.BENCH_RUNS || 5);
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-openpyxl, python3-stdnum, python3-phonenumbers
const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin/accounton-import.js');
const TIME = '/usr/bin/time';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run of a command: wall and CPU seconds, peak RSS in MB (GNU time's, else the child's own for node). */
function measure(command, args, expectStatus = 0) {
  const usageFile = path.join(os.tmpdir(), `accounton-bench-usage-${process.pid}.json`);
  const timed = fs.existsSync(TIME);
  const argv = timed ? ['-f', '%e %U %S %M', command, ...args] : args;
  const preload = timed || command === PYTHON ? {} : { NODE_OPTIONS: `--require ${path.join(__dirname, 'usage.js')}` };
  const started = process.hrtime.bigint();
  const child = spawnSync(timed ? TIME : command, argv, {
    env: { ...process.env, USAGE_FILE: usageFile, ...preload },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== expectStatus) throw new Error(`${command} ${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(-2000)}`);
  if (timed) {
    const [, user, sys, rssKb] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { wall, cpu: user + sys, rss: rssKb / 1024 };
  }
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
  return { wall, cpu: usage.cpu / 1e6, rss: usage.maxRSS / 1024 };
}

const check = (file) => measure(cli, ['check', file, '--json']);
// The same through `node` itself, which ignores the bin's start-up line: what that line's flags are worth.
const checkWithNode = (file) => measure(process.execPath, [cli, 'check', file, '--json']);

function summary(runs) {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rss: Math.max(...runs.map((r) => r.rss)),
  };
}

const fmt = (s) => `wall ${s.wall.toFixed(2)} s, CPU ${s.cpu.toFixed(2)} s, peak RSS ${s.rss.toFixed(0)} MB`;
const verdict = (ok) => (ok ? 'OK' : 'MISSED');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-bench-'));
  try {
    const small = path.join(dir, 'clients-20k.xlsx');
    const large = path.join(dir, 'clients-100k.xlsx');
    await writeWorkbook(small, 20000);
    await writeWorkbook(large, 100000);
    const python = fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl, stdnum, phonenumbers']).status === 0;
    if (!python) console.log(`Skipping the Python comparison: ${PYTHON} with python3-openpyxl, python3-stdnum and python3-phonenumbers is needed.`);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs; ${RUNS} alternating runs, medians`);

    const ours = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(check(small));
      if (python) theirs.push(measure(PYTHON, [path.join(__dirname, 'check.py'), small]));
    }
    const ours20 = summary(ours);
    console.log(`check --json, 20,000 rows (${(fs.statSync(small).size / 1e6).toFixed(1)} MB): ${fmt(ours20)}`);
    if (python) {
      const py = summary(theirs);
      const ratio = ours20.wall / py.wall;
      console.log(`bench/check.py, same file:            ${fmt(py)}`);
      console.log(`  ratio ours/Python: wall ${ratio.toFixed(3)} (goal <= 0.2) ${verdict(ratio <= 0.2)}, CPU ${(ours20.cpu / py.cpu).toFixed(2)}`);
    }
    console.log(`  peak RSS ${ours20.rss.toFixed(0)} MB (goal <= 100 MB) ${verdict(ours20.rss <= 100)}`);
    const plain = summary(Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () => checkWithNode(small)));
    console.log(`  node bin/accounton-import.js (skips the bin's first line; the bin sets the growth factor): ${fmt(plain)}`);

    const large100 = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) large100.push(check(large));
    const ours100 = summary(large100);
    const growth = ours100.wall / ours20.wall;
    console.log(`check --json, 100,000 rows (${(fs.statSync(large).size / 1e6).toFixed(1)} MB): ${fmt(ours100)}`);
    console.log(`  ${growth.toFixed(2)}x the 20,000-row wall time (goal <= 5.5x) ${verdict(growth <= 5.5)}, CPU ${(ours100.cpu / ours20.cpu).toFixed(2)}x`);
    console.log(`  peak RSS ${ours100.rss.toFixed(0)} MB (goal <= 150 MB) ${verdict(ours100.rss <= 150)}`);

    // No goal: a file read through the mapping engine is still read whole (README, Performance).
    const adminPulse = path.join(dir, 'adminpulse-20k.xlsx');
    await writeAdminPulse(adminPulse, 20000);
    const mapped = summary(Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () => check(adminPulse)));
    console.log(`check --json, an AdminPulse export of 20,000 persons (read whole, through the mapping): ${fmt(mapped)}`);

    const help = summary(Array.from({ length: RUNS }, () => measure(cli, ['--help'])));
    const bare = summary(Array.from({ length: RUNS }, () => measure(process.execPath, ['-e', '0'])));
    console.log(`accounton-import --help: ${fmt(help)} (goal <= 0.2 s) ${verdict(help.wall <= 0.2)}; node -e 0 alone: wall ${bare.wall.toFixed(2)} s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
