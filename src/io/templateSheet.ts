// The template sheet's name comes from the spec; kept under this path for the readers that import it here.
export { TEMPLATE_SHEET } from '../core/template/names';
