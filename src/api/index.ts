export { createClient, ApiError, type ApiClient, type ApiErrorKind, type ClientOptions, type CallOptions, type UploadOptions } from './client';
export type * from './contract/schemas';
