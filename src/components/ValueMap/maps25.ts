// Value maps for Bitget, BloFin, Hyperliquid and OKX → Tealstreet: which value is copied from which form
// into which field, with the guide step of each (see maps.ts for the shape). Field names are the
// exchange's or terminal's own where a source quotes them (Bitget's "Linked IP address" and "API
// Passphrase", from Insilico's and Tealstreet's Bitget guides; OKX's from its API FAQ); where no source
// quotes a terminal's label, the text describes the field. Step numbers follow each guide's "Step N"
// headings: update them here when a guide's steps move.
import {translate} from '@docusaurus/Translate';
import type {Mapping, ValueMapData} from './maps';

export type ValueMapId25 =
  | 'bitget-insilico'
  | 'bitget-tealstreet'
  | 'blofin-tealstreet'
  | 'blofin-insilico'
  | 'hyperliquid-insilico'
  | 'okx-tealstreet';

const apiKey = () => translate({id: 'keybridge.valueMap.value.apiKey', message: 'API key'});
const secretKey = () => translate({id: 'keybridge.valueMap.value.secretKey', message: 'Secret key'});
const passphrase = () => translate({id: 'keybridge.valueMap.value.passphrase', message: 'Passphrase'});
const addresses = () => translate({id: 'keybridge.valueMap.value.addresses', message: 'IP address list'});

const keyField = () => translate({id: 'keybridge.valueMap.field.keyField', message: 'The field for the API key'});
const secretField = () =>
  translate({id: 'keybridge.valueMap.field.secretField', message: 'The field for the secret key'});
const passphraseField = () =>
  translate({id: 'keybridge.valueMap.field.passphraseField', message: 'The field for the passphrase'});
/** The passphrase field of a Bitget or BloFin form (OKX's has its own label, okxPassphrase). */
const chosenPassphrase = () =>
  translate({id: 'keybridge.valueMap.field.chosenPassphrase', message: 'Passphrase (you choose it)'});
const okxPassphrase = () =>
  translate({id: 'keybridge.valueMap.field.okxPassphrase', message: 'Passphrase (you choose it)'});

const insilicoForm = () =>
  translate({id: 'keybridge.valueMap.form.insilicoAccount', message: 'Insilico Terminal · Settings, Account tab'});
const tealstreetForm = () =>
  translate({id: 'keybridge.valueMap.form.tealstreetAddKey', message: 'Tealstreet · Add new key form'});

/** API key and secret key from the exchange's new key, the passphrase from its form, all into one terminal form. */
function threeValues(
  created: {step: number; form: string},
  passphraseFrom: {step: number; form: string; field: string},
  into: {step: number; form: string},
): Mapping[] {
  return [
    {value: apiKey(), from: {...created, field: 'API Key'}, to: {...into, field: keyField()}},
    {
      value: secretKey(),
      from: {...created, field: translate({id: 'keybridge.valueMap.field.okxSecretKey', message: 'Secret key'})},
      to: {...into, field: secretField()},
      secret: true,
    },
    {value: passphrase(), from: passphraseFrom, to: {...into, field: passphraseField()}, secret: true},
  ];
}

function bitgetInsilico(): ValueMapData {
  const bitgetForm = translate({id: 'keybridge.valueMap.form.bitgetCreateKey', message: 'Bitget · Create API key'});
  const bitgetCreated = translate({id: 'keybridge.valueMap.form.bitgetCreated', message: 'Bitget · the new key'});
  return {
    title: translate({
      id: 'keybridge.valueMap.bitgetInsilico.title',
      message: 'Which value goes where: Bitget → Insilico Terminal',
    }),
    mappings: [
      ...threeValues(
        {step: 6, form: bitgetCreated},
        {step: 3, form: bitgetForm, field: chosenPassphrase()},
        {step: 7, form: insilicoForm()},
      ),
      {
        value: addresses(),
        from: {
          step: 5,
          form: translate({
            id: 'keybridge.valueMap.form.insilicoBitgetList',
            message: "Insilico Terminal's Bitget guide",
          }),
          field: translate({id: 'keybridge.valueMap.field.insilicoBitgetList', message: 'Its 30 server addresses'}),
        },
        to: {step: 5, form: bitgetForm, field: 'Linked IP address'},
      },
    ],
  };
}

