// The Binance, Bybit, Bitget and BloFin widgets on their pages, in both languages: the Binance key pair
// generator's public key passes the public key check for Binance, a pasted PKCS#8 private key is flagged,
// the Binance and Bybit signers reproduce their docs' examples and name the first difference of a bot's
// prehash and a wrong signature. Expected values come from the exchanges' docs and node's crypto. Nothing
// generated or typed leaves the page.
import {createHmac, generateKeyPairSync} from 'node:crypto';
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';
import {scaled} from './support/timeouts';
import {expectPrivateFields, recordTraffic, startWidget} from './support/privacy';

// Binance rest-api.md, "SIGNED Endpoint Examples for POST /api/v3/order" (HMAC keys).
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const BINANCE_PAYLOAD =
  'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const BINANCE_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
// Bybit v5 guide, the GET example's prehash (no secret is published: node's HMAC is the reference).
const BYBIT_PREHASH = '1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C';
const BYBIT_SECRET = 'bybit-e2e-secret';

const checkMode = (page: Page) =>
  page.getByTestId('exchange-signer').locator('input[type="radio"][value="check"]').check();

for (const locale of LOCALES) {
  test.describe(`exchange signers and the Binance key kit (${locale})`, () => {
    test.describe.configure({timeout: scaled(90_000)});

    test('Binance page: generated PEM passes the Binance check, a private key is flagged, the signer reproduces the docs and names the first difference; nothing leaves the page', async ({
      page,
    }) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/binance-api-key'));
      const generator = page.getByTestId('key-generator');
      const check = page.getByTestId('public-key-check');
      const signer = page.getByTestId('exchange-signer');
      // The generator has no field before it generates: focusing its button starts it the same way.
      await generator.getByTestId('keygen-generate').focus();
      for (const widget of [check, signer]) await startWidget(widget);
      await traffic.mark();

      // The generator: a PEM public key to paste, the private key masked until shown.
      await generator.getByTestId('keygen-generate').click();
      const publicPem = await generator.getByTestId('keygen-public').inputValue();
      expect(publicPem).toMatch(
        /^-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=\n-----END PUBLIC KEY-----$/,
      );
      await expect(generator.getByTestId('keygen-secret')).toHaveAttribute('type', 'password');
      // The download holds the private key alone, as a PEM file.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        generator.getByTestId('keygen-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe('binance-private-key.pem');
      const privatePem = readFileSync(await download.path(), 'utf8').trimEnd();
      expect(privatePem).toMatch(
        /^-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI[A-Za-z0-9+/]{43}=*\n-----END PRIVATE KEY-----$/,
      );
      // Masked (one line of dots) until Show is pressed, then the whole PEM block.
      expect(await generator.getByTestId('keygen-secret').inputValue()).toBe(privatePem.replace(/\n/g, ''));
      await generator.locator('button[aria-pressed="false"]').click();
      await expect(generator.getByTestId('keygen-secret')).toHaveValue(privatePem);

      // The public key check, target Binance: the generated PEM is what Binance takes.
      const field = check.locator('textarea');
      await field.fill(publicPem);
      await expect(check.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
      await expect(check.getByTestId('normalized-key')).toHaveText(publicPem);
      // A PKCS#8 private key (node's) is flagged, and the PEM of its public half is offered instead.
      const other = generateKeyPairSync('ed25519');
      const nodePrivate = other.privateKey.export({format: 'pem', type: 'pkcs8'}).toString();
      const nodePublic = other.publicKey.export({format: 'pem', type: 'spki'}).toString().trim();
      await field.fill(nodePrivate);
      await expect(check.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'error');
      await expect(check.locator('[data-code="pubkey.private-key"]').first()).toBeVisible();
      await expect(check.getByTestId('normalized-key')).toHaveText(nodePublic);

      // The signer: Binance's documented HMAC example gives the documented signature.
      await signer.getByTestId('signer-example').click();
      await expect(signer.getByTestId('signer-prehash')).toHaveText(BINANCE_PAYLOAD);
      await expect(signer.getByTestId('signer-signature')).toHaveText(BINANCE_SIGNATURE);
      await expect(signer.getByTestId('signer-documented')).toHaveAttribute('data-match', 'signature');
      await expect(signer.getByTestId('signer-query')).toHaveText(`${BINANCE_PAYLOAD}&signature=${BINANCE_SIGNATURE}`);

      // Check mode: a bot that put timestamp before recvWindow and sent a wrong signature.
      await checkMode(page);
      const theirs = BINANCE_PAYLOAD.replace(
        'recvWindow=5000&timestamp=1499827319559',
        'timestamp=1499827319559&recvWindow=5000',
      );
      await signer.getByTestId('signer-their-prehash').fill(theirs);
      await signer.getByTestId('signer-their-signature').fill(`${BINANCE_SIGNATURE.slice(0, -1)}0`);
      const at = BINANCE_PAYLOAD.indexOf('recvWindow');
      await expect(signer.getByTestId('diff-expected').locator('mark')).toHaveText('r');
      await expect(signer.getByTestId('diff-yours').locator('mark')).toHaveText('t');
      await expect(signer.getByTestId('compare-result')).toContainText(String(at + 1));
      await expect(signer.getByTestId('signer-verify-result')).toHaveAttribute('data-valid', 'false');
      await expect(signer.locator('[data-code="sign.check.signature-mismatch"]')).toBeVisible();
      // The bot's own signature of its own text is right: only the text needs fixing.
      await signer
        .getByTestId('signer-their-signature')
        .fill(createHmac('sha256', BINANCE_SECRET).update(theirs).digest('hex'));
      await expect(signer.getByTestId('signer-verify-result')).toHaveAttribute('data-valid', 'true');

      await expectPrivateFields(
        page.locator(
          '[data-testid="key-generator"] input, [data-testid="public-key-check"] textarea, [data-testid="exchange-signer"] input:not([type="radio"]), [data-testid="exchange-signer"] textarea',
        ),
      );
      // Only the in-page blob: URL of the download; nothing generated or pasted is anywhere.
      expect(traffic.requestsSinceMark().filter((r) => !/^GET blob:/.test(r))).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [publicPem, privatePem, nodePrivate, BINANCE_SECRET, BINANCE_SIGNATURE, theirs]) {
        expect(dump).not.toContain(value);
        expect(dump).not.toContain(encodeURIComponent(value));
      }
      const keyBody = privatePem.split('\n')[1];
      expect(dump).not.toContain(keyBody);
    });

    test("Bybit page: the signer gives the guide's prehash and node's HMAC, and names the first difference", async ({
      page,
    }) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/bybit-api-key'));
      const signer = page.getByTestId('exchange-signer');
      await startWidget(signer);
      await traffic.mark();

      await signer.getByTestId('signer-example').click();
      await expect(signer.getByTestId('signer-prehash')).toHaveText(BYBIT_PREHASH);
      await expect(signer.getByTestId('signer-documented')).toHaveAttribute('data-match', 'prehash');
      await signer.getByTestId('signer-secret').fill(BYBIT_SECRET);
      const signature = createHmac('sha256', BYBIT_SECRET).update(BYBIT_PREHASH).digest('hex');
      await expect(signer.getByTestId('signer-signature')).toHaveText(signature);
      await expect(signer.getByTestId('signer-headers')).toContainText(`X-BAPI-SIGN: ${signature}`);
      await expect(signer.getByTestId('signer-headers')).toContainText('X-BAPI-RECV-WINDOW: 5000');

      // A bot that left out recv_window, and signed that text correctly.
      await checkMode(page);
      const theirs = BYBIT_PREHASH.replace('XXXXXXXXXX5000', 'XXXXXXXXXX');
      await signer.getByTestId('signer-their-prehash').fill(theirs);
      await signer
        .getByTestId('signer-their-signature')
        .fill(createHmac('sha256', BYBIT_SECRET).update(theirs).digest('hex'));
      await expect(signer.getByTestId('diff-expected').locator('mark')).toHaveText('5');
      await expect(signer.getByTestId('compare-result')).toContainText(String('1658384314791XXXXXXXXXX'.length + 1));
      await expect(signer.getByTestId('signer-verify-result')).toHaveAttribute('data-valid', 'true');
      // The same HMAC in Base64 is named as the wrong encoding.
      await signer
        .getByTestId('signer-their-signature')
        .fill(createHmac('sha256', BYBIT_SECRET).update(theirs).digest('base64'));
      await expect(signer.locator('[data-code="sign.check.encoding-base64"]')).toBeVisible();

      expect(traffic.requestsSinceMark()).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [BYBIT_SECRET, signature, theirs]) expect(dump).not.toContain(value);
    });

    test('Bitget and BloFin pages embed the signer, which signs with their encodings', async ({page}) => {
      const cases = [
        {path: '/docs/bitget-api-key', prehash: '1704038400000GET/api/v2/spot/account/assets', digest: 'base64'},
        {
          path: '/docs/blofin-insilico',
          prehash: '/api/v2/spot/account/assetsGET1704038400000n-1',
          digest: 'base64-of-hex',
        },
      ] as const;
      for (const c of cases) {
        await openPage(page, localePath(locale, c.path));
        const signer = page.getByTestId('exchange-signer');
        await signer.getByTestId('signer-path').fill('/api/v2/spot/account/assets');
        await signer.getByTestId('signer-timestamp').fill('1704038400000');
        if (c.digest === 'base64-of-hex') await signer.getByTestId('signer-nonce').fill('n-1');
        await signer.getByTestId('signer-secret').fill('s');
        const mac = createHmac('sha256', 's').update(c.prehash);
        const expected =
          c.digest === 'base64' ? mac.digest('base64') : Buffer.from(mac.digest('hex')).toString('base64');
        await expect(signer.getByTestId('signer-prehash')).toHaveText(c.prehash);
        await expect(signer.getByTestId('signer-signature')).toHaveText(expected);
      }
    });
  });
}
