// What each value map shows: for each value (API key, secret, passphrase, address list), the form and
// field it is copied from and the form and field it goes into, with the guide's step number for each.
// Field names are the exchange's or terminal's own labels where a source gives them, in each language the
// exchange publishes (Backpack support "Generate API keys", Tealstreet "Connecting Backpack to Tealstreet",
// OKX help "OKX API FAQ" in English and Chinese); where no source gives the label (Insilico Terminal's
// account form) the text describes the field instead. Each value has the name the glossary gives it for
// that exchange: Backpack's "API secret", OKX's "secret key".
// Step numbers follow the guides' "Step N" headings: update them here when a guide's steps move.
import {translate} from '@docusaurus/Translate';
import {VALUE_MAPS_25, valueMap25, type ValueMapId25} from './maps25';

export type ValueMapId =
  | 'backpack-tealstreet'
  | 'okx-insilico'
  | 'binance-tealstreet'
  | 'binance-insilico'
  | 'bybit-tealstreet'
  | 'bybit-insilico'
  | ValueMapId25;

/** One end of a mapping: which guide step, which form or page, which field. */
export interface Place {
  step: number;
  form: string;
  field: string;
}

/** One value and where it travels. `secret` marks values to keep private (drawn with a dashed line). */
export interface Mapping {
  value: string;
  from: Place;
  to: Place;
  secret?: boolean;
}

export interface ValueMapData {
  title: string;
  mappings: Mapping[];
}

function backpackTealstreet(): ValueMapData {
  const backpackDialog = translate({
    id: 'keybridge.valueMap.form.backpackNewKey',
    message: 'Backpack · New API Key dialog',
  });
  const tealstreetForm = translate({
    id: 'keybridge.valueMap.form.tealstreetAddKey',
    message: 'Tealstreet · Add new key form',
  });
  return {
    title: translate({
      id: 'keybridge.valueMap.backpackTealstreet.title',
      message: 'Which value goes where: Backpack → Tealstreet',
    }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.apiKey', message: 'API key'}),
        from: {step: 2, form: backpackDialog, field: 'API Key'},
        to: {step: 4, form: tealstreetForm, field: 'API Key'},
      },
      {
        value: translate({id: 'keybridge.valueMap.value.apiSecret', message: 'API secret'}),
        from: {step: 2, form: backpackDialog, field: 'API Secret'},
        to: {step: 4, form: tealstreetForm, field: 'API Secret'},
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.addresses', message: 'IP address list'}),
        from: {
          step: 1,
          form: tealstreetForm,
          field: translate({id: 'keybridge.valueMap.field.tealstreetIps', message: 'Whitelist IPs shown there'}),
        },
        to: {
          step: 3,
          form: translate({id: 'keybridge.valueMap.form.backpackKeyList', message: 'Backpack · API keys page'}),
          field: translate({id: 'keybridge.valueMap.field.backpackIpCidr', message: 'IP/CIDR, one address at a time'}),
        },
      },
    ],
  };
}

