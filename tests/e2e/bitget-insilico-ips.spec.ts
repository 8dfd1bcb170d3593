// On Bitget → Insilico Terminal, in both languages, the IP whitelist checker fills in the terminal's own 30
// addresses and names the ones missing from the reader's list. (Axe and the 390 px screen for every page in
// turn: pages.spec.ts; every guide's value map: tests/build/pages.test.ts.)
import {INSILICO_BITGET_SERVER_IPS} from '../../src/terminals/insilicoBitgetServerIps';
import {openWidget, verdictOf} from './checkers-support';
import {expect, LOCALES, test} from './support/fixtures';

for (const locale of LOCALES) {
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
