// The exchange choice of the public key checker and the key pair generator on their tools pages: every
// exchange whose profile says in which form it takes the public key of an ED25519 key pair the user makes
// (`publicKeyForm`), read from the profiles, never a list of names.
import {translate} from '@docusaurus/Translate';
import {exchanges} from '@site/src/exchanges';
import type {ExchangeProfile} from '@site/src/profiles/types';
import {siteLabel} from './exchangeName';

type Form = 'raw32-base64' | 'spki-pem';
const formOf = (p: ExchangeProfile): Form | undefined => {
  const form = p.publicKeyForm?.value;
  return form === 'raw32-base64' || form === 'spki-pem' ? form : undefined;
};

/** The exchanges that take a public key the user made, in profile order. */
export function publicKeyExchanges(): ExchangeProfile[] {
  return Object.values(exchanges).filter((p) => formOf(p) !== undefined);
}

/** The options of the choice: each exchange, with the form its field takes. */
export function publicKeyOptions(locale: string): {value: string; label: string}[] {
  return publicKeyExchanges().map((p) => ({
    value: p.id,
    label:
      formOf(p) === 'spki-pem'
        ? translate(
            {id: 'keybridge.checker.exchange.pem', message: '{exchange} (PEM public key)'},
            {exchange: siteLabel(p, locale)},
          )
        : translate(
            {id: 'keybridge.checker.exchange.base64', message: '{exchange} (base64 public key)'},
            {exchange: siteLabel(p, locale)},
          ),
  }));
}

/**
 * The widgets' `target` for an exchange id: none for an exchange that takes the raw key in base64, which
 * is the widgets' own form (their words and the checker's default), the id for any other form.
 */
export function widgetTarget(id: string): string | undefined {
  const profile = publicKeyExchanges().find((p) => p.id === id);
  return profile && formOf(profile) === 'spki-pem' ? id : undefined;
}
