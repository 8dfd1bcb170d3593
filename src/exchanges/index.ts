// Every exchange profile, by id. A new exchange is one module here and one line below.
import type {ExchangeProfile} from '../profiles/types';
import {backpack} from './backpack';
import {binance} from './binance';
import {bitget} from './bitget';
import {blofin} from './blofin';
import {bybit} from './bybit';
import {hyperliquid} from './hyperliquid';
import {okx} from './okx';

export const exchanges: Readonly<Record<string, ExchangeProfile>> = {
  backpack,
  okx,
  binance,
  bybit,
  bitget,
  blofin,
  hyperliquid,
};

/** The profile for an exchange id, or undefined when there is none. */
export function exchangeProfile(id: string): ExchangeProfile | undefined {
  return Object.hasOwn(exchanges, id) ? exchanges[id] : undefined;
}

export {backpack, binance, bitget, blofin, bybit, hyperliquid, okx};
