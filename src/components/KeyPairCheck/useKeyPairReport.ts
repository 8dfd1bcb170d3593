import type {KeyPairInput, KeyPairReport} from '@site/src/checkers';
import type {checkKeyPair} from '@site/src/checkers/keys/keyPair';
import {useAsyncReport} from '@site/src/components/CheckerParts/useAsyncReport';

const EMPTY: KeyPairReport = {verdict: 'empty', findings: []};

/** The pair check of the latest input; blank fields give 'empty', not a list of complaints. */
export function useKeyPairReport(input: KeyPairInput, check: typeof checkKeyPair | undefined): KeyPairReport | null {
  const {exchange, apiKey, apiSecret, passphrase = ''} = input;
  const blank = apiKey.trim() === '' && apiSecret.trim() === '' && passphrase.trim() === '';
  return useAsyncReport(input, JSON.stringify([exchange, apiKey, apiSecret, passphrase]), blank, EMPTY, check);
}
