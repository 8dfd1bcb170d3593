// Private by construction: a unique value pasted into every field of every checker appears in no
// request, storage area, cookie, URL or console message, and typing makes no request at all.
import type {Locator, Page} from '@playwright/test';
import {openWidget, TOOL_PAGES} from './checkers-support';
import {expect, LOCALES, test} from './support/fixtures';
import {expectPrivateFields, recordTraffic, sentinel, startWidget} from './support/privacy';

/** Types into every text field, textarea and password field of the widget, then reveals the hidden ones. */
async function typeEverywhere(page: Page, widget: Locator, value: string) {
  const fields = widget.locator('textarea, input');
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await fields.nth(i).click();
    await page.keyboard.type(`${value}-${i}`);
  }
  const show = widget.getByRole('button', {name: /Show|显示/});
  while ((await show.count()) > 0) await show.first().click();
  await settled(widget);
}

/** Waits until the widget has answered the last input: no check pending, no list still being checked. */
async function settled(widget: Locator) {
  await expect(widget.locator('[data-verdict="pending"], [aria-busy="true"]')).toHaveCount(0);
}

const WIDGETS: {name: string; path: string; prepare?: (widget: Locator) => Promise<void>}[] = [
  {name: 'public key', path: TOOL_PAGES.publicKey},
  {
    name: 'IP list',
    path: TOOL_PAGES.ipList,
    prepare: (w) =>
      w
        .getByRole('combobox')
        .selectOption('okx')
        .then(() => undefined),
  },
  {
    name: 'key pair',
    path: TOOL_PAGES.keyPair,
    prepare: (w) =>
      w
        .getByRole('combobox')
        .selectOption('okx')
        .then(() => undefined),
  },
  // An IP error first, so the whitelist field (shown only on request) is there to type into too.
  {name: 'error explainer', path: TOOL_PAGES.errorExplainer, prepare: openWhitelistField},
];

async function openWhitelistField(widget: Locator): Promise<void> {
  await widget
    .locator('textarea')
    .first()
    .fill('{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}');
  await widget.getByRole('button', {name: /Check my IP whitelist|检查我的 IP 白名单/}).click();
  await expect(widget.locator('textarea')).toHaveCount(2);
}

for (const locale of LOCALES) {
  for (const {name, path, prepare} of WIDGETS) {
    test(`${name} (${locale}): private fields; pasted values go nowhere and typing makes no request`, async ({
      page,
    }) => {
      const recording = recordTraffic(page);
      const widget = await openWidget(page, locale, path);
      await prepare?.(widget);

      if (path === TOOL_PAGES.keyPair) {
        await test.step('secret and passphrase are masked until shown', async () => {
          const hidden = widget.locator('input[type="password"]');
          await expect(hidden).toHaveCount(2);
          await widget
            .getByRole('button', {name: /Show|显示/})
            .first()
            .click();
          await expect(hidden).toHaveCount(1);
          await widget
            .getByRole('button', {name: /Hide|隐藏/})
            .first()
            .click();
          await expect(hidden).toHaveCount(2);
        });
      }

      await test.step('every field opts out of autofill, spellcheck and password managers', async () => {
        await expectPrivateFields(widget.locator('textarea, input'));
        await expect(widget).toContainText(locale === 'en' ? 'Checked only in this browser' : '只在本浏览器中检查');
      });

      await test.step('typed and pasted values go nowhere; typing makes no request', async () => {
        const secret = sentinel(name.replace(/\s/g, ''));
        await startWidget(widget);
        await recording.mark();
        await typeEverywhere(page, widget, secret);
        expect(recording.requestsSinceMark()).toEqual([]);
        // Also a value shaped like a real key, pasted rather than typed.
        await widget.locator('textarea, input').first().fill(`${secret}==`);
        await settled(widget);
        expect(recording.requestsSinceMark()).toEqual([]);
        const dump = await recording.dump();
        expect(dump).not.toContain(secret);
        expect(page.url()).not.toContain(secret);
        // The fields really hold the value, so the assertions above are about something.
        await expect(widget.locator('textarea, input').first()).toHaveValue(`${secret}==`);
      });
    });
  }
}
