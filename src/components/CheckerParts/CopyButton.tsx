import {useEffect, useState} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type State = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard. `label` names what is copied, for screen readers. */
export function CopyButton({text, label, className}: {text: string; label?: string; className?: string}) {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    // No clipboard API outside a secure context: say so instead of failing silently.
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return setState('failed');
    clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  const visible =
    state === 'copied'
      ? translate({id: 'keybridge.checker.copied', message: 'Copied'})
      : state === 'failed'
        ? translate({id: 'keybridge.checker.copyFailed', message: 'Copy failed: select and copy by hand'})
        : translate({id: 'keybridge.checker.copy', message: 'Copy'});
  return (
    <button
      type="button"
      className={clsx('button button--sm button--secondary', styles.copy, className)}
      onClick={copy}
      disabled={text === ''}
      aria-live="polite"
      aria-label={label && state === 'idle' ? label : undefined}>
      {visible}
    </button>
  );
}
