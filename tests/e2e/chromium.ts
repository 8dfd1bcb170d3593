import {existsSync} from 'node:fs';

// Where the browser for end-to-end tests comes from, in this order:
// 1. CHROMIUM_PATH, if set; 2. Debian's /usr/bin/chromium; 3. Playwright's own browser (undefined).
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}
