// Bitget (API keys with a passphrase): what the site knows, each fact with its page and the day it was
// checked there. Bitget's own pages give the signing recipe, the passphrase and the permissions; the
// form's labels come from the terminals' guides, the error texts from ccxt and public logs (Bitget's error
// page is not recorded), and each of those is marked third-party.
import {from} from '../profiles/sourced';
import type {ErrorEntry, ExchangeProfile} from '../profiles/types';

/** Bitget API docs, "Signature": the prehash, HMAC-SHA256, base64, the headers. */
const signature = from('https://www.bitget.com/api-doc/common/signature', '2026-12-05');
/** Bitget API docs, "Quick Start": passphrase, permissions, IP binding, keys per UID. */
const quickStart = from('https://www.bitget.com/api-doc/common/quick-start', '2026-12-05');
/** Tealstreet's Bitget guide: the menu path and the form's labels as it quotes them. */
const tealstreet = from('https://docs.tealstreet.io/docs/connect/bitget', '2026-12-05', {thirdParty: true});
/** Insilico Terminal's Bitget guide (updated 14 Aug 2023): the form's labels as it quotes them. */
const insilico = from(
  'https://docs.insilicoterminal.com/documentation/setup/creating-an-api-key/creating-a-bitget-api-key',
  '2026-12-05',
  {thirdParty: true},
);
/** ccxt's Bitget module: its table of Bitget's error codes with their texts. */
const ccxt = from('https://github.com/ccxt/ccxt/blob/master/ts/src/bitget.ts', '2026-12-05', {thirdParty: true});
/** Bitget's reply to a bad signature, in an issue on Bitget's SDK. */
const signLog = from('https://github.com/BitgetLimited/v3-bitget-api-sdk/issues/7', '2026-12-05', {thirdParty: true});
/** Bitget's reply to a deleted key, quoted in a ccxt pull request. */
const missingKeyLog = from('https://github.com/ccxt/ccxt/pull/19778', '2026-12-05', {thirdParty: true});
/** Bitget's reply to a key without the spot permission, in a public log. */
const permissionLog = from('https://github.com/GuntharDeNiro/GunbotAMA/issues/169', '2026-12-05', {
  thirdParty: true,
});

// Until the Bitget pages exist, causes point to the site's general answers.
const GUIDE = {
  signature: '/docs/faq#invalid-signature',
  timestamp: '/docs/faq#invalid-signature',
  'ip-not-whitelisted': '/docs/security#ip-whitelist',
  'invalid-key': '/docs/tools/key-pair#what-it-can-tell-you',
  passphrase: '/docs/faq#lost-secret',
  permission: '/docs/faq#trade-permission',
  'rate-limit': '/docs/tools/error-explainer#rate-limit',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
} as const;

/** An error from ccxt's table of Bitget codes (no Chinese text is recorded). */
function coded(code: string, en: string, cause: ErrorEntry['cause'], extra: Partial<ErrorEntry> = {}): ErrorEntry {
  return {code, en: ccxt(en), cause, fix: `apierror.${cause}`, guide: GUIDE[cause as keyof typeof GUIDE], ...extra};
}

const SECONDS_FOR_MS = 'also when the timestamp is sent in seconds instead of milliseconds';

