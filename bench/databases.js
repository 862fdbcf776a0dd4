'use strict';
// Runs a benchmark on SQLite (a temporary file) and on PostgreSQL (its own schema, dropped after) when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set; BENCH_ONLY=sqlite or BENCH_ONLY=postgres runs one.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function eachDatabase(name, run) {
  const only = process.env.BENCH_ONLY;
  if (only !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-db-`));
    try {
      await run('SQLite', path.join(dir, `${name}.sqlite`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === 'sqlite') return;
  const pg = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!pg) {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL=postgres://...)');
    return;
  }
  const schema = `${name}_${process.pid}`;
  try {
    await run('PostgreSQL', pg, schema);
  } finally {
    const { Pool } = require('pg');
    const pool = new Pool({ connectionString: pg, max: 1 });
    await pool.query(`drop schema if exists ${schema} cascade`);
    await pool.end();
  }
}

module.exports = { eachDatabase };
