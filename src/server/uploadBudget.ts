// Admission control for uploads: each reserves what reading it will hold in memory before it is read, so
// that several firms uploading at once stay within the server's memory. One beyond the budget waits a
// little for a reservation to be released, then gets a 503 with Retry-After; nothing of it is stored.
import { HttpError } from './errors';

export interface UploadBudgetOptions {
  /** Bytes all uploads being read and previewed may hold together. */
  bytes: number;
  /** How long an upload beyond the budget waits for room before its 503. */
  waitMs: number;
}

// The rows, the validation and the preview hold a few bytes per byte of the workbook's inflated parts (the
// bench's 20,000-row file inflates to 16 MB, so about 95 MB reserved). bench:server measured four such
// uploads at once raising the server's peak RSS by about 95 MB in all: the estimate is kept on the safe side.
const HELD_PER_INFLATED_BYTE = 6;

export const DEFAULT_UPLOAD_BUDGET: UploadBudgetOptions = { bytes: 400 * 1024 * 1024, waitMs: 5_000 };

/** What reading an upload holds: its bytes, plus a multiple of what its parts declare they inflate to. */
export function uploadCost(fileBytes: number, inflatedBytes: number): number {
  return fileBytes + inflatedBytes * HELD_PER_INFLATED_BYTE;
}

interface Waiter {
  bytes: number;
  grant: () => void;
}

export class UploadBudget {
  private used = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly opts: UploadBudgetOptions) {}

  /**
   * Reserves `bytes` (at most the whole budget, so a single upload always gets in alone); resolves with the
   * release, or rejects with a 503 when no room came within the wait.
   */
  async reserve(requested: number): Promise<() => void> {
    const bytes = Math.min(requested, this.opts.bytes);
    if (this.waiting.length === 0 && this.used + bytes <= this.opts.bytes) {
      this.used += bytes;
      return this.release(bytes);
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { bytes, grant: () => (clearTimeout(timer), resolve()) };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new HttpError(503, 'upload.busy', { seconds: Math.max(1, Math.ceil(this.opts.waitMs / 1000)) }));
        this.admit();
      }, this.opts.waitMs);
      this.waiting.push(waiter);
    });
    // admit() counted it in.
    return this.release(bytes);
  }

  private release(bytes: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= bytes;
      this.admit();
    };
  }

  /** First come, first served: the head of the queue gets in when it fits. */
  private admit(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0].bytes <= this.opts.bytes) {
      const next = this.waiting.shift()!;
      this.used += next.bytes;
      next.grant();
    }
  }
}
