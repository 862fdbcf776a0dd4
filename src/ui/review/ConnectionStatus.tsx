// The outcome of "Test connection" (the firm's name, or what is wrong), and the workflow choice:
// shared by the web page and the pane's settings.
import { Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core/lang';
import type { Workflow } from '../../api/contract/schemas';
import { ErrorNotice } from './ErrorNotice';
import { translate } from './i18n';
import type { ConnectionResult } from './testConnection';

export interface ConnectionStatusProps {
  result: ConnectionResult | null;
  testing: boolean;
  lang: Lang;
  /** The API is on another origin than the page: a network failure may be CORS. */
  crossOrigin?: boolean;
  onRetry?: () => void;
}

export function ConnectionStatus({ result, testing, lang, crossOrigin, onRetry }: ConnectionStatusProps) {
  if (testing) return <Spinner size="small" label={translate(lang, 'connection.testing')} />;
  if (!result) return null;
  if (result.state === 'error') {
    const hint = crossOrigin && result.error.kind === 'network' ? translate(lang, 'connection.cors') : undefined;
    return <ErrorNotice error={result.error} lang={lang} hint={hint} onRetry={onRetry} />;
  }
  const params = { firm: result.me.firm.name, user: result.me.user.name };
  return (
    <MessageBar intent={result.state === 'ok' ? 'success' : 'warning'} role="status">
      <MessageBarBody>{translate(lang, result.state === 'ok' ? 'connection.ok' : 'connection.notAdmin', params)}</MessageBarBody>
    </MessageBar>
  );
}

export interface WorkflowPickerProps {
  workflows: readonly Workflow[];
  value: string | null;
  onChange: (workflowId: string) => void;
  lang: Lang;
}

export function WorkflowPicker({ workflows, value, onChange, lang }: WorkflowPickerProps) {
  return (
    <Field
      label={translate(lang, 'workflow.label')}
      validationMessage={workflows.length === 0 ? translate(lang, 'workflow.none') : undefined}
    >
      <Select value={value ?? ''} onChange={(_, d) => onChange(d.value)} disabled={workflows.length === 0}>
        {workflows.map((w) => (
          <option key={w.id} value={w.id}>{translate(lang, 'workflow.option', { name: w.name, year: w.taxYear })}</option>
        ))}
      </Select>
    </Field>
  );
}
