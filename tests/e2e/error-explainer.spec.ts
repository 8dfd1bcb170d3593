// The error explainer page in both languages: the done-when case (an OKX IP error with a whitelist that
// lacks the address), a clock error, a Backpack signature error and unrelated text, each shown with the
// real translated messages of the checker's report.
import {explainError, describe, describeFix, type ExplainContext} from '../../src/checkers';
import {describeCause} from '../../src/checkers/errors/apiErrorMessages';
import {localePath, expect, LOCALES, test, type Locale} from './support/fixtures';
import {scaled} from './support/timeouts';
import {openWidget, TOOL_PAGES} from './checkers-support';
import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';

const IP_ERROR = '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}';
const WHITELIST = '18.167.89.125, 18.167.8.216, 43.198.26.42';

async function expectExplained(widget: Locator, text: string, context: ExplainContext, locale: Locale) {
  const report = explainError(text, context);
  const result = widget.locator('[role="status"][data-verdict]');
  await expect(result).toHaveAttribute('data-verdict', report.verdict);
  const [main, ...rest] = report.findings;
  await expect(result).toHaveAttribute('data-code', main.code);
  await expect(result).toContainText(describe(main, locale));
  await expect(result).toContainText(describeFix(main, locale));
  const cause = describeCause(main, locale);
  if (cause) await expect(result).toContainText(cause);
  for (const f of rest) {
    const item = result.locator(`[data-code="${f.code}"]`);
    await expect(item).toContainText(describe(f, locale));
    await expect(item).toContainText(describeFix(f, locale));
  }
  return report;
}

async function expectNoViolations(page: Page) {
  const {violations} = await new AxeBuilder({page}).include('.theme-doc-markdown').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const locale of LOCALES) {
  test.describe(`error explainer (${locale})`, () => {
    // Each test loads the page and waits for several re-renders: twice the usual time.
    test.describe.configure({timeout: scaled(60_000)});
    test('an OKX IP error with a whitelist that lacks the address says so, and how to add it', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.errorExplainer);
      await widget.locator('textarea').first().fill(IP_ERROR);
      await expectExplained(widget, IP_ERROR, {}, locale);
      // The whitelist field appears only on request, empty: nothing is moved into it.
      await expect(widget.locator('textarea')).toHaveCount(1);
      await widget
        .getByRole('button', {name: locale === 'en' ? 'Check my IP whitelist' : '检查我的 IP 白名单'})
        .click();
      const list = widget.getByTestId('error-whitelist');
      await expect(list).toHaveValue('');
      await list.fill(WHITELIST);
      const report = await expectExplained(widget, IP_ERROR, {whitelist: WHITELIST}, locale);
      expect(report.findings.map((f) => f.code)).toEqual(['apierror.ip-not-whitelisted', 'apierror.ip-not-listed']);
      const result = widget.locator('[role="status"]');
      await expect(result).toContainText(
        locale === 'en' ? '203.0.113.9 is not on the list you pasted' : '203.0.113.9 不在你粘贴的列表中',
      );
      // OKX's own step: edit the key on OKX and add the address.
      await expect(result).toContainText(
        locale === 'en'
          ? 'Edit the key on OKX and add 203.0.113.9 to its IP whitelist'
          : '在 OKX 编辑这个 API 密钥，把 203.0.113.9 加进【IP 地址白名单】',
      );
      await expect(widget.getByTestId('explained-exchange')).toContainText(
        locale === 'en' ? 'OKX, error code 50110' : 'OKX，错误码 50110',
      );
      await expect(widget.getByTestId('guide-link')).toHaveAttribute(
        'href',
        localePath(locale, '/docs/v5-insilico#ip-whitelist'),
      );
      // With the address on the list (as a CIDR block) the verdict changes.
      await list.fill(`${WHITELIST}\n203.0.113.0/24`);
      await expectExplained(widget, IP_ERROR, {whitelist: `${WHITELIST}\n203.0.113.0/24`}, locale);
    });

    // One page load; each step pastes over the last text (the exchange is chosen last).
    test('a clock error, unrelated text, a Backpack signature error: each explained, with where to go next', async ({
      page,
    }) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.errorExplainer);
      const box = widget.locator('textarea').first();

      await test.step('a clock error shows the device clock in UTC and its time zone', async () => {
        await box.fill('请求时间戳过期');
        await expectExplained(widget, '请求时间戳过期', {}, locale);
        await expect(widget.getByTestId('clock-utc')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
        const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
        await expect(widget.getByTestId('clock-zone')).toHaveText(zone);
        await expect(widget.getByTestId('clock-check')).toContainText(
          locale === 'en' ? 'no network call' : '不发起任何网络请求',
        );
      });

      await test.step('unrelated text gets a warning saying what to paste instead; clearing it empties the result', async () => {
        await box.fill('the bot stopped');
        await expectExplained(widget, 'the bot stopped', {}, locale);
        await box.fill('');
        await expect(widget.locator('[role="status"]')).toHaveAttribute('data-verdict', 'empty');
      });

      await test.step('a Backpack signature error points to the Backpack request signer', async () => {
        await widget.getByRole('combobox').selectOption('backpack');
        await box.fill('401 Unauthorized: Invalid signature');
        await expectExplained(widget, '401 Unauthorized: Invalid signature', {exchange: 'backpack'}, locale);
        await expect(widget.getByTestId('signer-link')).toHaveAttribute(
          'href',
          localePath(locale, '/docs/tools/request-signer'),
        );
        await expect(widget.getByTestId('guide-link')).toHaveAttribute(
          'href',
          localePath(locale, '/docs/backpack-tealstreet#invalid-signature'),
        );
      });
    });

    test('no axe violations, empty and explained; usable from the keyboard alone', async ({page}) => {
      // Three axe runs.
      test.setTimeout(scaled(120_000));
      const widget = await openWidget(page, locale, TOOL_PAGES.errorExplainer);
      await expectNoViolations(page);
      await widget.locator('textarea').first().focus();
      await page.keyboard.type('50110 Your IP 203.0.113.9 is not included');
      await page.keyboard.press('Tab');
      await expect(widget.getByRole('combobox')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(widget.getByRole('button')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget.getByTestId('error-whitelist')).toBeVisible();
      await widget.getByTestId('error-whitelist').focus();
      await page.keyboard.type('8.8.8.8');
      await expect(widget.locator('[data-code="apierror.ip-not-listed"]')).toBeVisible();
      await expect(widget.locator('[role="status"]')).toHaveAttribute('aria-live', 'polite');
      await expectNoViolations(page);
      await widget.locator('textarea').first().fill('50102');
      await expect(widget.getByTestId('clock-check')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
