// Le texte propre à l'importateur web, en français.
import type { WebMessageKey } from './en';

export const fr: Record<WebMessageKey, string> = {
  'app.title': 'Import de clients Accounton',
  'app.subtitle': 'Ajoutez vos clients dans Accounton depuis le modèle Excel : connectez-vous, complétez le modèle, envoyez-le, vérifiez et ajoutez.',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'app.language': 'Langue',
  'step.connect': '1. Connexion',
  'step.workflow': '2. Choisir le flux de travail',
  'step.template': '3. Compléter le modèle',
  'step.upload': '4. Envoyer le fichier complété',
  'step.review': '5. Vérifier et ajouter',
  'connect.intro': "Saisissez la clé d'API qu'un administrateur de votre cabinet vous a donnée.",
  'connect.needConnection': "Connectez-vous d'abord avec la clé d'API d'un administrateur (étape 1).",
  'template.text': 'Téléchargez le modèle, remplissez une ligne par déclaration (un couple = une ligne, avec le numéro national du partenaire en colonne O), et enregistrez-le comme classeur Excel (.xlsx).',
  'template.download': 'Télécharger le modèle (.xlsx)',
  'upload.label': 'Modèle complété (.xlsx)',
  'upload.choose': 'Choisir un fichier…',
  'upload.none': 'Aucun fichier choisi',
  'upload.button': 'Envoyer et vérifier',
  'upload.sending': 'Envoi et vérification du fichier…',
  'upload.noFile': "Choisissez d'abord le modèle complété.",
  'upload.notXlsx': 'Seuls les fichiers .xlsx sont acceptés. Enregistrez le fichier comme classeur Excel (.xlsx) et choisissez-le à nouveau.',
  'review.file': 'Fichier : {file}',
};
