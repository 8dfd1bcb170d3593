// Code blocks are drawn without Prism (Prism was a fifth of the JS every page runs at
// start-up). No page loads it, and a code block still shows its text and its copy button works.
import type {Page} from '@playwright/test';
import {expect, openPage, test} from './support/fixtures';

// A pattern from Prism's markup grammar, found in Prism's code only.
const PRISM = '(?!<!--)';

function loadedScripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') bodies.push(res.text());
  });
  return bodies;
}

async function expectNoPrism(page: Page, bodies: Promise<string>[]) {
  await page.waitForLoadState('networkidle');
  const texts = await Promise.all(bodies);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t.includes(PRISM))).toEqual([]);
}

test('/docs/security: no script loaded is Prism', async ({page}) => {
  const bodies = loadedScripts(page);
  await openPage(page, '/docs/security');
  await expectNoPrism(page, bodies);
});

for (const path of ['/docs/faq', '/zh-Hans/docs/faq']) {
  test(`${path}: no script loaded is Prism; the code block shows its text in the theme's colours and its copy button copies it`, async ({
    page,
  }) => {
    const bodies = loadedScripts(page);
    await openPage(page, path);
    await expectNoPrism(page, bodies);
    const block = page.locator('article pre.prism-code').first();
    await expect(block.locator('.token-line')).toHaveCount(1);
    await expect(block).toHaveText(
      'instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000',
    );
    expect(await block.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Hydrated: the copy button hands the block's text to the clipboard.
    await page.evaluate(() => {
      const w = window as unknown as {copied: string[]};
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
    });
    const container = page.locator('article [class*="codeBlockContainer"]').first();
    await container.hover();
    await container.getByRole('button', {name: /copy|复制/i}).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as {copied: string[]}).copied))
      .toEqual(['instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000']);
  });
}
