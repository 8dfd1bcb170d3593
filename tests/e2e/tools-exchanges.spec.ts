// The tools pages with an exchange choice, in both languages: the request signer for Binance, Bybit, Bitget
// and BloFin reproduces Binance's documented signature and shows other fields for another exchange, the
// error explainer's table lists Bybit's codes, and the key pair generator and public key checker give a
// Binance PEM key pair without losing the Backpack one. Expected values come from Binance's docs, Bybit's
// error table and node's crypto, never from the widgets. Nothing typed or generated leaves the page.
import {createPublicKey} from 'node:crypto';
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';
import {scaled} from './support/timeouts';
import {expectPrivateFields, recordTraffic, startWidget} from './support/privacy';

// Binance rest-api.md, "SIGNED Endpoint Examples for POST /api/v3/order" (HMAC keys).
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const BINANCE_PAYLOAD =
  'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const BINANCE_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

for (const locale of LOCALES) {
  test.describe(`tools pages with an exchange choice (${locale})`, () => {
    test.describe.configure({timeout: scaled(90_000)});

    test("request signer: Binance's documented example gives its signature; Bitget shows its own fields", async ({
      page,
    }) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/tools/exchange-signer'));
      const signer = page.getByTestId('exchange-signer');
      await startWidget(signer);
      await traffic.mark();

      const exchange = signer.getByTestId('signer-exchange');
      await exchange.selectOption('binance');
      await signer.getByTestId('signer-example').click();
      await expect(signer.getByTestId('signer-prehash')).toHaveText(BINANCE_PAYLOAD);
      await expect(signer.getByTestId('signer-signature')).toHaveText(BINANCE_SIGNATURE);
      await expect(signer.getByTestId('signer-documented')).toHaveAttribute('data-match', 'signature');
      await expect(signer.getByTestId('signer-window')).toBeVisible();
      await expect(signer.getByTestId('signer-path')).toHaveCount(0);

      // Bitget signs the path and takes a passphrase, has no time window and no documented example; what
      // was typed for Binance, its secret included, is gone.
      await exchange.selectOption('bitget');
      await expect(signer.getByTestId('signer-path')).toBeVisible();
      await expect(signer.getByTestId('signer-passphrase')).toBeVisible();
      await expect(signer.getByTestId('signer-window')).toHaveCount(0);
      await expect(signer.getByTestId('signer-example')).toHaveCount(0);
      await expect(signer.getByTestId('signer-secret')).toHaveValue('');
      await expect(signer.getByTestId('signer-secret')).toHaveAttribute('type', 'password');

      await expectPrivateFields(signer.locator('input:not([type="radio"]), textarea'));
      expect(traffic.requestsSinceMark()).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [BINANCE_SECRET, BINANCE_SIGNATURE]) expect(dump).not.toContain(value);
    });

    test("error explainer: the table lists Bybit's codes, each exchange under its own name", async ({page}) => {
      await openPage(page, localePath(locale, '/docs/tools/error-explainer'));
      const table = page.locator('article table');
      // Bybit V5 error codes: 10004 "Error sign…", 10010 "Unmatched IP…".
      await expect(table.locator('[data-cause="signature"] [data-exchange="bybit"]')).toContainText('Bybit 10004');
      await expect(table.locator('[data-cause="ip-not-whitelisted"] [data-exchange="bybit"]')).toContainText('10010');
      // Binance's -2015 stands for three causes and is listed under each.
      for (const cause of ['invalid-key', 'ip-not-whitelisted', 'permission'])
        await expect(table.locator(`[data-cause="${cause}"] [data-exchange="binance"]`)).toContainText('-2015');
      await expect(table.locator('[data-cause="signature"] [data-exchange="binance"]')).toContainText(
        locale === 'en' ? 'Binance' : '币安',
      );
    });

    test('key pair generator and public key checker: a Binance PEM pair, and the Backpack pair kept', async ({
      page,
    }) => {
      await openPage(page, localePath(locale, '/docs/tools/key-generator'));
      const generator = page.getByTestId('key-generator');
      await generator.getByTestId('keygen-generate').click();
      const backpackPublic = await generator.getByTestId('keygen-public').inputValue();
      expect(backpackPublic).toMatch(/^[A-Za-z0-9+/]{43}=$/);

      await generator.getByTestId('keygen-exchange').selectOption('binance');
      await expect(generator.getByTestId('keygen-public')).toHaveCount(0);
      await generator.getByTestId('keygen-generate').click();
      const binancePublic = await generator.getByTestId('keygen-public').inputValue();
      // node reads it as an ED25519 SPKI public key.
      expect(createPublicKey(binancePublic).asymmetricKeyType).toBe('ed25519');
      await expect(generator.getByTestId('keygen-secret')).toHaveAttribute('type', 'password');
      // The Backpack pair is still there when Backpack is chosen again.
      await generator.getByTestId('keygen-exchange').selectOption('backpack');
      await expect(generator.getByTestId('keygen-public')).toHaveValue(backpackPublic);

      // The public key checker, Binance chosen: the PEM passes as it is; Backpack's base64 key is offered as PEM.
      await openPage(page, localePath(locale, '/docs/tools/public-key'));
      const check = page.getByTestId('public-key-check');
      await check.getByTestId('public-key-exchange').selectOption('binance');
      await check.locator('textarea').fill(binancePublic);
      await expect(check.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
      await expect(check.getByTestId('normalized-key')).toHaveText(binancePublic);
      await check.locator('textarea').fill(backpackPublic);
      const pem = createPublicKey({
        key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(backpackPublic, 'base64')]),
        format: 'der',
        type: 'spki',
      })
        .export({format: 'pem', type: 'spki'})
        .toString()
        .trim();
      await expect(check.getByTestId('normalized-key')).toHaveText(pem);
    });
  });
}
