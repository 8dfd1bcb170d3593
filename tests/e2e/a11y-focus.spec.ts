// Focus, live regions and landing places, in both languages: what a keyboard or screen reader user meets
// around the navbar search, the error explainer's whitelist button, the signers' results and links to a
// heading on a phone.
import {createHash, randomBytes} from 'node:crypto';
import type {Locator, Page, Route} from '@playwright/test';
import {test, expect, openPage, localePath, LOCALES, type Locale} from './support/fixtures';
import {scaled} from './support/timeouts';

const NAVBAR_SEARCH = 'input.navbar__search-input';

/** Every element inside `root` that a screen reader reads out when it changes. */
function liveRegions(root: Locator): Locator {
  return root.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
}

/** Holds back the search index until `release()` is called. */
async function holdSearchIndex(page: Page): Promise<{requested: Promise<void>; release: () => void}> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.context().route(/search-index.*\.json/, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return {requested: wasRequested, release};
}

for (const locale of LOCALES) {
  test.describe(`focus and announcements (${locale})`, () => {
    test("the navbar search box is named in the page's language; tabbing past it before its index loads, focus stays where the reader went", async ({
      page,
    }) => {
      await page.setViewportSize({width: 1280, height: 800});
      const index = await holdSearchIndex(page);
      await openPage(page, localePath(locale, '/docs/faq'));
      const box = page.locator(NAVBAR_SEARCH);
      await expect(box).toHaveAccessibleName(locale === 'en' ? 'Search' : '搜索');
      await box.focus();
      await index.requested;
      await page.keyboard.press('Tab');
      const left = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      await expect(box).not.toBeFocused();
      index.release();
      // The index has loaded when the search widget has wrapped the box (autocomplete's root element).
      await expect(page.locator(`[class*="searchBar_"] ${NAVBAR_SEARCH}`)).toHaveCount(1);
      // Let the render that wrapped the box finish its effects (where a focus() call would come from).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(box).not.toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(left);
      // Still searchable: back in the box, a query finds pages.
      await box.focus();
      await box.fill(locale === 'en' ? 'whitelist' : '白名单');
      await expect(page.getByRole('option').first()).toBeVisible();
    });

    test('"Check my IP whitelist" moves focus to the whitelist field it opens', async ({page}) => {
      await openPage(page, localePath(locale, '/docs/tools/error-explainer'));
      const widget = page.locator('article section[aria-label]').first();
      // OKX's documented reply for an address that is not on the key's whitelist.
      await widget
        .locator('textarea')
        .first()
        .fill('{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}');
      const button = widget.getByRole('button', {
        name: locale === 'en' ? 'Check my IP whitelist' : '检查我的 IP 白名单',
      });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(widget.getByTestId('error-whitelist')).toBeFocused();
    });

    test('the Backpack request signer announces its verdict, not the whole result', async ({page}) => {
      await openPage(page, localePath(locale, '/docs/tools/request-signer'));
      const widget = page.getByTestId('request-signer');
      // A Backpack API secret: base64 of a 32-byte ED25519 seed.
      await widget.getByTestId('secret').fill(randomBytes(32).toString('base64'));
      const signature = widget.getByTestId('signature');
      await expect(signature).toHaveText(/^[A-Za-z0-9+/]{86}==$/);
      await expectVerdictOnly(
        widget,
        [await signature.innerText(), 'curl -X'],
        locale === 'en' ? /^Signed/ : /^已签名/,
      );
    });

    test('the OKX request signer announces its verdict, not the whole result', async ({page}) => {
      await openPage(page, localePath(locale, '/docs/tools/okx-signer'));
      const widget = page.getByTestId('okx-signer');
      await widget
        .getByTestId('okx-secret')
        .fill(createHash('sha256').update('okx').digest('hex').slice(0, 32).toUpperCase());
      const signature = widget.getByTestId('okx-signature');
      await expect(signature).toHaveText(/^[A-Za-z0-9+/]{43}=$/);
      await expectVerdictOnly(
        widget,
        [await signature.innerText(), 'curl -X'],
        locale === 'en' ? /^Signed/ : /^已签名/,
      );
    });
  });
}

/** The signer's live regions hold a short verdict, and none of them holds the signature or the curl command. */
async function expectVerdictOnly(widget: Locator, notAnnounced: string[], verdict: RegExp) {
  const regions = liveRegions(widget);
  const texts = await regions.evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
  for (const text of texts) {
    expect(text.length, `a live region reads out "${text.slice(0, 80)}…"`).toBeLessThanOrEqual(160);
    for (const value of notAnnounced) expect(text).not.toContain(value);
  }
  expect(texts.filter((t) => verdict.test(t))).toHaveLength(1);
}

// A link to a heading lands it just under the navbar, wherever the heading is: on phones the browser lays
// out the article's later blocks only when they come near the screen, and a checker above the heading
// (the FAQ's error explainer above "invalid signature") must not push it down when it is laid out.
const LINKED: {path: string; ids: string[]}[] = [
  {path: '/docs/faq', ids: ['kyc', 'invalid-signature', 'sources']},
  {path: '/docs/backpack-tealstreet', ids: ['swapped']},
  {path: '/docs/v5-insilico', ids: ['delete-key']},
];

for (const locale of LOCALES as Locale[]) {
  test(`${locale}: on a phone every linked heading lands just under the navbar`, async ({page}) => {
    test.setTimeout(scaled(90_000));
    await page.setViewportSize({width: 390, height: 844});
    for (const {path, ids} of LINKED) {
      for (const id of ids) {
        await test.step(`${path}#${id}`, async () => {
          await page.goto('about:blank');
          await openPage(page, `${localePath(locale, path)}#${id}`);
          // Until the blocks around the heading are laid out and the page is idle: 8 px (0.5rem) under the
          // navbar, as Docusaurus places a heading it scrolls to.
          await page.waitForLoadState('networkidle');
          await expect
            .poll(
              () =>
                page.evaluate((target) => {
                  const heading = document.getElementById(target)!.getBoundingClientRect().top;
                  return Math.round(heading - document.querySelector('.navbar')!.getBoundingClientRect().bottom);
                }, id),
              {message: `${path}#${id}: px between the navbar and the heading`},
            )
            .toBe(8);
        });
      }
    }
  });
}

for (const locale of LOCALES) {
  test(`${locale}: the FAQ holds one error explainer, under "invalid signature", and the balance answer links to it`, async ({
    page,
  }) => {
    await openPage(page, localePath(locale, '/docs/faq'));
    const explainers = page.locator('article section[aria-label]').filter({has: page.getByTestId('error-text')});
    await expect(explainers).toHaveCount(1);
    // It follows the "invalid signature" heading's own paragraph.
    expect(await explainers.evaluate((el) => el.previousElementSibling?.previousElementSibling?.id)).toBe(
      'invalid-signature',
    );
    const link = page.locator('.markdown a[href$="#invalid-signature"]:not(.hash-link)');
    await expect(link).toHaveCount(1);
    const section = await link.evaluate((a) => {
      let el = a.closest('.markdown > *');
      while (el && el.tagName !== 'H2') el = el.previousElementSibling;
      return el?.id;
    });
    expect(section).toBe('no-balance');
  });
}
