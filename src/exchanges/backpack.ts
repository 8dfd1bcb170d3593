// Backpack Exchange: what the site knows, each fact with its page and the day it was checked there.
import {from} from '../profiles/sourced';
import type {ExchangeProfile} from '../profiles/types';

/** docs.backpack.exchange, Authentication: the key is the base64 Ed25519 public key; signing. */
const apiDocs = from('https://docs.backpack.exchange/', '2026-11-24');
/** Backpack support, "Generate API keys for Backpack Exchange" (English), as read on two days. */
const KEYS_EN =
  'https://support.backpack.exchange/exchange/api-and-developer-docs/generate-api-keys-for-backpack-exchange';
const keysEn = from(KEYS_EN, '2026-12-05');
const keysEnEarlier = from(KEYS_EN, '2026-11-24');
/** The same article in Chinese. */
const keysZh = from(
  'https://support.backpack.exchange/support-docs/cn/jiao-yi-suo/api-yu-kai-fa-zhe-wen-dang/sheng-cheng-backpack-jiao-yi-suo-api-mi-yao',
  '2026-12-05',
);
/** Backpack support, API FAQ (English): error texts and what causes them. */
const faqEn = from('https://support.backpack.exchange/exchange/api-and-developer-docs/faqs', '2026-12-05');
/** The same FAQ in Chinese. */
const faqZh = from(
  'https://support.backpack.exchange/support-docs/cn/jiao-yi-suo/api-yu-kai-fa-zhe-wen-dang/chang-jian-wen-ti-jie-da',
  '2026-12-05',
);
/** The official Rust client: the secret must decode to exactly 32 bytes; the key is derived from it. */
const rustClient = from('https://github.com/backpack-exchange/bpx-api-client', '2026-11-24');
/** A bot's log with Backpack's reply to a late request. */
const botLog = from('https://github.com/catsats/backpack_exchange/issues/16', '2026-11-24', {thirdParty: true});
/** Tealstreet's Backpack guide: Backpack's own pages do not describe the whitelist, this one does. */
const tealstreet = from('https://docs.tealstreet.io/docs/connect/backpack', '2026-11-24', {thirdParty: true});

