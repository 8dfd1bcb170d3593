// Browser benchmark for the checker widgets (not a test: it prints numbers and PASS/FAIL).
//   npx docusaurus build && node --import tsx tests/bench/browser.bench.ts
// 1. JS weight: gzip bytes of the scripts a tools page with a widget loads, against those of a plain doc
//    page. Checker code must load only where it is used (a widget imports it on first use: the bench
//    focuses the widget's first field and checks that it arrives), add at most 40 kB gzip, and the
//    page's JS must stay within 1.15× the plain page's.
// 2. Keystroke to verdict: in a 1,000-entry IP list, the time from a key press to the verdict banner
//    changing (median of several keystrokes); budget 50 ms.
import {gzipSync} from 'node:zlib';
import {chromium, type Browser} from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import {startServer} from './server';

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const BASE = `http://127.0.0.1:${PORT}`;
const JS_BUDGET = 40 * 1024;
/** A page with widgets loads at most this many times the JS of a plain doc page. */
const JS_RATIO_BUDGET = 1.15;
const KEYSTROKE_BUDGET_MS = 50;
// A string that exists only in the checkers' message resources.
const CHECKER_MARKER = 'pubkey.small-order';

// Pages with widgets: the tools pages and the guides that embed checkers at the paste steps.
const TOOL_PAGES = [
  '/docs/tools/public-key',
  '/docs/tools/ip-whitelist',
  '/docs/tools/key-pair',
  '/docs/backpack-api-key',
  '/docs/backpack-tealstreet',
  '/docs/v5-insilico',
];

export interface BrowserBenchResult {
  plainPageJsGzip: number;
  /** Per tools page: gzip bytes of its scripts. */
  toolPageJsGzip: Record<string, number>;
  /** The largest difference between a tools page and the plain page. */
  addedJsGzip: number;
  /** The largest ratio of a tools page's JS to the plain page's. */
  jsRatio: number;
  checkerCodeOnPlainPage: boolean;
  keystrokeMedianMs: number;
  keystrokeSamplesMs: number[];
  pass: boolean;
}

async function scriptBytes(
  browser: Browser,
  path: string,
  {use = false} = {},
): Promise<{gzip: number; hasChecker: boolean; usedGzip: number}> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (res) => {
    // Prefetches of linked pages' chunks (Docusaurus loads them when links scroll into view) are not
    // this page's weight.
    const prefetch = /prefetch/.test(res.request().headers()['sec-purpose'] ?? '');
    if (res.request().resourceType() === 'script' && !prefetch) bodies.push(res.body());
  });
  await page.goto(BASE + path, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const gzipOf = (bs: Buffer[]) => bs.reduce((sum, b) => sum + gzipSync(b).length, 0);
  const atLoad = await Promise.all(bodies);
  // The first use of the widget (a focus) loads its checker code.
  if (use) {
    await page.locator('[data-checker-card] textarea, [data-checker-card] input').first().focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
  }
  const all = await Promise.all(bodies);
  await page.close();
  return {
    gzip: gzipOf(atLoad),
    hasChecker: all.some((b) => b.includes(CHECKER_MARKER)),
    usedGzip: gzipOf(all),
  };
}

async function keystrokeToVerdict(browser: Browser): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(BASE + '/docs/tools/ip-whitelist');
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const list = Array.from({length: 999}, (_, i) => `8.${(i >> 8) + 1}.${i & 255}.9`);
  const box = page.locator('article section textarea').first();
  await box.fill([...list, '8.8.8.8'].join('\n'));
  await page.locator('[role="status"][data-verdict="ok"]').waitFor();
  await box.press('End');
  await page.evaluate(() => {
    const w = window as unknown as {kbT0: number; kbT1: number};
    const status = document.querySelector('article section [role="status"]')!;
    document.addEventListener(
      'keydown',
      () => {
        w.kbT0 = performance.now();
        w.kbT1 = 0;
      },
      true,
    );
    new MutationObserver(() => {
      if (!w.kbT1) w.kbT1 = performance.now();
    }).observe(status, {subtree: true, childList: true, characterData: true, attributes: true});
  });
  const samples: number[] = [];
  // Backspace makes the last entry "8.8.8." (invalid), "8" makes it valid again: the verdict flips each time.
  for (let i = 0; i < 20; i++) {
    await box.press(i % 2 === 0 ? 'Backspace' : '8');
    await page.waitForFunction(() => (window as unknown as {kbT1: number}).kbT1 > 0);
    samples.push(
      await page.evaluate(() => {
        const w = window as unknown as {kbT0: number; kbT1: number};
        return w.kbT1 - w.kbT0;
      }),
    );
  }
  await page.close();
  return samples;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function runBrowserBench(): Promise<BrowserBenchResult> {
  const server = await startServer(PORT);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const plain = await scriptBytes(browser, '/docs/security');
    console.log(`JS gzip, plain doc page /docs/security: ${kB(plain.gzip)}; checker code on it: ${plain.hasChecker}`);
    const toolPageJsGzip: Record<string, number> = {};
    let added = 0;
    let toolsHaveChecker = true;
    for (const path of TOOL_PAGES) {
      const tool = await scriptBytes(browser, path, {use: true});
      toolPageJsGzip[path] = tool.gzip;
      toolsHaveChecker &&= tool.hasChecker;
      added = Math.max(added, tool.gzip - plain.gzip);
      console.log(
        `JS gzip, ${path}: ${kB(tool.gzip)} (+${kB(tool.gzip - plain.gzip)}); after first use: ${kB(tool.usedGzip)}, checker code: ${tool.hasChecker}`,
      );
    }
    const ratio = (plain.gzip + added) / plain.gzip;
    const jsPass = added <= JS_BUDGET && ratio <= JS_RATIO_BUDGET && !plain.hasChecker && toolsHaveChecker;
    console.log(
      `Most added by a checker widget: ${kB(added)} (budget ${kB(JS_BUDGET)}), ${ratio.toFixed(3)}× the plain page (budget ${JS_RATIO_BUDGET}×)  ${jsPass ? 'PASS' : 'FAIL'}`,
    );
    const samples = await keystrokeToVerdict(browser);
    const keystrokeMedianMs = median(samples);
    const keyPass = keystrokeMedianMs < KEYSTROKE_BUDGET_MS;
    console.log(
      `Keystroke to verdict, 1,000-entry list: median ${keystrokeMedianMs.toFixed(1)} ms over ${samples.length} keystrokes (budget ${KEYSTROKE_BUDGET_MS} ms)  ${keyPass ? 'PASS' : 'FAIL'}`,
    );
    return {
      plainPageJsGzip: plain.gzip,
      toolPageJsGzip,
      addedJsGzip: added,
      jsRatio: ratio,
      checkerCodeOnPlainPage: plain.hasChecker,
      keystrokeMedianMs,
      keystrokeSamplesMs: samples,
      pass: jsPass && keyPass,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBrowserBench().then(
    (r) => process.exit(r.pass ? 0 : 1),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(2);
    },
  );
}
