// Messages of the file reader and the template writer, in the user's language.
// Every reading error says what is wrong and how to fix it.
import { catalogReader, type Params } from '../core/catalog';
import type { Lang } from '../core/lang';

const en = {
  'read.empty': 'The file is empty. Choose the filled-in client template (.xlsx or .csv).',
  'read.notFound': 'File not found: {path}. Check the path and the file name.',
  'read.cannotOpen': 'Cannot open {path}. Check that it is a file you are allowed to read.',
  'read.unsupportedType':
    'Files of type "{ext}" cannot be read. Use an Excel workbook (.xlsx) or a CSV file (.csv).',
  'read.oldExcel':
    'This is an old Excel 97–2003 file (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  'read.notXlsx':
    'This file is not an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)" or as "CSV UTF-8", and try again.',
  'read.corrupt':
    'The workbook is damaged and cannot be read. Open it in Excel, save it again as .xlsx, and try again.',
  'read.noSheets': 'The workbook has no worksheet. Fill in the Accounton client template and try again.',
  'read.sheetNotFound': 'There is no sheet named "{sheet}". Choose one of: {sheets}.',
  'read.noHeader':
    'No header row with the template\'s columns ({required}) was found in {where}. Put the template\'s header row above your data, or start from the Accounton client template.',
  'read.whereSheets': 'sheet {sheets}',
  'read.whereCsv': 'the file',
  'read.encoding':
    'The CSV file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)" and try again.',
  'read.csvMalformed':
    'Line {line} of the CSV file cannot be read (for example, a quote is not closed). Fix that line, or save the file again from Excel as "CSV UTF-8".',
  'read.tooLarge':
    'The workbook is too large to read here: its sheet unpacks to {mb} MB (limit {limitMb} MB). Split the clients over several files, or remove other content from the workbook.',
  'read.tooManyRows': 'The sheet has more than {limit, plural, one {# row} other {# rows}}. Split the clients over several files of at most {limit, plural, one {# row} other {# rows}}.',
  'read.tooManyColumns': 'A row of the sheet uses more than {limit} columns. Delete the columns to the right of the template\'s columns.',
  'read.tooSlow': 'Reading the workbook took longer than {seconds, plural, one {# second} other {# seconds}}. Split the clients over several smaller files.',
  'template.listErrorTitle': 'Value not in the list',
  'template.listError': 'Choose one of: {values}.',
} as const;

export type IoMessageCode = keyof typeof en;
type Catalog = Record<IoMessageCode, string>;

const fr: Catalog = {
  'read.empty': 'Le fichier est vide. Choisissez le modèle clients complété (.xlsx ou .csv).',
  'read.notFound': 'Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.',
  'read.cannotOpen': "Impossible d'ouvrir {path}. Vérifiez qu'il s'agit d'un fichier que vous pouvez lire.",
  'read.unsupportedType':
    'Les fichiers de type « {ext} » ne peuvent pas être lus. Utilisez un classeur Excel (.xlsx) ou un fichier CSV (.csv).',
  'read.oldExcel':
    'Ceci est un ancien fichier Excel 97–2003 (.xls). Ouvrez-le dans Excel et enregistrez-le comme « Classeur Excel (.xlsx) ».',
  'read.notXlsx':
    "Ce fichier n'est pas un classeur Excel (.xlsx). Enregistrez-le depuis Excel comme « Classeur Excel (.xlsx) » ou « CSV UTF-8 », puis réessayez.",
  'read.corrupt':
    'Le classeur est endommagé et ne peut pas être lu. Ouvrez-le dans Excel, enregistrez-le à nouveau en .xlsx, puis réessayez.',
  'read.noSheets': "Le classeur n'a aucune feuille. Complétez le modèle clients Accounton et réessayez.",
  'read.sheetNotFound': "Il n'y a pas de feuille nommée « {sheet} ». Choisissez parmi : {sheets}.",
  'read.noHeader':
    "Aucune ligne d'en-tête avec les colonnes du modèle ({required}) n'a été trouvée dans {where}. Placez la ligne d'en-tête du modèle au-dessus de vos données, ou partez du modèle clients Accounton.",
  'read.whereSheets': 'la feuille {sheets}',
  'read.whereCsv': 'le fichier',
  'read.encoding':
    "Le fichier CSV n'est pas en UTF-8. Dans Excel, enregistrez-le comme « CSV UTF-8 (délimité par des virgules) » et réessayez.",
  'read.csvMalformed':
    'La ligne {line} du fichier CSV ne peut pas être lue (par exemple, un guillemet non fermé). Corrigez cette ligne, ou enregistrez à nouveau le fichier depuis Excel en « CSV UTF-8 ».',
  'read.tooLarge':
    'Le classeur est trop volumineux pour être lu ici : sa feuille se décompresse en {mb} Mo (limite {limitMb} Mo). Répartissez les clients sur plusieurs fichiers, ou supprimez d\'autres contenus du classeur.',
  'read.tooManyRows': 'La feuille a plus de {limit, plural, one {# ligne} other {# lignes}}. Répartissez les clients sur plusieurs fichiers de {limit, plural, one {# ligne} other {# lignes}} au plus.',
  'read.tooManyColumns': 'Une ligne de la feuille utilise plus de {limit} colonnes. Supprimez les colonnes à droite de celles du modèle.',
  'read.tooSlow': 'La lecture du classeur a pris plus de {seconds, plural, one {# seconde} other {# secondes}}. Répartissez les clients sur plusieurs fichiers plus petits.',
  'template.listErrorTitle': 'Valeur hors liste',
  'template.listError': 'Choisissez parmi : {values}.',
};

