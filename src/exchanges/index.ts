// Every exchange profile, by id. A new exchange is one module here and one line below.
import type {ExchangeProfile} from '../profiles/types';
import {backpack} from './backpack';
import {binance} from './binance';
import {bybit} from './bybit';
import {okx} from './okx';

export const exchanges: Readonly<Record<string, ExchangeProfile>> = {backpack, okx, binance, bybit};

/** The profile for an exchange id, or undefined when there is none. */
export function exchangeProfile(id: string): ExchangeProfile | undefined {
  return Object.hasOwn(exchanges, id) ? exchanges[id] : undefined;
}

export {backpack, binance, bybit, okx};
