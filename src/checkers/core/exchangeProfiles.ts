// The exchange profiles as the checkers read them. Every checker takes an exchange id and reads the
// profile registered for it in src/exchanges (registerExchange adds one, such as a test's made-up exchange).
import {exchangeProfile, exchanges} from '../../exchanges';
import type {Credential, CredentialFormat, ExchangeProfile, Maybe, Sourced} from '../../profiles/types';

/** The profile of an exchange id, or undefined ('other', 'generic', an id with no profile). */
export function profileOf(id: string | undefined): ExchangeProfile | undefined {
  return id === undefined ? undefined : exchangeProfile(id);
}

/** Every profile in the registry, in its order. */
export function allProfiles(): readonly ExchangeProfile[] {
  return Object.values(exchanges);
}

/** A fact's value, or undefined when no source states it. */
export function known<T>(fact: Sourced<Maybe<T>> | undefined): T | undefined {
  return fact === undefined || fact.value === 'unknown' ? undefined : (fact.value as T);
}

export function credentialOf(profile: ExchangeProfile, id: string): Credential | undefined {
  return profile.credentials.find((c) => c.id === id);
}

export type KnownFormat = CredentialFormat & {basis: 'documented' | 'examples'};

/** The credential's format, when the profile knows one. */
export function formatOf(profile: ExchangeProfile, id: string): KnownFormat | undefined {
  return known(credentialOf(profile, id)?.format);
}
