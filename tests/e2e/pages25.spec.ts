// The Bitget, BloFin, Hyperliquid and OKX → Tealstreet guides as a reader meets them, in both languages:
// no page scrolls sideways on a 390 px phone, axe finds nothing on the whole page, each pair page opens
// with its value map, and on Bitget → Insilico Terminal the IP whitelist checker fills in the terminal's
// own 30 addresses and names the ones missing from the reader's list.
import AxeBuilder from '@axe-core/playwright';
import {INSILICO_BITGET_SERVER_IPS} from '../../src/terminals/insilicoBitgetServerIps';
import {openWidget, verdictOf} from './checkers-support';
import {expect, layOutWholePage, LOCALES, localePath, openPage, test} from './support/fixtures';

const PAIR_PAGES = [
  '/docs/bitget-tealstreet',
  '/docs/bitget-insilico',
  '/docs/blofin-tealstreet',
  '/docs/blofin-insilico',
  '/docs/hyperliquid-insilico',
  '/docs/okx-tealstreet',
];
const PAGES = ['/docs/bitget-api-key', ...PAIR_PAGES, '/docs/not-covered'];

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale} ${path} fits a 390 px screen and has no axe violation`, async ({page}) => {
      await page.setViewportSize({width: 390, height: 844});
      await openPage(page, localePath(locale, path));
      await layOutWholePage(page);
      const name = `${locale}-light-390${path.replace(/\//g, '_')}`;
      await page.screenshot({path: `tests/e2e/screenshots/${name}.png`, fullPage: true});
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      const {violations} = await new AxeBuilder({page}).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (PAIR_PAGES.includes(path)) await expect(page.locator('figure[data-value-map]')).toHaveCount(1);
    });
  }

  test(`${locale}: Bitget → Insilico Terminal fills in the terminal's 30 addresses and names what is missing`, async ({
    page,
  }) => {
    const widget = await openWidget(page, locale, '/docs/bitget-insilico');
    const [mainBox, compareBox] = [widget.getByRole('textbox').nth(0), widget.getByRole('textbox').nth(1)];
    await mainBox.fill(INSILICO_BITGET_SERVER_IPS.slice(0, 28).join(', '));
    await widget.getByRole('button', {name: /Insilico|30/}).click();
    await expect(compareBox).toHaveValue(INSILICO_BITGET_SERVER_IPS.join('\n'));
    await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
    await expect(widget.getByTestId('compare-missing').locator('li')).toHaveText(
      [...INSILICO_BITGET_SERVER_IPS.slice(28)].sort(),
    );
    await mainBox.fill(INSILICO_BITGET_SERVER_IPS.join(', '));
    await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
    await expect(widget.getByTestId('compare-missing')).toHaveCount(0);
  });
}
