// accounton-import mandates FILE OUT.csv [--reference clientCode|name] [--start yyyymmdd] [--end yyyymmdd]
//   [--no-partners] [--sheet NAME] [--language-codes dutch=X,french=Y,english=Z --firm-language L]
// Writes MyMinfin's bulk mandate file from a filled-in template. Exit 0: written, every row has its line;
// 1: written, some rows listed without a line; 2: bad usage or unreadable file.
import { writeFile } from 'node:fs/promises';
import { validateRows } from '../../core';
import type { Lang } from '../../core/lang';
import { LANGUAGES, type Language } from '../../core/languages';
import { buildMandates, MandateOptionError } from '../../core/mandates';
import { mandateMessage, noteMessage, optionErrorMessage } from '../../core/mandates/messages';
import { readFile } from '../../io/file';
import { twoFileCommand, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';

const OPTIONS = {
  reference: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'no-partners': { type: 'boolean' },
  sheet: { type: 'string' },
  'language-codes': { type: 'string' },
  'firm-language': { type: 'string' },
} as const;

function language(value: string, option: string, lang: Lang): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError(cliMessage('usage.badOption', lang, { option, detail: value }));
  return value as Language;
}

/** `dutch=X,french=Y`: the codes of field 4 once the firm knows them. */
function languageCodes(text: string | undefined, lang: Lang): Partial<Record<Language, string>> | undefined {
  if (text === undefined) return undefined;
  const codes: Partial<Record<Language, string>> = {};
  for (const pair of text.split(',')) {
    const [name, code] = pair.split('=');
    if (!code || /[;\r\n]/.test(code)) throw new UsageError(cliMessage('usage.badOption', lang, { option: '--language-codes', detail: pair }));
    codes[language(name.trim(), '--language-codes', lang)] = code.trim();
  }
  return codes;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = twoFileCommand(args, OPTIONS, 'mandates', 'clients.xlsx mandates.csv', io);
  if (!command) return 0;
  const { values, lang, file, out } = command;
  const reference = values.reference ?? 'none';
  if (!['clientCode', 'name', 'none'].includes(reference)) {
    throw new UsageError(cliMessage('usage.badOption', lang, { option: '--reference', detail: reference }));
  }

  const read = await readFile(file, { sheet: values.sheet, lang });
  const results = validateRows(read.rows, { lang, columns: read.columns });
  let built;
  try {
    built = buildMandates(results, {
      reference: reference as 'clientCode' | 'name' | 'none',
      start: values.start,
      end: values.end,
      partners: !values['no-partners'],
      languageCodes: languageCodes(values['language-codes'], lang),
      firmLanguage: values['firm-language'] === undefined ? undefined : language(values['firm-language'], '--firm-language', lang),
      today: new Date(),
    });
  } catch (error) {
    if (error instanceof MandateOptionError) throw new UsageError(optionErrorMessage(error, lang));
    throw error;
  }
  // UTF-8 without BOM, CRLF line ends: what the MyMinfin upload expects of a text file.
  await writeFile(out, built.text, 'utf8');
  for (const note of built.notes) io.stderr.write(`accounton-import: ${noteMessage(note, lang)}\n`);
  io.stdout.write(`${mandateMessage('written', lang, { lines: built.lines, path: out })}\n`);
  return built.notes.some((n) => n.kind === 'invalid' || n.kind === 'noNationalNumber') ? 1 : 0;
}