export const bitget: ExchangeProfile = {
  id: 'bitget',
  name: {
    en: quickStart('Bitget'),
    zh: quickStart('unknown', {note: "the Chinese pages' name for the exchange is not recorded"}),
  },

  credentials: [
    {
      id: 'apiKey',
      label: {
        en: quickStart('unknown', {note: 'the docs say APIKey; the key details screen is not quoted'}),
        zh: quickStart('unknown'),
      },
      issuedBy: 'exchange',
      required: true,
      format: quickStart('unknown', {note: 'no length or alphabet is published'}),
    },
    {
      id: 'apiSecret',
      label: {
        en: quickStart('unknown', {note: 'the docs say SecretKey; the key details screen is not quoted'}),
        zh: quickStart('unknown'),
      },
      issuedBy: 'exchange',
      required: true,
      format: quickStart('unknown', {note: 'no length or alphabet is published'}),
    },
    {
      id: 'passphrase',
      label: {
        en: tealstreet('API Passphrase', {note: "the form's label as Tealstreet's guide quotes it"}),
        zh: quickStart('unknown'),
      },
      issuedBy: 'user',
      required: true,
      format: quickStart(
        {kind: 'user-chosen', basis: 'documented'},
        {
          note:
            'set by the user, sent with every request, cannot be recovered (a new key is needed). "At least 8 letters or digits" ' +
            "is Tealstreet's instruction (its profile carries it), not a rule Bitget publishes",
        },
      ),
    },
  ],

  pairProof: quickStart(
    {swap: 'none', mismatch: 'none'},
    {note: 'no key or secret format is published, and HMAC has no public half: only Bitget can tell'},
  ),

  keyForm: [
    {
      id: 'key-type',
      label: {
        en: tealstreet('System Generated API Key', {note: 'Insilico writes "System-generated API key"'}),
        zh: quickStart('unknown'),
      },
    },
    {
      id: 'name',
      label: {en: insilico('NOTE', {note: 'at most 26 characters, per Insilico'}), zh: quickStart('unknown')},
    },
    {id: 'passphrase', label: {en: tealstreet('API Passphrase'), zh: quickStart('unknown')}},
    {id: 'permissions', label: {en: tealstreet('Read-Write'), zh: quickStart('unknown')}},
    {id: 'ip-allowlist', label: {en: insilico('Linked IP address'), zh: quickStart('unknown')}},
  ],

  thirdPartyApps: quickStart('unknown', {note: 'binding a key to a listed app is not described'}),

  ipWhitelist: {
    setAt: insilico('create-form', {note: 'the optional "Linked IP address" field of the creation form'}),
    entry: insilico('unknown', {
      note: 'Insilico says to enter its 30 addresses "exactly as listed"; the separator is not named',
    }),
    separators: quickStart('unknown'),
    maxEntries: quickStart('unknown', {
      note: "no maximum is published; Insilico's list of 30 addresses for one key implies at least 30",
    }),
    cidr: quickStart('unknown'),
    ipv6: quickStart('unknown'),
  },

  expiry: quickStart('unknown', {
    note: 'binding IPs is recommended and withdrawals work only from bound IPs; expiry of unbound keys is not stated',
  }),

  permissions: [
    {id: 'read-only', label: {en: quickStart('Read-only'), zh: quickStart('unknown')}, forTerminal: 'never'},
    {id: 'trade', label: {en: quickStart('Trade'), zh: quickStart('unknown')}, forTerminal: 'required'},
    {
      id: 'futures-orders',
      label: {
        en: insilico('Futures Orders', {note: 'Tealstreet: Futures "Orders & Holdings"'}),
        zh: quickStart('unknown'),
      },
      forTerminal: 'required',
    },
    {
      id: 'futures-holdings',
      label: {en: insilico('Futures Holdings'), zh: quickStart('unknown')},
      forTerminal: 'required',
    },
    {id: 'transfer', label: {en: quickStart('Transfer'), zh: quickStart('unknown')}, forTerminal: 'never'},
    {
      id: 'withdraw',
      label: {en: quickStart('Withdraw', {note: 'only from bound IPs'}), zh: quickStart('unknown')},
      forTerminal: 'never',
    },
  ],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {
        en: tealstreet(['User icon', 'API Management', 'Create New Key', 'System Generated API Key']),
        zh: quickStart('unknown'),
      },
    },
  ],

  signing: {
    algorithm: signature('hmac-sha256', {note: 'RSA keys are offered too; this profile describes the HMAC keys'}),
    key: signature('secret-text-utf8'),
    prehash: signature('{timestamp}{METHOD}{requestPath}{body}', {
      note: 'requestPath, then "?" and the query string when there is one; body left out when empty',
    }),
    encoding: signature('base64'),
    timestamp: signature('epoch-ms', {note: 'the same value as ACCESS-TIMESTAMP'}),
    headers: signature({
      key: 'ACCESS-KEY',
      signature: 'ACCESS-SIGN',
      timestamp: 'ACCESS-TIMESTAMP',
      passphrase: 'ACCESS-PASSPHRASE',
    }),
    clockWindow: signature('unknown'),
  },

  errors: [
    coded('40004', 'Request timestamp expired', 'timestamp', {
      en: ccxt('Request timestamp expired', {note: `the clock is off, ${SECONDS_FOR_MS}`}),
    }),
    coded('40005', 'Invalid ACCESS_TIMESTAMP', 'timestamp', {
      en: ccxt('Invalid ACCESS_TIMESTAMP', {note: SECONDS_FOR_MS}),
    }),
    coded('40006', 'Invalid ACCESS_KEY', 'invalid-key'),
    coded('40008', 'Request timestamp expired', 'timestamp', {
      en: ccxt('Request timestamp expired', {note: `the same text as 40004; ${SECONDS_FOR_MS}`}),
    }),
    coded('40009', 'sign signature error', 'signature', {
      alsoSeen: signLog(['sign signature error'], {note: 'the same text in a reply Bitget sent'}),
    }),
    coded('40011', 'ACCESS_PASSPHRASE cannot be empty', 'passphrase'),
    // Bitget does not say which of the two it could not match: both are findings.
    coded('40012', 'apikey/password is incorrect', 'invalid-key', {causes: ['invalid-key', 'passphrase']}),
    coded('40014', 'Incorrect permissions', 'permission', {
      alsoSeen: permissionLog(['Incorrect permissions, need spot order read or spot order write permissions']),
    }),
    coded('40018', 'Invalid IP', 'ip-not-whitelisted', {
      en: ccxt('Invalid IP', {
        note: "when the reply names an address, the explainer checks it against the reader's list",
      }),
    }),
    coded('40037', 'Apikey does not exist', 'invalid-key', {
      alsoSeen: missingKeyLog(['Apikey does not exist']),
    }),
  ],

  hints: [/\bbitget\b|ACCESS_(?:KEY|PASSPHRASE|TIMESTAMP)\b/i],

  replies: {
    // {"code":"40037","msg":"Apikey does not exist",…}: five digits as a string.
    codeFields: ['code'],
    codeShape: '^\\d{5}$',
    ccxtIds: ['bitget'],
    hosts: ['api.bitget.com', 'bitget.com'],
  },

  site: {guides: GUIDE, signer: '/docs/bitget-api-key#check-signature', label: 'Bitget'},
};
