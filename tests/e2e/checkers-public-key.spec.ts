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
  {code: 'pubkey.not-base64', input: 'this is not a key!'},
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
  expect(new Set(codes).size).toBe(13);
});

for (const locale of LOCALES) {
  test.describe(`public key widget (${locale})`, () => {
    test('starts empty, then shows a valid key with its base64 and format', async ({page}) => {
      const widget = await openWidget(page, locale, TOOL_PAGES.publicKey);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'empty');
      await widget.getByRole('textbox').fill(b64);
      await expectReportShown(widget, checkPublicKey(b64), locale);
      await expect(verdictOf(widget)).toHaveAttribute('data-verdict', 'ok');
      await expect(widget.getByTestId('normalized-key')).toHaveText(b64);
      await expect(widget.locator('code', {hasText: /^base64$/})).toBeVisible();
    });

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
