import {useRef, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {PrivacyNote, type PrivacyKind} from './PrivacyNote';
import {loadDescribe} from './useCheckerModule';
import styles from './styles.module.css';

interface Props {
  label: string;
  children: ReactNode;
  /** Which privacy line: a checker's (the default) or a key tool's. */
  privacy?: PrivacyKind;
  testId?: string;
  /** Called once, on the first focus, press or input inside the card: starts loading the checker code. */
  onFirstUse?: () => unknown;
}

/**
 * The frame every checker and key tool sits in: a labelled region with the privacy line on top. Without
 * JavaScript the fields below would look usable but never answer, so a <noscript> line says so.
 */
export function CheckerCard({label, children, privacy, testId, onFirstUse}: Props) {
  const used = useRef(false);
  const firstUse = () => {
    if (used.current) return;
    used.current = true;
    void (onFirstUse ? onFirstUse() : loadDescribe());
  };
  return (
    <section
      className={styles.card}
      aria-label={label}
      data-testid={testId}
      data-checker-card=""
      onFocusCapture={firstUse}
      onPointerDownCapture={firstUse}
      onInputCapture={firstUse}>
      <PrivacyNote kind={privacy} />
      <noscript>
        <p className={styles.noscript} data-testid="noscript">
          <Translate id="keybridge.checker.noscript">
            This tool runs in your browser and needs JavaScript, which is turned off: the fields below will not answer.
            Turn JavaScript on for this site and reload the page.
          </Translate>
        </p>
      </noscript>
      {children}
    </section>
  );
}
