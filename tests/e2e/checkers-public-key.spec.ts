// The public key widget as a reader uses it, in both locales: the verdict, each finding's translated
// message and fix, the standard base64 to paste with its copy button, and both readings of an ambiguous
// value. Which input gives which finding is the checker's business (tests/unit).
import {checkPublicKey} from '../../src/checkers';
import {encodeBase64} from '../../src/checkers/core/base64';
import {ed} from '../../src/checkers/keys/ed25519';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, test} from './support/fixtures';

const seedOf = (n: number) => Uint8Array.from({length: 32}, (_, i) => (i * 7 + n) & 255);

// A real key whose base64 has + or / (so its base64url form differs) and no base58-only reading.
let seedNo = 1;
while (!/[+/]/.test(encodeBase64(ed.getPublicKey(seedOf(seedNo))))) seedNo++;
const seed = seedOf(seedNo);
const pub = ed.getPublicKey(seed);
const b64 = encodeBase64(pub);
const spki = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...pub]);
const sshType = new TextEncoder().encode('ssh-ed25519');
const sshBlob = Uint8Array.from([0, 0, 0, sshType.length, ...sshType, 0, 0, 0, 32, ...pub]);

// A key whose unpadded base64 is also base58 of another usable key (about 0.7% of keys).
function usable(bytes: Uint8Array): boolean {
  try {
    return !ed.Point.fromBytes(bytes).isSmallOrder();
  } catch {
    return false;
  }
}
function base58Decode(text: string): Uint8Array {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(alphabet.indexOf(c));
  const digits = n.toString(16);
  const body = (digits.length % 2 ? '0' : '') + digits;
  const zeros = text.match(/^1*/)![0].length;
  return Uint8Array.from([...new Array(zeros).fill(0), ...(body.match(/../g) ?? []).map((h) => parseInt(h, 16))]);
}
let ambiguousNo = 1;
const unpadded = (n: number) => encodeBase64(ed.getPublicKey(seedOf(1000 + n))).replace(/=$/, '');
for (; ; ambiguousNo++) {
  const text = unpadded(ambiguousNo);
  if (!/^[1-9A-HJ-NP-Za-km-z]+$/.test(text)) continue;
  const other = base58Decode(text);
  if (other.length === 32 && usable(other)) break;
}
const AMBIGUOUS = unpadded(ambiguousNo);
const pkcs8 = Uint8Array.from([
  0x30,
  0x2e,
  0x02,
  0x01,
  0x00,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x04,
  0x22,
  0x04,
  0x20,
  ...seed,
]);
const PKCS8_PEM = `-----BEGIN PRIVATE KEY-----\n${encodeBase64(pkcs8)}\n-----END PRIVATE KEY-----\n`;
const ID_JSON = JSON.stringify([...seed, ...pub]);

// The widget's own words (chrome strings; the Chinese from i18n/zh-Hans/code.json).
const LABELS = {
  en: {
    candidates: 'Two different keys, one for each reading.',
    instead: 'Paste this into Backpack instead (standard base64):',
    derived: 'The public key that belongs to this private key',
    copy: 'Copy the standard base64 key',
  },
  'zh-Hans': {
    candidates: '两种读法得到两个不同的公钥。',
    instead: '请改为把这个值填入 Backpack（标准 base64）：',
    derived: '这个私钥对应的公钥',
    copy: '复制标准 base64 公钥',
  },
} as const;

// One page load per language; each step pastes over the last value.
for (const locale of LOCALES) {
  test(`public key widget (${locale}): verdicts, findings, the key to paste and both readings`, async ({page}) => {
    const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
    const box = widget.getByRole('textbox');

    await test.step('starts empty, then shows a valid key with its base64 and format', async () => {
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'empty');
      await box.fill(b64);
      await expectReportShown(widget, checkPublicKey(b64), locale);
      // A bare key may be a secret: usable, with the warning, never a plain "Looks good".
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'warning');
      await expect(widget.getByTestId('normalized-key')).toHaveText(b64);
      await expect(widget.locator('code', {hasText: /^base64$/})).toBeVisible();
    });

    await test.step('an ambiguous value shows both keys, each with a copy button, and no single key', async () => {
      await box.fill(AMBIGUOUS);
      const report = checkPublicKey(AMBIGUOUS);
      await expectReportShown(widget, report, locale);
      await expect(widget.getByTestId('normalized-key')).toHaveCount(0);
      await expect(widget.getByTestId('candidates')).toContainText(LABELS[locale].candidates);
      const shown = widget.getByTestId('candidate-key');
      await expect(shown).toHaveCount(2);
      for (const [i, candidate] of report.candidates!.entries()) {
        await expect(shown.nth(i)).toHaveText(candidate.normalized);
        await expect(shown.nth(i)).toHaveAttribute('data-format', candidate.format);
      }
      await expect(widget.getByTestId('candidates').getByRole('button')).toHaveCount(2);
    });

    for (const [name, input, label] of [
      ['PEM public key', `-----BEGIN PUBLIC KEY-----\n${encodeBase64(spki)}\n-----END PUBLIC KEY-----`, 'instead'],
      ['OpenSSH public key', `ssh-ed25519 ${encodeBase64(sshBlob)} me@laptop`, 'instead'],
      ['PKCS#8 private key', PKCS8_PEM, 'derived'],
      ['Solana id.json', ID_JSON, 'derived'],
    ] as const) {
      await test.step(`${name}: the base64 to paste instead, with a copy button`, async () => {
        await box.fill(input);
        await expectReportShown(widget, checkPublicKey(input), locale);
        await expect(widget.getByTestId('normalized-key')).toHaveText(b64);
        await expect(widget.locator('p', {hasText: LABELS[locale][label]})).toBeVisible();
        await expect(widget.getByRole('button', {name: LABELS[locale].copy})).toBeEnabled();
      });
    }
  });
}
