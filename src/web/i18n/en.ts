// The web importer's own text in English (the review's text is in src/ui/review/i18n).
export const en = {
  'app.title': 'Accounton client import',
  'app.subtitle': 'Add your clients to Accounton from the Excel template: connect, fill in the template, upload it, review and add.',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'app.language': 'Language',
  'step.connect': '1. Connect',
  'step.workflow': '2. Choose the workflow',
  'step.template': '3. Fill in the template',
  'step.upload': '4. Upload the filled file',
  'step.review': '5. Review and add',
  'connect.intro': 'Enter the API key an administrator of your firm gave you.',
  'connect.needConnection': 'Connect with an administrator’s API key first (step 1).',
  'template.text': 'Download the template, fill in one row per tax declaration (a couple is one row, with the partner’s national number in column O), and save it as an Excel workbook (.xlsx).',
  'template.download': 'Download the template (.xlsx)',
  'upload.label': 'Filled template (.xlsx)',
  'upload.choose': 'Choose a file…',
  'upload.none': 'No file chosen yet',
  'upload.button': 'Upload and review',
  'upload.sending': 'Uploading and checking the file…',
  'upload.noFile': 'Choose the filled template first.',
  'upload.notXlsx': 'Only .xlsx files can be uploaded. Save the file as an Excel workbook (.xlsx) and choose it again.',
  'review.file': 'File: {file}',
} as const;

export type WebMessageKey = keyof typeof en;
