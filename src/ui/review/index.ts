// The review components and helpers shared by the task pane and the web importer.
export { ReviewSteps, STEPS, type ReviewStepsProps, type Step, type CellRef } from './ReviewSteps';
export { ErrorNotice, type ErrorNoticeProps } from './ErrorNotice';
export { ConnectionStatus, WorkflowPicker } from './ConnectionStatus';
export { testConnection, type ConnectionResult } from './testConnection';
export { clientName, defaultWorkflow } from './names';
export { newIdempotencyKey } from './idempotency';
export * from './selection';
export { translate, translator, type Translate, type ReviewMessageKey } from './i18n';
