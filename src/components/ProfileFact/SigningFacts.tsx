// What an exchange signs, from its profile's signing schemes, in the page's language: the parts of the
// signed text in order, the algorithm and how the signature is written, where the signature, timestamp
// and key travel, how far the timestamp may be off, and the docs' own example. Every name and number is
// the profile's; only the words around them are this component's. A fact the profile marks 'unknown' is
// left out, never guessed.
import {Fragment, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {ExchangeProfile, SigningScheme} from '@site/src/profiles/types';
import {usePageLocale} from '../CheckerParts/usePageLocale';
import styles from './styles.module.css';

type Words = {zh: boolean};

const list = (items: ReactNode[], {zh}: Words) =>
  items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && (zh ? '、' : ', ')}
      {item}
    </Fragment>
  ));

/** One placeholder of the prehash template, in words. */
function part(name: string, scheme: SigningScheme): string {
  const headers = scheme.headers.value;
  const params = scheme.params?.value;
  switch (name) {
    case 'timestamp':
      return translate({id: 'keybridge.signingFacts.part.timestamp', message: 'timestamp'});
    case 'METHOD':
      return translate({id: 'keybridge.signingFacts.part.method', message: 'method in upper case (GET, POST)'});
    case 'requestPath':
      return translate({
        id: 'keybridge.signingFacts.part.requestPath',
        message: 'request path, with “?” and the query string when there is one',
      });
    case 'path':
      return translate({id: 'keybridge.signingFacts.part.path', message: 'request path'});
    case 'query':
      return translate({id: 'keybridge.signingFacts.part.query', message: 'query string'});
    case 'signedQuery':
      return translate(
        {id: 'keybridge.signingFacts.part.signedQuery', message: 'query string, with {timestamp} and {window} in it'},
        {timestamp: params?.timestamp ?? '', window: params?.window ?? ''},
      );
    case 'body':
      return translate({
        id: 'keybridge.signingFacts.part.body',
        message: 'body, exactly as sent (a GET request has none)',
      });
    case 'apiKey':
      return translate({id: 'keybridge.signingFacts.part.apiKey', message: 'API key'});
    case 'window':
      return translate(
        {id: 'keybridge.signingFacts.part.window', message: 'time window ({name})'},
        {name: headers.window ?? params?.window ?? ''},
      );
    case 'nonce':
      return translate(
        {id: 'keybridge.signingFacts.part.nonce', message: 'nonce ({name})'},
        {name: headers.nonce ?? ''},
      );
    default:
      throw new Error(`no words for the prehash part {${name}}`);
  }
}

function keyWords(scheme: SigningScheme): string {
  switch (scheme.key.value) {
    case 'secret-text-utf8':
      return translate({
        id: 'keybridge.signingFacts.key.secretText',
        message: 'HMAC-SHA256, keyed with the secret key’s own text (UTF-8)',
      });
    case 'ed25519-pkcs8-pem':
      return translate({
        id: 'keybridge.signingFacts.key.pem',
        message: 'ED25519, signed with your own private key (a PKCS#8 PEM file)',
      });
    case 'ed25519-seed-base64':
      return translate({
        id: 'keybridge.signingFacts.key.seed',
        message: 'ED25519, signed with the API secret (a base64 seed)',
      });
    case 'evm-private-key-hex':
      return translate({id: 'keybridge.signingFacts.key.evm', message: 'an Ethereum wallet’s private key'});
  }
}

function encodingWords(scheme: SigningScheme): string {
  const anyCase = scheme.caseInsensitive?.value;
  switch (scheme.encoding.value) {
    case 'hex':
      return anyCase
        ? translate({id: 'keybridge.signingFacts.encoding.hexAnyCase', message: 'hex (upper or lower case)'})
        : translate({id: 'keybridge.signingFacts.encoding.hex', message: 'hex'});
    case 'base64':
      return anyCase === false
        ? translate({id: 'keybridge.signingFacts.encoding.base64Case', message: 'Base64 (letter case matters)'})
        : translate({id: 'keybridge.signingFacts.encoding.base64', message: 'Base64'});
    case 'base64-of-hex':
      return translate({
        id: 'keybridge.signingFacts.encoding.base64OfHex',
        message: 'Base64 of the hex text (the hex string’s characters, not the HMAC’s bytes)',
      });
    case 'eip712-rsv':
      return translate({id: 'keybridge.signingFacts.encoding.rsv', message: 'r, s and v in the request’s body'});
  }
}

function clockWords(scheme: SigningScheme): string | undefined {
  const clock = scheme.clockWindow.value;
  if (clock === 'unknown') return undefined;
  if ('fixedMs' in clock)
    return translate(
      {id: 'keybridge.signingFacts.clock.fixed', message: 'accepted only within {ms} ms of the exchange’s clock'},
      {ms: clock.fixedMs},
    );
  const window = translate(
    {
      id: 'keybridge.signingFacts.clock.window',
      message: 'accepted for one time window: {ms} ms unless the request sets another',
    },
    {ms: clock.defaultMs},
  );
  const max =
    clock.maxMs === 'unknown'
      ? ''
      : translate({id: 'keybridge.signingFacts.clock.max', message: ' (at most {ms} ms)'}, {ms: clock.maxMs});
  const ahead =
    clock.aheadMs === undefined
      ? ''
      : translate(
          {
            id: 'keybridge.signingFacts.clock.ahead',
            message: ', and only if less than {ms} ms ahead of the exchange’s clock',
          },
          {ms: clock.aheadMs},
        );
  return `${window}${max}${ahead}`;
}

