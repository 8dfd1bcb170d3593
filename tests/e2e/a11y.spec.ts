// Accessibility of the checker tools pages: no axe violation with results shown, every field
// labelled, verdicts in a polite live region, and the widgets usable from the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import {openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, test} from './support/fixtures';

// The page content (text and widget). The navbar, sidebar and breadcrumbs are the theme's, checked by the
// whole-page axe runs of pages.spec.ts.
async function expectNoViolations(page: Page) {
  const {violations} = await new AxeBuilder({page}).include('.theme-doc-markdown').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The key pair checker from the keyboard alone, on an empty widget. */
async function keyPairByKeyboard(page: Page, widget: Locator) {
  const select = widget.getByRole('combobox');
  await select.focus();
  await page.keyboard.press('ArrowDown'); // Backpack → V5 passphrase exchange
  await expect(select).toHaveValue('okx');
  await page.keyboard.press('Tab');
  await expect(widget.locator('input').nth(0)).toBeFocused();
  await page.keyboard.type('37c541a1-6e2a-4a3b-9f1e-10fe7a038418');
  await page.keyboard.press('Tab');
  const secret = widget.locator('input').nth(1);
  await expect(secret).toBeFocused();
  await page.keyboard.type('22582BD0CFF14C41EDBF1AB98506286D');
  await page.keyboard.press('Tab'); // the Show toggle of the secret
  await expect(secret).toHaveAttribute('type', 'password');
  await page.keyboard.press('Enter');
  await expect(secret).toHaveAttribute('type', 'text');
  await page.keyboard.press('Space');
  await expect(secret).toHaveAttribute('type', 'password');
  await page.keyboard.press('Tab');
  await expect(widget.locator('input').nth(2)).toBeFocused();
  await page.keyboard.type('CorrectHorse42');
  await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
}

/** The IP list checker from the keyboard alone, on an empty widget. */
async function ipListByKeyboard(page: Page, widget: Locator) {
  await widget.getByRole('combobox').focus();
  await page.keyboard.press('Tab');
  await expect(widget.locator('textarea').first()).toBeFocused();
  await page.keyboard.type('8.8.8.8');
  await expect(widget.getByTestId('ip-output')).toHaveText('8.8.8.8');
  await page.keyboard.press('Tab'); // the clean list's box, focusable so it can be scrolled
  await expect(widget.getByTestId('ip-output')).toBeFocused();
  await page.keyboard.press('Tab'); // then its copy button
  await expect(widget.getByRole('button', {name: /Copy|复制/}).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(widget.locator('textarea').nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "use Insilico Terminal's server list"
  await expect(widget.locator('textarea').nth(1)).not.toHaveValue('');
  await expect(widget.getByTestId('compare-missing').locator('li')).toHaveCount(20);
}

// One page load per widget: the labels, the keyboard walk-through, then axe with results shown (the empty
// widgets and the tools overview are in the whole-page axe runs of pages.spec.ts).
const FILLED: {path: string; values: string[]; keyboard?: (page: Page, widget: Locator) => Promise<void>}[] = [
  {path: TOOL_PAGES.publicKey, values: ['0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20']},
  {path: TOOL_PAGES.ipList, values: ['8.8.8.8:443, 10.0.0.1\n1.1.1.1', '1.1.1.1 9.9.9.9'], keyboard: ipListByKeyboard},
  {path: TOOL_PAGES.keyPair, values: ['not-a-key', 'also-not-a-secret'], keyboard: keyPairByKeyboard},
];

for (const locale of LOCALES) {
  test.describe(`accessibility (${locale})`, () => {
    for (const {path, values, keyboard} of FILLED) {
      test(`${path}: no axe violations with results; labelled fields; live verdict${keyboard ? '; works from the keyboard alone' : ''}`, async ({
        page,
      }) => {
        const widget = await openWidget(page, locale, path);
        const fields = widget.locator('textarea, input, select');
        for (const field of await fields.all()) {
          const name = await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');
          expect(name, 'every field has a visible label').not.toBe('');
        }
        if (keyboard) await test.step('works from the keyboard alone', () => keyboard(page, widget));
        const boxes = widget.locator('textarea, input');
        for (let i = 0; i < values.length; i++) await boxes.nth(i).fill(values[i]);
        await expect(verdictOf(widget)).not.toHaveAttribute('data-verdict', 'empty');
        await expect(verdictOf(widget)).toHaveAttribute('aria-live', 'polite');
        await expectNoViolations(page);
      });
    }
  });
}
