import {translate} from '@docusaurus/Translate';
import type {KeyPairReport} from '@site/src/checkers';
import {CopyButton, MaskedInput} from '@site/src/components/CheckerParts';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import styles from './styles.module.css';

/**
 * The key and secret without the characters the checker removed (a label, spaces, quotes, full-width or
 * invisible characters), to paste into the terminal: invisible characters come back with every copy of
 * the original. The secret stays hidden until the reader shows it.
 */
export function CleanedValues({cleaned}: {cleaned: NonNullable<KeyPairReport['cleaned']>}) {
  return (
    <div className={styles.cleaned} data-testid="pair-cleaned">
      <p className={parts.hint}>
        {translate({
          id: 'keybridge.keyPair.cleaned',
          message: 'Without the removed characters, ready to paste into the terminal:',
        })}
      </p>
      {cleaned.key !== undefined ? (
        <div className={styles.cleanedKey}>
          <span className={styles.cleanedLabel}>
            {translate({id: 'keybridge.keyPair.cleanedKey', message: 'Cleaned API key'})}
          </span>
          <div className={styles.cleanedRow}>
            <code className={styles.cleanedValue} data-testid="pair-cleaned-key">
              {cleaned.key}
            </code>
            <CopyButton
              text={cleaned.key}
              label={translate({id: 'keybridge.keyPair.copyCleanedKey', message: 'Copy the cleaned API key'})}
            />
          </div>
        </div>
      ) : null}
      {cleaned.secret !== undefined ? (
        <MaskedInput
          testId="pair-cleaned-secret"
          value={cleaned.secret}
          label={translate({id: 'keybridge.keyPair.cleanedSecret', message: 'Cleaned secret'})}
          actions={
            <CopyButton
              text={cleaned.secret}
              label={translate({id: 'keybridge.keyPair.copyCleanedSecret', message: 'Copy the cleaned secret'})}
            />
          }
        />
      ) : null}
    </div>
  );
}
