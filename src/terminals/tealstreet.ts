// Tealstreet: how it connects each exchange, its add-key form, and where its addresses come from.
import {from} from '../profiles/sourced';
import type {TerminalProfile} from '../profiles/types';

const docs = from('https://docs.tealstreet.io', '2026-12-05');
/** "API General": the add-key flow, third-party-app exchanges, where the IPs to whitelist are shown. */
const apiGeneral = from('https://docs.tealstreet.io/docs/connect/api-general', '2026-12-05');
/** "API Encryption": the Encryption Password and how keys are kept. */
const encryption = from('https://docs.tealstreet.io/docs/connect/api-encryption', '2026-12-05');
/** "Connecting Backpack to Tealstreet". */
const BACKPACK_GUIDE = 'https://docs.tealstreet.io/docs/connect/backpack';
const backpackGuide = from(BACKPACK_GUIDE, '2026-11-24');
/** "Dual API": the two-key rule for Binance. */
const dualApi = from('https://docs.tealstreet.io/docs/connect/dual-api', '2026-12-05');
const BITGET_GUIDE = 'https://docs.tealstreet.io/docs/connect/bitget';
const bitgetGuide = from(BITGET_GUIDE, '2026-12-05');
const BITMEX_GUIDE = 'https://docs.tealstreet.io/docs/connect/bitmex';
const bitmexGuide = from(BITMEX_GUIDE, '2026-12-05');

export const tealstreet: TerminalProfile = {
  id: 'tealstreet',
  name: docs('Tealstreet'),
  docs: docs('https://docs.tealstreet.io'),
  addKey: {
    en: backpackGuide(['Settings', 'Add new key'], {note: 'older pages say API Keys → New API Key'}),
    zh: apiGeneral('unknown', {note: "the terminal's labels in Chinese are not recorded"}),
  },
  fields: apiGeneral(
    [
      {id: 'name', label: apiGeneral('unknown', {note: "a nickname of the user's choice"})},
      {id: 'encryptionPassword', label: encryption('Encryption Password')},
    ],
    {note: "the Encryption Password is set right after the nickname, before the exchange's own fields"},
  ),
  storage: encryption('terminal-servers-encrypted', {
    note: 'the Encryption Password completes the database-level encryption of the key pair',
  }),
  encryptionPassword: encryption(
    {required: true, chosenBy: 'user', storedByTerminal: false, cachedHours: 1, remember: 'browser-local-storage'},
    {
      note:
        "chosen by the user (not from the exchange, not the Tealstreet login), reusable across keys, never stored on Tealstreet's servers; " +
        'keys stay in memory for 1 hour while connected; "Remember Password" keeps it in the browser\'s local storage',
    },
  ),

  exchanges: [
    {
      exchange: 'backpack',
      connect: backpackGuide(['manual-ip'], {note: 'the whitelist is added on Backpack after the key is created'}),
      ipsShown: apiGeneral('add-key-window', {
        note: 'copied from the Tealstreet window where the key is added; never published in the docs',
      }),
      serverIps: [],
      guide: backpackGuide(BACKPACK_GUIDE),
      fields: backpackGuide(
        [
          {id: 'name', label: backpackGuide('unknown', {note: 'a key name'})},
          {id: 'color', label: backpackGuide('unknown', {note: 'Tealstreet spells it "color"'})},
          {id: 'apiKey', label: backpackGuide('unknown')},
          {id: 'apiSecret', label: backpackGuide('unknown')},
        ],
        {note: 'this guide leaves out the Encryption Password that the API General page puts after the nickname'},
      ),
    },
    {
      exchange: 'okx',
      connect: apiGeneral(['third-party-app'], {
        note: 'Tealstreet is an officially supported third-party app: a selector, no manual IPs',
      }),
      guide: docs('unknown', {note: 'Tealstreet has an OKX guide; its address is not recorded'}),
    },
    {
      exchange: 'blofin',
      connect: apiGeneral(['third-party-app']),
      guide: docs('unknown', {note: 'Tealstreet has a BloFin guide; its address is not recorded'}),
    },
    {
      exchange: 'bitget',
      connect: bitgetGuide(['manual-ip']),
      ipsShown: bitgetGuide('add-key-window'),
      guide: bitgetGuide(BITGET_GUIDE),
      rules: [
        bitgetGuide(
          {kind: 'passphrase', minLength: 8, charset: 'letters-digits'},
          {note: "Tealstreet's instruction for the API Passphrase, not a rule Bitget publishes"},
        ),
      ],
    },
    {
      exchange: 'binance',
      connect: apiGeneral(['manual-ip'], {note: 'the trading key only; the second key has no whitelist'}),
      ipsShown: apiGeneral('add-key-window'),
      guide: dualApi('unknown', {
        note: 'the Dual API page sends readers to the Binance connection guide; its address is not recorded',
      }),
      rules: [
        dualApi(
          {
            kind: 'dual-key',
            trading: {permission: 'read-write', ipWhitelist: 'terminal-ips'},
            second: {permission: 'read-only', ipWhitelist: 'none'},
          },
          {note: 'mandatory for Binance only; the second key must never be read/write'},
        ),
      ],
    },
    {
      exchange: 'bybit',
      connect: apiGeneral(['third-party-app']),
      guide: docs('unknown', {note: 'Tealstreet has a Bybit guide; its address is not recorded'}),
    },
  ],

  pending: [
    {
      name: 'BitMEX',
      connect: bitmexGuide(['manual-ip']),
      ipsShown: bitmexGuide('add-key-window', {
        note: 'tick "Use Tealstreet Network" to see them; they go into BitMEX\'s CIDR field',
      }),
      guide: bitmexGuide(BITMEX_GUIDE),
      rules: [bitmexGuide({kind: 'ip-whitelist-mandatory'})],
    },
    {
      name: 'Hyperliquid',
      supported: docs('unknown', {note: 'no Tealstreet Hyperliquid guide is confirmed'}),
      connect: docs('unknown'),
      guide: docs('unknown'),
    },
  ],
};
