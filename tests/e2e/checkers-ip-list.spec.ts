// The IP list widget as a reader uses it, in both locales: each mistake with its message and fix, the
// clean list, the Backpack per-line copy, the terminal comparison (its missing addresses decide the verdict),
// where the terminal's list is offered, and a 1 MB paste (checked in a Web Worker).
import {checkIpList, compareWithTerminal, describe} from '../../src/checkers';
import {INSILICO_SERVER_IPS} from '../../src/data/insilicoServerIps';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, localePath, openPage, test} from './support/fixtures';
import {scaled} from './support/timeouts';

const publicIps = (n: number) => Array.from({length: n}, (_, i) => `8.${Math.floor(i / 250) + 1}.${(i % 250) + 1}.9`);

for (const locale of LOCALES) {
  test.describe(`IP list widget (${locale})`, () => {
    // One page load for the checks of a single list; each step sets the target it needs.
    test('mistakes with their messages and fixes; the clean list for each target, and what was left out', async ({
      page,
    }) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.ipList);
      const box = widget.getByRole('textbox').first();

      await test.step('a list with several mistakes shows each one with its message and fix', async () => {
        const input = '８．８．８．８\n8.8.4.4:443\n10.0.0.1\n8.8.8.0/33';
        await box.fill(input);
        const report = checkIpList(input, {target: 'generic'});
        expect(report.findings.length).toBeGreaterThanOrEqual(4);
        await expectReportShown(widget, report, locale);
      });

      await test.step("an entry's error leads the banner over a list-wide warning, naming the entry", async () => {
        await box.fill('8.8.4.4，8.8.8.010');
        const banner = verdictOf(widget);
        await expect(banner).toHaveAttribute('data-verdict', 'error');
        const zero = checkIpList('8.8.4.4，8.8.8.010').findings.find((f) => f.code === 'ip.leading-zero')!;
        await expect(banner.locator('[data-code="ip.leading-zero"]')).toContainText(describe(zero, locale));
        await expect(banner).toContainText(locale === 'en' ? 'Entry 2 (8.8.8.010):' : '第 2 条（8.8.8.010）：');
        // The full-width comma note is still shown, below the banner.
        await expect(widget.locator('[data-code="ip.fullwidth"]')).toBeVisible();
      });

      await test.step('OKX target shows the clean comma-separated list', async () => {
        await widget.getByRole('combobox').selectOption('okx');
        await box.fill('８．８．８．８\n1.1.1.1:80\n9.9.9.9 9.9.9.9');
        await expect(widget.getByTestId('ip-output')).toHaveText(
          checkIpList('８．８．８．８\n1.1.1.1:80\n9.9.9.9 9.9.9.9', {target: 'okx'}).output,
        );
        await expect(widget.getByTestId('ip-output')).toHaveText('8.8.8.8,1.1.1.1,9.9.9.9');
      });

      await test.step('what was left out is said beside the clean list', async () => {
        const list = [...INSILICO_SERVER_IPS.slice(0, 11), '18.167.243.999', ...INSILICO_SERVER_IPS.slice(12)];
        await box.fill(list.join(','));
        const leftOut = widget.getByTestId('ip-left-out');
        await expect(leftOut).toContainText(
          locale === 'en'
            ? '19 of 20 entries; left out: 18.167.243.999'
            : '共 20 条，19 条已放入；未放入：18.167.243.999',
        );
        // The clean list box can be reached by keyboard and has a name.
        const output = widget.getByTestId('ip-output');
        await expect(output).toHaveAttribute('tabindex', '0');
        await expect(output).toHaveAccessibleName(locale === 'en' ? 'Clean list' : '整理后的列表');
      });

      await test.step('Backpack target gives one copy button per clean entry', async () => {
        await widget.getByRole('combobox').selectOption('backpack');
        await box.fill('8.8.8.8, 1.1.1.1 8.8.8.8');
        const lines = widget.locator('ol li');
        await expect(lines).toHaveCount(2);
        await expect(lines.nth(0)).toContainText('8.8.8.8');
        await expect(lines.nth(1).getByRole('button')).toBeVisible();
      });
    });

    test("comparison with the terminal's list: what is missing decides the verdict, and is named at the top", async ({
      page,
    }) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.ipList);
      const [mainBox, compareBox] = [widget.getByRole('textbox').nth(0), widget.getByRole('textbox').nth(1)];
      const mine = [...INSILICO_SERVER_IPS.slice(0, 18), '43.198.0.0/16', '8.8.8.8'].join('\n');
      await mainBox.fill(mine);
      await widget.getByRole('button', {name: /Insilico/}).click();
      await expect(compareBox).toHaveValue(INSILICO_SERVER_IPS.join('\n'));
      // 43.198.0.0/16 covers none of the last two (18.x / 16.x), so exactly those two are missing.
      const missing = widget.getByTestId('compare-missing');
      await expect(missing.locator('li')).toHaveText([...INSILICO_SERVER_IPS.slice(18)].sort());
      await expect(widget.getByTestId('compare-extra').locator('li')).toHaveText(['8.8.8.8']);
      // Item 11: the banner says so, naming them, above everything else.
      const report = compareWithTerminal(checkIpList(mine), INSILICO_SERVER_IPS.join('\n'));
      const finding = report.findings.find((f) => f.code === 'ip.terminal-missing')!;
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(verdictOf(widget).locator('[data-code="ip.terminal-missing"]')).toContainText(
        describe(finding, locale),
      );
      await mainBox.fill(INSILICO_SERVER_IPS.join(', '));
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
      await expect(widget.getByTestId('compare-missing')).toHaveCount(0);
      await expect(widget.getByTestId('compare-extra')).toHaveCount(0);
      await expect(widget.getByTestId('compare-result')).not.toBeEmpty();
    });

    test('a long list: row numbers past 99 stay on one line, and the rows not drawn are counted', async ({page}) => {
      await page.setViewportSize({width: 390, height: 900}); // a phone: each row is a card
      const widget = await openWidget(page, locale, TOOL_PAGES.ipList);
      await widget.getByRole('textbox').first().fill(publicIps(201).join('\n'));
      const numberCell = (row: number) =>
        widget
          .locator('tbody tr')
          .nth(row - 1)
          .locator('td')
          .first();
      await expect(numberCell(200)).toHaveText('200');
      const [one, twoHundred] = [await numberCell(1).boundingBox(), await numberCell(200).boundingBox()];
      // A second line would add a whole line height (over 20 px); borders differ by a pixel at most.
      expect(Math.abs(twoHundred!.height - one!.height)).toBeLessThan(2);
      await expect(widget.locator('table ~ p').first()).toHaveText(
        locale === 'en' ? '…and 1 more, not shown here.' : '……另有 1 条未在此显示。',
      );
    });

    test('a 1 MB paste stays responsive and says the list is too large to be real', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.ipList);
      // Comma-separated: Chromium's own text insertion is very slow for a megabyte of line breaks,
      // which would measure the test driver rather than the widget.
      let text = '';
      for (let i = 0; text.length < 1_000_000; i++)
        text += `${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}.${(i * 7) & 255}, `;
      await widget.getByRole('textbox').first().fill(text);
      const count = checkIpList(text).entries.length;
      const huge = widget.locator('[data-code="ip.huge-list"]');
      await expect(huge).toBeVisible({timeout: scaled(15_000)}); // not a budget (that is in the bench): room for a loaded CI machine
      await expect(huge).toContainText(describe({code: 'ip.huge-list', severity: 'warning', params: {count}}, locale));
      await expect(verdictOf(widget)).not.toHaveAttribute('data-verdict', 'empty');
      // Only a bounded number of rows is rendered.
      await expect(widget.locator('tbody tr')).toHaveCount(200);
      const shownOutput = (await widget.getByTestId('ip-output').textContent()) ?? '';
      expect(shownOutput.split('\n')).toHaveLength(200);
      // Still typeable: a keystroke lands in the box.
      await widget.getByRole('textbox').first().press('End');
      await widget.getByRole('textbox').first().pressSequentially('1');
      await expect(widget.getByRole('textbox').first()).toHaveValue(text + '1');
    });
  });
}

