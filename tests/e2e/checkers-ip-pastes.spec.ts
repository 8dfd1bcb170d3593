// The IP whitelist checker as a reader meets it in the guides, in both languages: what is offered as ready
// to paste keeps OKX's limit, a guide's verdict waits for the terminal's list, the summary's count never
// contradicts the verdict, and lists pasted with numbers, bullets and labels are read. Addresses: the
// 20 of the third-party V5 guide and Insilico's first Bitget address, as /work/shared/domain.md lists them.
// Leaves 390 px screenshots of the two guide cases in tests/e2e/screenshots/.
import type {Locator, Page} from '@playwright/test';
import {checkIpList, compareWithTerminal, describe, type IpListReport} from '../../src/checkers';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, layOutWholePage, LOCALES, localePath, openPage, test, type Locale} from './support/fixtures';

const V5_GUIDE = [
  '18.167.89.125',
  '18.167.8.216',
  '43.198.26.42',
  '18.166.216.236',
  '18.163.207.89',
  '43.198.196.202',
  '43.198.149.125',
  '43.198.214.66',
  '18.167.53.222',
  '18.166.252.235',
  '16.163.177.207',
  '18.167.243.99',
  '18.167.32.21',
  '18.166.224.0',
  '18.166.106.248',
  '18.162.176.190',
  '16.163.65.4',
  '18.167.188.106',
  '16.163.19.198',
  '18.167.49.196',
];
const BITGET_FIRST = '18.180.195.116';

const LABEL: Record<Locale, string> = {en: 'IP whitelist checker', 'zh-Hans': 'IP 白名单检查'};

async function guideWidget(page: Page, locale: Locale, path: string): Promise<Locator> {
  await openPage(page, localePath(locale, path));
  return page.locator(`article section[aria-label="${LABEL[locale]}"]`);
}

/** The banner's summary line, as the widget words it, for the checker's count. */
function summary(locale: Locale, report: IpListReport): string {
  const n = report.attention;
  return locale === 'en'
    ? `Entries: ${report.entries.length}. Needing attention: ${n}.`
    : `共 ${report.entries.length} 条；需要处理的问题：${n} 个。`;
}

for (const locale of LOCALES) {
  test.describe(`IP lists in the guides (${locale})`, () => {
    // One page load on the V5 guide; the second list is pasted over the first.
    test("OKX, 21 addresses: the clean list holds the first 20, the 21st is named; 19 without the terminal's list are checked for form only, the comparison decides", async ({
      page,
    }) => {
      await page.setViewportSize({width: 390, height: 900});
      const widget = await guideWidget(page, locale, '/docs/v5-insilico');
      const text = [...V5_GUIDE, BITGET_FIRST].join('\n');
      await widget.getByRole('textbox').first().fill(text);
      const report = compareWithTerminal(checkIpList(text, {target: 'okx'}), '', {required: true});
      expect(report.attention).toBeGreaterThan(0);
      await expectReportShown(widget, report, locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(verdictOf(widget).locator('[data-code="ip.too-many"]')).toContainText(BITGET_FIRST);
      await expect(verdictOf(widget)).toContainText(summary(locale, report));
      await expect(widget.getByTestId('ip-output')).toHaveText(V5_GUIDE.join(','));
      await expect(widget.getByTestId('ip-left-out')).toContainText(BITGET_FIRST);
      await expect(widget.locator('tbody tr').nth(20).locator('[data-code="ip.over-limit"]')).toBeVisible();
      await layOutWholePage(page); // phones skip laying out blocks far down the article until scrolled to
      await widget.screenshot({path: `tests/e2e/screenshots/ip-okx-21-${locale}-390.png`});

      // A guide's list without the terminal's list is checked for form only; the comparison decides.
      const mine = V5_GUIDE.slice(0, 19).join(',');
      await widget.getByRole('textbox').first().fill(mine);
      const formOnly = compareWithTerminal(checkIpList(mine, {target: 'okx'}), '', {required: true});
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'warning');
      const headline = verdictOf(widget).locator('[data-code="ip.terminal-not-compared"]');
      await expect(headline).toContainText(describe({code: 'ip.terminal-not-compared', severity: 'warning'}, locale));
      await expect(verdictOf(widget)).toContainText(summary(locale, formOnly));
      await layOutWholePage(page); // phones skip laying out blocks far down the article until scrolled to
      await widget.screenshot({path: `tests/e2e/screenshots/ip-not-compared-${locale}-390.png`});

      await widget.getByRole('button', {name: /Insilico/}).click();
      const compared = compareWithTerminal(checkIpList(mine, {target: 'okx'}), V5_GUIDE.join('\n'), {required: true});
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(verdictOf(widget).locator('[data-code="ip.terminal-missing"]')).toContainText(V5_GUIDE[19]);
      await expect(verdictOf(widget)).toContainText(summary(locale, compared));
      await expect(verdictOf(widget)).not.toContainText(locale === 'en' ? 'Needing attention: 0' : '问题：0');
    });

    test('the Backpack guide too: looks good only once the terminal list is compared', async ({page}) => {
      const widget = await guideWidget(page, locale, '/docs/backpack-tealstreet');
      const [mainBox, compareBox] = [widget.getByRole('textbox').nth(0), widget.getByRole('textbox').nth(1)];
      await mainBox.fill(`${V5_GUIDE[0]}\n${V5_GUIDE[1]}`);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'warning');
      await expect(verdictOf(widget).locator('[data-code="ip.terminal-not-compared"]')).toBeVisible();
      await compareBox.fill(`${V5_GUIDE[1]}, ${V5_GUIDE[0]}`);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
      await expect(widget.getByTestId('compare-result')).not.toBeEmpty();
    });

    test('the tools page keeps the comparison optional, and reads numbered, bulleted and labelled lists', async ({
      page,
    }) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.ipList);
      const text = `1. ${V5_GUIDE[0]}\n2) ${V5_GUIDE[1]}\n• ${V5_GUIDE[2]}\nIP 4：${V5_GUIDE[3]}。\n[2a05:d014::1]`;
      await widget.getByRole('textbox').first().fill(text);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
      await expect(widget.getByTestId('ip-output')).toHaveText([...V5_GUIDE.slice(0, 4), '2a05:d014::1'].join('\n'));
    });
  });
}
