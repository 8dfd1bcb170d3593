// BloFin (API keys with a passphrase): what the site knows, each fact with its page and the day it was
// checked there. BloFin publishes its API docs as a GitHub repository (docs.blofin.com is built from it):
// the overview, IP rules, signing and the error table all come from there.
import {from} from '../profiles/sourced';
import type {ErrorEntry, ExchangeProfile} from '../profiles/types';

/** BloFin API docs, overview: permissions, the IP rule, REST authentication and the signature. */
const docs = from('https://github.com/blofin/blofin-api-docs/blob/main/index.md', '2026-12-05');
/** BloFin API docs, the REST error table. */
const errors = from('https://github.com/blofin/blofin-api-docs/blob/main/_includes/errors.md', '2026-12-05', {
  note: 'in the table since 2024-05-07 (commit f899360), HTTP status 200 unless noted; no Chinese texts',
});
/** BloFin's official Python SDK: signs with the secret's UTF-8 bytes, the path with its query, base64 of the hex. */
const sdk = from('https://github.com/blofin/blofin-sdk-python/blob/main/src/blofin/client.py', '2026-12-05');
/** Tealstreet, "API General": BloFin keys are bound to Tealstreet from BloFin's list of apps. */
const tealstreet = from('https://docs.tealstreet.io/docs/connect/api-general', '2026-12-05', {thirdParty: true});

// Until the BloFin pages exist, causes point to the site's general answers.
const GUIDE = {
  signature: '/docs/faq#invalid-signature',
  timestamp: '/docs/faq#invalid-signature',
  'repeated-nonce': '/docs/tools/exchange-signer#blofin',
  'ip-not-whitelisted': '/docs/security#ip-whitelist',
  'invalid-key': '/docs/tools/key-pair#what-it-can-tell-you',
  'expired-key': '/docs/security#ip-whitelist',
  passphrase: '/docs/faq#lost-secret',
  permission: '/docs/faq#trade-permission',
  'rate-limit': '/docs/tools/error-explainer#rate-limit',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
} as const;

const HTTP_200 = errors(200);

/** An entry of BloFin's error table. */
function coded(
  code: string,
  en: string,
  cause: keyof typeof GUIDE & ErrorEntry['cause'],
  extra: Partial<ErrorEntry> = {},
): ErrorEntry {
  return {code, en: errors(en), http: HTTP_200, cause, fix: `apierror.${cause}`, guide: GUIDE[cause], ...extra};
}

