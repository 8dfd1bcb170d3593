import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {Notice} from './Notice';
import styles from './styles.module.css';

/** Shows the text with its character at `at` marked (spaces and line breaks made visible). */
export function MarkedText({text, at, testId}: {text: string; at: number; testId: string}) {
  const char = text[at];
  const shown =
    char === undefined
      ? translate({id: 'keybridge.requestSigner.end', message: '(end)'})
      : char === ' '
        ? '␠'
        : char === '\n'
          ? '↵'
          : char;
  return (
    <pre className={styles.value} data-testid={testId}>
      {text.slice(0, at)}
      <mark className={styles.mark}>{shown}</mark>
      {text.slice(at + 1)}
    </pre>
  );
}

interface Props {
  expected: string;
  theirs: string;
  /** Index of the first differing character (from the checker); -1 when the texts are equal. */
  at: number;
  /** Said when the texts are equal. */
  same: ReactNode;
  /** Said when they differ, e.g. "Your string differs … at character {n}". */
  differs: ReactNode;
}

/** The expected text and the reader's, one under the other, with the first differing character marked in both. */
export function FirstDifference({expected, theirs, at, same, differs}: Props) {
  if (at === -1)
    return (
      <Notice tone="ok" data-testid="compare-result">
        {same}
      </Notice>
    );
  return (
    <div data-testid="compare-result">
      <Notice tone="error">{differs}</Notice>
      <span className={styles.label}>
        <Translate id="keybridge.requestSigner.expected">Expected</Translate>
      </span>
      <MarkedText text={expected} at={at} testId="diff-expected" />
      <span className={styles.label}>
        <Translate id="keybridge.requestSigner.yours">Yours</Translate>
      </span>
      <MarkedText text={theirs} at={at} testId="diff-yours" />
    </div>
  );
}
