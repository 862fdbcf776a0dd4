// The errors Office.js raises, with their codes (InvalidArgument, ItemNotFound, payload limits...).
export class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}
