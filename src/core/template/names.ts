// The template's names in a workbook: the writers name its sheet so, the readers look for it first.
export const TEMPLATE_SHEET = 'Accounton clients';
