import {translate} from '@docusaurus/Translate';
import {verdictLabel} from './VerdictBanner';
import styles from './styles.module.css';

/**
 * What a signer's result comes to, in one short sentence for screen readers. The result itself (signing
 * string, signature, headers, curl command: about 1,000 characters) changes with every keystroke and is
 * not a live region; this sentence is, and is read out only when the verdict changes.
 */
export type SignerVerdictState =
  | {kind: 'none'}
  | {kind: 'pending'}
  | {kind: 'hint'; text: string}
  | {kind: 'error'}
  | {kind: 'signed'; notes: boolean}
  | {kind: 'checked'; comparison: string; signature?: 'valid' | 'invalid' | 'error'};

export function signerVerdictText(state: SignerVerdictState): string {
  switch (state.kind) {
    case 'none':
      return '';
    case 'pending':
      return verdictLabel('pending');
    case 'hint':
      return state.text;
    case 'error':
      return translate({id: 'keybridge.signer.verdict.error', message: 'Needs fixing: see Result.'});
    case 'signed':
      return state.notes
        ? translate({id: 'keybridge.signer.verdict.signedNotes', message: 'Signed, with notes to read under Result.'})
        : translate({
            id: 'keybridge.signer.verdict.signed',
            message: 'Signed: the signature, headers and curl command are under Result.',
          });
    case 'checked': {
      const signature =
        state.signature === 'valid'
          ? translate({id: 'keybridge.signer.verdict.valid', message: 'The signature is valid.'})
          : state.signature === 'invalid'
            ? translate({id: 'keybridge.signer.verdict.invalid', message: 'The signature does not match.'})
            : state.signature === 'error'
              ? translate({id: 'keybridge.signer.verdict.error', message: 'Needs fixing: see Result.'})
              : '';
      // Chinese sentences follow each other without a space.
      if (signature === '') return state.comparison;
      return /[。！？]$/.test(state.comparison) ? state.comparison + signature : `${state.comparison} ${signature}`;
    }
  }
}

export function SignerVerdict({state}: {state: SignerVerdictState}) {
  return (
    <p className={styles.srOnly} role="status" aria-live="polite" aria-atomic="true" data-testid="signer-verdict">
      {signerVerdictText(state)}
    </p>
  );
}