export const blofin: ExchangeProfile = {
  id: 'blofin',
  name: {
    en: docs('BloFin'),
    zh: docs('unknown', {note: 'the API docs are in English only'}),
  },

  credentials: [
    {
      id: 'apiKey',
      label: {en: docs('API Key', {note: 'as the API docs name it'}), zh: docs('unknown')},
      issuedBy: 'exchange',
      required: true,
      format: docs('unknown', {note: 'no length or alphabet is published'}),
    },
    {
      id: 'apiSecret',
      label: {en: docs('Secret Key', {note: 'as the API docs name it'}), zh: docs('unknown')},
      issuedBy: 'exchange',
      required: true,
      format: docs('unknown', {note: 'no length or alphabet is published'}),
    },
    {
      id: 'passphrase',
      label: {
        en: docs('unknown', {note: 'the docs say "the passphrase you specified when creating the APIKey"'}),
        zh: docs('unknown'),
      },
      issuedBy: 'user',
      required: true,
      format: docs({kind: 'user-chosen', basis: 'documented'}, {note: 'its length and characters are not published'}),
    },
  ],

  pairProof: docs(
    {swap: 'none', mismatch: 'none'},
    {note: 'no key or secret format is published, and HMAC has no public half: only BloFin can tell'},
  ),

  keyForm: [],

  thirdPartyApps: tealstreet(true, {
    note: "Tealstreet lists BloFin among the exchanges whose keys are bound to it from the exchange's own app selector",
  }),

  ipWhitelist: {
    setAt: docs('unknown'),
    entry: docs('unknown'),
    separators: docs('unknown'),
    maxEntries: docs(20, {note: '"Each API Key can be linked with up to 20 IP addresses."'}),
    cidr: docs('unknown'),
    ipv6: docs('unknown'),
  },

  expiry: docs(
    [
      {
        when: {ipBound: false, permissions: ['read', 'trade', 'transfer'], environment: 'any'},
        days: 90,
        counting: 'since-creation',
        effect: 'expires',
      },
    ],
    {
      note:
        '"API Keys that are not bound to IPs will expire after 90 days." Whatever their permissions; the docs make no ' +
        'exception for demo keys and do not say whether use resets the count',
    },
  ),

  permissions: [
    {id: 'read', label: {en: docs('READ'), zh: docs('unknown')}, forTerminal: 'required'},
    {id: 'trade', label: {en: docs('TRADE'), zh: docs('unknown')}, forTerminal: 'required'},
    {
      id: 'transfer',
      label: {
        en: docs('TRANSFER', {note: 'the docs announce "two permissions" and list three'}),
        zh: docs('unknown'),
      },
      forTerminal: 'never',
    },
  ],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {en: docs('unknown', {note: 'the docs link the API page only'}), zh: docs('unknown')},
      directUrl: docs('https://blofin.com/account/apis'),
    },
  ],

  signing: {
    algorithm: docs('hmac-sha256'),
    key: sdk('secret-text-utf8', {note: "apiSecret.encode('utf-8')"}),
    prehash: docs('{requestPath}{METHOD}{timestamp}{nonce}{body}', {
      note: 'requestPath with the query string for GET; body the JSON text as sent (no extra spaces), empty for GET',
    }),
    encoding: docs('base64-of-hex', {
      note: '"converted to a hexadecimal string first, and then the string should be converted to bytes … not hex2bytes"',
    }),
    timestamp: docs('epoch-ms', {note: 'e.g. 1597026383085, the same value as ACCESS-TIMESTAMP'}),
    headers: docs({
      key: 'ACCESS-KEY',
      signature: 'ACCESS-SIGN',
      timestamp: 'ACCESS-TIMESTAMP',
      passphrase: 'ACCESS-PASSPHRASE',
      nonce: 'ACCESS-NONCE',
    }),
    nonce: errors(
      {form: 'unique-string', reuseWindowMs: 60000},
      {
        note:
          'the docs: a string that does not repeat within the time the server allows, such as a UUID; 152407: "Reusing within 60 seconds is not allowed." ' +
          'The official SDK sends the millisecond timestamp as the nonce',
      },
    ),
    clockWindow: errors({fixedMs: 60000}, {note: '152405: "need to be within 60s"'}),
  },

  errors: [
    coded('401', 'Invalid signature.', 'signature', {shared: true}),
    coded('429', 'Too Many Requests', 'rate-limit', {http: errors(429), shared: true}),
    coded(
      '152401',
      'Access key does not exist, Please go to the API Management page and check if it exists and is in an active state.',
      'invalid-key',
    ),
    coded(
      '152402',
      'Access key has expired, Please go to the API Management page and check if it exists and is in an active state.',
      'expired-key',
    ),
    coded(
      '152404',
      'This operation is not supported, Please check the requestPath or API key permissions.',
      'permission',
    ),
    coded('152405', 'Timestamp in header or signature has expired, need to be within 60s', 'timestamp'),
    coded('152406', "Your IP is not included in your API key's IP whitelist", 'ip-not-whitelisted'),
    coded('152407', 'Repeated nonce, Reusing within 60 seconds is not allowed.', 'repeated-nonce'),
    coded('152408', 'Passphrase error', 'passphrase'),
    coded(
      '152409',
      'Signature verification failed, Please refer to [Signature Verification Failed](https://docs.blofin.com/index.html#signature-verification-failed)',
      'signature',
    ),
    coded(
      '152410',
      'The value of ACCESS-TIMESTAMP needs to be a millisecond timestamp, e.g: 1704038400000.',
      'timestamp',
    ),
  ],

  hints: [/blofin|ACCESS-NONCE/i],

  replies: {
    // {"code":"152401","msg":"Access key does not exist"}: digits as a string.
    codeFields: ['code'],
    codeShape: '^\\d{3,6}$',
    ccxtIds: ['blofin'],
    hosts: ['openapi.blofin.com', 'demo-trading-openapi.blofin.com', 'blofin.com'],
  },

  site: {guides: GUIDE, signer: '/docs/blofin-tealstreet#invalid-signature', label: 'BloFin'},
};
