// The dialogs the guides walk through, as small typed objects: fields in the order the dialog shows them.
// Labels are the exchange's or terminal's own where a source gives them, in each language the exchange
// publishes: Backpack support "Generate API keys" (English and Chinese), Tealstreet "Connecting Backpack
// to Tealstreet" and "API General" (English only; the Encryption Password follows the key's nickname),
// OKX help "OKX API FAQ" (English and Chinese editions; the schematic is the web form). Insilico
// Terminal's account form has no published labels: its fields are described, not quoted.
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
    title: translate({id: 'keybridge.schematic.backpack.title', message: 'New API Key'}),
    product: 'Backpack',
    fields: [
      {id: 'name', kind: 'text', label: translate({id: 'keybridge.schematic.backpack.name', message: 'Key name'})},
      {
        id: 'subAccount',
        kind: 'select',
        label: translate({id: 'keybridge.schematic.backpack.subAccount', message: 'Sub-account'}),
      },
      {
        id: 'publicKey',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.backpack.publicKey', message: 'Public Key (optional)'}),
        hint: translate({id: 'keybridge.schematic.hint.leaveBlank', message: 'Usually leave blank'}),
      },
      {
        id: 'readOnly',
        kind: 'toggle',
        label: translate({id: 'keybridge.schematic.backpack.readOnly', message: 'Read Only'}),
        hint: translate({id: 'keybridge.schematic.hint.offToTrade', message: 'Off, to trade from a terminal'}),
      },
    ],
    button: translate({id: 'keybridge.schematic.backpack.create', message: 'Create'}),
  };
}

function tealstreetAddKey(): Dialog {
  return {
    title: 'Add new key',
    product: 'Tealstreet',
    fields: [
      {
        id: 'exchange',
        kind: 'select',
        label: translate({id: 'keybridge.schematic.tealstreet.exchange', message: 'Exchange'}),
        hint: 'Backpack',
      },
      {id: 'name', kind: 'text', label: translate({id: 'keybridge.schematic.tealstreet.name', message: 'Key name'})},
      {
        id: 'encryptionPassword',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.tealstreet.encryptionPassword', message: 'Encryption Password'}),
        hint: translate({
          id: 'keybridge.schematic.hint.encryptionPassword',
          message: 'You choose it; not your login password',
        }),
      },
      {id: 'colour', kind: 'select', label: translate({id: 'keybridge.schematic.tealstreet.colour', message: 'Color'})},
      {
        id: 'apiKey',
        kind: 'text',
        label: 'API Key',
        hint: translate({id: 'keybridge.schematic.hint.backpackKey', message: 'Backpack’s API key'}),
      },
      {
        id: 'apiSecret',
        kind: 'text',
        label: 'API Secret',
        hint: translate({id: 'keybridge.schematic.hint.backpackSecret', message: 'Backpack’s API secret'}),
      },
    ],
    button: 'Done',
  };
}

function okxCreateKey(): Dialog {
  return {
    title: translate({id: 'keybridge.schematic.okx.title', message: 'Create API key'}),
    product: 'OKX',
    fields: [
      {id: 'name', kind: 'text', label: translate({id: 'keybridge.schematic.okx.name', message: 'API key name'})},
      {
        id: 'account',
        kind: 'select',
        label: translate({id: 'keybridge.schematic.okx.account', message: 'Account'}),
        hint: translate({id: 'keybridge.schematic.hint.okxAccount', message: 'Main account or a sub-account'}),
      },
      {
        id: 'purpose',
        kind: 'select',
        label: translate({id: 'keybridge.schematic.okx.purpose', message: 'Used for'}),
        hint: translate({id: 'keybridge.schematic.hint.okxPurpose', message: 'A third-party app, or your own IPs'}),
      },
      {
        id: 'ipAllowlist',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.okx.ipAllowlist', message: 'IP address allowlist'}),
        hint: translate({id: 'keybridge.schematic.hint.okxAllowlist', message: 'Up to 20, comma or space between'}),
      },
      {
        id: 'permissions',
        kind: 'choices',
        label: translate({id: 'keybridge.schematic.okx.permissions', message: 'Permissions'}),
        choices: [
          {label: translate({id: 'keybridge.schematic.okx.read', message: 'Read'}), ticked: true},
          {label: translate({id: 'keybridge.schematic.okx.trade', message: 'Trade'}), ticked: true},
          {label: translate({id: 'keybridge.schematic.okx.withdraw', message: 'Withdraw'}), ticked: false},
        ],
      },
      {
        id: 'passphrase',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.okx.passphrase', message: 'Passphrase'}),
        hint: translate({
          id: 'keybridge.schematic.hint.okxPassphrase',
          message: 'You choose it; OKX cannot recover it',
        }),
      },
    ],
  };
}

function insilicoAccount(): Dialog {
  return {
    title: translate({id: 'keybridge.schematic.insilico.title', message: 'Settings, Account tab'}),
    product: 'Insilico Terminal',
    fields: [
      {id: 'apiKey', kind: 'text', label: translate({id: 'keybridge.schematic.insilico.apiKey', message: 'API key'})},
      {
        id: 'secret',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.insilico.secret', message: 'Secret key'}),
      },
      {
        id: 'passphrase',
        kind: 'text',
        label: translate({id: 'keybridge.schematic.insilico.passphrase', message: 'Passphrase'}),
      },
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