function Scheme({scheme, words}: {scheme: SigningScheme; words: Words}) {
  const template = scheme.prehash.value;
  const parts = [...template.matchAll(/\{(\w+)\}/g)].map((m) => part(m[1], scheme));
  const headers = scheme.headers.value;
  const headerNames = [
    headers.key,
    headers.signature,
    headers.timestamp,
    headers.window,
    headers.nonce,
    headers.passphrase,
  ]
    .filter((name): name is string => !!name)
    .filter((name) => !Object.values(scheme.params?.value ?? {}).includes(name));
  const params = scheme.params?.value;
  const clock = clockWords(scheme);
  const timestamp =
    scheme.timestamp.value === 'iso8601-ms'
      ? translate({id: 'keybridge.signingFacts.timestamp.iso', message: 'ISO 8601 in UTC, with milliseconds'})
      : translate({id: 'keybridge.signingFacts.timestamp.ms', message: 'milliseconds since 1970'});
  const nonce = scheme.nonce?.value;
  return (
    <dl className={styles.facts}>
      <dt>{translate({id: 'keybridge.signingFacts.signed', message: 'Signed text'})}</dt>
      <dd>
        {parts.join(' + ')}
        {scheme.nonAscii?.value === 'percent-encode' &&
          translate({
            id: 'keybridge.signingFacts.nonAscii',
            message: '; characters outside ASCII are percent-encoded before signing',
          })}
      </dd>
      <dt>{translate({id: 'keybridge.signingFacts.signature', message: 'Signature'})}</dt>
      <dd>
        {translate(
          {id: 'keybridge.signingFacts.signatureWords', message: '{key}, written as {encoding}'},
          {key: keyWords(scheme), encoding: encodingWords(scheme)},
        )}
      </dd>
      <dt>{translate({id: 'keybridge.signingFacts.sent', message: 'Sent in'})}</dt>
      <dd>
        {translate({id: 'keybridge.signingFacts.headers', message: 'headers:'})}
        {words.zh ? '' : ' '}
        {list(
          headerNames.map((name) => <code key={name}>{name}</code>),
          words,
        )}
        {params && (
          <>
            {words.zh ? '；' : '; '}
            {translate({id: 'keybridge.signingFacts.params', message: 'query parameters:'})}
            {words.zh ? '' : ' '}
            {list(
              [params.timestamp, params.window, params.signature]
                .filter((name): name is string => !!name)
                .map((name) => <code key={name}>{name}</code>),
              words,
            )}
            {translate({
              id: 'keybridge.signingFacts.signatureLast',
              message: ' (the signature last)',
            })}
          </>
        )}
      </dd>
      <dt>{translate({id: 'keybridge.signingFacts.timestamp', message: 'Timestamp'})}</dt>
      <dd>
        {timestamp}
        {clock && (words.zh ? '；' : '; ')}
        {clock}
      </dd>
      {nonce && (
        <>
          <dt>{translate({id: 'keybridge.signingFacts.nonce', message: 'Nonce'})}</dt>
          <dd>
            {nonce.reuseWindowMs === 'unknown'
              ? translate({id: 'keybridge.signingFacts.nonceUnique', message: 'a new, unique text for every request'})
              : translate(
                  {
                    id: 'keybridge.signingFacts.nonceWindow',
                    message: 'a new, unique text for every request, never reused within {ms} ms',
                  },
                  {ms: nonce.reuseWindowMs},
                )}
          </dd>
        </>
      )}
      {scheme.example && (
        <>
          <dt>{translate({id: 'keybridge.signingFacts.example', message: 'The docs’ example of the signed text'})}</dt>
          <dd>
            <code className={styles.value}>{scheme.example.value}</code>
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * What `exchange` signs, for each of its key types that signs a text (a wallet's EIP-712 data has no
 * text to show), the default key type first.
 */
export function SigningFacts({exchange}: {exchange: ExchangeProfile}): ReactNode {
  const words = {zh: usePageLocale() === 'zh-Hans'};
  const schemes = [exchange.signing, ...(exchange.moreSigning ?? [])].filter((s) => s.prehash.value !== 'unknown');
  if (schemes.length === 0) throw new Error(`${exchange.id} signs no text: there is nothing to show`);
  return schemes.map((scheme, i) => (
    <div key={scheme.id ?? i} className={styles.scheme} data-scheme={scheme.id ?? 'default'}>
      {schemes.length > 1 && (
        <p className={styles.caption}>
          {scheme.algorithm.value === 'ed25519'
            ? translate({id: 'keybridge.signingFacts.withEd25519', message: 'With an ED25519 key (your own key pair)'})
            : translate({
                id: 'keybridge.signingFacts.withHmac',
                message: 'With an HMAC key (a secret key from the exchange)',
              })}
        </p>
      )}
      <Scheme scheme={scheme} words={words} />
    </div>
  ));
}
