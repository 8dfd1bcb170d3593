import type {HTMLAttributes} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type Tone = 'ok' | 'warning' | 'error';

/** A short paragraph coloured by its tone (the words must carry the meaning too, never colour alone). */
export function Notice({tone, className, ...props}: {tone: Tone} & HTMLAttributes<HTMLParagraphElement>) {
  return <p {...props} className={clsx(styles.notice, styles[`tone-${tone}`], className)} />;
}
