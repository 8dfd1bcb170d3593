// The timestamp forms the signing schemes take (`SigningScheme.timestamp`), written exactly.

/** ISO 8601 UTC with milliseconds ('iso8601-ms'): 2020-12-08T09:08:57.715Z */
export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Milliseconds since 1970 ('epoch-ms'): 13 digits. */
export const EPOCH_MS = /^\d{13}$/;
