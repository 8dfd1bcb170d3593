import {useEffect, useRef, useState} from 'react';
import type {Report} from '@site/src/checkers';

/**
 * Runs an async check (`check`, once loaded) whenever `input` changes (compared by `key`, a string
 * built from every field). Only the answer to the latest input is kept: an older check that finishes late
 * is ignored. Blank input gives `empty` without running the check.
 */
export function useAsyncReport<I, R extends Report>(
  input: I,
  key: string,
  blank: boolean,
  empty: R,
  check: ((input: I) => Promise<R>) | undefined,
): R | null {
  // Null: there is input and the checker (imported on first use) has not arrived yet.
  const [report, setReport] = useState<R | null>(empty);
  const latest = useRef(0);
  const current = useRef(input);
  current.current = input;

  useEffect(() => {
    const run = ++latest.current;
    if (blank) {
      setReport(empty);
      return;
    }
    if (!check) {
      setReport(null);
      return;
    }
    check(current.current).then(
      (result) => {
        if (run === latest.current) setReport(result);
      },
      () => {
        // A checker should never throw; if it does, say the values could not be checked.
        if (run === latest.current) setReport({...empty, verdict: 'error', findings: []});
      },
    );
    // `key` stands for `input` (read through a ref); `empty` is a constant of the caller.
  }, [key, blank, check]);

  return report;
}