for (const locale of LOCALES) {
  // Item 17: a terminal's list is offered only where that terminal is the subject.
  test(`IP list widget (${locale}): the V5 guide offers the 20-address list and says where it comes from; the Tealstreet guide does not`, async ({
    page,
  }) => {
    const label = locale === 'en' ? 'IP whitelist checker' : 'IP 白名单检查';
    await openPage(page, localePath(locale, '/docs/v5-insilico'));
    const v5 = page.locator(`article section[aria-label="${label}"]`);
    const fill = v5.getByRole('button', {name: /Insilico/});
    await expect(fill).toBeVisible();
    await expect(v5).toContainText(locale === 'en' ? 'third-party guide' : '第三方指南');
    await expect(v5).toContainText('Creating an OKX API Key');
    // Item 11 on the guide itself: 19 of the 20 pasted, the list filled in: an error naming the 20th.
    await v5.getByRole('textbox').first().fill(INSILICO_SERVER_IPS.slice(0, 19).join(','));
    await fill.click();
    await expect(verdictOf(v5)).toHaveAttribute('data-verdict', 'error');
    await expect(verdictOf(v5).locator('[data-code="ip.terminal-missing"]')).toContainText(INSILICO_SERVER_IPS[19]);

    await openPage(page, localePath(locale, '/docs/backpack-tealstreet'));
    const tealstreet = page.locator(`article section[aria-label="${label}"]`);
    await expect(tealstreet).toBeVisible();
    await expect(tealstreet.getByRole('button', {name: /Insilico/})).toHaveCount(0);
    await expect(tealstreet).not.toContainText('Insilico');
  });
}
