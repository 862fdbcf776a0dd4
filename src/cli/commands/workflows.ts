// accounton-import workflows list | workflows create --name NAME --tax-year YEAR --questionnaire-dutch NAME
//   [--questionnaire-french NAME] [--questionnaire-english NAME], with --url/--key like send.
// A workflow is a season: the personal income tax of one assessment year. Exit 0: done; 2: bad usage; 3: the API refused.
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../api/contract/languages';
import { UsageError, type CliIO } from '../args';
import { apiCliMessage } from './apiMessages';
import { printJson, refusedExit, remoteClient, remoteCommand } from './remote';

// One --questionnaire-<language> option per client language.
const QUESTIONNAIRE_OPTIONS = Object.fromEntries(CLIENT_LANGUAGES.map((l) => [`questionnaire-${l}`, { type: 'string' as const }])) as Record<
  `questionnaire-${ClientLanguage}`, { type: 'string' }
>;
const OPTIONS = { name: { type: 'string' }, 'tax-year': { type: 'string' }, ...QUESTIONNAIRE_OPTIONS } as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = remoteCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, positionals, lang, json } = command;
  const [action, ...rest] = positionals;
  if (action === 'list' && rest.length === 0) {
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const workflows = await api.workflows();
      if (json) printJson(io, workflows);
      else io.stdout.write(workflows.map((w) => `${apiCliMessage('workflows.line', lang, { id: w.id, name: w.name, taxYear: w.taxYear })}\n`).join(''));
      return 0;
    });
  }
  if (action === 'create' && rest.length === 0) {
    const taxYear = Number(values['tax-year']);
    const questionnaires = CLIENT_LANGUAGES
      .map((language) => ({ language, name: values[`questionnaire-${language}`] }))
      .filter((q): q is { language: ClientLanguage; name: string } => q.name !== undefined);
    if (!values.name || !Number.isInteger(taxYear) || questionnaires.length === 0) {
      throw new UsageError(apiCliMessage('workflows.createUsage', lang));
    }
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const created = await api.createWorkflow({ name: values.name!, taxYear, questionnaires });
      if (json) printJson(io, created);
      else {
        io.stdout.write(`${apiCliMessage('workflows.created', lang, { name: created.workflow.name, taxYear, id: created.workflow.id, count: created.questionnaires.length })}\n`);
      }
      return 0;
    }, { 'workflow.taxYearTaken': apiCliMessage('workflows.takenHint', lang) });
  }
  throw new UsageError(apiCliMessage('workflows.usage', lang));
}
