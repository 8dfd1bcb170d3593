import type {InputHTMLAttributes, TextareaHTMLAttributes} from 'react';
import clsx from 'clsx';
import {privateFieldProps} from './privateFieldProps';
import styles from './styles.module.css';

type Monospace = {monospace?: boolean};

/** A one-line input in the shared field style that keeps autofill, spell checkers and password managers away. */
export function PrivateInput({
  monospace = true,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & Monospace) {
  return (
    <input
      type="text"
      {...props}
      {...privateFieldProps}
      className={clsx(styles.input, monospace && styles.mono, className)}
    />
  );
}

/** The textarea twin of PrivateInput. */
export function PrivateTextarea({
  monospace = true,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Monospace) {
  return (
    <textarea {...props} {...privateFieldProps} className={clsx(styles.input, monospace && styles.mono, className)} />
  );
}
