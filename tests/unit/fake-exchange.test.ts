// A made-up exchange, registered in the test only: the key pair, IP list and error checkers work for it
// from its profile alone, with no change anywhere else. Its rules are chosen to differ from every real
// profile (a ';' separator, at most 3 entries, no CIDR blocks, its own code field and negative codes), so
// a checker that still followed Backpack's or OKX's rules fails here.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {checkIpList, checkKeyPair, compareWithTerminal, explainError} from '../../src/checkers';
import {registerExchange} from '../../src/exchanges';
import {from} from '../../src/profiles/sourced';
import type {ExchangeProfile} from '../../src/profiles/types';

const docs = from('https://fakex.example/docs', '2026-12-05');

const KEY = 'FK' + 'A1B2C3D4E5F6G7H8';
const SECRET = 'a'.repeat(8) + '0123456789abcdef0123456789abcdef';

const fakex: ExchangeProfile = {
  id: 'fakex',
  name: {en: docs('FakeX'), zh: docs('unknown')},
  credentials: [
    {
      id: 'apiKey',
      label: {en: docs('API key'), zh: docs('unknown')},
      issuedBy: 'exchange',
      required: true,
      format: docs({kind: 'pattern', pattern: '^FK[0-9A-Z]{16}$', basis: 'documented'}),
    },
    {
      id: 'apiSecret',
      label: {en: docs('Secret'), zh: docs('unknown')},
      issuedBy: 'exchange',
      required: true,
      format: docs({kind: 'pattern', pattern: '^[0-9a-f]{40}$', basis: 'documented'}),
    },
    {
      id: 'passphrase',
      label: {en: docs('Passphrase'), zh: docs('unknown')},
      issuedBy: 'user',
      required: true,
      format: docs({kind: 'user-chosen', basis: 'documented'}),
    },
  ],
  pairProof: docs({swap: 'format', mismatch: 'none'}),
  ipWhitelist: {
    setAt: docs('create-form'),
    entry: docs('list'),
    separators: docs([';']),
    maxEntries: docs(3),
    cidr: docs(false),
    ipv6: docs('unknown'),
  },
  expiry: docs('unknown'),
  keyForm: [],
  thirdPartyApps: docs('unknown'),
  permissions: [],
  menus: [],
  signing: {
    algorithm: docs('hmac-sha256'),
    key: docs('secret-text-utf8'),
    prehash: docs('{timestamp}{METHOD}{requestPath}{body}'),
    encoding: docs('hex'),
    timestamp: docs('epoch-ms'),
    headers: docs({key: 'FX-KEY', signature: 'FX-SIGN', timestamp: 'FX-TS', passphrase: 'FX-PASS'}),
    clockWindow: docs({fixedMs: 5000}),
  },
  errors: [
    {
      code: '-7001',
      en: docs('Signature mismatch'),
      cause: 'signature',
      fix: 'apierror.signature',
      guide: '/docs/faq#invalid-signature',
    },
    {
      // One text for three causes, as some exchanges document it.
      code: '-7002',
      en: docs('Key unknown, address refused or action not allowed'),
      cause: 'invalid-key',
      causes: ['invalid-key', 'ip-not-whitelisted', 'permission'],
      fix: 'apierror.invalid-key',
      guide: '/docs/faq#invalid-signature',
    },
    {
      // The same number as an OKX code, with another meaning: read with its exchange, never alone.
      code: '50113',
      en: docs('Order book busy'),
      cause: 'rate-limit',
      fix: 'apierror.rate-limit',
      guide: '/docs/tools/error-explainer#rate-limit',
    },
  ],
  hints: [/\bfakex\b/i],
  replies: {codeFields: ['errno'], codeShape: '^-?\\d{4,5}$', ccxtIds: ['fakex'], hosts: ['api.fakex.example']},
  site: {
    guides: {unrecognised: '/docs/tools/error-explainer#what-to-paste'},
    signer: '/docs/tools/okx-signer',
    label: 'FakeX',
  },
};

let unregister: () => void;
before(() => {
  unregister = registerExchange(fakex);
});
after(() => unregister());

const codes = (findings: {code: string}[]) => findings.map((f) => f.code);

