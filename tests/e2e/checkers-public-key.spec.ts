// Every public key finding is reachable through the widget: paste a representative value, get the
// verdict and the real translated message and fix, in both locales.
import {checkPublicKey, type Finding} from '../../src/checkers';
import {encodeBase64} from '../../src/checkers/base64';
import {ed} from '../../src/checkers/ed25519';
import {expectReportShown, openWidget, TOOL_PAGES, verdictOf} from './checkers-support';
import {expect, LOCALES, test} from './support/fixtures';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const seedOf = (n: number) => Uint8Array.from({length: 32}, (_, i) => (i * 7 + n) & 255);

function base58(bytes: Uint8Array): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt('0x' + hex(bytes));
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) if (b === 0) out = '1' + out; else break;
  return out;
}

// A real key whose base64 has + or / (so its base64url form differs) and no base58-only reading.
let seedNo = 1;
while (!/[+/]/.test(encodeBase64(ed.getPublicKey(seedOf(seedNo))))) seedNo++;
const seed = seedOf(seedNo);
const pub = ed.getPublicKey(seed);
const b64 = encodeBase64(pub);
const spki = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...pub]);
const sshType = new TextEncoder().encode('ssh-ed25519');
const sshBlob = Uint8Array.from([0, 0, 0, sshType.length, ...sshType, 0, 0, 0, 32, ...pub]);

// 32 bytes that are not a curve point in either strict or ZIP-215 decoding.
function notOnCurve(): Uint8Array {
  for (let i = 2; ; i++) {
    const bytes = new Uint8Array(32);
    bytes[0] = i;
    try {
      ed.Point.fromBytes(bytes, true);
    } catch {
      return bytes;
    }
  }
}
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
for (;; ambiguousNo++) {
  const text = unpadded(ambiguousNo);
  if (!/^[1-9A-HJ-NP-Za-km-z]+$/.test(text)) continue;
  const other = base58Decode(text);
  if (other.length === 32 && usable(other)) break;
}
const AMBIGUOUS = unpadded(ambiguousNo);
const pkcs8 = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20, ...seed]);
const PKCS8_PEM = `-----BEGIN PRIVATE KEY-----\n${encodeBase64(pkcs8)}\n-----END PRIVATE KEY-----\n`;
const ID_JSON = JSON.stringify([...seed, ...pub]);

const P_PLUS_ONE = Uint8Array.from({length: 32}, (_, i) => (i === 0 ? 0xee : i === 31 ? 0x7f : 0xff));
const IDENTITY = Uint8Array.from({length: 32}, (_, i) => (i === 0 ? 1 : 0));

const CASES: {code: string; input: string}[] = [
  {code: 'pubkey.whitespace', input: `${b64.slice(0, 20)} ${b64.slice(20)}`},
  {code: 'pubkey.base64url', input: b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, '')},
  {code: 'pubkey.missing-padding', input: b64.replace(/=$/, '')},
  {code: 'pubkey.hex', input: hex(pub)},
  {code: 'pubkey.base58', input: base58(pub)},
  {code: 'pubkey.pem', input: `-----BEGIN PUBLIC KEY-----\n${encodeBase64(spki)}\n-----END PUBLIC KEY-----`},
  {code: 'pubkey.openssh', input: `ssh-ed25519 ${encodeBase64(sshBlob)} me@laptop`},
  {code: 'pubkey.private-key', input: encodeBase64(Uint8Array.from([...seed, ...pub]))},
  {code: 'pubkey.not-base64', input: b64.slice(0, 42) + 'b='},
  {code: 'pubkey.not-a-key', input: 'this is not a key!'},
  {code: 'pubkey.trimmed', input: `  ${b64}\n`},
  {code: 'pubkey.quotes', input: `“${b64}”`},
  {code: 'pubkey.ambiguous', input: AMBIGUOUS},
  {code: 'pubkey.jwk', input: JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: encodeBase64(pub).replace(/=$/, '').replace(/\+/g, '-').replace(/\//g, '_')})},
  {code: 'pubkey.not-ed25519', input: '{"kty":"RSA","n":"sXch","e":"AQAB"}'},
  {code: 'pubkey.byte-array', input: JSON.stringify([...pub])},
  {code: 'pubkey.wrong-length', input: encodeBase64(new Uint8Array(16).fill(9))},
  {code: 'pubkey.not-on-curve', input: encodeBase64(notOnCurve())},
  {code: 'pubkey.non-canonical', input: encodeBase64(P_PLUS_ONE)},
  {code: 'pubkey.small-order', input: encodeBase64(IDENTITY)},
];

test('the cases cover every public key finding code', () => {
  const codes = CASES.map((c) => c.code).sort();
  for (const {code, input} of CASES) {
    expect(checkPublicKey(input).findings.map((f: Finding) => f.code), code).toContain(code);
  }
  expect(new Set(codes).size).toBe(20);
});

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

for (const locale of LOCALES) {
  test.describe(`public key widget (${locale})`, () => {
    test('starts empty, then shows a valid key with its base64 and format', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'empty');
      await widget.getByRole('textbox').fill(b64);
      await expectReportShown(widget, checkPublicKey(b64), locale);
      // A bare key may be a secret (issue 20): usable, with the warning, never a plain "Looks good".
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'warning');
      await expect(widget.getByTestId('normalized-key')).toHaveText(b64);
      await expect(widget.locator('code', {hasText: /^base64$/})).toBeVisible();
    });

    test('an ambiguous value shows both keys, each with a copy button, and no single key', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
      await widget.getByRole('textbox').fill(AMBIGUOUS);
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
      test(`${name}: the base64 to paste instead, with a copy button`, async ({page}) => {
        const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
        await widget.getByRole('textbox').fill(input);
        await expectReportShown(widget, checkPublicKey(input), locale);
        await expect(widget.getByTestId('normalized-key')).toHaveText(b64);
        await expect(widget.locator('p', {hasText: LABELS[locale][label]})).toBeVisible();
        await expect(widget.getByRole('button', {name: LABELS[locale].copy})).toBeEnabled();
      });
    }

    for (const {code, input} of CASES) {
      test(code, async ({page}) => {
        const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
        await widget.getByRole('textbox').fill(input);
        const report = checkPublicKey(input);
        await expectReportShown(widget, report, locale);
        if (report.normalized) await expect(widget.getByTestId('normalized-key')).toHaveText(report.normalized);
        else await expect(widget.getByTestId('normalized-key')).toHaveCount(0);
      });
    }
  });
}
