// Secrets in the key checkers, as a trader meets them, in both languages: on the Backpack guide a secret
// pasted into the public key checker is never "Looks good" with a Copy button; the key generator's own
// secret there is an error and its public key is confirmed; a private key after a public PEM is named;
// a labelled, zero-width-damaged secret in the key pair checker comes back cleaned, ready to paste.
import {generateKeyPairSync} from 'node:crypto';
import type {Locator, Page} from '@playwright/test';
import {checkKeyPair, checkPublicKey} from '../../src/checkers';
import {expectReportShown, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, localePath, openPage, test} from './support/fixtures';

const GUIDE = '/docs/backpack-api-key';

// A key pair from node:crypto, as a key tool prints it.
function nodePair() {
  const {privateKey, publicKey} = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({format: 'jwk'});
  return {
    seed: Buffer.from(jwk.d!, 'base64url').toString('base64'),
    pub: Buffer.from(jwk.x!, 'base64url').toString('base64'),
    spkiPem: publicKey.export({type: 'spki', format: 'pem'}) as string,
    pkcs8Pem: privateKey.export({type: 'pkcs8', format: 'pem'}) as string,
  };
}

const WORDS = {
  en: {
    publicKey: 'Public key checker',
    generator: 'Key pair generator',
    keyPair: 'Key and secret checker',
    ifPublic: 'Only if this is the public key you generated',
    copy: 'Copy the standard base64 key',
  },
  'zh-Hans': {
    publicKey: '公钥检查',
    generator: '密钥对生成器',
    keyPair: 'API Key 与 Secret Key 检查',
    ifPublic: '只有确认这是你自己生成的公钥',
    copy: '复制标准 base64 公钥',
  },
} as const;

const region = (page: Page, name: string) => page.getByRole('region', {name, exact: true});

async function paste(widget: Locator, value: string) {
  await widget.getByRole('textbox').first().fill(value);
}

for (const locale of LOCALES) {
  test.describe(`key secrets (${locale})`, () => {
    // One page load per page; each step pastes over the last value.
    test('on the guide: a bare 32-byte value is a warning naming the secret; the generator’s secret is an error, its public key confirmed', async ({
      page,
    }) => {
      await openPage(page, localePath(locale, GUIDE));
      const widget = region(page, WORDS[locale].publicKey);
      const {pub} = nodePair();
      await paste(widget, pub);
      await expectReportShown(widget, checkPublicKey(pub), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'warning');
      await expect(verdictOf(widget).locator('[data-code="pubkey.may-be-secret"]')).toBeVisible();
      await expect(widget.locator('p', {hasText: WORDS[locale].ifPublic})).toBeVisible();
      await expect(widget.getByTestId('normalized-key')).toHaveText(pub);

      // The generator’s secret on the same page is an error; its public key is confirmed.
      const generator = region(page, WORDS[locale].generator);
      await generator.getByTestId('keygen-generate').click();
      const publicKey = await generator.getByTestId('keygen-public').inputValue();
      const seed = await generator.getByTestId('keygen-secret').inputValue();

      await paste(widget, seed);
      const asSecret = checkPublicKey(seed, {knownSecrets: [seed]});
      await expectReportShown(widget, asSecret, locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(verdictOf(widget).locator('[data-code="pubkey.known-secret"]')).toBeVisible();
      // What is offered is the public key, never the secret.
      await expect(widget.getByTestId('normalized-key')).toHaveText(publicKey);

      await paste(widget, publicKey);
      await expectReportShown(widget, checkPublicKey(publicKey, {knownSecrets: [seed]}), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
      await expect(widget.locator('[data-code="pubkey.matches-known"]')).toBeVisible();
      await expect(widget.getByRole('button', {name: WORDS[locale].copy})).toBeEnabled();
    });

    test('in the public key checker: the private key of cat key.pub.pem key.pem is named, and Secret: … is a secret, not a label to drop', async ({
      page,
    }) => {
      await openPage(page, localePath(locale, TOOL_PAGES.publicKey));
      const widget = region(page, WORDS[locale].publicKey);
      const pair = nodePair();
      const input = pair.spkiPem + pair.pkcs8Pem;
      await paste(widget, input);
      await expectReportShown(widget, checkPublicKey(input), locale);
      await expect(verdictOf(widget).locator('[data-code="pubkey.private-key-in-paste"]')).toBeVisible();
      await expect(widget.getByTestId('normalized-key')).toHaveText(pair.pub);

      // Secret: … is a secret, not a label to drop.
      const labelled = nodePair();
      const secretInput = `API Secret: ${labelled.seed}`;
      await paste(widget, secretInput);
      await expectReportShown(widget, checkPublicKey(secretInput), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(widget.getByTestId('normalized-key')).toHaveText(labelled.pub);
    });

    test('a labelled secret with a zero-width space comes back cleaned in the key pair checker', async ({page}) => {
      await openPage(page, localePath(locale, TOOL_PAGES.keyPair));
      const widget = region(page, WORDS[locale].keyPair);
      const pair = nodePair();
      const apiKey = `API Key: ${pair.pub}`;
      const apiSecret = `${pair.seed.slice(0, 20)}\u200b${pair.seed.slice(20)}`;
      await widget.getByRole('combobox').selectOption('backpack');
      await widget
        .locator('input')
        .and(widget.getByLabel(/API Key/))
        .fill(apiKey);
      await widget
        .locator('input')
        .and(widget.getByLabel(/API Secret/))
        .fill(apiSecret);
      await expectReportShown(widget, await checkKeyPair({exchange: 'backpack', apiKey, apiSecret}), locale);
      await expect(widget.getByTestId('pair-cleaned-key')).toHaveText(pair.pub);
      await expect(widget.getByTestId('pair-cleaned-secret')).toHaveValue(pair.seed);
      await expect(widget.getByTestId('pair-cleaned-secret')).toHaveAttribute('type', 'password');
    });
  });
}
