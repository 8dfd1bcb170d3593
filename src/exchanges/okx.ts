// OKX (API v5 keys with a passphrase): what the site knows, each fact with its page and the day it was
// checked there.
import {from} from '../profiles/sourced';
import type {ErrorEntry, ExchangeProfile} from '../profiles/types';

/** OKX API FAQ in Simplified Chinese (labels as the zh UI shows them, the 14-day rule). */
const FAQ_ZH = 'https://www.okx.com/zh-hans-au/help/api-faq';
const faqZh = from(FAQ_ZH, '2026-12-05');
/** The same FAQ, English help center (form, menus, the whitelist). */
const faqEn = from('https://www.okx.com/en-br/help/api-faq', '2026-12-05', {sourceZh: FAQ_ZH});
/** The FAQ as the site first read it (IPv4/IPv6 and CIDR entries). */
const faqEarlier = from('https://www.okx.com/help/api-faq', '2026-11-24');
/** OKX API v5 docs: formats, signing ("REST Authentication"), demo trading. */
const V5_EN = 'https://www.okx.com/docs-v5/en/';
const v5 = from(V5_EN, '2026-11-24');
const v5Later = from(V5_EN, '2026-12-05');
/** v5 docs error table (REST API, public), English and Chinese. */
const errEn = from('https://www.okx.com/docs-v5/en/#error-code-rest-api-public', '2026-11-24');
const errZh = from('https://www.okx.com/docs-v5/zh/#error-code-rest-api-public', '2026-11-24', {
  note: 'the Chinese texts are also quoted verbatim in https://github.com/pyted/okx/issues/1',
});
/** The same table, the codes added on the later reading. */
const errEnLater = from('https://www.okx.com/docs-v5/en/#error-code', '2026-12-05');
const errZhLater = from('https://www.okx.com/docs-v5/zh/#error-code', '2026-12-05');
/** OKX's own reply to a bad signature, as a public issue quotes it. */
const invalidSign = from('https://github.com/jane-cloud/Open-API-SDK-V5/issues/3', '2026-12-05', {thirdParty: true});
/** OKX help: keys bound to a third-party app from OKX's list. */
const thirdPartyApp = from('https://www.okx.com/help/third-party-app-ip-whitelist-launch', '2026-12-05');
/** OKX's English API page: demo trading. */
const apiPageEn = from('https://www.okx.com/en-sg/okx-api', '2026-12-05');

const HTTP_401 = errEn(401);

/** An authentication error of the v5 table (HTTP 401). */
function auth(code: string, en: string, zh: string | undefined, cause: ErrorEntry['cause'], guide: string): ErrorEntry {
  return {code, en: errEn(en), ...(zh ? {zh: errZh(zh)} : {}), http: HTTP_401, cause, fix: `apierror.${cause}`, guide};
}

const GUIDE = {
  signature: '/docs/faq#invalid-signature',
  timestamp: '/docs/faq#invalid-signature',
  'ip-not-whitelisted': '/docs/v5-insilico#ip-whitelist',
  'invalid-key': '/docs/v5-insilico#add-account',
  passphrase: '/docs/v5-insilico#wrong-passphrase',
  'demo-key': '/docs/v5-insilico#open',
  permission: '/docs/v5-insilico#permissions',
  'expired-key': '/docs/v5-insilico#expired',
  'rate-limit': '/docs/tools/error-explainer#rate-limit',
  'key-pair': '/docs/faq#invalid-signature',
  'ip-required': '/docs/v5-insilico#ip-whitelist',
  'app-not-whitelisted': '/docs/v5-insilico#purpose',
  'key-frozen': '/docs/tools/error-explainer#recognised',
  'order-precision': '/docs/tools/error-explainer#recognised',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
} as const;

