// De eigen tekst van de webimporter, in het Nederlands.
import type { WebMessageKey } from './en';

export const nl: Record<WebMessageKey, string> = {
  'app.title': 'Klanten importeren in Accounton',
  'app.subtitle': 'Voeg uw klanten toe aan Accounton vanuit de Excel-sjabloon: verbind, vul de sjabloon in, upload ze, controleer en voeg toe.',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'app.language': 'Taal',
  'step.connect': '1. Verbinden',
  'step.workflow': '2. De werkstroom kiezen',
  'step.template': '3. De sjabloon invullen',
  'step.upload': '4. Het ingevulde bestand uploaden',
  'step.review': '5. Controleren en toevoegen',
  'connect.intro': 'Vul de API-sleutel in die een beheerder van uw kantoor u gaf.',
  'connect.needConnection': 'Verbind eerst met de API-sleutel van een beheerder (stap 1).',
  'template.text': 'Download de sjabloon, vul één rij per aangifte in (een koppel is één rij, met het rijksregisternummer van de partner in kolom O), en sla ze op als Excel-werkmap (.xlsx).',
  'template.download': 'De sjabloon downloaden (.xlsx)',
  'upload.label': 'Ingevulde sjabloon (.xlsx)',
  'upload.choose': 'Een bestand kiezen…',
  'upload.none': 'Nog geen bestand gekozen',
  'upload.button': 'Uploaden en controleren',
  'upload.sending': 'Het bestand wordt geüpload en gecontroleerd…',
  'upload.noFile': 'Kies eerst de ingevulde sjabloon.',
  'upload.notXlsx': 'Enkel .xlsx-bestanden worden aanvaard. Sla het bestand op als Excel-werkmap (.xlsx) en kies het opnieuw.',
  'review.file': 'Bestand: {file}',
};
