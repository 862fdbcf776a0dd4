// Benchmark: wall time and peak memory of `accounton-import check FILE --json` on a 20,000-row .xlsx.
// Goal: <= 3 s. Run with `npm run bench` (which builds first).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { writeWorkbook } = require('./workbook');

const ROWS = 20000;
const GOAL_SECONDS = 3;
const root = path.join(__dirname, '..');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-bench-'));
  const file = path.join(dir, 'clients.xlsx');
  const usageFile = path.join(dir, 'usage.json');
  try {
    await writeWorkbook(file, ROWS);
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