export const backpack: ExchangeProfile = {
  id: 'backpack',
  name: {
    en: keysEn('Backpack Exchange'),
    zh: keysZh('Backpack 交易所', {
      note: 'the Chinese article\'s title, "生成 Backpack 交易所 API 密钥" (its URL slug spells it)',
    }),
  },

  credentials: [
    {
      id: 'apiKey',
      label: {en: keysEn('API key'), zh: keysZh('API key', {note: 'the Chinese article keeps the English term'})},
      issuedBy: 'exchange',
      required: true,
      format: apiDocs(
        {kind: 'base64', bytes: 32, basis: 'documented'},
        {note: 'X-API-Key: "Base64 encoded verifying key of the ED25519 keypair"'},
      ),
      masked: keysEn('unknown', {note: 'the key list is not described'}),
    },
    {
      id: 'apiSecret',
      label: {en: keysEn('API secret'), zh: keysZh('API secret', {note: 'the Chinese article keeps the English term'})},
      issuedBy: 'exchange',
      required: true,
      format: rustClient(
        {kind: 'base64', bytes: 32, tolerated: [64], basis: 'documented'},
        {
          note:
            "base64 of the 32-byte Ed25519 seed (the docs' key-generation example; the Rust client requires 32 bytes). " +
            'ccxt (ts/src/backpack.ts) uses the first 32 bytes, so it also takes a 64-byte seed‖public secret: match it, but report the form.',
        },
      ),
      masked: keysEn('unknown', {note: 'the key list is not described'}),
    },
  ],

  pairProof: rustClient(
    {swap: 'derivation', mismatch: 'derivation', derive: 'ed25519-public'},
    {note: "the key is the Ed25519 public key of the secret's seed"},
  ),

  publicKeyForm: apiDocs('raw32-base64', {note: 'X-API-Key: "Base64 encoded verifying key of the ED25519 keypair"'}),

  ipWhitelist: {
    setAt: tealstreet('after-creation', {note: 'an IP/CIDR option to the right of the key, after it is created'}),
    entry: tealstreet('one-at-a-time'),
    separators: tealstreet([], {note: 'entries are added one at a time: no separator, a pasted block is not taken'}),
    maxEntries: keysEn('unknown'),
    cidr: tealstreet(true, {note: 'the option is labelled IP/CIDR'}),
    ipv6: keysEn('unknown'),
  },

  expiry: keysEn('unknown', {note: 'no expiry of keys is described'}),

  keyForm: [
    {
      id: 'name',
      label: {en: keysEn('unknown', {note: 'a name is asked for; its label is not quoted'}), zh: keysZh('unknown')},
    },
    {
      id: 'sub-account',
      label: {en: keysEn('unknown', {note: 'a sub-account is chosen; its label is not quoted'}), zh: keysZh('unknown')},
    },
    {
      id: 'public-key',
      label: {
        en: keysEnEarlier('Public Key', {
          note: 'optional; left blank, Backpack generates the pair. The 2026-12-05 reading of the article lists only name and sub-account',
        }),
        zh: keysZh('unknown'),
      },
    },
  ],

  thirdPartyApps: keysEn('unknown', {note: 'binding a key to a third-party app is not described'}),

  permissions: [
    {
      id: 'read-only',
      label: {en: keysEn('Read Only', {note: 'a button, not a toggle'}), zh: keysZh('只读(Read Only)')},
      forTerminal: 'never',
    },
  ],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {
        en: keysEn(['Settings', 'API Keys', 'New API Key'], {
          note: 'web only; older wording "Portfolio → Settings" is still in Tealstreet\'s guide',
        }),
        zh: keysZh(['设置(Settings)', 'API Keys', '新建API Key(New API Key)']),
      },
      directUrl: tealstreet('https://backpack.exchange/portfolio/settings/api-keys'),
    },
    {
      id: 'ip-whitelist',
      platform: 'web',
      steps: {
        en: tealstreet(['IP/CIDR']),
        zh: keysZh('unknown', {note: 'the Chinese article does not describe the whitelist'}),
      },
    },
  ],

  signing: {
    algorithm: apiDocs('ed25519'),
    key: apiDocs('ed25519-seed-base64'),
    prehash: apiDocs('instruction={instruction}&{params}&timestamp={timestamp}&window={window}', {
      note:
        'params sorted by key (code-unit order), k=v joined by &, left out with its & when there are none; booleans as true/false; ' +
        'a batch orderExecute repeats instruction=orderExecute&… per order, timestamp and window once at the end; ' +
        'window is appended even when no X-Window header is sent',
    }),
    encoding: apiDocs('base64', {note: 'of the 64-byte signature'}),
    timestamp: apiDocs('epoch-ms'),
    headers: apiDocs({key: 'X-API-Key', signature: 'X-Signature', timestamp: 'X-Timestamp', window: 'X-Window'}),
    clockWindow: apiDocs({defaultMs: 5000, maxMs: 60000}),
    example: apiDocs('instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000'),
  },

  errors: [
    {
      code: 'Request has expired',
      en: faqEn('Request has expired'),
      zh: faqZh('请求已过期'),
      http: botLog(401, {note: '401 Unauthorized'}),
      category: faqEn('INVALID_CLIENT_REQUEST'),
      cause: 'timestamp',
      fix: 'apierror.timestamp',
      guide: '/docs/faq#invalid-signature',
    },
    {
      code: 'Invalid signature',
      en: faqEn('Invalid signature', {note: 'the signed string was built wrong (order, values; booleans lower-case)'}),
      zh: faqZh('签名无效'),
      category: faqEn('INVALID_CLIENT_REQUEST'),
      cause: 'signature',
      fix: 'apierror.signature',
      guide: '/docs/backpack-tealstreet#invalid-signature',
      shared: true,
    },
    {
      code: 'Invalid X-Signature header',
      en: faqEn('Invalid X-Signature header', {note: 'the key pair is wrong; it must be Ed25519'}),
      zh: faqZh('无效的 X-Signature 头部'),
      category: faqEn('INVALID_CLIENT_REQUEST'),
      cause: 'key-pair',
      fix: 'apierror.key-pair',
      guide: '/docs/backpack-tealstreet#invalid-signature',
    },
    {
      code: 'Too many requests',
      en: faqEn('Too many requests', {
        note: 'per sub-account: 2000 a minute on standard REST endpoints, 30 on historical market data',
      }),
      zh: faqZh('请求过多'),
      http: faqEn(429),
      cause: 'rate-limit',
      fix: 'apierror.rate-limit',
      guide: '/docs/tools/error-explainer#rate-limit',
      shared: true,
    },
    {
      code: 'Quantity decimal too long',
      en: faqEn('Quantity decimal too long', {note: "round the quantity to the market's stepSize"}),
      zh: faqZh('数量小数位过长'),
      category: faqEn('INVALID_CLIENT_REQUEST'),
      cause: 'order-precision',
      fix: 'apierror.order-precision',
      guide: '/docs/tools/error-explainer#recognised',
    },
  ],

  hints: [/backpack|\bbpx\b|X-API-Key|X-Signature|X-Timestamp|X-Window/i],

  replies: {
    // Backpack gives several errors one code (INVALID_CLIENT_REQUEST): its errors are told apart by message.
    codeFields: [],
    ccxtIds: ['backpack'],
    hosts: ['api.backpack.exchange', 'backpack.exchange'],
  },

  site: {
    guides: {
      signature: '/docs/backpack-tealstreet#invalid-signature',
      timestamp: '/docs/faq#invalid-signature',
      'ip-not-whitelisted': '/docs/backpack-tealstreet#ip-whitelist',
      'invalid-key': '/docs/backpack-tealstreet#add-key',
      passphrase: '/docs/v5-insilico#wrong-passphrase',
      'demo-key': '/docs/v5-insilico#open',
      permission: '/docs/backpack-tealstreet#read-only',
      'rate-limit': '/docs/tools/error-explainer#rate-limit',
      'key-pair': '/docs/backpack-tealstreet#invalid-signature',
      'ip-required': '/docs/backpack-tealstreet#ip-whitelist',
      'app-not-whitelisted': '/docs/backpack-tealstreet#ip-whitelist',
      'key-frozen': '/docs/tools/error-explainer#recognised',
      'order-precision': '/docs/tools/error-explainer#recognised',
      unrecognised: '/docs/tools/error-explainer#what-to-paste',
    },
    signer: '/docs/tools/request-signer',
    label: 'Backpack',
  },
};
