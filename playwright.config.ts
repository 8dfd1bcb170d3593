import {defineConfig, devices} from '@playwright/test';
import {findChromium} from './tests/e2e/chromium';
import {scaled} from './tests/e2e/support/timeouts';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Which sitemap pages besides the templates this run loads (tests/e2e/support/sample.ts): the day's turn,
// set here once so that every worker lists the same tests.
process.env.E2E_SAMPLE_SEED ??= String(Math.floor(Date.now() / 86_400_000));
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: scaled(30_000),
  expect: {timeout: scaled(5_000)},
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Without this Chromium itself looks up Google hosts; the site must work with no network at all.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
  webServer: {
    // The production server (`npm run serve`: the `serve` package with build/serve.json), on this port.
    command: `npx serve build --listen tcp://127.0.0.1:${PORT} --no-clipboard --no-port-switching --no-request-logging`,
    env: {NO_UPDATE_CHECK: '1'},
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: scaled(60_000),
  },
});
