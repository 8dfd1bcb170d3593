// Hyperliquid: no API key, secret, passphrase or IP whitelist. A trader's master account (an Ethereum
// address) approves API wallets ("agents") that sign for it; a terminal gets the account's address and an
// API wallet's private key. What the site knows, each fact with its page and the day it was checked there.
import {from} from '../profiles/sourced';
import type {ExchangeProfile} from '../profiles/types';

/** Hyperliquid docs, "Nonces and API wallets": master account, API wallets, pruning, no key or IP binding. */
const docs = from(
  'https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/nonces-and-api-wallets',
  '2026-12-05',
);
/** The official Python SDK's README: the account address and the API wallet's key, where to make one. */
const readme = from('https://github.com/hyperliquid-dex/hyperliquid-python-sdk/blob/master/README.md', '2026-12-05');
/** The SDK's example configuration: the private key's form. */
const config = from(
  'https://github.com/hyperliquid-dex/hyperliquid-python-sdk/blob/master/examples/config.json.example',
  '2026-12-05',
);
/** The SDK's signing code: EIP-712 typed data signed with the wallet's key; the nonce in milliseconds. */
const signingCode = from(
  'https://github.com/hyperliquid-dex/hyperliquid-python-sdk/blob/master/hyperliquid/utils/signing.py',
  '2026-12-05',
);
/** The SDK's request to /exchange: action, nonce and signature in the JSON body. */
const exchangeCode = from(
  'https://github.com/hyperliquid-dex/hyperliquid-python-sdk/blob/master/hyperliquid/exchange.py',
  '2026-12-05',
);
/** Hyperliquid's reply to a signer it does not know, in a ccxt issue (an API-page key on a hardware-wallet account). */
const unknownSigner = from('https://github.com/ccxt/ccxt/issues/26484', '2026-12-05', {thirdParty: true});

const GUIDE = {
  'unknown-signer': '/docs/tools/key-pair#what-it-can-tell-you',
  'demo-key': '/docs/tools/key-pair#what-it-can-tell-you',
  signature: '/docs/faq#invalid-signature',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
} as const;

export const hyperliquid: ExchangeProfile = {
  id: 'hyperliquid',
  name: {
    en: docs('Hyperliquid'),
    zh: docs('unknown', {note: 'no Chinese page of the docs is recorded'}),
  },

  // The checkers' contract passes the account address as apiKey and the API wallet's key as apiSecret.
  credentials: [
    {
      id: 'apiKey',
      label: {
        en: readme('unknown', {
          note: 'the SDK calls it account_address: "the public key of the main wallet *not* the API wallet"',
        }),
        zh: docs('unknown'),
      },
      issuedBy: 'user',
      required: true,
      format: readme(
        {kind: 'pattern', pattern: '^0x[0-9a-fA-F]{40}$', basis: 'examples'},
        {note: 'an Ethereum address, 0x and 40 hex digits, e.g. the README\'s user_state("0xcd50…cf4d")'},
      ),
      examples: readme(['0xcd5051944f780a621ee62e39e493c489668acf4d']),
    },
    {
      id: 'apiSecret',
      label: {
        en: readme('unknown', {note: 'the SDK calls it secret_key: "the API wallet\'s private key"'}),
        zh: docs('unknown'),
      },
      issuedBy: 'exchange',
      required: true,
      format: config(
        {kind: 'pattern', pattern: '^0x[0-9a-fA-F]{64}$', basis: 'examples'},
        {
          note: '"Fill in your secret key e.g. 0x0000…0000" (0x and 64 hex digits; the zeros are a placeholder, not a key)',
        },
      ),
    },
  ],

  pairProof: readme(
    {swap: 'format', mismatch: 'none', derive: 'evm-address'},
    {
      note:
        "40 and 64 hex digits tell the two apart. An API wallet's address is not the account's, so deriving the key's address " +
        "cannot prove a pair; it proves only that the two are one wallet (the master's own key, or the API wallet's address in the account field)",
    },
  ),

  keyForm: [],

  thirdPartyApps: docs('unknown'),

  ipWhitelist: {
    available: docs(false, {note: 'requests are signed by a wallet; nothing binds them to an address'}),
    setAt: docs('unknown'),
    entry: docs('unknown'),
    separators: docs('unknown'),
    maxEntries: docs('unknown'),
    cidr: docs('unknown'),
    ipv6: docs('unknown'),
  },

  expiry: docs('unknown', {
    note:
      'no number of days: an API wallet is pruned when it is deregistered (a new unnamed one replaces the unnamed one; ' +
      'one with the same name replaces a named one), when it expires, or when the account has no funds. Never reuse its address',
  }),

  permissions: [],

  menus: [
    {
      id: 'create-key',
      platform: 'web',
      steps: {
        en: readme('unknown', {
          note: '"Generate and authorize a new API private key on https://app.hyperliquid.xyz/API"',
        }),
        zh: docs('unknown'),
      },
      directUrl: readme('https://app.hyperliquid.xyz/API'),
    },
  ],

  signing: {
    algorithm: signingCode('eip712-secp256k1'),
    key: config('evm-private-key-hex'),
    prehash: signingCode('unknown', {
      note: 'EIP-712 typed data (an L1 action is hashed into a "phantom agent"), not a text',
    }),
    encoding: signingCode('eip712-rsv'),
    timestamp: signingCode('epoch-ms', {note: 'the nonce is the time in milliseconds'}),
    carrier: exchangeCode('json-body'),
    headers: exchangeCode(
      {key: '', signature: 'signature', timestamp: 'nonce'},
      {
        note: 'fields of the JSON body; no field carries a key: Hyperliquid recovers the signing address from the signature',
      },
    ),
    clockWindow: docs('unknown'),
  },

  errors: [
    {
      code: 'User or API Wallet does not exist',
      en: unknownSigner('User or API Wallet {0} does not exist.', {note: 'sometimes after "L1 error: "'}),
      cause: 'unknown-signer',
      // Hyperliquid names the address it recovered and no reason: every documented way to get there.
      causes: ['unknown-signer', 'demo-key', 'signature'],
      fix: 'apierror.unknown-signer',
      guide: GUIDE['unknown-signer'],
    },
  ],

  hints: [/hyperliquid|API Wallet/i],

  replies: {
    // No error codes: the reply's text tells errors apart ("User or API Wallet 0x… does not exist.").
    codeFields: [],
    ccxtIds: ['hyperliquid'],
    hosts: ['api.hyperliquid.xyz', 'api.hyperliquid-testnet.xyz', 'app.hyperliquid.xyz'],
  },

  // No signer: Hyperliquid's requests are signed by a wallet (EIP-712), which this site does not rebuild.
  site: {guides: GUIDE, label: 'Hyperliquid'},
};
