// The error explainer on an exchange's own guide page, in both languages: on the Binance + Tealstreet
// page, Binance's -2015 reply (as ccxt issue 7822 quotes it) is explained with all three causes Binance
// documents (the key, the IP whitelist, the permissions), each with its fix, and the address it names.
import {explainError, describe, describeFix} from '../../src/checkers';
import '../../src/checkers/errors/apiErrorMessages';
import {expect, localePath, LOCALES, openPage, test} from './support/fixtures';

const REPLY = '{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 185.93.111.189"}';
const REGION = {en: 'Error explainer', 'zh-Hans': '错误信息解读'} as const;

for (const locale of LOCALES) {
  test(`Binance -2015 on the Binance + Tealstreet page shows its three causes (${locale})`, async ({page}) => {
    await openPage(page, localePath(locale, '/docs/binance-tealstreet'));
    const region = page.getByRole('region', {name: REGION[locale]});
    await region.locator('textarea').first().fill(REPLY);
    const report = explainError(REPLY, {exchange: 'binance'});
    expect(report.findings.slice(0, 3).map((f) => f.code)).toEqual([
      'apierror.invalid-key',
      'apierror.ip-not-whitelisted',
      'apierror.permission',
    ]);
    const result = region.locator('[role="status"][data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'error');
    await expect(result).toHaveAttribute('data-code', 'apierror.invalid-key');
    await expect(result).toContainText(describe(report.findings[0], locale));
    for (const f of report.findings.slice(1)) {
      const item = result.locator(`[data-code="${f.code}"]`);
      await expect(item).toContainText(describe(f, locale));
      await expect(item).toContainText(describeFix(f, locale));
    }
    await expect(region.getByTestId('explained-exchange')).toContainText(locale === 'en' ? 'Binance' : '币安');
  });
}

// Hyperliquid's guide: the key pair checker names its fields for the wallet values they take, and says so
// when the address and the private key are swapped (web3.js's documented key, and another address).
const WALLET_KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const ACCOUNT = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';
const FIELDS = {
  en: ['Account address', "API wallet's private key"],
  'zh-Hans': ['账户地址', 'API 钱包私钥'],
} as const;

const SWAPPED = {en: 'These look swapped', 'zh-Hans': '两个值似乎填反了'} as const;

for (const locale of LOCALES) {
  test(`Hyperliquid's key pair check takes the account address and the API wallet's key (${locale})`, async ({
    page,
  }) => {
    await openPage(page, localePath(locale, '/docs/hyperliquid-insilico'));
    const region = page.getByRole('region', {name: locale === 'en' ? 'Key and secret checker' : /检查/});
    const [addressLabel, keyLabel] = FIELDS[locale];
    await region.getByLabel(addressLabel, {exact: true}).fill(WALLET_KEY);
    await region.getByLabel(keyLabel, {exact: true}).fill(ACCOUNT);
    const result = region.locator('[role="status"][data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'error');
    await expect(result).toContainText(SWAPPED[locale]);
  });
}
