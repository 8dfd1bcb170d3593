// Binance (spot API and USDⓈ-M futures): what the site knows, each fact with its page and the day it was
// checked there. Binance offers three key types; the site covers HMAC (system-generated: a key and a
// secret) and Ed25519 (self-generated: the user's own key pair, Binance keeps the public key).
import {from} from '../profiles/sourced';
import type {ErrorEntry, ExchangeProfile, SigningScheme} from '../profiles/types';

const DAY = '2026-12-05';
const SPOT_DOCS = 'https://github.com/binance/binance-spot-api-docs/blob/master';
/** Binance's own spot API docs (Chinese README: how Binance writes its name). */
const readmeZh = from(`${SPOT_DOCS}/README_CN.md`, DAY);
/** REST API: signed endpoints, timing security, the HMAC and Ed25519 examples. */
const rest = from(`${SPOT_DOCS}/rest-api.md`, DAY);
/** API key types: Ed25519 (recommended), HMAC (deprecated), RSA; sample keys. */
const keyTypes = from(`${SPOT_DOCS}/faqs/api_key_types.md`, DAY);
/** Error codes, English and Chinese. */
const errEn = from(`${SPOT_DOCS}/errors.md`, DAY);
const errZh = from(`${SPOT_DOCS}/errors_CN.md`, DAY);
/** USDⓈ-M futures error codes. */
const futuresErr = from(
  'https://developers.binance.com/en/docs/products/derivatives-trading-usds-futures/error-code',
  DAY,
);
/** Binance FAQ: how to create API keys (menu, system- or self-generated). */
const createFaq = from('https://www.binance.com/en/support/faq/on-binance-6b9a63f1e3384cf48a2eedb82767a69a', DAY);
/** API key permissions. */
const permissionsDoc = from('https://developers.binance.com/docs/wallet/account/api-key-permission', DAY);
/** The key-creation API: a comma-separated IP list, at most 30 per key. */
const keyApi = from(
  'https://developers.binance.com/docs/margin_trading/trade/Create-Special-Key-of-Low-Latency-Trading',
  DAY,
);
/** Announcement: Spot & Margin Trading on a key without trusted IPs lasts 30 days. */
const expiryNotice = from('https://www.binance.com/en-IN/support/announcement/cda0a4b53da04396b5d27881e93abf78', DAY);
/** Binance's futures reply to a rejected key, as a public issue quotes it. */
const futuresReply = from('https://github.com/ccxt/ccxt/issues/7822', DAY, {thirdParty: true});

const NO_ZH = {note: 'no Chinese version of this page was read'};

const GUIDE = {
  signature: '/docs/faq#invalid-signature',
  timestamp: '/docs/faq#invalid-signature',
  'ip-not-whitelisted': '/docs/security#ip-whitelist',
  'invalid-key': '/docs/faq#what-is-an-api-key',
  permission: '/docs/faq#trade-permission',
  'expired-key': '/docs/security#ip-whitelist',
  'rate-limit': '/docs/tools/error-explainer#rate-limit',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
} as const;

type Cause = ErrorEntry['cause'];
const entry = (code: string, en: string, zh: string, cause: Cause, extra: Partial<ErrorEntry> = {}): ErrorEntry => ({
  code,
  en: errEn(en),
  zh: errZh(zh, {note: "the Chinese table's heading for the code"}),
  cause,
  fix: `apierror.${cause}`,
  guide: GUIDE[cause as keyof typeof GUIDE] ?? GUIDE.unrecognised,
  ...extra,
});

/** Both key types sign the query string followed by the body, and send the key in one header. */
const common = {
  prehash: rest('{signedQuery}{body}', {
    note: '"the query string concatenated without separator to the HTTP body"; timestamp and recvWindow are parameters of the query',
  }),
  timestamp: rest('epoch-ms' as const, {note: 'milliseconds (or microseconds) since 1970, as the timestamp parameter'}),
  headers: rest({key: 'X-MBX-APIKEY'}, {note: 'the signature and timestamp are query parameters, not headers'}),
  params: rest({signature: 'signature', timestamp: 'timestamp', window: 'recvWindow'}),
  nonAscii: rest('percent-encode' as const, {note: '"Any non-ASCII character must be percent-encoded before signing"'}),
  clockWindow: rest(
    {defaultMs: 5000, maxMs: 60000, aheadMs: 1000},
    {note: 'rejected when the timestamp is 1 second or more ahead of the server, or older than recvWindow'},
  ),
};

