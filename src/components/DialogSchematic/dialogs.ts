// The dialogs the guides walk through, as small typed objects: fields in the order the dialog shows them.
// Labels are the exchange's or terminal's own where a source gives them (Backpack support "Generate API
// keys", Tealstreet "Connecting Backpack to Tealstreet", OKX help "OKX API FAQ"); otherwise a plain
// description (Insilico Terminal's account form, whose labels no source we checked gives).
import {translate} from '@docusaurus/Translate';

export type DialogId = 'backpack-new-key' | 'tealstreet-add-key' | 'okx-create-key' | 'insilico-account';

export type FieldKind = 'text' | 'select' | 'toggle' | 'choices';

export interface SchematicField {
  id: string;
  label: string;
  kind: FieldKind;
  /** What to put in it, drawn inside the field (e.g. "Leave blank", "Off"). */
  hint?: string;
  /** For `choices`: the options drawn as checkboxes, and which of them to tick. */
  choices?: {label: string; ticked: boolean}[];
}

export interface Dialog {
  /** The dialog's name, as its product shows it. */
  title: string;
  /** Who shows it, for the caption: "Backpack", "OKX"... */
  product: string;
  fields: SchematicField[];
  button?: string;
}

function backpackNewKey(): Dialog {
  return {
    title: 'New API Key',
    product: 'Backpack',
    fields: [
      {id: 'name', kind: 'text', label: translate({id: 'keybridge.schematic.backpack.name', message: 'Key name'})},
      {id: 'subAccount', kind: 'select', label: translate({id: 'keybridge.schematic.backpack.subAccount', message: 'Sub-account'})},
      {
        id: 'publicKey',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.backpack.publicKey', message: 'Public Key (optional)'}),
        hint: translate({id: 'keybridge.schematic.hint.leaveBlank', message: 'Usually leave blank'}),
      },
      {
        id: 'readOnly',
        kind: 'toggle',
        label: 'Read Only',
        hint: translate({id: 'keybridge.schematic.hint.offToTrade', message: 'Off, to trade from a terminal'}),
      },
      {id: 'twoFactor', kind: 'text', label: translate({id: 'keybridge.schematic.twoFactor', message: '2FA code'})},
    ],
    button: 'Create',
  };
}

function tealstreetAddKey(): Dialog {
  return {
    title: 'Add new key',
    product: 'Tealstreet',
    fields: [
      {id: 'exchange', kind: 'select', label: translate({id: 'keybridge.schematic.tealstreet.exchange', message: 'Exchange'}), hint: 'Backpack'},
      {id: 'name', kind: 'text', label: translate({id: 'keybridge.schematic.tealstreet.name', message: 'Key name'})},
      {id: 'colour', kind: 'select', label: translate({id: 'keybridge.schematic.tealstreet.colour', message: 'Colour'})},
      {id: 'apiKey', kind: 'text', label: 'API Key', hint: translate({id: 'keybridge.schematic.hint.backpackKey', message: 'Backpack’s API Key'})},
      {id: 'apiSecret', kind: 'text', label: 'API Secret', hint: translate({id: 'keybridge.schematic.hint.backpackSecret', message: 'Backpack’s API Secret'})},
    ],
    button: 'Done',
  };
}

function okxCreateKey(): Dialog {
  return {
    title: 'Create API key',
    product: 'OKX',
    fields: [
      {id: 'name', kind: 'text', label: 'API key name'},
      {
        id: 'account',
        kind: 'select',
        label: 'Account',
        hint: translate({id: 'keybridge.schematic.hint.okxAccount', message: 'Main account or a sub-account'}),
      },
      {
        id: 'purpose',
        kind: 'select',
        label: translate({id: 'keybridge.schematic.okx.purpose', message: 'Purpose (“Used for”)'}),
        hint: translate({id: 'keybridge.schematic.hint.okxPurpose', message: 'API trading, or a third-party app'}),
      },
      {
        id: 'ipAllowlist',
        kind: 'text',
        label: 'IP allowlist',
        hint: translate({id: 'keybridge.schematic.hint.okxAllowlist', message: 'Up to 20, comma or space between'}),
      },
      {
        id: 'permissions',
        kind: 'choices',
        label: 'Permissions',
        choices: [
          {label: 'Read', ticked: true},
          {label: 'Trade', ticked: true},
          {label: 'Withdraw', ticked: false},
        ],
      },
      {
        id: 'passphrase',
        kind: 'text',
        label: 'Passphrase',
        hint: translate({id: 'keybridge.schematic.hint.okxPassphrase', message: 'You choose it; OKX cannot recover it'}),
      },
    ],
  };
}

function insilicoAccount(): Dialog {
  return {
    title: translate({id: 'keybridge.schematic.insilico.title', message: 'Account form'}),
    product: 'Insilico Terminal',
    fields: [
      {id: 'displayName', kind: 'text', label: translate({id: 'keybridge.schematic.insilico.displayName', message: 'Display name'})},
      {id: 'apiKey', kind: 'text', label: translate({id: 'keybridge.schematic.insilico.apiKey', message: 'API key'})},
      {id: 'secret', kind: 'text', label: translate({id: 'keybridge.schematic.insilico.secret', message: 'Secret'})},
      {id: 'passphrase', kind: 'text', label: translate({id: 'keybridge.schematic.insilico.passphrase', message: 'Passphrase'})},
    ],
  };
}

export function useDialog(id: DialogId): Dialog {
  switch (id) {
    case 'backpack-new-key':
      return backpackNewKey();
    case 'tealstreet-add-key':
      return tealstreetAddKey();
    case 'okx-create-key':
      return okxCreateKey();
    case 'insilico-account':
      return insilicoAccount();
  }
}
