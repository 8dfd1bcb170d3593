import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import FlowDiagram from '@site/src/components/FlowDiagram';
import PairPicker from '@site/src/components/PairPicker';
import styles from './index.module.css';

function Hero() {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          <Translate id="home.hero.title">Connect an exchange API key to your trading terminal</Translate>
        </Heading>
        <p className={styles.heroLead}>
          <Translate id="home.hero.lead">
            Step-by-step guides for creating the key, locking it to the terminal’s IP addresses and pasting it in, with
            checks for the small mistakes that stop a connection without telling you why.
          </Translate>
        </p>
        <div className={styles.heroButtons}>
          <Link className="button button--primary button--lg" to="/docs/backpack-tealstreet">
            <Translate id="home.hero.start">Start with Backpack → Tealstreet</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/tools/">
            <Translate id="home.hero.tools">Open the checkers</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

function Pairs() {
  return (
    <section className={styles.section}>
      <div className="container">
        <PairPicker />
      </div>
    </section>
  );
}

function Flow() {
  return (
    <section className={styles.section}>
      <div className="container">
        <Heading as="h2">
          <Translate id="home.flow.title">How the pieces connect</Translate>
        </Heading>
        <p>
          <Translate id="home.flow.text">
            Every setup goes through these four steps: create the key on the exchange; save its values (the API key, the
            secret and, on OKX, your passphrase); limit it to the terminal’s servers with an IP whitelist, or on OKX
            bind it to the terminal; then add it to the terminal and pick the account.
          </Translate>
        </p>
        <FlowDiagram />
      </div>
    </section>
  );
}

function Pitfalls() {
  const items: ReactNode[] = [
    <Translate id="home.pitfalls.publicKey" key="publicKey">
      A public key you generated yourself, pasted in the wrong format (hex, PEM or an SSH line instead of base64).
    </Translate>,
    <Translate id="home.pitfalls.oneAtATime" key="oneAtATime">
      An IP whitelist that takes one address per entry, when you have a whole list to add.
    </Translate>,
    <Translate id="home.pitfalls.fullWidth" key="fullWidth" values={{comma: <code>，</code>}}>
      {'Full-width commas ({comma}) typed with a Chinese input method, which an exchange may not accept as separators.'}
    </Translate>,
    <Translate id="home.pitfalls.masked" key="masked">
      Only part of a secret (a shortened or hidden copy) instead of the full value you saved when you created the key.
    </Translate>,
    <Translate id="home.pitfalls.swapped" key="swapped">
      The API key and the secret pasted into each other’s fields.
    </Translate>,
  ];
  return (
    <section className={styles.section}>
      <div className="container">
        <Heading as="h2">
          <Translate id="home.pitfalls.title">Mistakes that fail quietly</Translate>
        </Heading>
        <p>
          <Translate id="home.pitfalls.intro">
            Each step can go wrong without a helpful error message. These are the usual suspects:
          </Translate>
        </p>
        <ul className={styles.pitfalls}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
        <p>
          <Translate id="home.pitfalls.outro">
            KeyBridge’s checkers catch each of these before you save the key, and they run only in your browser.
          </Translate>
        </p>
      </div>
    </section>
  );
}

type PathCard = {title: ReactNode; text: ReactNode; to: string; cta: ReactNode; extra?: ReactNode};

function Paths() {
  const cards: PathCard[] = [
    {
      title: <Translate id="home.paths.backpack.title">Backpack → Tealstreet</Translate>,
      text: (
        <Translate id="home.paths.backpack.text">
          Create a Backpack API key that can trade, whitelist Tealstreet’s servers and add the key in Tealstreet.
        </Translate>
      ),
      to: '/docs/backpack-tealstreet',
      cta: <Translate id="home.paths.backpack.cta">Open the guide</Translate>,
      extra: (
        <Translate
          id="home.paths.backpack.extra"
          values={{
            link: (
              <Link to="/docs/backpack-api-key">
                <Translate id="home.paths.backpack.extraLink">Creating a Backpack API key</Translate>
              </Link>
            ),
          }}>
          {'Only need the key? See {link}.'}
        </Translate>
      ),
    },
    {
      title: <Translate id="home.paths.v5.title">OKX → Insilico Terminal</Translate>,
      text: (
        <Translate id="home.paths.v5.text">
          Create an OKX API key (an API key, a secret key and a passphrase you choose), bind it to the terminal or
          whitelist its servers yourself, and check that it connects.
        </Translate>
      ),
      to: '/docs/v5-insilico',
      cta: <Translate id="home.paths.v5.cta">Open the guide</Translate>,
    },
    {
      title: <Translate id="home.paths.tools.title">Checkers</Translate>,
      text: (
        <Translate id="home.paths.tools.text">
          Check a public key, an IP list or a key and secret before the exchange or terminal rejects them. For bot
          authors, a key pair generator and the Backpack request signer.
        </Translate>
      ),
      to: '/docs/tools/',
      cta: <Translate id="home.paths.tools.cta">Open the checkers</Translate>,
    },
  ];
  return (
    <section className={styles.section}>
      <div className="container">
        <Heading as="h2">
          <Translate id="home.paths.title">Choose your path</Translate>
        </Heading>
        <div className={styles.cards}>
          {cards.map((card) => (
            <article className={`card ${styles.card}`} key={card.to}>
              <div className="card__header">
                <Heading as="h3">{card.title}</Heading>
              </div>
              <div className="card__body">
                <p>{card.text}</p>
                {card.extra && <p className={styles.extra}>{card.extra}</p>}
              </div>
              <div className="card__footer">
                <Link className="button button--primary button--block" to={card.to}>
                  {card.cta}
                </Link>
              </div>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}

function Privacy() {
  return (
    <section className={styles.section}>
      <div className="container">
        <div className={styles.privacy}>
          <Heading as="h2" className={styles.privacyTitle}>
            <Translate id="home.privacy.title">What you paste stays here</Translate>
          </Heading>
          <p>
            <Translate
              id="home.privacy.text"
              values={{
                link: (
                  <Link to="/docs/security">
                    <Translate id="home.privacy.link">security practices</Translate>
                  </Link>
                ),
              }}>
              {
                'The checkers run in your browser. Nothing you paste is sent anywhere, saved or logged, and the site loads nothing from other servers. Still, treat a secret like a password: see our {link}.'
              }
            </Translate>
          </p>
        </div>
      </div>
    </section>
  );
}

export default function Home() {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Connect exchange API keys to trading terminals'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Guides for connecting Backpack, Binance, Bybit and OKX API keys to Tealstreet and Insilico Terminal, with checks that run in your browser.',
      })}>
      <main>
        <Hero />
        <Pairs />
        <Flow />
        <Pitfalls />
        <Paths />
        <Privacy />
      </main>
    </Layout>
  );
}