const hmac: SigningScheme = {
  id: 'hmac',
  algorithm: rest('hmac-sha256'),
  key: rest('secret-text-utf8', {note: 'the secret key as text ("secretKey and the payload are case-sensitive")'}),
  encoding: rest('hex'),
  caseInsensitive: rest(true, {note: '"Signatures generated using HMAC are not case-sensitive"'}),
  ...common,
  example: rest(
    'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    {
      note: 'signed with the example secret key, the signature is c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
    },
  ),
  exampleRequest: rest(
    {
      method: 'POST',
      path: '/api/v3/order',
      query: 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1',
      timestamp: '1499827319559',
      window: 5000,
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
      secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
      signature: 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
    },
    {note: '"SIGNED Endpoint Examples for POST /api/v3/order", HMAC keys: the key, secret, parameters and signature'},
  ),
};

const ed25519: SigningScheme = {
  id: 'ed25519',
  algorithm: rest('ed25519'),
  key: rest('ed25519-pkcs8-pem', {
    note: "the user's private key file (test-prv-key.pem), loaded with load_pem_private_key; Binance recommends protecting it with a password",
  }),
  encoding: rest('base64', {note: 'base64, then percent-encoded in the query; case-sensitive'}),
  caseInsensitive: rest(false),
  ...common,
  example: rest(
    'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000',
    {note: "the example's private key is not published, so its signature cannot be reproduced"},
  ),
};

