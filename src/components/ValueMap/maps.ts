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

export type ValueMapId = 'backpack-tealstreet' | 'okx-insilico' | ValueMapId25;

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

export function useValueMap(id: ValueMapId): ValueMapData {
  if ((VALUE_MAPS_25 as readonly string[]).includes(id)) return valueMap25(id as ValueMapId25);
  return id === 'backpack-tealstreet' ? backpackTealstreet() : okxInsilico();
}