function bitgetTealstreet(): ValueMapData {
  const bitgetForm = translate({id: 'keybridge.valueMap.form.bitgetCreateKey', message: 'Bitget · Create API key'});
  const bitgetCreated = translate({id: 'keybridge.valueMap.form.bitgetCreated', message: 'Bitget · the new key'});
  return {
    title: translate({
      id: 'keybridge.valueMap.bitgetTealstreet.title',
      message: 'Which value goes where: Bitget → Tealstreet',
    }),
    mappings: [
      ...threeValues(
        {step: 6, form: bitgetCreated},
        {step: 3, form: bitgetForm, field: 'API Passphrase'},
        {step: 7, form: tealstreetForm()},
      ),
      {
        value: addresses(),
        from: {
          step: 1,
          form: tealstreetForm(),
          field: translate({id: 'keybridge.valueMap.field.tealstreetIps', message: 'Whitelist IPs shown there'}),
        },
        to: {step: 5, form: bitgetForm, field: 'Linked IP address'},
      },
    ],
  };
}

function blofin(terminal: 'tealstreet' | 'insilico'): ValueMapData {
  const blofinForm = translate({id: 'keybridge.valueMap.form.blofinCreateKey', message: 'BloFin · Create API key'});
  const blofinCreated = translate({id: 'keybridge.valueMap.form.blofinCreated', message: 'BloFin · the new key'});
  return {
    title:
      terminal === 'tealstreet'
        ? translate({
            id: 'keybridge.valueMap.blofinTealstreet.title',
            message: 'Which value goes where: BloFin → Tealstreet',
          })
        : translate({
            id: 'keybridge.valueMap.blofinInsilico.title',
            message: 'Which value goes where: BloFin → Insilico Terminal',
          }),
    mappings: threeValues(
      {step: 6, form: blofinCreated},
      {step: 5, form: blofinForm, field: chosenPassphrase()},
      {step: 7, form: terminal === 'tealstreet' ? tealstreetForm() : insilicoForm()},
    ),
  };
}

function hyperliquidInsilico(): ValueMapData {
  const insilicoHyperliquid = translate({
    id: 'keybridge.valueMap.form.insilicoHyperliquid',
    message: 'Insilico Terminal · its Hyperliquid account form',
  });
  return {
    title: translate({
      id: 'keybridge.valueMap.hyperliquidInsilico.title',
      message: 'Which value goes where: Hyperliquid → Insilico Terminal',
    }),
    mappings: [
      {
        value: translate({id: 'keybridge.valueMap.value.accountAddress', message: 'Account address'}),
        from: {
          step: 1,
          form: translate({
            id: 'keybridge.valueMap.form.hyperliquidWallet',
            message: 'Your Hyperliquid account (the master wallet)',
          }),
          field: translate({id: 'keybridge.valueMap.field.masterAddress', message: 'Its address: 0x + 40 hex digits'}),
        },
        to: {
          step: 3,
          form: insilicoHyperliquid,
          field: translate({id: 'keybridge.valueMap.field.addressField', message: 'The field for the account address'}),
        },
      },
      {
        value: translate({id: 'keybridge.valueMap.value.agentKey', message: 'API wallet private key'}),
        from: {
          step: 2,
          form: translate({
            id: 'keybridge.valueMap.form.hyperliquidApiWallet',
            message: 'Hyperliquid · the new API wallet',
          }),
          field: translate({id: 'keybridge.valueMap.field.agentKey', message: 'Its private key (never the master’s)'}),
        },
        to: {
          step: 3,
          form: insilicoHyperliquid,
          field: translate({id: 'keybridge.valueMap.field.agentKeyField', message: 'The field for the private key'}),
        },
        secret: true,
      },
    ],
  };
}

function okxTealstreet(): ValueMapData {
  const okxForm = translate({id: 'keybridge.valueMap.form.okxCreateKey', message: 'OKX · Create API key'});
  const okxResult = translate({id: 'keybridge.valueMap.form.okxCreated', message: 'OKX · the new key, after Confirm'});
  return {
    title: translate({
      id: 'keybridge.valueMap.okxTealstreet.title',
      message: 'Which value goes where: OKX → Tealstreet',
    }),
    mappings: threeValues(
      {step: 6, form: okxResult},
      {step: 5, form: okxForm, field: okxPassphrase()},
      {step: 7, form: tealstreetForm()},
    ),
  };
}

export function valueMap25(id: ValueMapId25): ValueMapData {
  switch (id) {
    case 'bitget-insilico':
      return bitgetInsilico();
    case 'bitget-tealstreet':
      return bitgetTealstreet();
    case 'blofin-tealstreet':
      return blofin('tealstreet');
    case 'blofin-insilico':
      return blofin('insilico');
    case 'hyperliquid-insilico':
      return hyperliquidInsilico();
    case 'okx-tealstreet':
      return okxTealstreet();
  }
}

export const VALUE_MAPS_25: readonly ValueMapId25[] = [
  'bitget-insilico',
  'bitget-tealstreet',
  'blofin-tealstreet',
  'blofin-insilico',
  'hyperliquid-insilico',
  'okx-tealstreet',
];
