// Every exchange profile, by id. A new exchange is one module here and one line below.
import type {ExchangeProfile} from '../profiles/types';
import {backpack} from './backpack';
import {binance} from './binance';
import {bitget} from './bitget';
import {blofin} from './blofin';
import {bybit} from './bybit';
import {hyperliquid} from './hyperliquid';
import {okx} from './okx';

const registry: Record<string, ExchangeProfile> = {
  backpack,
  okx,
  binance,
  bybit,
  bitget,
  blofin,
  hyperliquid,
};

/** Every exchange profile by id (read-only: add one with registerExchange). */
export const exchanges: Readonly<Record<string, ExchangeProfile>> = registry;

/** The profile for an exchange id, or undefined when there is none. */
export function exchangeProfile(id: string): ExchangeProfile | undefined {
  return Object.hasOwn(registry, id) ? registry[id] : undefined;
}

/**
 * Adds a profile that is not one of the modules above (a unit test's made-up exchange, or an outside
 * script's), so every checker takes its id; returns the function that removes it again. Refuses an id
 * that is already registered. The site itself never calls it: its exchanges are the modules above.
 */
export function registerExchange(profile: ExchangeProfile): () => void {
  if (Object.hasOwn(registry, profile.id)) throw new Error(`exchange '${profile.id}' is already registered`);
  registry[profile.id] = profile;
  return () => {
    if (registry[profile.id] === profile) delete registry[profile.id];
  };
}

export {backpack, binance, bitget, blofin, bybit, hyperliquid, okx};
