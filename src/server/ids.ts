import { v7 } from 'uuid';

/**
 * The id of a new row. UUIDv7 begins with the time, so rows created together sit side by side in the
 * primary-key and client-id indexes: a 20,000-client commit writes a few pages of them, not nearly all.
 */
export const newId = (): string => v7();
