// The key pair widget as a reader uses it, in both locales: a matching pair, a masked secret, swapped
// values as the headline, the passphrase field for OKX, and only the answer to the latest input (checkKeyPair
// is async). Which input gives which finding is the checker's business (tests/unit).
import {checkKeyPair, type KeyPairInput} from '../../src/checkers';
import {encodeBase64} from '../../src/checkers/core/base64';
import {ed} from '../../src/checkers/keys/ed25519';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, test, type Locale} from './support/fixtures';
import type {Locator, Page} from '@playwright/test';

const seedA = Uint8Array.from({length: 32}, (_, i) => i + 1);
const secretA = encodeBase64(seedA);
const keyA = encodeBase64(ed.getPublicKey(seedA));
const UUID = '37c541a1-6e2a-4a3b-9f1e-10fe7a038418';

type Input = Required<Omit<KeyPairInput, 'passphrase'>> & {passphrase?: string};
const bp = (apiKey: string, apiSecret: string): Input => ({exchange: 'backpack', apiKey, apiSecret});
const okx = (apiKey: string, apiSecret: string, passphrase: string): Input => ({
  exchange: 'okx',
  apiKey,
  apiSecret,
  passphrase,
});

/** The input labelled `name` (not the Show button that names the same field). */
const field = (widget: Locator, name: RegExp) => widget.locator('input').and(widget.getByLabel(name));

/**
 * The fields as each exchange names them: Backpack's support article says "API key" and "API secret" in
 * both languages; OKX's API docs say "SecretKey" and its Chinese FAQ 密码短语 for the passphrase; where the
 * exchange shows no Chinese label the Chinese page keeps the English one.
 */
const LABELS = {
  backpack: {en: ['API Key', 'API Secret', ''], 'zh-Hans': ['API Key', 'API Secret', '']},
  okx: {en: ['API Key', 'Secret Key', 'Passphrase'], 'zh-Hans': ['API Key', 'Secret Key', '密码短语']},
} as const;

const labelsOf = (widget: Locator, exchange: Input['exchange']) => {
  const locale = widget.page().url().includes('/zh-Hans/') ? 'zh-Hans' : 'en';
  const [key, secret, passphrase] = LABELS[exchange as keyof typeof LABELS][locale];
  return {
    key: field(widget, new RegExp(`^${key}$`)),
    secret: field(widget, new RegExp(`^${secret}$`)),
    passphrase: field(widget, new RegExp(`^${passphrase || 'Passphrase'}$`)),
  };
};

async function fillPair(widget: Locator, input: Input) {
  await widget.getByRole('combobox').selectOption(input.exchange);
  const fields = labelsOf(widget, input.exchange);
  await fields.key.fill(input.apiKey);
  await fields.secret.fill(input.apiSecret);
  if (input.passphrase !== undefined) await fields.passphrase.fill(input.passphrase);
}

async function open(page: Page, locale: Locale) {
  return openWidget(page, locale, TOOL_PAGES.keyPair);
}

// One page load per language; each step sets the exchange and every field it uses.
for (const locale of LOCALES) {
  test(`key pair widget (${locale}): verdicts, masked secrets, swapped values, the passphrase field, the latest input`, async ({
    page,
  }) => {
    const widget = await open(page, locale);

    await test.step('starts empty; a matching Backpack pair is confirmed', async () => {
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'empty');
      await fillPair(widget, bp(keyA, secretA));
      await expectReportShown(widget, await checkKeyPair(bp(keyA, secretA)), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
    });

    await test.step('a secret copied masked from the key list is named, with how to get the whole value', async () => {
      const input = okx(UUID, '2258****286D', 'my passphrase 1');
      await fillPair(widget, input);
      await expectReportShown(widget, await checkKeyPair(input), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'error');
      await expect(widget.locator('[data-code="pair.masked"]')).toBeVisible();
    });

    await test.step('swapped values are the headline of the verdict', async () => {
      await fillPair(widget, bp(secretA, keyA));
      await expect(verdictOf(widget).locator('[data-code="pair.swapped"]')).toBeVisible();
    });

    await test.step('the passphrase field appears only for V5 passphrase exchanges', async () => {
      await widget.getByRole('combobox').selectOption('backpack');
      await expect(field(widget, /Passphrase|密码短语/)).toHaveCount(0);
      await widget.getByRole('combobox').selectOption('okx');
      await expect(labelsOf(widget, 'okx').passphrase).toHaveAttribute('type', 'password');
    });

    await test.step('typing quickly ends on the verdict for the last value', async () => {
      await widget.getByRole('combobox').selectOption('backpack');
      const fields = labelsOf(widget, 'backpack');
      await fields.key.fill('');
      await fields.secret.fill(secretA);
      await fields.key.pressSequentially(keyA, {delay: 0});
      await expectReportShown(widget, await checkKeyPair(bp(keyA, secretA)), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
    });
  });
}
