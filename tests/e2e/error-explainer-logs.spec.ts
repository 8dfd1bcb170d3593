// The error explainer on what traders paste from a bot, in both languages: a ccxt verbose log whose
// request headers name OK-ACCESS-PASSPHRASE (ccxt issue 24601's form) is explained by its reply's code,
// not as a passphrase error; a freqtrade line with a price and an order code OKX's table of key errors
// doesn't have names that code; and the IP fix shown for Backpack is Backpack's own step.
import {expect, localePath, LOCALES, test} from './support/fixtures';
import {openWidget, TOOL_PAGES} from './checkers-support';

const HEADERS =
  "{'OK-ACCESS-KEY': 'redacted', 'OK-ACCESS-PASSPHRASE': 'redacted', 'OK-ACCESS-TIMESTAMP': '2024-12-19T03:02:12.532Z', 'OK-ACCESS-SIGN': 'redacted', 'User-Agent': 'python-requests/2.32.3'}";
const VERBOSE_LOG = [
  `DEBUG:ccxt.base.exchange:GET https://www.okx.com/api/v5/asset/currencies, Request: ${HEADERS} None`,
  'DEBUG:urllib3.connectionpool:https://www.okx.com:443 "GET /api/v5/asset/currencies HTTP/1.1" 401 46',
  'ERROR:root:Failed to get balance from https://www.okx.com: okx {"msg":"API key doesn\'t exist","code":"50119"}',
].join('\n');
const FREQTRADE =
  '2026-11-20 19:05:06,284 - freqtrade.freqtradebot - WARNING - Unable to place order Insufficient funds to create limit buy order on market BTC/USDT:USDT. Tried to buy amount 0.002 at rate 50113.4.Message: okx {"code":"1","data":[{"sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account."}],"msg":"All operations failed"}.';

for (const locale of LOCALES) {
  test.describe(`error explainer, bot logs (${locale})`, () => {
    test.describe.configure({timeout: 60_000});

    // One page load; each step pastes over the last log (the exchange is chosen last).
    test('a ccxt verbose log, a freqtrade line, a Backpack IP error: each read by what matters', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.errorExplainer);
      // A ccxt verbose log is read by its reply: the API key, on www.okx.com, not the passphrase.
      await widget.locator('textarea').first().fill(VERBOSE_LOG);
      const result = widget.locator('[role="status"][data-verdict]');
      await expect(result).toHaveAttribute('data-code', 'apierror.invalid-key');
      await expect(widget.getByTestId('explained-exchange')).toContainText(
        locale === 'en' ? 'OKX, error code 50119' : 'OKX，错误码 50119',
      );
      await expect(result.locator('[data-code="apierror.okx-site"]')).toContainText('www.okx.com');
      await expect(result).not.toContainText('Passphrase');
      await expect(result).not.toContainText('passphrase');
      await expect(widget.getByTestId('guide-link')).toHaveAttribute(
        'href',
        localePath(locale, '/docs/v5-insilico#add-account'),
      );

      // A price in a freqtrade line is not a code; the order code is named, not explained.
      await widget.locator('textarea').first().fill(FREQTRADE);
      await expect(result).toHaveAttribute('data-code', 'apierror.unrecognised');
      await expect(result).toHaveAttribute('data-verdict', 'warning');
      await expect(widget.getByTestId('explained-exchange')).toContainText('51008');
      await expect(result).toContainText(
        locale === 'en' ? 'Error code 51008 is not one we know' : '错误码 51008 不在本工具能识别的范围内',
      );
      await expect(result).not.toContainText('50113');

      // Backpack: the IP fix is Backpack's IP/CIDR option, never binding the key to the terminal.
      await widget.getByRole('combobox').selectOption('backpack');
      await widget.locator('textarea').first().fill('403 Forbidden: IP 203.0.113.9 is not on the whitelist');
      await expect(result).toHaveAttribute('data-code', 'apierror.ip-not-whitelisted');
      await expect(result).toContainText('IP/CIDR');
      await expect(result).not.toContainText(locale === 'en' ? 'bind' : '绑定');
    });
  });
}