const nl: Catalog = {
  'read.empty': 'Het bestand is leeg. Kies het ingevulde klantensjabloon (.xlsx of .csv).',
  'read.notFound': 'Bestand niet gevonden: {path}. Controleer het pad en de bestandsnaam.',
  'read.cannotOpen': 'Kan {path} niet openen. Controleer of het een bestand is dat u mag lezen.',
  'read.unsupportedType':
    'Bestanden van het type "{ext}" kunnen niet gelezen worden. Gebruik een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).',
  'read.oldExcel':
    'Dit is een oud Excel 97–2003-bestand (.xls). Open het in Excel en sla het op als "Excel-werkmap (.xlsx)".',
  'read.notXlsx':
    'Dit bestand is geen Excel-werkmap (.xlsx). Sla het vanuit Excel op als "Excel-werkmap (.xlsx)" of als "CSV UTF-8" en probeer opnieuw.',
  'read.corrupt':
    'De werkmap is beschadigd en kan niet gelezen worden. Open ze in Excel, sla ze opnieuw op als .xlsx en probeer opnieuw.',
  'read.noSheets': 'De werkmap heeft geen werkblad. Vul het Accounton-klantensjabloon in en probeer opnieuw.',
  'read.sheetNotFound': 'Er is geen werkblad met de naam "{sheet}". Kies uit: {sheets}.',
  'read.noHeader':
    'Geen kopregel met de kolommen van het sjabloon ({required}) gevonden in {where}. Zet de kopregel van het sjabloon boven uw gegevens, of vertrek van het Accounton-klantensjabloon.',
  'read.whereSheets': 'werkblad {sheets}',
  'read.whereCsv': 'het bestand',
  'read.encoding':
    'Het CSV-bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)" en probeer opnieuw.',
  'read.csvMalformed':
    'Regel {line} van het CSV-bestand kan niet gelezen worden (bijvoorbeeld een aanhalingsteken dat niet gesloten is). Verbeter die regel, of sla het bestand opnieuw op vanuit Excel als "CSV UTF-8".',
  'read.tooLarge':
    'De werkmap is te groot om hier te lezen: het werkblad wordt uitgepakt tot {mb} MB (limiet {limitMb} MB). Verdeel de klanten over meerdere bestanden, of verwijder andere inhoud uit de werkmap.',
  'read.tooManyRows': 'Het werkblad heeft meer dan {limit, plural, one {# rij} other {# rijen}}. Verdeel de klanten over meerdere bestanden van hoogstens {limit, plural, one {# rij} other {# rijen}}.',
  'read.tooManyColumns': 'Een rij van het werkblad gebruikt meer dan {limit} kolommen. Verwijder de kolommen rechts van die van het sjabloon.',
  'read.tooSlow': 'Het lezen van de werkmap duurde langer dan {seconds, plural, one {# seconde} other {# seconden}}. Verdeel de klanten over meerdere kleinere bestanden.',
  'template.listErrorTitle': 'Waarde niet in de lijst',
  'template.listError': 'Kies uit: {values}.',
};

export const ioCatalogs = { en, fr, nl };
const read = catalogReader<IoMessageCode>(ioCatalogs);

export function ioMessage(code: IoMessageCode, lang: Lang, params: Params = {}): string {
  return read(lang, code, params);
}
