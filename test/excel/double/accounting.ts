// Sync and payload accounting: what each round trip sent and received (bytes, addresses), and Excel's
// limits on them (5 MB payloads, long address lists), which fail the sync the way Office.js does.
import { ChangeEvents } from './events';
import { OfficeError } from './officeError';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ADDRESS_LIMIT = 8_192;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  addresses: string[];
  /** Set when Excel would have rejected the round trip. */
  error?: string;
}

/** One queued command: its size as sent, the addresses it names, and what it does on sync. */
export interface Op {
  size: number;
  addresses: string[];
  exec: () => number | void; // returns response bytes
}

/** The size of a command or a response as Office.js would send it, in bytes. */
export const size = (x: unknown) => JSON.stringify(x).length;

export class SyncAccounting extends ChangeEvents {
  readonly syncs: SyncRecord[] = [];

  resetCounters(): void {
    this.syncs.length = 0;
    this.events.length = 0;
  }

  recordSync(ops: Op[]): void {
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, addresses: [] };
    this.syncs.push(record);
    for (const op of ops) {
      record.requestBytes += op.size;
      record.addresses.push(...op.addresses);
    }
    if (record.requestBytes > PAYLOAD_LIMIT) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    if (record.requestBytes > this.failWritesOver && this.sheets.some((s) => s.handlers.length > 0)) {
      record.error = 'GeneralException';
      throw new OfficeError('GeneralException', 'An internal error has occurred.');
    }
    const enableBefore = this.enableEvents;
    try {
      for (const op of ops) record.responseBytes += op.exec() ?? 0;
    } catch (error) {
      this.enableEvents = enableBefore;
      record.error = (error as OfficeError).code;
      throw error;
    }
    if (record.responseBytes > PAYLOAD_LIMIT) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}
