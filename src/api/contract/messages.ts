// The API's messages (errors, conflicts, the issues only the server can find, and the client's own), in EN/FR/NL.
// Each says what is wrong and how to fix it. {name} placeholders are filled from params.
import { fill } from '../../core/catalog';
import type { Lang } from '../../core/lang';

type Catalog = Record<Lang, string>;

export const MESSAGES = {
  'auth.missing': {
    en: 'No API key. Send the header "Authorization: Bearer <your API key>".',
    fr: "Aucune clé d'API. Envoyez l'en-tête « Authorization: Bearer <votre clé d'API> ».",
    nl: 'Geen API-sleutel. Stuur de header "Authorization: Bearer <uw API-sleutel>".',
  },
  'auth.invalid': {
    en: 'This API key is unknown. Check that it was copied whole, or ask an administrator of your firm for a valid key.',
    fr: "Cette clé d'API est inconnue. Vérifiez qu'elle a été copiée en entier, ou demandez une clé valide à un administrateur de votre cabinet.",
    nl: 'Deze API-sleutel is onbekend. Controleer of hij volledig gekopieerd is, of vraag een geldige sleutel aan een beheerder van uw kantoor.',
  },
  'auth.revoked': {
    en: 'This API key was revoked by an administrator of your firm. Ask them for a new key.',
    fr: "Cette clé d'API a été révoquée par un administrateur de votre cabinet. Demandez-lui une nouvelle clé.",
    nl: 'Deze API-sleutel werd ingetrokken door een beheerder van uw kantoor. Vraag hem een nieuwe sleutel.',
  },
  'auth.expired': {
    en: 'This API key has expired. Ask an administrator of your firm for a new key.',
    fr: "Cette clé d'API a expiré. Demandez une nouvelle clé à un administrateur de votre cabinet.",
    nl: 'Deze API-sleutel is verlopen. Vraag een nieuwe sleutel aan een beheerder van uw kantoor.',
  },
  'auth.tooManyFailures': {
    en: 'Too many requests with a missing or wrong API key from your address. Wait {seconds, plural, one {# second} other {# seconds}}, then send a valid key.',
    fr: "Trop de requêtes avec une clé d'API absente ou erronée depuis votre adresse. Attendez {seconds, plural, one {# seconde} other {# secondes}}, puis envoyez une clé valide.",
    nl: 'Te veel verzoeken met een ontbrekende of foute API-sleutel vanaf uw adres. Wacht {seconds, plural, one {# seconde} other {# seconden}} en stuur dan een geldige sleutel.',
  },
  'auth.keyLocked': {
    en: 'This API key is locked for {seconds, plural, one {# second} other {# seconds}} after repeated wrong secrets. It keeps working where it was used before; elsewhere, wait, or ask an administrator of your firm for a new key.',
    fr: "Cette clé d'API est bloquée pendant {seconds, plural, one {# seconde} other {# secondes}} après des secrets erronés répétés. Elle reste utilisable là où elle l'a déjà été ; ailleurs, attendez, ou demandez une nouvelle clé à un administrateur du cabinet.",
    nl: 'Deze API-sleutel is {seconds, plural, one {# seconde} other {# seconden}} geblokkeerd na herhaalde foute geheimen. Waar hij eerder werd gebruikt, blijft hij werken; elders wacht u, of vraagt u een nieuwe sleutel aan een beheerder van uw kantoor.',
  },
  'auth.adminOnly': {
    en: 'Only an administrator of the firm can import clients. Use an administrator\'s API key.',
    fr: "Seul un administrateur du cabinet peut importer des clients. Utilisez la clé d'API d'un administrateur.",
    nl: 'Enkel een beheerder van het kantoor kan klanten importeren. Gebruik de API-sleutel van een beheerder.',
  },
  'auth.adminOnlyManage': {
    en: "Only an administrator of the firm can manage keys and users or read the audit log. Use an administrator's API key.",
    fr: "Seul un administrateur du cabinet peut gérer les clés et les utilisateurs ou lire le journal d'audit. Utilisez la clé d'API d'un administrateur.",
    nl: 'Enkel een beheerder van het kantoor kan sleutels en gebruikers beheren of het auditlogboek lezen. Gebruik de API-sleutel van een beheerder.',
  },
  'notFound.key': {
    en: 'No such API key in your firm. Choose one from GET /api/v1/keys.',
    fr: "Aucune clé d'API de ce type dans votre cabinet. Choisissez-en une dans GET /api/v1/keys.",
    nl: 'Geen dergelijke API-sleutel in uw kantoor. Kies er een uit GET /api/v1/keys.',
  },
  'notFound.user': {
    en: 'No such user in your firm. Add them first with POST /api/v1/users, or choose one from GET /api/v1/users.',
    fr: "Aucun utilisateur de ce type dans votre cabinet. Ajoutez-le d'abord avec POST /api/v1/users, ou choisissez-en un dans GET /api/v1/users.",
    nl: 'Geen dergelijke gebruiker in uw kantoor. Voeg hem eerst toe met POST /api/v1/users, of kies er een uit GET /api/v1/users.',
  },
  'keys.lastAdmin': {
    en: "This is the firm's last working administrator key: without it nobody can manage the firm's keys. Create another administrator key first, or revoke with force=true.",
    fr: "C'est la dernière clé administrateur valable du cabinet : sans elle, personne ne peut plus gérer les clés. Créez d'abord une autre clé administrateur, ou révoquez avec force=true.",
    nl: 'Dit is de laatste geldige beheerderssleutel van het kantoor: zonder hem kan niemand de sleutels nog beheren. Maak eerst een andere beheerderssleutel, of trek in met force=true.',
  },
  'keys.expiryPast': {
    en: 'The expiry date is in the past. Give a date and time to come (ISO 8601, e.g. 2027-01-31T00:00:00Z), or none.',
    fr: "La date d'expiration est passée. Donnez une date et une heure à venir (ISO 8601, p. ex. 2027-01-31T00:00:00Z), ou aucune.",
    nl: 'De vervaldatum ligt in het verleden. Geef een datum en tijd in de toekomst (ISO 8601, bv. 2027-01-31T00:00:00Z), of geen.',
  },
  'users.exists': {
    en: 'A user with this e-mail address already exists in your firm. Use that user, or another address.',
    fr: 'Un utilisateur avec cette adresse e-mail existe déjà dans votre cabinet. Utilisez-le, ou une autre adresse.',
    nl: 'Er bestaat al een gebruiker met dit e-mailadres in uw kantoor. Gebruik die gebruiker, of een ander adres.',
  },
  'notFound.route': {
    en: 'There is no such endpoint. See /api/v1/openapi.json for the endpoints.',
    fr: "Ce point d'accès n'existe pas. Consultez /api/v1/openapi.json pour la liste.",
    nl: 'Dit eindpunt bestaat niet. Zie /api/v1/openapi.json voor de eindpunten.',
  },
  'notFound.import': {
    en: 'No such import in your firm. Check the import id, or send the file again.',
    fr: "Aucun import de ce type dans votre cabinet. Vérifiez l'identifiant, ou renvoyez le fichier.",
    nl: 'Geen dergelijke import in uw kantoor. Controleer de import-id, of verstuur het bestand opnieuw.',
  },
  'notFound.workflow': {
    en: 'No such workflow in your firm. Choose one from GET /api/v1/workflows.',
    fr: 'Aucun workflow de ce type dans votre cabinet. Choisissez-en un dans GET /api/v1/workflows.',
    nl: 'Geen dergelijke workflow in uw kantoor. Kies er een uit GET /api/v1/workflows.',
  },
  'workflow.taxYearTaken': {
    en: 'Your firm already has the workflow of assessment year {taxYear}. Choose it from GET /api/v1/workflows, or open another assessment year.',
    fr: "Votre cabinet a déjà le workflow de l'exercice d'imposition {taxYear}. Choisissez-le dans GET /api/v1/workflows, ou ouvrez un autre exercice d'imposition.",
    nl: 'Uw kantoor heeft al de workflow van aanslagjaar {taxYear}. Kies hem uit GET /api/v1/workflows, of open een ander aanslagjaar.',
  },
  'request.invalid': {
    en: 'The request is not valid: {details}. Correct it and send it again.',
    fr: "La requête n'est pas valide : {details}. Corrigez-la et renvoyez-la.",
    nl: 'Het verzoek is niet geldig: {details}. Verbeter het en verstuur het opnieuw.',
  },
  'request.badUrl': {
    en: 'The address of the request is not valid (a broken %-encoding). Check the URL and send it again.',
    fr: "L'adresse de la requête n'est pas valide (un encodage % incorrect). Vérifiez l'URL et renvoyez la requête.",
    nl: 'Het adres van het verzoek is niet geldig (een foute %-codering). Controleer de URL en verstuur het opnieuw.',
  },
  'request.urlTooLong': {
    en: 'The address of the request is too long. Check the URL: an id is at most 100 characters.',
    fr: "L'adresse de la requête est trop longue. Vérifiez l'URL : un identifiant compte au plus 100 caractères.",
    nl: 'Het adres van het verzoek is te lang. Controleer de URL: een id telt hoogstens 100 tekens.',
  },
  'request.malformed': {
    en: 'The request is not well-formed HTTP. Send it again with a standard HTTP client.',
    fr: "La requête n'est pas du HTTP valide. Renvoyez-la avec un client HTTP standard.",
    nl: 'Het verzoek is geen geldige HTTP. Verstuur het opnieuw met een gewone HTTP-client.',
  },
  'request.badJson': {
    en: 'The request body is not valid JSON. Send a JSON body with "Content-Type: application/json".',
    fr: "Le corps de la requête n'est pas du JSON valide. Envoyez du JSON avec « Content-Type: application/json ».",
    nl: 'De inhoud van het verzoek is geen geldige JSON. Stuur JSON met "Content-Type: application/json".',
  },
  'request.mediaType': {
    en: 'This content type is not accepted. Send JSON, or an .xlsx file as multipart/form-data.',
    fr: "Ce type de contenu n'est pas accepté. Envoyez du JSON, ou un fichier .xlsx en multipart/form-data.",
    nl: 'Dit inhoudstype wordt niet aanvaard. Stuur JSON, of een .xlsx-bestand als multipart/form-data.',
  },
  'request.tooLarge': {
    en: 'The request is too large (limit {limitMb} MB). Split the file into smaller imports.',
    fr: 'La requête est trop volumineuse (limite {limitMb} Mo). Divisez le fichier en imports plus petits.',
    nl: 'Het verzoek is te groot (limiet {limitMb} MB). Splits het bestand in kleinere imports.',
  },
  'request.rateLimited': {
    en: 'Too many requests with this API key. Wait {seconds, plural, one {# second} other {# seconds}} and try again.',
    fr: "Trop de requêtes avec cette clé d'API. Attendez {seconds, plural, one {# seconde} other {# secondes}} et réessayez.",
    nl: 'Te veel verzoeken met deze API-sleutel. Wacht {seconds, plural, one {# seconde} other {# seconden}} en probeer opnieuw.',
  },
  'request.idempotencyKeyMissing': {
    en: 'The Idempotency-Key header is missing. Send a unique key (e.g. a UUID) with each commit, and the same key when you retry.',
    fr: "L'en-tête Idempotency-Key manque. Envoyez une clé unique (p. ex. un UUID) à chaque validation, et la même en cas de nouvel essai.",
    nl: 'De header Idempotency-Key ontbreekt. Stuur bij elke bevestiging een unieke sleutel (bv. een UUID), en dezelfde bij een nieuwe poging.',
  },
  'upload.malformed': {
    en: 'The upload is not well-formed multipart/form-data (a missing or wrong boundary, or a cut-off body). Send the file again as a form upload.',
    fr: "L'envoi n'est pas un multipart/form-data valide (séparateur absent ou erroné, ou contenu tronqué). Renvoyez le fichier par un formulaire.",
    nl: 'De upload is geen geldige multipart/form-data (ontbrekende of foute scheiding, of afgebroken inhoud). Verstuur het bestand opnieuw via een formulier.',
  },
  'upload.noFile': {
    en: 'No file in the upload. Attach the filled-in template as the "file" field.',
    fr: 'Aucun fichier dans l\'envoi. Joignez le modèle complété dans le champ « file ».',
    nl: 'Geen bestand in de upload. Voeg de ingevulde sjabloon toe als het veld "file".',
  },
  'upload.notXlsx': {
    en: 'Only .xlsx files can be uploaded. Save the file as an Excel workbook (.xlsx) and upload it again.',
    fr: 'Seuls les fichiers .xlsx sont acceptés. Enregistrez le fichier comme classeur Excel (.xlsx) et renvoyez-le.',
    nl: 'Enkel .xlsx-bestanden worden aanvaard. Sla het bestand op als Excel-werkmap (.xlsx) en upload het opnieuw.',
  },
  'upload.unreadable': {
    en: 'The file could not be read: {reason}',
    fr: 'Le fichier n\'a pas pu être lu : {reason}',
    nl: 'Het bestand kon niet gelezen worden: {reason}',
  },
  'upload.busy': {
    en: 'The server is reading other uploads and has no room for this one now; nothing was stored. Send the file again in {seconds, plural, one {# second} other {# seconds}}.',
    fr: "Le serveur lit d'autres envois et n'a pas la place pour celui-ci maintenant ; rien n'a été enregistré. Renvoyez le fichier dans {seconds, plural, one {# seconde} other {# secondes}}.",
    nl: 'De server leest andere uploads en heeft nu geen ruimte voor deze; er is niets opgeslagen. Verstuur het bestand opnieuw over {seconds, plural, one {# seconde} other {# seconden}}.',
  },
  'upload.header': {
    en: 'The file\'s header row has errors; correct the header row and upload it again.',
    fr: "La ligne d'en-tête du fichier contient des erreurs ; corrigez-la et renvoyez le fichier.",
    nl: 'De kopregel van het bestand bevat fouten; verbeter de kopregel en upload het bestand opnieuw.',
  },
  'upload.needsMapping': {
    en: "The file's columns are not the template's. Choose the template field of each column (the suggested mapping is in the answer), then upload the file again with that mapping.",
    fr: "Les colonnes du fichier ne sont pas celles du modèle. Choisissez le champ du modèle de chaque colonne (la correspondance proposée est dans la réponse), puis renvoyez le fichier avec cette correspondance.",
    nl: 'De kolommen van het bestand zijn niet die van de sjabloon. Kies voor elke kolom het veld van de sjabloon (de voorgestelde koppeling staat in het antwoord) en upload het bestand opnieuw met die koppeling.',
  },
  'mapping.invalid': {
    en: 'The column mapping is not valid at {part}. Start again from the suggested mapping.',
    fr: "La correspondance des colonnes n'est pas valide à {part}. Repartez de la correspondance proposée.",
    nl: 'De kolomkoppeling is ongeldig bij {part}. Begin opnieuw vanaf de voorgestelde koppeling.',
  },
  'mapping.signature': {
    en: "The mapping's signature does not match its column headers. Start again from the suggested mapping of the file.",
    fr: 'La signature de la correspondance ne correspond pas à ses en-têtes de colonnes. Repartez de la correspondance proposée pour le fichier.',
    nl: 'De handtekening van de koppeling komt niet overeen met haar kolomkoppen. Begin opnieuw vanaf de voorgestelde koppeling van het bestand.',
  },
  'notFound.mapping': {
    en: 'Your firm has no remembered mapping for these column headers. Map the columns once and remember the mapping.',
    fr: "Votre cabinet n'a pas de correspondance enregistrée pour ces en-têtes de colonnes. Faites la correspondance une fois et enregistrez-la.",
    nl: 'Uw kantoor heeft geen bewaarde koppeling voor deze kolomkoppen. Koppel de kolommen één keer en bewaar de koppeling.',
  },
  'import.expired': {
    en: 'This preview has expired (previews are kept 24 hours). Send the file again for a new preview.',
    fr: 'Cet aperçu a expiré (les aperçus sont conservés 24 heures). Renvoyez le fichier pour un nouvel aperçu.',
    nl: 'Deze preview is verlopen (previews worden 24 uur bewaard). Verstuur het bestand opnieuw voor een nieuwe preview.',
  },
  'import.alreadyCommitted': {
    en: 'This import was already committed with a different selection. Send the file again to import more clients.',
    fr: 'Cet import a déjà été validé avec une autre sélection. Renvoyez le fichier pour importer d\'autres clients.',
    nl: 'Deze import werd al bevestigd met een andere selectie. Verstuur het bestand opnieuw om meer klanten te importeren.',
  },
  'import.notCommitted': {
    en: 'This import has not been committed yet, so it has no results. Commit it first.',
    fr: "Cet import n'a pas encore été validé : il n'a donc pas de résultats. Validez-le d'abord.",
    nl: 'Deze import werd nog niet bevestigd en heeft dus geen resultaten. Bevestig hem eerst.',
  },
  'import.idempotencyKeyReused': {
    en: 'This Idempotency-Key was already used for another import. Use a new key for each import.',
    fr: 'Cette Idempotency-Key a déjà servi pour un autre import. Utilisez une nouvelle clé pour chaque import.',
    nl: 'Deze Idempotency-Key werd al gebruikt voor een andere import. Gebruik een nieuwe sleutel voor elke import.',
  },
  'import.concurrentChange': {
    en: 'Another import changed the same clients at the same moment. Nothing was saved; commit again.',
    fr: 'Un autre import a modifié les mêmes clients au même moment. Rien n\'a été enregistré ; validez à nouveau.',
    nl: 'Een andere import wijzigde tegelijk dezelfde klanten. Er werd niets opgeslagen; bevestig opnieuw.',
  },
  'commit.notNew': {
    en: 'Row {row} is not among the new clients of this import. Add only rows from the importOnly bucket.',
    fr: "La ligne {row} ne fait pas partie des nouveaux clients de cet import. N'ajoutez que des lignes du groupe importOnly.",
    nl: 'Rij {row} hoort niet bij de nieuwe klanten van deze import. Voeg enkel rijen uit de groep importOnly toe.',
  },
  'commit.notDuplicate': {
    en: 'Row {row} is not among the duplicates of this import. Update only rows from the duplicates bucket.',
    fr: "La ligne {row} ne fait pas partie des doublons de cet import. Ne mettez à jour que des lignes du groupe duplicates.",
    nl: 'Rij {row} hoort niet bij de dubbels van deze import. Werk enkel rijen uit de groep duplicates bij.',
  },
  'commit.attachNotDuplicate': {
    en: 'Row {row} is not among the duplicates of this import. Attach to the workflow only rows from the duplicates bucket; new clients go in add.',
    fr: "La ligne {row} ne fait pas partie des doublons de cet import. N'ajoutez au workflow (attach) que des lignes du groupe duplicates ; les nouveaux clients vont dans add.",
    nl: 'Rij {row} hoort niet bij de dubbels van deze import. Koppel (attach) enkel rijen uit de groep duplicates aan de workflow; nieuwe klanten horen in add.',
  },
  'commit.rowTwice': {
    en: 'Row {row} is listed twice in the commit. List each row once.',
    fr: 'La ligne {row} figure deux fois dans la validation. Indiquez chaque ligne une seule fois.',
    nl: 'Rij {row} staat twee keer in de bevestiging. Vermeld elke rij één keer.',
  },
  'commit.questionnaire': {
    en: 'Row {row}: this questionnaire does not belong to the import\'s workflow. Choose one from GET /api/v1/questionnaires?workflowId=….',
    fr: "Ligne {row} : ce questionnaire n'appartient pas au workflow de l'import. Choisissez-en un dans GET /api/v1/questionnaires?workflowId=….",
    nl: 'Rij {row}: deze vragenlijst hoort niet bij de workflow van de import. Kies er een uit GET /api/v1/questionnaires?workflowId=….',
  },
  'conflict.clientExists': {
    en: 'A client matching this row ({rule}) was added since the preview, so it was not created again. Send the file again to review it as a duplicate.',
    fr: 'Un client correspondant à cette ligne ({rule}) a été ajouté depuis l\'aperçu ; il n\'a pas été recréé. Renvoyez le fichier pour le revoir comme doublon.',
    nl: 'Een klant die overeenkomt met deze rij ({rule}) werd toegevoegd sinds de preview; hij werd niet opnieuw aangemaakt. Verstuur het bestand opnieuw om hem als dubbel te bekijken.',
  },
  'conflict.alreadyInWorkflow': {
    en: 'This client got a dossier in this workflow since the preview, so no second one was made. Send the file again to review it.',
    fr: "Ce client a reçu un dossier dans ce workflow depuis l'aperçu ; aucun second n'a été créé. Renvoyez le fichier pour le revoir.",
    nl: 'Deze klant kreeg sinds de preview een dossier in deze workflow; er werd geen tweede aangemaakt. Verstuur het bestand opnieuw om hem te bekijken.',
  },
  'conflict.matchChanged': {
    en: 'The client this row matches changed since the preview, so it was not updated. Send the file again to review it.',
    fr: "Le client correspondant à cette ligne a changé depuis l'aperçu ; il n'a pas été mis à jour. Renvoyez le fichier pour le revoir.",
    nl: 'De klant die met deze rij overeenkomt is veranderd sinds de preview; hij werd niet bijgewerkt. Verstuur het bestand opnieuw om hem te bekijken.',
  },
  'conflict.responsibleNotAUser': {
    en: 'The main responsible of this row is no longer a user of the firm. Choose a colleague with an Accounton account and send the file again.',
    fr: "Le responsable principal de cette ligne n'est plus un utilisateur du cabinet. Choisissez un collègue ayant un compte Accounton et renvoyez le fichier.",
    nl: 'De hoofdverantwoordelijke van deze rij is geen gebruiker van het kantoor meer. Kies een collega met een Accounton-account en verstuur het bestand opnieuw.',
  },
  'match.severalClients': {
    en: 'This row matches several clients of the firm ({count}, by {rule}). Make it point to one client, e.g. with the national register number or the client code.',
    fr: 'Cette ligne correspond à plusieurs clients du cabinet ({count}, par {rule}). Faites-la pointer vers un seul client, p. ex. avec le numéro national ou le code client.',
    nl: 'Deze rij komt overeen met meerdere klanten van het kantoor ({count}, via {rule}). Laat ze naar één klant verwijzen, bv. met het rijksregisternummer of de klantcode.',
  },
  'match.unknownClient': {
    en: 'This Accounton id is not a client of the firm: the row comes from another firm\'s export, or the client was deleted. Clear the id to import the row as a new client.',
    fr: "Cet identifiant Accounton n'est pas un client du cabinet : la ligne vient de l'export d'un autre cabinet, ou le client a été supprimé. Videz l'identifiant pour importer la ligne comme nouveau client.",
    nl: 'Deze Accounton-id is geen klant van het kantoor: de rij komt uit de export van een ander kantoor, of de klant werd verwijderd. Maak de id leeg om de rij als nieuwe klant te importeren.',
  },
  'match.numberOfAnotherClient': {
    en: "This national register number is another client's in Accounton, while the row's Accounton id is this client's. Correct the number, or clear the Accounton id if the row is that other client.",
    fr: "Ce numéro de registre national est celui d'un autre client dans Accounton, alors que l'identifiant Accounton de la ligne est celui de ce client. Corrigez le numéro, ou videz l'identifiant Accounton si la ligne est cet autre client.",
    nl: 'Dit rijksregisternummer is in Accounton dat van een andere klant, terwijl de Accounton-id van de rij die van deze klant is. Verbeter het nummer, of maak de Accounton-id leeg als de rij die andere klant is.',
  },
  'conflict.numberTaken': {
    en: 'Another client of the firm got this national register number since the preview, so this client was not updated. Send the file again to review it.',
    fr: "Un autre client du cabinet a reçu ce numéro de registre national depuis l'aperçu ; ce client n'a pas été mis à jour. Renvoyez le fichier pour le revoir.",
    nl: 'Een andere klant van het kantoor kreeg sinds de preview dit rijksregisternummer; deze klant werd niet bijgewerkt. Verstuur het bestand opnieuw om hem te bekijken.',
  },
  'responsibleEmail.notAUser': {
    en: 'The main responsible is not a user of the firm. Enter the e-mail of a colleague with an Accounton account, or leave it blank.',
    fr: "Le responsable principal n'est pas un utilisateur du cabinet. Indiquez l'e-mail d'un collègue ayant un compte Accounton, ou laissez vide.",
    nl: 'De hoofdverantwoordelijke is geen gebruiker van het kantoor. Vul het e-mailadres in van een collega met een Accounton-account, of laat leeg.',
  },
  'rule.accountonId': { en: 'Accounton id', fr: 'identifiant Accounton', nl: 'Accounton-id' },
  'rule.registrationNumber': { en: 'national register number', fr: 'numéro de registre national', nl: 'rijksregisternummer' },
  'rule.clientCode': { en: 'client code', fr: 'code client', nl: 'klantcode' },
  'rule.emailAndLastName': { en: 'e-mail and last name', fr: 'e-mail et nom', nl: 'e-mail en familienaam' },
  'client.network': {
    en: 'The import API cannot be reached at {url}. Check the address in the settings and your connection (or the server\'s allowed origins), then retry.',
    fr: "L'API d'import est injoignable à {url}. Vérifiez l'adresse dans les paramètres et votre connexion (ou les origines autorisées du serveur), puis réessayez.",
    nl: 'De import-API is niet bereikbaar op {url}. Controleer het adres in de instellingen en uw verbinding (of de toegelaten origins van de server) en probeer opnieuw.',
  },
  'client.aborted': {
    en: 'Cancelled. Nothing was changed.',
    fr: 'Annulé. Rien n\'a été modifié.',
    nl: 'Geannuleerd. Er werd niets gewijzigd.',
  },
  'client.badResponse': {
    en: 'The server at {url} answered something that is not the import API (status {status}). Check the address in the settings.',
    fr: "Le serveur à {url} a répondu autre chose que l'API d'import (statut {status}). Vérifiez l'adresse dans les paramètres.",
    nl: 'De server op {url} antwoordde iets anders dan de import-API (status {status}). Controleer het adres in de instellingen.',
  },
  internal: {
    en: 'Something went wrong on the server. Nothing was lost; try again in a moment.',
    fr: "Une erreur s'est produite sur le serveur. Rien n'a été perdu ; réessayez dans un instant.",
    nl: 'Er ging iets mis op de server. Er ging niets verloren; probeer het zo dadelijk opnieuw.',
  },
} satisfies Record<string, Catalog>;

export type ServerMessageCode = keyof typeof MESSAGES;
export type Params = Record<string, string | number>;

export function isServerMessageCode(code: string): code is ServerMessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

export function serverMessage(code: ServerMessageCode, lang: Lang, params: Params = {}): string {
  return fill(MESSAGES[code][lang], params, (name, value) =>
    name === 'rule' && isServerMessageCode(`rule.${value}`) ? serverMessage(`rule.${value}` as ServerMessageCode, lang) : String(value),
  lang);
}
