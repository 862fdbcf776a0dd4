#!/usr/bin/env node
// npm start: builds what is out of date, then runs the import API on SQLite (./data/) and serves the web
// importer and the add-in files from the same process and origin (no CORS set-up locally). Serves https with
// the Office add-in dev certificate (~/.office-addin-dev-certs), creating it on the first start as
// office-addin-dev-certs does, without sudo; trusting it is one step the user takes (printed). --http serves
// plain http, enough for the web importer alone.
//   node scripts/start.js [--port 3000] [--db data/accounton.sqlite] [--no-sideload] [--http]
const { spawn, spawnSync } = require('node:child_process');
const { X509Certificate } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const BUILD = path.join(ROOT, 'build');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The newest modification time under `target` (a file or a directory), 0 when it does not exist. */
function newest(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
  return max;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed; fix the error above and run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

/** The https port of the add-in's manifest (its SourceLocation), so the add-in finds the server. */
function manifestPort() {
  try {
    const match = /<SourceLocation[^>]*DefaultValue="https:\/\/localhost:(\d+)\//.exec(fs.readFileSync(MANIFEST, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function buildIfNeeded() {
  const scripts = require(path.join(ROOT, 'package.json')).scripts ?? {};
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'webpack.config.js')),
    newest(MANIFEST), newest(path.join(ROOT, 'assets')));
  const built = newest(DIST);
  if (scripts.build && built < sources) {
    console.log(built === 0 ? 'dist/ is missing: building it (npm run build)…' : 'src/ changed since the last build: rebuilding (npm run build)…');
    run(NPM, ['run', 'build']);
  } else if (scripts.build) {
    console.log('dist/ is up to date: no build needed.');
  }
  // The server runs from build/ (tsc); `npm run build` may already have refreshed it.
  const server = ['core', 'io', 'server', 'api', 'cli'].map((d) => newest(path.join(ROOT, 'src', d)));
  if (newest(path.join(BUILD, 'server', 'start.js')) === 0 || newest(BUILD) < Math.max(...server)) run(NPM, ['run', 'build:node']);
}

