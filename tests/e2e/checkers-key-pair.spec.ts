// Every key pair finding is reachable through the widget, in both locales, and only the answer to the
// latest input is shown (checkKeyPair is async).
import {checkKeyPair, type Finding, type KeyPairInput} from '../../src/checkers';
import {encodeBase64} from '../../src/checkers/base64';
import {ed} from '../../src/checkers/ed25519';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, test, type Locale} from './support/fixtures';
import type {Locator, Page} from '@playwright/test';

const seedA = Uint8Array.from({length: 32}, (_, i) => i + 1);
const seedB = Uint8Array.from({length: 32}, (_, i) => 200 - i);
const secretA = encodeBase64(seedA);
const keyA = encodeBase64(ed.getPublicKey(seedA));
const keyB = encodeBase64(ed.getPublicKey(seedB));
const UUID = '37c541a1-6e2a-4a3b-9f1e-10fe7a038418';
const HEX = '22582BD0CFF14C41EDBF1AB98506286D';

type Input = Required<Omit<KeyPairInput, 'passphrase'>> & {passphrase?: string};
const bp = (apiKey: string, apiSecret: string): Input => ({exchange: 'backpack', apiKey, apiSecret});
const okx = (apiKey: string, apiSecret: string, passphrase: string): Input => ({exchange: 'okx', apiKey, apiSecret, passphrase});

const CASES: {code: string; input: Input}[] = [
  {code: 'pair.empty-key', input: bp('', secretA)},
  {code: 'pair.empty-secret', input: bp(keyA, '')},
  {code: 'pair.missing-passphrase', input: okx(UUID, HEX, '')},
  {code: 'pair.identical', input: bp(keyA, keyA)},
  {code: 'pair.swapped', input: bp(secretA, keyA)},
  {code: 'pair.mismatch', input: bp(keyB, secretA)},
  {code: 'pair.masked', input: okx(UUID, '2258****286D', 'my passphrase 1')},
  {code: 'pair.whitespace', input: bp(` ${keyA}\n`, secretA)},
  {code: 'pair.quotes', input: bp(keyA, `"${secretA}"`)},
  {code: 'pair.key-format', input: okx('37c541a1', HEX, 'my passphrase 1')},
  {code: 'pair.secret-format', input: okx(UUID, 'not-a-secret', 'my passphrase 1')},
  {code: 'pair.passphrase-looks-like-key', input: okx(UUID, HEX, HEX)},
  // Issue 8 item 13: a secret with a trailing space is checked on the cleaned value, and the result is said.
  {code: 'pair.cleaned-match', input: bp(keyA, `${secretA} `)},
  {code: 'pair.cleaned-format-ok', input: okx(UUID, `${HEX} `, 'my passphrase 1')},
];

/** The input labelled `name` (not the Show button that names the same field). */
const field = (widget: Locator, name: RegExp) => widget.locator('input').and(widget.getByLabel(name));

async function fillPair(widget: Locator, input: Input) {
  await widget.getByRole('combobox').selectOption(input.exchange);
  await field(widget, /API Key/).fill(input.apiKey);
  await field(widget, /API Secret/).fill(input.apiSecret);
  if (input.passphrase !== undefined) await field(widget, /Passphrase/).fill(input.passphrase);
}

async function open(page: Page, locale: Locale) {
  return openWidget(page, locale, TOOL_PAGES.keyPair);
}

test('the cases cover every key pair finding code', async () => {
  for (const {code, input} of CASES) {
    expect((await checkKeyPair(input)).findings.map((f: Finding) => f.code), code).toContain(code);
  }
  expect(new Set(CASES.map((c) => c.code)).size).toBe(14);
});

for (const locale of LOCALES) {
  test.describe(`key pair widget (${locale})`, () => {
    test('starts empty; a matching Backpack pair is confirmed', async ({page}) => {
      const widget = await open(page, locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'empty');
      await fillPair(widget, bp(keyA, secretA));
      await expectReportShown(widget, await checkKeyPair(bp(keyA, secretA)), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
    });

    for (const {code, input} of CASES) {
      test(code, async ({page}) => {
        const widget = await open(page, locale);
        await fillPair(widget, input);
        await expectReportShown(widget, await checkKeyPair(input), locale);
      });
    }

    test('swapped values are the headline of the verdict', async ({page}) => {
      const widget = await open(page, locale);
      await fillPair(widget, bp(secretA, keyA));
      await expect(verdictOf(widget).locator('[data-code="pair.swapped"]')).toBeVisible();
    });

    test('the passphrase field appears only for V5 passphrase exchanges', async ({page}) => {
      const widget = await open(page, locale);
      await widget.getByRole('combobox').selectOption('backpack');
      await expect(field(widget, /Passphrase/)).toHaveCount(0);
      await widget.getByRole('combobox').selectOption('okx');
      await expect(field(widget, /Passphrase/)).toHaveAttribute('type', 'password');
    });

    test('typing quickly ends on the verdict for the last value', async ({page}) => {
      const widget = await open(page, locale);
      await field(widget, /API Secret/).fill(secretA);
      await field(widget, /API Key/).pressSequentially(keyA, {delay: 0});
      await expectReportShown(widget, await checkKeyPair(bp(keyA, secretA)), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
    });
  });
}
