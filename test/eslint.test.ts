// The import boundaries of eslint.config.mjs catch what they promise: browser rooms and the core never
// import src/server, and browser code loads neither the classic zod API nor the contract's schemas.ts
// at run time (types are fine). ESLint runs in a child process: its config is an ES module.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
// Loading ESLint and typescript-eslint takes seconds on a busy machine.
jest.setTimeout(120_000);

interface Snippet { file: string; code: string }

/** The no-restricted-imports messages ESLint gives each snippet, as if it were that file of the tree. */
function restrictedImports(snippets: Snippet[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const s of JSON.parse(process.argv[1])) {
        const [result] = await eslint.lintText(s.code, { filePath: s.file });
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { process.stderr.write(String(e.stack)); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(snippets)], { cwd: ROOT, encoding: 'utf8' }));
}

test('browser rooms and the core may not import src/server; the server and the CLI may import the contract', () => {
  const [ui, taskpane, web, commands, excel, apiClient, core, server, cli] = restrictedImports([
    { file: 'src/ui/review/Probe.tsx', code: "import { localizeIssues } from '../../server/localize';\nexport const x = localizeIssues;\n" },
    { file: 'src/taskpane/probe.ts', code: "import type { Me } from '../server/schemas';\nexport type X = Me;\n" },
    { file: 'src/web/probe.ts', code: "import { buildApp } from '../server';\nexport const x = buildApp;\n" },
    { file: 'src/commands/probe.ts', code: "import { sendError } from '../server/errors';\nexport const x = sendError;\n" },
    { file: 'src/excel/probe.ts', code: "import { openDatabase } from '../server/db';\nexport const x = openDatabase;\n" },
    { file: 'src/api/probe.ts', code: "import { serverMessage } from '../server/messages';\nexport const x = serverMessage;\n" },
    { file: 'src/core/probe.ts', code: "import { HttpError } from '../server/errors';\nexport const x = HttpError;\n" },
    { file: 'src/server/probe.ts', code: "import { ErrorSchema } from '../api/contract/schemas';\nexport const x = ErrorSchema;\n" },
    { file: 'src/cli/probe.ts', code: "import { serverMessage } from '../api/contract/messages';\nexport const x = serverMessage;\n" },
  ]);
  for (const messages of [ui, taskpane, web, commands, excel, apiClient, core]) {
    expect(messages).toEqual([expect.stringContaining('do not import src/server')]);
  }
  expect(server).toEqual([]);
  expect(cli).toEqual([]);
});

test('browser code imports the classic zod API and schemas.ts for their types only', () => {
  const [zodValue, zodType, zodMini, schemasValue, schemasType, contractValue, schemasItself] = restrictedImports([
    { file: 'src/ui/probe.ts', code: "import { z } from 'zod';\nexport const x = z.string();\n" },
    { file: 'src/ui/probe.ts', code: "import type { z } from 'zod';\nexport type X = z.ZodType;\n" },
    { file: 'src/api/probe.ts', code: "import * as z from 'zod/mini';\nexport const x = z.string();\n" },
    { file: 'src/taskpane/probe.ts', code: "import { ImportPreviewSchema } from '../api/contract/schemas';\nexport const x = ImportPreviewSchema;\n" },
    { file: 'src/taskpane/probe.ts', code: "import type { ImportPreview } from '../api/contract/schemas';\nexport type X = ImportPreview;\n" },
    { file: 'src/web/probe.ts', code: "import { ACCOUNTON_ONLY_PAGE } from '../api/contract/pages';\nexport const x = ACCOUNTON_ONLY_PAGE;\n" },
    { file: 'src/api/contract/schemas.ts', code: "import { z } from 'zod';\nexport const x = z.string();\n" },
  ]);
  expect(zodValue).toEqual([expect.stringContaining('zod/mini')]);
  expect(schemasValue).toEqual([expect.stringContaining('only types from schemas.ts')]);
  for (const allowed of [zodType, zodMini, schemasType, contractValue, schemasItself]) expect(allowed).toEqual([]);
});
