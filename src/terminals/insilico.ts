// Insilico Terminal: how it connects each exchange, where it keeps keys, and the server lists that are
// published for it (Bitget's first-hand, OKX's from a third-party guide).
import {from} from '../profiles/sourced';
import type {TerminalProfile} from '../profiles/types';
import {INSILICO_BITGET_SERVER_IPS} from './insilicoBitgetServerIps';
import {INSILICO_OKX_GUIDE_IPS} from './insilicoOkxServerIps';

/** The docs, whose Setup section lists a guide per exchange. */
const docs = from('https://docs.insilicoterminal.com', '2026-12-05');
/** "Security": where keys are kept. */
const security = from('https://docs.insilicoterminal.com/documentation/welcome/security', '2026-12-05');
/** "Synchronize API Keys Across Devices". */
const sync = from(
  'https://docs.insilicoterminal.com/documentation/setup/synchronize-api-keys-across-devices',
  '2026-12-05',
);
/** "Creating a Bitget API Key" (updated 14 Aug 2023): the first-hand server list, and the Account tab. */
const BITGET_GUIDE =
  'https://docs.insilicoterminal.com/documentation/setup/creating-an-api-key/creating-a-bitget-api-key';
const bitgetGuide = from(BITGET_GUIDE, '2026-12-05');
/**
 * A third-party guide to V5 keys (roedsa.com) that names Insilico Terminal as its example app: the OKX
 * server list and the two ways to connect. Not Insilico's own page.
 */
const v5Guide = from('https://www.roedsa.com/19652.html', '2026-11-24', {thirdParty: true});

export const insilico: TerminalProfile = {
  id: 'insilico',
  name: docs('Insilico Terminal'),
  docs: docs('https://docs.insilicoterminal.com'),
  addKey: {
    en: bitgetGuide(['Settings', 'Account'], {
      note: 'its Bitget guide: Settings → "Account" tab; also named Settings → Accounts on the sync page',
    }),
    zh: docs('unknown', {note: 'the docs are in English only as far as recorded'}),
  },
  storage: security('browser-storage-encrypted', {
    note: "kept encrypted in the browser's or device's local storage and decrypted just in time to sign; a new browser shows no keys",
  }),
  keySync: sync('opt-in', {
    note: '"Sync API Keys" (Settings → Accounts or Settings → General) stores chosen keys on Insilico\'s servers: 2FA, e-mail device check, AWS KMS',
  }),

  exchanges: [
    {
      exchange: 'okx',
      connect: v5Guide(['third-party-app', 'manual-ip'], {
        note: "bind the key to the terminal picked from OKX's list of third-party apps, or whitelist the server list below by hand",
      }),
      ipsShown: docs('unknown', {note: "what Insilico's own OKX page says about addresses is not recorded"}),
      serverIps: [
        {
          id: 'okx-v5-guide',
          addresses: v5Guide(INSILICO_OKX_GUIDE_IPS, {
            note:
              'the guide gives them for "a typical terminal setup" with Insilico Terminal as its example: never call them Insilico ' +
              'Terminal\'s servers; say where they come from and send readers to the terminal\'s own "Creating an OKX API Key" page',
          }),
        },
      ],
      guide: docs('unknown', {
        note: 'the page "Creating an OKX API Key" (Setup → Creating an API Key) exists; its address and content are not recorded: do not link the docs root as that page',
      }),
      fields: docs('unknown', {note: 'field names such as "display name" come only from a third-party guide'}),
    },
    {
      exchange: 'bitget',
      connect: bitgetGuide(['manual-ip'], {note: 'the IP restriction is optional'}),
      ipsShown: bitgetGuide('guide'),
      serverIps: [
        {
          id: 'bitget',
          addresses: bitgetGuide(INSILICO_BITGET_SERVER_IPS, {
            note: 'all 30 into Bitget\'s "Linked IP address" field exactly as listed ("there should be 30 in total")',
          }),
        },
      ],
      guide: bitgetGuide(BITGET_GUIDE),
      fields: bitgetGuide('unknown', {
        note: 'the passphrase is entered in the Account tab; the field labels are not quoted',
      }),
    },
    {
      exchange: 'blofin',
      connect: docs('unknown'),
      guide: docs('unknown', {note: 'the page "Creating a BloFin API Key"; its address is not recorded'}),
    },
    {
      exchange: 'hyperliquid',
      connect: docs('unknown'),
      guide: docs('unknown', {note: 'the page "Adding Hyperliquid"; its address is not recorded'}),
    },
    {
      exchange: 'binance',
      connect: docs(['manual-ip']),
      ipsShown: docs('unknown', {
        note: "the docs say to whitelist Insilico's addresses; the list itself is not recorded",
      }),
      guide: docs('unknown', {
        note: 'the page "Creating a Binance Key"; its address is not recorded (none found on 2026-12-06): the guides link the docs home',
      }),
    },
    {
      exchange: 'bybit',
      connect: docs(['third-party-app'], {
        note: '"Connect to Third Party Application": the key is locked to Insilico\'s server range, pre-approved with Bybit',
      }),
      guide: docs('unknown', {
        note:
          'the page "Creating a Bybit API Key", at https://docs.insilicoterminal.com/documentation/setup/creating-an-api-key/creating-a-bybit-api-key ' +
          '(the guides link it; the address was found on 2026-12-06 in a third-party document that quotes the page, and the page itself was not reopened)',
      }),
    },
  ],

  pending: [
    {
      name: 'BitMEX',
      connect: docs('unknown'),
      guide: docs('unknown', {note: 'the page "Creating a Bitmex API Key"; its address is not recorded'}),
    },
    {
      name: 'Coinbase',
      connect: docs('unknown'),
      guide: docs('unknown', {note: 'the page "Creating a Coinbase API Key"; its address is not recorded'}),
    },
  ],
};