export const okx: ExchangeProfile = {
  id: 'okx',
  name: {
    en: faqEn('OKX'),
    zh: faqZh('unknown', {note: 'which name the Chinese pages use for the exchange (OKX or 欧易) is not recorded'}),
  },

  credentials: [
    {
      id: 'apiKey',
      label: {
        en: faqEn('API key'),
        zh: faqZh('API key', {note: 'the zh FAQ keeps the English term: 【创建 API key】, 未绑定 IP … 的 API key'}),
      },
      issuedBy: 'exchange',
      required: true,
      format: v5(
        {
          kind: 'pattern',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          conclusive: true,
          basis: 'examples',
        },
        {note: 'a UUID (8-4-4-4-12 hex) in every example, e.g. 37c541a1-…-10fe7a038418'},
      ),
      masked: faqEn('unknown', {note: "what OKX's key list shows of the key is in no OKX source"}),
    },
    {
      id: 'apiSecret',
      label: {
        en: v5('SecretKey', {
          note: 'as the v5 docs write it ("API keys and SecretKeys"); the key details screen is not quoted',
        }),
        zh: faqZh('unknown'),
      },
      issuedBy: 'exchange',
      required: true,
      format: v5(
        {kind: 'pattern', pattern: '^[0-9A-F]{32}$', conclusive: true, basis: 'examples'},
        {note: '32 upper-case hex in the docs example'},
      ),
      examples: v5(['22582BD0CFF14C41EDBF1AB98506286D']),
      masked: faqEn('unknown', {note: "what OKX's key list shows of the secret is in no OKX source"}),
    },
    {
      id: 'passphrase',
      label: {
        en: faqEn('Passphrase', {note: "the form's last field"}),
        zh: faqZh('密码短语', {note: 'the web form shows 【密码 (Passphrase)】'}),
      },
      issuedBy: 'user',
      required: true,
      format: v5(
        {kind: 'user-chosen', basis: 'documented'},
        {
          note: 'chosen when creating the key, stored as a salted hash, cannot be recovered; length and characters not published',
        },
      ),
    },
  ],

  pairProof: v5(
    {swap: 'format', mismatch: 'none'},
    {
      note: 'a UUID and 32 hex digits tell key and secret apart; HMAC has no public half, so a wrong pair shows only when OKX rejects it',
    },
  ),

  keyForm: [
    {id: 'name', label: {en: faqEn('API key name'), zh: faqZh('备注名')}},
    {id: 'account', label: {en: faqEn('Account'), zh: faqZh('账户')}},
    {id: 'purpose', label: {en: faqEn('Used for', {note: 'the app says "Purpose"'}), zh: faqZh('用途')}},
    {id: 'ip-allowlist', label: {en: faqEn('IP address allowlist'), zh: faqZh('IP 地址白名单')}},
    {id: 'permissions', label: {en: faqEn('Permissions'), zh: faqZh('权限')}},
    {
      id: 'passphrase',
      label: {en: faqEn('Passphrase'), zh: faqZh('密码短语', {note: 'web form: 【密码 (Passphrase)】'})},
    },
  ],

  thirdPartyApps: thirdPartyApp(true, {
    note: 'Purpose "Binding third-party apps", then the app from a list of apps whose servers OKX whitelisted; the key is then accepted only from them',
  }),

  ipWhitelist: {
    setAt: faqEn('create-form', {
      note: 'the IP address allowlist field of the form; bound IPs of an existing key can be edited under Profile → API',
    }),
    entry: faqEn('list'),
    separators: faqEn([',', ' '], {note: '"separated by a comma or a space"'}),
    maxEntries: faqEn(20),
    cidr: faqEarlier(true, {
      note: 'network segments; the 2026-12-05 reading of the English FAQ states only the count and separators',
    }),
    ipv6: faqEarlier(true, {
      note: 'IPv4 and IPv6; the 2026-12-05 reading of the English FAQ states only the count and separators',
    }),
  },

  expiry: faqZh(
    [
      {
        when: {ipBound: false, permissions: ['trade', 'withdraw'], environment: 'live'},
        days: 14,
        counting: 'idle',
        effect: 'deleted',
      },
    ],
    {
      note:
        '实盘未绑定 IP 且拥有交易或提币权限的 API key，将在闲置 14 天之后自动删除 (v5 docs EN: "expire"). Only authenticated calls count as use; ' +
        'on WebSocket only login. Demo keys, IP-bound and read-only keys never expire.',
    },
  ),

  permissions: [
    {id: 'read', label: {en: v5Later('Read'), zh: faqZh('unknown')}, forTerminal: 'required'},
    {
      id: 'trade',
      label: {en: v5Later('Trade'), zh: faqZh('交易', {note: 'from 拥有交易或提币权限'})},
      forTerminal: 'required',
    },
    {
      id: 'withdraw',
      label: {en: v5Later('Withdraw'), zh: faqZh('提币', {note: 'from 拥有交易或提币权限'})},
      forTerminal: 'never',
    },
  ],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {
        en: faqEn(['Profile', 'API and connections', 'Create API key']),
        zh: faqZh(['头像', 'API 与连接', '创建 API key'], {note: '点击右上角的头像 →【API 与连接】→【创建 API key】'}),
      },
    },
    {
      id: 'create-key',
      platform: 'app',
      steps: {
        en: faqEn(['Menu (⋮⋮⋮)', 'API', 'Create API key']),
        zh: faqZh(['九宫格', 'API', '创建 API key'], {note: '点击左上角的九宫格 →【API】→【创建 API key】'}),
      },
    },
    {
      id: 'manage-keys',
      platform: 'web',
      steps: {en: faqEn(['Profile', 'API']), zh: faqZh('unknown')},
    },
    {
      id: 'demo-key',
      platform: 'web',
      steps: {
        en: apiPageEn('unknown', {
          note: 'OKX\'s English page only says to click "Demo trading" and repeat the creation steps',
        }),
        zh: faqZh(['交易', '模拟交易', '个人中心', '创建模拟盘 API key', '开始模拟交易']),
      },
    },
  ],

  signing: {
    algorithm: v5('hmac-sha256'),
    key: v5('secret-text-utf8', {note: "the SecretKey's text itself, not its hex decoding"}),
    prehash: v5('{timestamp}{METHOD}{requestPath}{body}', {
      note: 'requestPath with the query string for GET; body empty for GET',
    }),
    encoding: v5('base64'),
    timestamp: v5('iso8601-ms', {note: 'e.g. 2020-12-08T09:08:57.715Z, the same value as OK-ACCESS-TIMESTAMP'}),
    headers: v5({
      key: 'OK-ACCESS-KEY',
      signature: 'OK-ACCESS-SIGN',
      timestamp: 'OK-ACCESS-TIMESTAMP',
      passphrase: 'OK-ACCESS-PASSPHRASE',
    }),
    clockWindow: v5('unknown', {note: "30 seconds according to third-party pages; not in OKX's own text"}),
    demoHeader: v5({name: 'x-simulated-trading', value: '1'}),
  },

  errors: [
    {
      code: '50011',
      en: errEn('Rate limit reached. Please refer to API documentation and throttle requests accordingly', {
        note: "OKX's Web3 API error tables reuse the code with the same text (https://web3.okx.com/build/docs/waas/dex-error-code)",
      }),
      http: errEn(429),
      cause: 'rate-limit',
      fix: 'apierror.rate-limit',
      guide: GUIDE['rate-limit'],
    },
    auth(
      '50101',
      'APIKey does not match current environment',
      'APIKey 与当前环境不匹配',
      'demo-key',
      GUIDE['demo-key'],
    ),
    auth('50102', 'Timestamp request expired', '请求时间戳过期', 'timestamp', GUIDE.timestamp),
    auth(
      '50103',
      'Request header "OK-ACCESS-KEY" cannot be empty',
      '请求头"OK-ACCESS-KEY"不能为空',
      'invalid-key',
      GUIDE['invalid-key'],
    ),
    auth(
      '50104',
      'Request header "OK-ACCESS-PASSPHRASE" cannot be empty',
      '请求头"OK-ACCESS-PASSPHRASE"不能为空',
      'passphrase',
      GUIDE.passphrase,
    ),
    auth(
      '50105',
      'Request header "OK-ACCESS-PASSPHRASE" incorrect',
      '请求头"OK-ACCESS-PASSPHRASE"错误',
      'passphrase',
      GUIDE.passphrase,
    ),
    auth(
      '50106',
      'Request header "OK-ACCESS-SIGN" cannot be empty',
      '请求头"OK-ACCESS-SIGN"不能为空',
      'signature',
      GUIDE.signature,
    ),
    auth(
      '50107',
      'Request header "OK-ACCESS-TIMESTAMP" cannot be empty',
      '请求头"OK-ACCESS-TIMESTAMP"不能为空',
      'timestamp',
      GUIDE.timestamp,
    ),
    auth(
      '50110',
      "Your IP {0} is not included in your API key's IP whitelist",
      '您的IP{0}不在APIKey绑定IP名单中',
      'ip-not-whitelisted',
      GUIDE['ip-not-whitelisted'],
    ),
    auth('50111', 'Invalid OK-ACCESS-KEY', '无效的OK-ACCESS-KEY', 'invalid-key', GUIDE['invalid-key']),
    auth('50112', 'Invalid OK-ACCESS-TIMESTAMP', '无效的OK-ACCESS-TIMESTAMP', 'timestamp', GUIDE.timestamp),
    {
      ...auth('50113', 'Invalid signature', '无效的签名', 'signature', GUIDE.signature),
      alsoSeen: invalidSign(['Invalid Sign'], {
        note: 'OKX\'s reply body: {"msg":"Invalid Sign","code":50113}; the docs table ends its text with a full stop',
      }),
      shared: true,
    },
    {
      // OKX gives no cause; the key, secret and passphrase are what authorise a request, so it is read as a
      // credential OKX does not accept.
      ...auth('50114', 'Invalid authorization', '无效的授权', 'invalid-key', GUIDE['invalid-key']),
      shared: true,
    },
    {
      code: '50119',
      en: errEnLater("API key doesn't exist", {note: 'deleted or mistyped'}),
      zh: errZhLater('API key 不存在'),
      http: errEnLater(200),
      cause: 'invalid-key',
      fix: 'apierror.invalid-key',
      guide: GUIDE['invalid-key'],
    },
    {
      code: '50120',
      en: errEnLater("This API key doesn't have permission to use this function"),
      zh: errZhLater('API key 权限不足'),
      http: errEnLater(200),
      cause: 'permission',
      fix: 'apierror.permission',
      guide: GUIDE.permission,
    },
    {
      code: '50030',
      en: errEnLater("You don't have permission to use this API endpoint"),
      zh: errZhLater('您没有使用此 API 接口的权限'),
      http: errEnLater(200),
      cause: 'permission',
      fix: 'apierror.permission',
      guide: GUIDE.permission,
    },
    {
      code: '50035',
      en: errEnLater('This endpoint requires that APIKey must be bound to IP'),
      zh: errZhLater('该接口要求APIKey必须绑定IP'),
      http: errEnLater(403),
      cause: 'ip-required',
      fix: 'apierror.ip-required',
      guide: GUIDE['ip-required'],
    },
    {
      code: '50100',
      en: errEnLater('API frozen, please contact customer service', {note: 'the table ends the text with a full stop'}),
      zh: errZhLater('Api 已被冻结，请联系客服处理'),
      http: errEnLater(400),
      cause: 'key-frozen',
      fix: 'apierror.key-frozen',
      guide: GUIDE['key-frozen'],
    },
    {
      code: '50118',
      en: errEnLater('To link the app using your API key, your broker needs to share their IP to be whitelisted'),
      zh: errZhLater('如需将 API key 绑定 App，经纪商需要提供 IP 才能加入白名单'),
      http: errEnLater(200),
      cause: 'app-not-whitelisted',
      fix: 'apierror.app-not-whitelisted',
      guide: GUIDE['app-not-whitelisted'],
    },
  ],

  hints: [/\bokx\b|\bokex\b|OK-ACCESS-|欧易|x-simulated-trading/i],

  replies: {
    // {"code":"50113","msg":"Invalid Sign"}; a batch reply says code 1 (all failed) or 2 (some failed) and
    // puts each order's own code in sCode.
    codeFields: ['code', 'sCode'],
    codeShape: '^5\\d{4}$',
    envelopeCodes: ['1', '2'],
    ccxtIds: ['okx', 'myokx', 'okex', 'okex5'],
    hosts: ['www.okx.com', 'my.okx.com', 'eea.okx.com', 'okx.com', 'ws.okx.com'],
    // A key works only on the OKX site where it was made: ccxt's myokx is the EEA site (eea.okx.com, web
    // my.okx.com); ccxt's okx writes its id before the reply and connects to www.okx.com.
    sites: {
      finding: 'apierror.okx-site',
      causes: ['invalid-key'],
      list: [
        {id: 'eea', pattern: /\bmyokx\b|\b(?:eea|my)\.okx\.com\b/i},
        {id: 'global', pattern: /\bwww\.okx\.com\b|(?<![\w.-])okx \{/i},
      ],
    },
  },

  site: {guides: GUIDE, signer: '/docs/tools/okx-signer', label: 'OKX'},
};