/** True when the certificate file exists and is valid for at least another day. */
function stillValid(file) {
  try {
    return new Date(new X509Certificate(fs.readFileSync(file)).validTo).getTime() > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/**
 * The Office add-in dev certificate for localhost: the one `npx office-addin-dev-certs install` made, or a new
 * one (with its CA) made here by the same package, in the same folder. Only files in the user's home: no
 * sudo, nothing added to a trust store (`created` says the user has that step to take).
 */
async function devCertificate() {
  const ca = path.join(CERT_DIR, 'ca.crt');
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const key = path.join(CERT_DIR, 'localhost.key');
  let created = false;
  if (!fs.existsSync(key) || !stillValid(cert) || !stillValid(ca)) {
    const { generateCertificates } = require('office-addin-dev-certs');
    await generateCertificates(ca, cert, key);
    created = true;
  }
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca, created };
}

/** How to make the browser or Office trust the dev CA, per platform; none of it needs sudo. */
function trustInstructions(ca) {
  return [
    `Created a development certificate for https://localhost in ${CERT_DIR}. Office and the browser load the`,
    'add-in only once they trust its authority (ca.crt), a step taken once:',
    `  Windows: certutil -user -addstore Root "${ca}"   (your user's Trusted Root store; confirm the prompt)`,
    `  macOS:   security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${ca}`,
    '  Linux (Excel on the web in Chrome or Chromium): Settings > Privacy and security > Security > Manage certificates >',
    `           Authorities > Import > ${ca}, and tick "Trust this certificate for identifying websites";`,
    `           Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import > ${ca}.`,
    'Then reload the page (restart Excel on Windows and macOS). The certificate is valid 30 days; npm start makes a new one after that.',
  ].join('\n');
}

/** office-addin-debugging when installed (an optional dependency: it does not install on Linux), else npx's. */
function debuggingCommand() {
  try {
    const cli = require.resolve('office-addin-debugging/cli.js');
    return { command: process.execPath, args: [cli] };
  } catch {
    return { command: NPX, args: ['--yes', 'office-addin-debugging'] };
  }
}

function sideload(https, port) {
  if (!fs.existsSync(MANIFEST)) return;
  const manifest = path.relative(process.cwd(), MANIFEST) || 'manifest.xml';
  if (process.platform === 'win32' || process.platform === 'darwin') {
    if (!https) {
      console.log('Not sideloading into Excel: the add-in needs https. Install the dev certificate (see README) and run npm start again.');
      return;
    }
    const debugging = debuggingCommand();
    console.log(`Sideloading the add-in into Excel desktop (office-addin-debugging start ${manifest}${debugging.command === NPX ? ', through npx' : ''})…`);
    const child = spawn(debugging.command, [...debugging.args, 'start', manifest, '--no-debug', '--dev-server-port', String(port)], {
      cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' && debugging.command === NPX,
    });
    child.on('exit', (code) => {
      if (code !== 0) console.log(`Sideloading failed (exit ${code}). Sideload by hand: in Excel, Insert > Add-ins > Upload My Add-in > ${manifest}.`);
    });
    return;
  }
  console.log([
    'Excel desktop does not run on Linux, so nothing is sideloaded. To try the add-in, use Excel on the web:',
    `  Insert > Add-ins > More Add-ins > Upload My Add-in, and choose ${manifest}`,
    https ? '  (the browser must trust the dev certificate: see the README, "Send and review").' : '  (it needs https: install the dev certificate, see the README, then run npm start again).',
  ].join('\n'));
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, db: { type: 'string' }, 'no-sideload': { type: 'boolean' }, http: { type: 'boolean' } },
  });
  process.chdir(ROOT);
  buildIfNeeded();

  const { startServer, hasServerFlags, relaunchWithServerFlags, untilStopped } = require(path.join(BUILD, 'server', 'start.js'));
  // The server's Node flags (a bounded heap) apply from a process's start only: run again with them.
  if (!hasServerFlags()) {
    process.exitCode = await relaunchWithServerFlags();
    return;
  }
  const { DEFAULT_DATABASE } = require(path.join(BUILD, 'server', 'db', 'index.js'));
  const https = values.http ? null : await devCertificate();
  const port = Number(values.port ?? process.env.PORT ?? manifestPort() ?? 3000);
  const databaseUrl = values.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  let server;
  try {
    server = await startServer({
      databaseUrl,
      port,
      host: 'localhost',
      staticDir: fs.existsSync(DIST) ? DIST : undefined,
      https: https ? { cert: https.cert, key: https.key } : undefined,
      corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    });
  } catch (err) {
    if (err && err.code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use. Stop the other program, or run: npm start -- --port 3443`);
      process.exit(1);
    }
    throw err;
  }

  // The port bound, which differs from the one asked for with --port 0.
  const bound = Number(new URL(server.url).port);
  const origin = `${https ? 'https' : 'http'}://localhost:${bound}`;
  console.log('');
  if (fs.existsSync(path.join(DIST, 'index.html'))) console.log(`Web importer:  ${origin}/`);
  else console.log('Web importer:  not built (dist/index.html is missing; "npm run build" makes it).');
  if (fs.existsSync(path.join(DIST, 'taskpane.html'))) console.log(`Add-in pane:   ${origin}/taskpane.html`);
  console.log(`Import API:    ${origin}/api/v1 (OpenAPI: ${origin}/api/v1/openapi.json)`);
  console.log(`Database:      ${/^postgres/i.test(databaseUrl) ? 'PostgreSQL (DATABASE_URL)' : path.resolve(databaseUrl)}`);
  if (!https) console.log('\nServing plain http (--http): enough for the web importer; the add-in needs https (npm start without --http).');
  if (https?.created) console.log(`\n${trustInstructions(https.ca)}`);
  if (server.demo) {
    console.log(`\nFirst start: created the demo firm with an admin user. Its API key is shown only this once; keep it:`);
    console.log(`  ${server.demo.adminKey}`);
    console.log('Paste it into the web importer (or the add-in settings) and press "Test connection".');
  }
  console.log('');
  if (!values['no-sideload']) sideload(Boolean(https), bound);
  console.log('\nPress Ctrl+C to stop.');

  await untilStopped();
  await server.close();
  process.exit(0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
