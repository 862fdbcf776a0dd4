// What the pane needs to talk to the API (the client, the server's messages, the send and its results),
// loaded on the first call: the pane's first render does without it.
export { allAccountonOnly, createClient } from '../api/client';
export { resultsTable, rowOutcomes } from '../api/outcomes';
export { sendSheet } from './send';
