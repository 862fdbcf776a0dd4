// The words of the serve, seed-demo and send commands, in EN/FR/NL.
import { catalogReader, type Params } from '../../core/catalog';
import type { Lang } from '../../core/lang';

const en = {
  'serve.listening': 'Accounton import API listening on {url} (database: {db}).',
  'serve.demo': 'Created the demo firm "{firm}". Its admin API key is shown only this once; keep it:\n  {key}\nStaff key: {staffKey}',
  'serve.stop': 'Press Ctrl+C to stop.',
  'serve.badPort': 'The port must be a number from 0 to 65535, e.g. --port 3001.',
  'send.noKey': 'No API key. Pass --key KEY or set ACCOUNTON_API_KEY (serve prints the demo admin key on first start; seed-demo prints one too).',
  'send.noWorkflow': 'The firm has no workflow to import into. Create one in Accounton, or pass --workflow ID.',
  'send.failed': 'The import API refused the file: {message}',
  'send.title': 'Import {id} into "{workflow}": {total} rows.',
  'send.importOnly': 'New clients (only in the import): {count}',
  'send.accountonOnly': 'Only in Accounton: {count} ({notLinked} not linked to this workflow)',
  'send.duplicates': 'Duplicates (in both): {count}',
  'send.invalid': 'Invalid rows: {count}',
  'send.newClient': '  row {row}: {name} <{email}>, {language}',
  'send.duplicate': '  row {row}: {name}, matched by {rule}; {changes}',
  'send.noChange': 'no differences',
  'send.changes': 'differs in {fields}',
  'send.invalidRow': '  row {row}, {column}: {message}',
  'send.client': '  {name} <{email}>{notLinked}',
  'send.notLinked': ' (not linked to the workflow)',
  'send.more': '  … and {count} more (use --json for all)',
  'send.next': 'Nothing was added yet. Review and add the clients in the add-in or the web importer ({url}).',
};
type Code = keyof typeof en;
type Catalog = Record<Code, string>;

const fr: Catalog = {
  'serve.listening': "API d'import Accounton à l'écoute sur {url} (base de données : {db}).",
  'serve.demo': "Cabinet de démonstration « {firm} » créé. Sa clé d'API administrateur n'est affichée qu'une fois ; conservez-la :\n  {key}\nClé collaborateur : {staffKey}",
  'serve.stop': 'Ctrl+C pour arrêter.',
  'serve.badPort': 'Le port doit être un nombre de 0 à 65535, p. ex. --port 3001.',
  'send.noKey': "Aucune clé d'API. Passez --key CLÉ ou définissez ACCOUNTON_API_KEY (serve affiche la clé administrateur de démo au premier démarrage ; seed-demo en affiche une aussi).",
  'send.noWorkflow': "Le cabinet n'a aucun workflow où importer. Créez-en un dans Accounton, ou passez --workflow ID.",
  'send.failed': "L'API d'import a refusé le fichier : {message}",
  'send.title': 'Import {id} dans « {workflow} » : {total} lignes.',
  'send.importOnly': "Nouveaux clients (seulement dans l'import) : {count}",
  'send.accountonOnly': 'Seulement dans Accounton : {count} ({notLinked} non liés à ce workflow)',
  'send.duplicates': 'Doublons (des deux côtés) : {count}',
  'send.invalid': 'Lignes invalides : {count}',
  'send.newClient': '  ligne {row} : {name} <{email}>, {language}',
  'send.duplicate': '  ligne {row} : {name}, trouvé par {rule} ; {changes}',
  'send.noChange': 'aucune différence',
  'send.changes': 'diffère pour {fields}',
  'send.invalidRow': '  ligne {row}, {column} : {message}',
  'send.client': '  {name} <{email}>{notLinked}',
  'send.notLinked': ' (non lié au workflow)',
  'send.more': '  … et {count} de plus (--json pour tout voir)',
  'send.next': "Rien n'a encore été ajouté. Revoyez et ajoutez les clients dans le complément ou l'importateur web ({url}).",
};

const nl: Catalog = {
  'serve.listening': 'Accounton import-API luistert op {url} (database: {db}).',
  'serve.demo': 'Demokantoor "{firm}" aangemaakt. De API-sleutel van de beheerder wordt maar één keer getoond; bewaar hem:\n  {key}\nSleutel medewerker: {staffKey}',
  'serve.stop': 'Druk op Ctrl+C om te stoppen.',
  'serve.badPort': 'De poort moet een getal van 0 tot 65535 zijn, bv. --port 3001.',
  'send.noKey': 'Geen API-sleutel. Geef --key SLEUTEL of zet ACCOUNTON_API_KEY (serve toont de demosleutel van de beheerder bij de eerste start; seed-demo toont er ook een).',
  'send.noWorkflow': 'Het kantoor heeft geen workflow om in te importeren. Maak er een aan in Accounton, of geef --workflow ID.',
  'send.failed': 'De import-API weigerde het bestand: {message}',
  'send.title': 'Import {id} in "{workflow}": {total} rijen.',
  'send.importOnly': 'Nieuwe klanten (enkel in de import): {count}',
  'send.accountonOnly': 'Enkel in Accounton: {count} ({notLinked} niet gekoppeld aan deze workflow)',
  'send.duplicates': 'Dubbels (in beide): {count}',
  'send.invalid': 'Ongeldige rijen: {count}',
  'send.newClient': '  rij {row}: {name} <{email}>, {language}',
  'send.duplicate': '  rij {row}: {name}, gevonden via {rule}; {changes}',
  'send.noChange': 'geen verschillen',
  'send.changes': 'verschilt in {fields}',
  'send.invalidRow': '  rij {row}, {column}: {message}',
  'send.client': '  {name} <{email}>{notLinked}',
  'send.notLinked': ' (niet gekoppeld aan de workflow)',
  'send.more': '  … en nog {count} (gebruik --json voor alles)',
  'send.next': 'Er werd nog niets toegevoegd. Bekijk en voeg de klanten toe in de invoegtoepassing of de webimporter ({url}).',
};

const read = catalogReader<Code>({ en, fr, nl });

export function apiCliMessage(code: Code, lang: Lang, params: Params = {}): string {
  return read(lang, code, params);
}
