import {useEffect, useRef, useState} from 'react';
import type {KeyPairInput, KeyPairReport} from '@site/src/checkers';
import type {checkKeyPair} from '@site/src/checkers/keys/keyPair';

const EMPTY: KeyPairReport = {verdict: 'empty', findings: []};

/**
 * Runs the async pair check (`check`, once loaded) whenever the input changes. Only the answer to the latest input is kept:
 * an older check that finishes late is ignored. Blank fields give 'empty', not a list of complaints.
 */
export function useKeyPairReport(input: KeyPairInput, check: typeof checkKeyPair | undefined): KeyPairReport | null {
  // Null: there is input and the checker (imported on first use) has not arrived yet.
  const [report, setReport] = useState<KeyPairReport | null>(EMPTY);
  const latest = useRef(0);
  const {exchange, apiKey, apiSecret, passphrase} = input;

  useEffect(() => {
    const run = ++latest.current;
    const blank = apiKey.trim() === '' && apiSecret.trim() === '' && (passphrase ?? '').trim() === '';
    if (blank) {
      setReport(EMPTY);
      return;
    }
    if (!check) {
      setReport(null);
      return;
    }
    check({exchange, apiKey, apiSecret, passphrase}).then(
      (result) => {
        if (run === latest.current) setReport(result);
      },
      () => {
        // The checker should never throw; if it does, say the values could not be checked.
        if (run === latest.current) setReport({verdict: 'error', findings: []});
      },
    );
  }, [exchange, apiKey, apiSecret, passphrase, check]);

  return report;
}