test('fake exchange: key pair checker reads its formats, passphrase and swap rule', async () => {
  const ok = await checkKeyPair({exchange: 'fakex', apiKey: KEY, apiSecret: SECRET, passphrase: 'my own words'});
  assert.equal(ok.verdict, 'ok');
  const swapped = await checkKeyPair({exchange: 'fakex', apiKey: SECRET, apiSecret: KEY, passphrase: 'x'});
  assert.deepEqual(codes(swapped.findings), ['pair.swapped']);
  const noPassphrase = await checkKeyPair({exchange: 'fakex', apiKey: KEY, apiSecret: SECRET});
  assert.deepEqual(codes(noPassphrase.findings), ['pair.missing-passphrase']);
  // An OKX-shaped key is not a FakeX key: the format is FakeX's documented one.
  const okxShaped = await checkKeyPair({
    exchange: 'fakex',
    apiKey: '37c541a1-7d3f-4a2b-9c1e-10fe7a038418',
    apiSecret: SECRET,
    passphrase: 'x',
  });
  assert.deepEqual(codes(okxShaped.findings), ['pair.key-format']);
  assert.equal(okxShaped.findings[0].severity, 'error');
});

test('fake exchange: IP list checker keeps its limit, separator and no-CIDR rule', () => {
  const fake = checkIpList('18.167.89.125\n43.198.26.42\n18.166.0.0/16\n8.8.8.8\n1.1.1.1\n2001:4860:4860::8888', {
    target: 'fakex',
  });
  assert.equal(fake.verdict, 'error');
  assert.equal(fake.output, '18.167.89.125;43.198.26.42;8.8.8.8');
  assert.ok(fake.entries[2].findings.some((f) => f.code === 'ip.cidr-not-accepted'));
  assert.deepEqual(listed2(fake, 'ip.too-many'), [
    {count: 5, max: 3, entries: '1.1.1.1, 2001:4860:4860::8888', exchange: 'fakex'},
  ]);
  // IPv6: its page says nothing, so the report says to check it rather than guessing.
  assert.deepEqual(listed2(fake, 'ip.ipv6-unverified'), [{count: 1, exchange: 'fakex'}]);
  // The clean list compares with a terminal's list whatever the separator.
  const compared = compareWithTerminal(fake, '8.8.8.8\n43.198.26.42');
  assert.deepEqual(compared.terminal?.missing, []);
});

function listed2(report: {findings: {code: string; params?: unknown}[]}, code: string) {
  return report.findings.filter((f) => f.code === code).map((f) => f.params);
}

test('fake exchange: error explainer reads its code field, its codes with their exchange, and every cause', () => {
  const signature = explainError('{"errno":-7001,"msg":"Signature mismatch"}');
  assert.equal(signature.exchange, 'fakex');
  assert.deepEqual(codes(signature.findings), ['apierror.signature']);
  assert.equal(signature.findings[0].params?.code, '-7001');

  const several = explainError('fakex -7002');
  assert.equal(several.exchange, 'fakex');
  assert.deepEqual(codes(several.findings), [
    'apierror.invalid-key',
    'apierror.ip-not-whitelisted',
    'apierror.permission',
  ]);

  // A message quoted without its code.
  assert.equal(explainError('Error: Key unknown, address refused or action not allowed').exchange, 'fakex');

  // 50113 is OKX's bad signature and FakeX's busy order book: the exchange decides.
  assert.deepEqual(codes(explainError('50113', {exchange: 'fakex'}).findings), ['apierror.rate-limit']);
  assert.deepEqual(codes(explainError('okx 50113').findings), ['apierror.signature']);
  assert.deepEqual(codes(explainError('GET https://api.fakex.example/v1/order -> error 50113').findings), [
    'apierror.rate-limit',
  ]);
  const alone = explainError('50113');
  assert.deepEqual(codes(alone.findings), ['apierror.unrecognised']);
  assert.equal(alone.findings[0].params?.context, 'ambiguous');
  assert.equal(alone.exchange, undefined);
});

// The signer part: signRequest({exchange: 'fakex', …}) signs with the profile's scheme (added with the
// signers' move to profiles).
