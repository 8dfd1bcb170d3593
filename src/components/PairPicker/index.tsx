// "I trade on ⟨exchange⟩ with ⟨terminal⟩": every pair in src/pairs.ts as a plain link to its guide,
// grouped by exchange, so it works without JavaScript and reads as a list to a screen reader. A pair
// with only a "create a key" page says so and links that page; a pair with nothing says so.
import {useId} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {NOT_COVERED_DOC, pairsByExchange, type NamedPair, type Names} from '@site/src/pairs';
import styles from './styles.module.css';

const PLUGIN = 'keybridge-pairs';

function useName(): (names: Names) => string {
  const {i18n} = useDocusaurusContext();
  return (names) => (i18n.currentLocale === 'zh-Hans' ? names.zh : names.en);
}

function PairItem({pair}: {pair: NamedPair}) {
  const name = useName();
  const exchange = name(pair.exchangeName);
  const terminal = name(pair.terminalName);
  const label = translate(
    {id: 'keybridge.pairs.pair', message: '{exchange} → {terminal}', description: 'one exchange and one terminal'},
    {exchange, terminal},
  );
  if (pair.doc) {
    return (
      <li>
        <Link className={styles.pair} to={`/docs/${pair.doc}`} data-pair={`${pair.exchange}-${pair.terminal}`}>
          {label}
        </Link>
      </li>
    );
  }
  return (
    <li className={styles.missing} data-pair={`${pair.exchange}-${pair.terminal}`}>
      <span className={styles.pairName}>{label}</span>{' '}
      {pair.keyDoc ? (
        <Translate
          id="keybridge.pairs.keyOnly"
          values={{
            link: (
              <Link to={`/docs/${pair.keyDoc}`}>
                <Translate id="keybridge.pairs.keyOnlyLink" values={{exchange}}>
                  {'how to create a {exchange} API key'}
                </Translate>
              </Link>
            ),
          }}>
          {'No connection guide yet; this site has {link}.'}
        </Translate>
      ) : (
        <Translate
          id="keybridge.pairs.none"
          values={{
            link: (
              <Link to={`/docs/${NOT_COVERED_DOC}`}>
                <Translate id="keybridge.pairs.noneLink">where to find the terminal's own steps</Translate>
              </Link>
            ),
          }}>
          {'No guide here yet; see {link}.'}
        </Translate>
      )}
    </li>
  );
}

/** The pair picker. `headingLevel` fits it under the page's own headings. */
export default function PairPicker({headingLevel = 2}: {headingLevel?: 2 | 3}) {
  const {pairs} = usePluginData(PLUGIN) as {pairs: NamedPair[]};
  const name = useName();
  const headingId = useId();
  const groupHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <nav className={styles.picker} aria-labelledby={headingId} data-pair-picker="">
      <Heading as={headingLevel === 2 ? 'h2' : 'h3'} id={headingId}>
        <Translate id="keybridge.pairs.title">I trade on … with …</Translate>
      </Heading>
      <p className={styles.lead}>
        <Translate id="keybridge.pairs.lead">
          Pick the exchange where your account is, then the terminal you connect it to: each link opens the guide for
          that pair, from creating the key to checking the balance in the terminal.
        </Translate>
      </p>
      <ul className={styles.groups}>
        {pairsByExchange(pairs).map((group) => (
          <li key={group.exchange} className={styles.group}>
            <Heading as={groupHeading} className={styles.exchange}>
              {name(group.pairs[0].exchangeName)}
            </Heading>
            <ul className={styles.pairs}>
              {group.pairs.map((pair) => (
                <PairItem key={pair.terminal} pair={pair} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
