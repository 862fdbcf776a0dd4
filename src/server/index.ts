// The import API's public surface for the CLI, the dev server and tests.
export { buildApp, API_PREFIX, DEFAULT_BODY_LIMIT, type AppOptions } from './app';
export { startServer, DEFAULT_PORT, type StartOptions, type RunningServer } from './start';
export { openDatabase, DEFAULT_DATABASE, isPostgresUrl, type AppDatabase } from './db';
export { seedDemo, seedDemoFirm, addUser, isEmpty, DEMO_FIRM_NAME, type SeededFirm } from './db/seed';
