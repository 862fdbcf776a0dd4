// How the review names a client and picks defaults the user can change.
import type { RowValues } from '../../core/template/columns';
import type { Workflow } from '../../api/contract/schemas';

/** "First Last", else the e-mail, else the client code, else "" (the caller shows the row number). */
export function clientName(values: Pick<RowValues, 'firstName' | 'lastName' | 'email' | 'clientCode'>): string {
  const name = [values.firstName, values.lastName].filter(Boolean).join(' ').trim();
  return name || values.email || values.clientCode || '';
}

/** The current personal income tax workflow: this year's, else the latest tax year. */
export function defaultWorkflow(workflows: readonly Workflow[], today = new Date()): Workflow | null {
  if (workflows.length === 0) return null;
  const year = today.getFullYear();
  return workflows.find((w) => w.taxYear === year) ?? [...workflows].sort((a, b) => b.taxYear - a.taxYear)[0];
}