function okxInsilico(): ValueMapData {
  const okxForm = translate({id: 'keybridge.valueMap.form.okxCreateKey', message: 'OKX · Create API key'});
  const okxResult = translate({id: 'keybridge.valueMap.form.okxCreated', message: 'OKX · the new key, after Confirm'});
  const insilicoForm = translate({
    id: 'keybridge.valueMap.form.insilicoAccount',
    message: 'Insilico Terminal · Settings, Account tab',
  });
  return {
    title: translate({
      id: 'keybridge.valueMap.okxInsilico.title',
      message: 'Which value goes where: OKX → Insilico Terminal',
    }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.apiKey', message: 'API key'}),
        from: {step: 8, form: okxResult, field: 'API Key'},
        to: {
          step: 9,
          form: insilicoForm,
          field: translate({id: 'keybridge.valueMap.field.insilicoKey', message: 'The field for the API key'}),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.secretKey', message: 'Secret key'}),
        from: {
          step: 8,
          form: okxResult,
          field: translate({id: 'keybridge.valueMap.field.okxSecretKey', message: 'Secret key'}),
        },
        to: {
          step: 9,
          form: insilicoForm,
          field: translate({id: 'keybridge.valueMap.field.insilicoSecret', message: 'The field for the secret key'}),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.passphrase', message: 'Passphrase'}),
        from: {
          step: 7,
          form: okxForm,
          field: translate({id: 'keybridge.valueMap.field.okxPassphrase', message: 'Passphrase (you choose it)'}),
        },
        to: {
          step: 9,
          form: insilicoForm,
          field: translate({
            id: 'keybridge.valueMap.field.insilicoPassphrase',
            message: 'The field for the passphrase',
          }),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.addresses', message: 'IP address list'}),
        from: {
          step: 5,
          form: translate({id: 'keybridge.valueMap.form.addressList', message: 'The address list in step 5'}),
          field: translate({id: 'keybridge.valueMap.field.addressList', message: "Check it on the terminal's page"}),
        },
        to: {
          step: 5,
          form: okxForm,
          field: translate({id: 'keybridge.valueMap.field.okxAllowlist', message: 'IP address allowlist (up to 20)'}),
        },
      },
    ],
  };
}

// Binance and Bybit: labels from Binance's FAQ and API docs ("API key", "secret key", "Restrict access to
// trusted IPs only") and Bybit's API docs; the terminals' fields for them are described, not quoted.

function tealstreetFormFor(exchange: string): string {
  return translate(
    {id: 'keybridge.valueMap.form.tealstreetAddKeyFor', message: 'Tealstreet · Add new key form ({exchange})'},
    {exchange},
  );
}

function insilicoForm(): string {
  return translate({
    id: 'keybridge.valueMap.form.insilicoAccount',
    message: 'Insilico Terminal · Settings, Account tab',
  });
}

function binanceKey(step: number, which?: 'trade' | 'read'): {key: Place; secret: Place} {
  const form =
    which === 'trade'
      ? translate({id: 'keybridge.valueMap.form.binanceTradeKey', message: 'Binance · the trading key, once created'})
      : which === 'read'
        ? translate({
            id: 'keybridge.valueMap.form.binanceReadKey',
            message: 'Binance · the read-only key, once created',
          })
        : translate({id: 'keybridge.valueMap.form.binanceKey', message: 'Binance · the new key, once created'});
  return {
    key: {step, form, field: 'API Key'},
    secret: {step, form, field: translate({id: 'keybridge.valueMap.field.binanceSecretKey', message: 'Secret Key'})},
  };
}

function binanceTealstreet(): ValueMapData {
  const trade = binanceKey(2, 'trade');
  const read = binanceKey(3, 'read');
  const form = tealstreetFormFor('Binance');
  return {
    title: translate({
      id: 'keybridge.valueMap.binanceTealstreet.title',
      message: 'Which value goes where: Binance → Tealstreet (two keys)',
    }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.tradeKey', message: 'Trading key: API key'}),
        from: trade.key,
        to: {
          step: 4,
          form,
          field: translate({
            id: 'keybridge.valueMap.field.tealstreetTradeKey',
            message: 'The trading key’s API key field',
          }),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.tradeSecret', message: 'Trading key: secret key'}),
        from: trade.secret,
        to: {
          step: 4,
          form,
          field: translate({
            id: 'keybridge.valueMap.field.tealstreetTradeSecret',
            message: 'The trading key’s secret key field',
          }),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.readKey', message: 'Read-only key: API key'}),
        from: read.key,
        to: {
          step: 4,
          form,
          field: translate({
            id: 'keybridge.valueMap.field.tealstreetReadKey',
            message: 'The read-only key’s API key field',
          }),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.readSecret', message: 'Read-only key: secret key'}),
        from: read.secret,
        to: {
          step: 4,
          form,
          field: translate({
            id: 'keybridge.valueMap.field.tealstreetReadSecret',
            message: 'The read-only key’s secret key field',
          }),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.addresses', message: 'IP address list'}),
        from: {
          step: 1,
          form,
          field: translate({id: 'keybridge.valueMap.field.tealstreetIps', message: 'Whitelist IPs shown there'}),
        },
        to: {
          step: 2,
          form: translate({
            id: 'keybridge.valueMap.form.binanceTradeRestrictions',
            message: 'Binance · the trading key’s restrictions',
          }),
          field: 'Restrict access to trusted IPs only',
        },
      },
    ],
  };
}

function binanceInsilico(): ValueMapData {
  const key = binanceKey(1);
  return {
    title: translate({
      id: 'keybridge.valueMap.binanceInsilico.title',
      message: 'Which value goes where: Binance → Insilico Terminal',
    }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.apiKey', message: 'API key'}),
        from: key.key,
        to: {
          step: 3,
          form: insilicoForm(),
          field: translate({id: 'keybridge.valueMap.field.insilicoKey', message: 'The field for the API key'}),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.secretKey', message: 'Secret key'}),
        from: key.secret,
        to: {
          step: 3,
          form: insilicoForm(),
          field: translate({id: 'keybridge.valueMap.field.insilicoSecret', message: 'The field for the secret key'}),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.addresses', message: 'IP address list'}),
        from: {
          step: 2,
          form: translate({
            id: 'keybridge.valueMap.form.insilicoBinancePage',
            message: 'Insilico Terminal docs · Creating a Binance Key',
          }),
          field: translate({id: 'keybridge.valueMap.field.insilicoBinanceIps', message: 'The addresses to whitelist'}),
        },
        to: {
          step: 2,
          form: translate({
            id: 'keybridge.valueMap.form.binanceRestrictions',
            message: 'Binance · the key’s restrictions',
          }),
          field: 'Restrict access to trusted IPs only',
        },
      },
    ],
  };
}

function bybit(terminal: 'tealstreet' | 'insilico'): ValueMapData {
  const created = translate({
    id: 'keybridge.valueMap.form.bybitCreated',
    message: 'Bybit · the new key, once submitted',
  });
  const step = terminal === 'tealstreet' ? {from: 2, to: 3} : {from: 1, to: 2};
  const to = terminal === 'tealstreet' ? tealstreetFormFor('Bybit') : insilicoForm();
  const secretField = translate({id: 'keybridge.valueMap.field.bybitSecret', message: 'Secret'});
  return {
    title:
      terminal === 'tealstreet'
        ? translate({
            id: 'keybridge.valueMap.bybitTealstreet.title',
            message: 'Which value goes where: Bybit → Tealstreet',
          })
        : translate({
            id: 'keybridge.valueMap.bybitInsilico.title',
            message: 'Which value goes where: Bybit → Insilico Terminal',
          }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.apiKey', message: 'API key'}),
        from: {step: step.from, form: created, field: 'API Key'},
        to: {
          step: step.to,
          form: to,
          field: translate({id: 'keybridge.valueMap.field.insilicoKey', message: 'The field for the API key'}),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.secret', message: 'Secret'}),
        from: {step: step.from, form: created, field: secretField},
        to: {
          step: step.to,
          form: to,
          field: translate({id: 'keybridge.valueMap.field.secret', message: 'The field for the secret'}),
        },
        secret: true,
      },
      {
        value: translate({id: 'keybridge.valueMap.value.thirdParty', message: 'No IP list: a linked app'}),
        from: {
          step: step.from,
          form: translate({id: 'keybridge.valueMap.form.bybitCreateKey', message: 'Bybit · Create New Key'}),
          field: translate(
            {id: 'keybridge.valueMap.field.bybitThirdParty', message: 'Third-party application: {terminal}'},
            {terminal: terminal === 'tealstreet' ? 'Tealstreet' : 'Insilico Terminal'},
          ),
        },
        to: {
          step: step.from,
          form: translate({id: 'keybridge.valueMap.form.bybitBinds', message: 'Bybit binds the key'}),
          field: translate({id: 'keybridge.valueMap.field.bybitAppServers', message: 'to the app’s own servers'}),
        },
      },
    ],
  };
}

const MAPS: Record<ValueMapId, () => ValueMapData> = {
  'backpack-tealstreet': backpackTealstreet,
  'okx-insilico': okxInsilico,
  'binance-tealstreet': binanceTealstreet,
  'binance-insilico': binanceInsilico,
  'bybit-tealstreet': () => bybit('tealstreet'),
  'bybit-insilico': () => bybit('insilico'),
  ...(Object.fromEntries(VALUE_MAPS_25.map((id) => [id, () => valueMap25(id)])) as Record<
    ValueMapId25,
    () => ValueMapData
  >),
};

export function useValueMap(id: ValueMapId): ValueMapData {
  return MAPS[id]();
}