export const binance: ExchangeProfile = {
  id: 'binance',
  name: {en: rest('Binance'), zh: readmeZh('币安', {note: '"币安API文档", "币安官方提供的内容"'})},

  credentials: [
    {
      id: 'apiKey',
      label: {
        en: rest('API key', {note: 'as the REST docs write it ("apiKey"); the key screen is not quoted'}),
        zh: readmeZh('unknown', NO_ZH),
      },
      issuedBy: 'exchange',
      required: true,
      format: keyTypes(
        {kind: 'pattern', pattern: '^[A-Za-z0-9]{64}$', basis: 'examples'},
        {note: '64 letters and digits in every sample (HMAC and Ed25519 keys alike); not a stated rule'},
      ),
      examples: rest([
        'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
        '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO',
      ]),
    },
    {
      id: 'apiSecret',
      label: {
        en: rest('secret key', {note: 'as the REST docs write it ("secretKey"); the key screen is not quoted'}),
        zh: readmeZh('unknown', NO_ZH),
      },
      issuedBy: 'exchange',
      required: true,
      scheme: 'hmac',
      format: rest(
        {kind: 'pattern', pattern: '^[A-Za-z0-9]{64}$', basis: 'examples'},
        {note: '64 letters and digits in the example; not a stated rule'},
      ),
      examples: rest(['NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j']),
    },
    {
      id: 'privateKey',
      label: {
        en: rest('private key', {note: 'the user\'s own Ed25519 key, a PEM file ("test-prv-key.pem")'}),
        zh: readmeZh('unknown', NO_ZH),
      },
      issuedBy: 'user',
      required: true,
      scheme: 'ed25519',
      format: rest(
        {
          kind: 'pattern',
          pattern:
            '^-----BEGIN (?:ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\\s]+-----END (?:ENCRYPTED )?PRIVATE KEY-----$',
          basis: 'documented',
        },
        {note: 'a PEM private key file; Binance recommends encrypting it with a password'},
      ),
    },
  ],

  pairProof: keyTypes(
    {swap: 'none', mismatch: 'none'},
    {
      note: 'HMAC key and secret are both 64 letters and digits, so a swap does not show in their form; HMAC has no public half; an Ed25519 API key is not derived from the public key',
    },
  ),

  publicKeyForm: keyTypes('spki-pem', {
    note: 'the sample Ed25519 key is a PEM public key: -----BEGIN PUBLIC KEY----- MCowBQYDK2VwAyEA…',
  }),

  keyForm: [
    {
      id: 'key-type',
      label: {
        en: createFaq('System-generated / Self-generated', {note: 'the choice after Create API'}),
        zh: createFaq('unknown', NO_ZH),
      },
    },
    {
      id: 'name',
      label: {
        en: createFaq('unknown', {note: 'a label is asked for; its wording is not quoted'}),
        zh: createFaq('unknown', NO_ZH),
      },
    },
    {
      id: 'public-key',
      label: {
        en: keyTypes('unknown', {
          note: 'Self-generated only: the PEM public key is pasted; the field label is not quoted',
        }),
        zh: keyTypes('unknown', NO_ZH),
      },
    },
  ],

  thirdPartyApps: createFaq('unknown', {note: 'binding a key to a listed third-party app is not described'}),

  ipWhitelist: {
    setAt: permissionsDoc('unknown', {
      note: 'the web form\'s place for the list is not described; the option is "Restrict access to trusted IPs only"',
    }),
    entry: keyApi('list', {note: 'stated for the key-creation API (its ip parameter); the web form is not described'}),
    separators: keyApi([','], {
      note: 'the key-creation API takes a comma-separated list; the web form is not described',
    }),
    maxEntries: keyApi(30, {note: '"max 30 per key", stated for the key-creation API'}),
    cidr: keyApi('unknown'),
    ipv6: keyApi('unknown'),
  },

  expiry: expiryNotice(
    [
      {
        when: {ipBound: false, permissions: ['spot-margin'], environment: 'live'},
        days: 30,
        counting: 'since-enabled',
        effect: 'permission-removed',
      },
    ],
    {
      note: 'since 2021-07-09, "Enable Spot & Margin Trading" on a key without trusted IPs lasts 30 days and is then unticked; with trusted IPs it does not lapse. The same for Futures, and deletion of idle keys, are not stated by Binance',
    },
  ),

  permissions: [
    {
      id: 'reading',
      label: {
        en: permissionsDoc('Enable Reading', {
          note: 'the field enableReading; the derivatives quick start names the default "Enable Reading"',
        }),
        zh: permissionsDoc('unknown', NO_ZH),
      },
      forTerminal: 'required',
    },
    {
      id: 'spot-margin',
      label: {en: expiryNotice('Enable Spot & Margin Trading'), zh: expiryNotice('unknown', NO_ZH)},
      forTerminal: 'optional',
    },
    {
      id: 'futures',
      label: {
        en: permissionsDoc('Enable Futures', {
          note: 'the field enableFutures; keys created before the Futures account was opened cannot trade futures',
        }),
        zh: permissionsDoc('unknown', NO_ZH),
      },
      forTerminal: 'required',
    },
    {
      id: 'withdrawals',
      label: {
        en: permissionsDoc('Enable Withdrawals', {note: 'the field enableWithdrawals; only with an IP restriction'}),
        zh: permissionsDoc('unknown', NO_ZH),
      },
      forTerminal: 'never',
    },
  ],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {
        en: createFaq(['Profile', 'API Management', 'Create API'], {
          note: 'then System-generated or Self-generated, a label, and two-factor verification',
        }),
        zh: createFaq('unknown', NO_ZH),
      },
    },
  ],

  signing: hmac,
  moreSigning: [ed25519],

  errors: [
    entry('-1021', 'Timestamp for this request is outside of the recvWindow.', '时间同步问题', 'timestamp', {
      alsoSeen: errEn(["Timestamp for this request was 1000ms ahead of the server's time."]),
    }),
    entry('-1022', 'Signature for this request is not valid.', '签名不正确', 'signature'),
    entry('-2014', 'API-key format invalid.', 'API Key格式无效', 'invalid-key'),
    entry(
      '-2015',
      'Invalid API-key, IP, or permissions for action.',
      'API Key权限，例如该Key不存在、请求并非来自允许的IP范围、或者该接口对应权限未开放',
      'invalid-key',
      {
        causes: ['invalid-key', 'ip-not-whitelisted', 'permission'],
        alsoSeen: futuresReply(['Invalid API-key, IP, or permissions for action, request ip: {0}'], {
          note: 'the futures API (fapi) appends the address the request came from',
        }),
      },
    ),
    entry('-1002', 'You are not authorized to execute this request.', '未授权', 'permission'),
    {
      code: '-1011',
      en: futuresErr('This IP cannot access this route.'),
      market: futuresErr('USDⓈ-M futures'),
      cause: 'ip-not-whitelisted',
      fix: 'apierror.ip-not-whitelisted',
      guide: GUIDE['ip-not-whitelisted'],
    },
  ],

  hints: [/binance|币安|X-MBX-APIKEY|\/fapi\/|\/sapi\/|\/api\/v3\//i],

  replies: {
    // {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}: a negative number in "code".
    codeFields: ['code'],
    codeShape: '^-\\d{4}$',
    ccxtIds: ['binance', 'binanceusdm'],
    hosts: ['api.binance.com', 'fapi.binance.com', 'testnet.binance.vision', 'binance.com'],
  },

  site: {guides: GUIDE, signer: '/docs/binance-api-key#check-signature', label: 'Binance', labelZh: '币安'},
};
