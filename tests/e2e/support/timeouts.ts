// One setting for every wait of the end-to-end tests. A loaded or slow machine gets longer waits instead of
// red runs: E2E_TIMEOUT_SCALE multiplies the test timeout, the assertion timeout and the server's start-up
// time. Waits only bound how long a failing test takes to fail; a passing test never sits them out.
export const TIMEOUT_SCALE = Number(process.env.E2E_TIMEOUT_SCALE ?? 2);

/** A wait in milliseconds, scaled for this machine. */
export const scaled = (ms: number): number => Math.round(ms * TIMEOUT_SCALE);
