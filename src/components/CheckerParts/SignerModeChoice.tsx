import Translate from '@docusaurus/Translate';
import {ChoiceField} from './ChoiceField';

export type SignerMode = 'sign' | 'check';

/** The first choice of both request signers (Backpack, OKX): sign a request, or check a bot's signature. */
export function SignerModeChoice({value, onChange}: {value: SignerMode; onChange: (mode: SignerMode) => void}) {
  return (
    <ChoiceField
      legend={<Translate id="keybridge.requestSigner.mode">What do you want to do?</Translate>}
      value={value}
      onChange={onChange}
      options={[
        [
          'sign',
          <Translate key="s" id="keybridge.requestSigner.modeSign">
            Sign a request
          </Translate>,
        ],
        [
          'check',
          <Translate key="c" id="keybridge.requestSigner.modeCheck">
            Check my bot’s signature
          </Translate>,
        ],
      ]}
    />
  );
}
