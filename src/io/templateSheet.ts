/** The name of the template's sheet: the writer names it so, readers look for it first. */
export const TEMPLATE_SHEET = 'Accounton clients';
