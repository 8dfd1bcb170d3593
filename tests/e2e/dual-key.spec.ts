// The two-key check on the Binance + Tealstreet page, in both languages, as a trader fills Tealstreet's
// form: the trading key entered twice is named as one key entered twice, two different keys pass with
// the note that only Binance shows which one is read-only, and a masked value is named with its key.
// Values: Binance's rest-api.md example keys and secret, and a second secret from node's random bytes.
import {randomBytes} from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type {Locator} from '@playwright/test';
import {checkDualKey, describe} from '../../src/checkers';
import '../../src/checkers/keys/dualKeyMessages';
import {expect, localePath, LOCALES, openPage, test} from './support/fixtures';

const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const KEY_2 = '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO';
const SECRET_2 = randomBytes(48).toString('base64').replace(/[+/=]/g, '').slice(0, 64).padEnd(64, 'x');

const WORDS = {
  en: {region: 'Trading and read-only key checker', trading: 'Trading key', second: 'Read-only key'},
  'zh-Hans': {region: '交易与只读 API 密钥检查', trading: '交易 API 密钥', second: '只读 API 密钥'},
} as const;

async function fill(group: Locator, apiKey: string, apiSecret: string) {
  await group.getByLabel('API Key', {exact: true}).fill(apiKey);
  await group.getByLabel('Secret Key', {exact: true}).fill(apiSecret);
}

for (const locale of LOCALES) {
  test(`Binance + Tealstreet: the trading key entered twice, then a real second key (${locale})`, async ({page}) => {
    await openPage(page, localePath(locale, '/docs/binance-tealstreet'));
    const words = WORDS[locale];
    const region = page.getByRole('region', {name: words.region});
    const trading = region.getByRole('group', {name: words.trading});
    const second = region.getByRole('group', {name: words.second});
    await expect(second.getByLabel('Secret Key', {exact: true})).toHaveAttribute('type', 'password');

    await fill(trading, KEY, SECRET);
    await fill(second, KEY, SECRET);
    const twice = await checkDualKey({
      exchange: 'binance',
      trading: {apiKey: KEY, apiSecret: SECRET},
      second: {apiKey: KEY, apiSecret: SECRET},
    });
    expect(twice.findings.map((f) => f.code)).toEqual(['dualkey.same-key', 'dualkey.same-secret']);
    const result = region.locator('[role="status"][data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'error');
    await expect(result).toContainText(describe(twice.findings[0], locale));
    await expect(region.locator('[data-code="dualkey.same-secret"]')).toContainText(
      describe(twice.findings[1], locale),
    );

    await fill(second, KEY_2, SECRET_2);
    const two = await checkDualKey({
      exchange: 'binance',
      trading: {apiKey: KEY, apiSecret: SECRET},
      second: {apiKey: KEY_2, apiSecret: SECRET_2},
    });
    expect(two.verdict).toBe('ok');
    await expect(result).toHaveAttribute('data-verdict', 'ok');
    await expect(region.locator('[data-code="dualkey.permissions-unseen"]')).toContainText(
      describe(two.findings[0], locale),
    );

    // A masked value in the read-only key: its finding and the cleaned values pass axe, fields labelled.
    await second.getByLabel('API Key', {exact: true}).fill(` "${KEY_2.slice(0, 10)}…"`);
    await expect(result).toHaveAttribute('data-verdict', 'error');
    await expect(result).toContainText(WORDS[locale].second);
    const {violations} = await new AxeBuilder({page}).include('.theme-doc-markdown section[aria-label]').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
}
