// The one list of exchange × terminal guides. The pair picker (home page), the sidebar's "by pair"
// category and the e2e tests read it; a new pair is one line here.
//
// `doc` is the connection guide for the pair (a doc id under docs/), or null when there is none yet;
// `keyDoc` is the exchange's "create a key" page, or null. A pair with only a key page is shown as such.
// Names come from the exchange and terminal profiles (src/exchanges, src/terminals) through the
// keybridge-pairs plugin; an exchange without a profile yet takes its name from NAMES below.

export interface Pair {
  exchange: string;
  terminal: string;
  doc: string | null;
  keyDoc: string | null;
}

export const PAIRS: readonly Pair[] = [
  {exchange: 'backpack', terminal: 'tealstreet', doc: 'backpack-tealstreet', keyDoc: 'backpack-api-key'},
  {exchange: 'okx', terminal: 'insilico', doc: 'v5-insilico', keyDoc: null},
  {exchange: 'okx', terminal: 'tealstreet', doc: 'okx-tealstreet', keyDoc: null},
  {exchange: 'binance', terminal: 'tealstreet', doc: 'binance-tealstreet', keyDoc: 'binance-api-key'},
  {exchange: 'binance', terminal: 'insilico', doc: 'binance-insilico', keyDoc: 'binance-api-key'},
  {exchange: 'bybit', terminal: 'tealstreet', doc: 'bybit-tealstreet', keyDoc: 'bybit-api-key'},
  {exchange: 'bybit', terminal: 'insilico', doc: 'bybit-insilico', keyDoc: 'bybit-api-key'},
  {exchange: 'bitget', terminal: 'tealstreet', doc: 'bitget-tealstreet', keyDoc: 'bitget-api-key'},
  {exchange: 'bitget', terminal: 'insilico', doc: 'bitget-insilico', keyDoc: 'bitget-api-key'},
  {exchange: 'blofin', terminal: 'tealstreet', doc: 'blofin-tealstreet', keyDoc: null},
  {exchange: 'blofin', terminal: 'insilico', doc: 'blofin-insilico', keyDoc: null},
  {exchange: 'hyperliquid', terminal: 'insilico', doc: 'hyperliquid-insilico', keyDoc: null},
  // Pairs a terminal supports that have no guide here: the picker links NOT_COVERED_DOC for them.
  {exchange: 'hyperliquid', terminal: 'tealstreet', doc: null, keyDoc: null},
  {exchange: 'bitmex', terminal: 'tealstreet', doc: null, keyDoc: null},
  {exchange: 'bitmex', terminal: 'insilico', doc: null, keyDoc: null},
  {exchange: 'coinbase', terminal: 'insilico', doc: null, keyDoc: null},
];

/** The page that says which pairs have no guide yet and links each terminal's own instructions. */
export const NOT_COVERED_DOC = 'not-covered';

/** A name in each language of the site. */
export interface Names {
  en: string;
  zh: string;
}

/**
 * Names for exchanges that have no profile yet, as each exchange writes its name; none of these publishes a
 * Simplified Chinese name, so both languages use the Latin one.
 */
export const NAMES: Readonly<Record<string, Names>> = {
  bitmex: {en: 'BitMEX', zh: 'BitMEX'},
  coinbase: {en: 'Coinbase', zh: 'Coinbase'},
};

/** What the picker receives for each pair: the list above with both names resolved. */
export interface NamedPair extends Pair {
  exchangeName: Names;
  terminalName: Names;
}

/** The pairs in the order the picker shows them: by exchange, in the order each first appears above. */
export function pairsByExchange<P extends Pair>(pairs: readonly P[]): {exchange: string; pairs: P[]}[] {
  const groups: {exchange: string; pairs: P[]}[] = [];
  for (const pair of pairs) {
    const group = groups.find((g) => g.exchange === pair.exchange);
    if (group) group.pairs.push(pair);
    else groups.push({exchange: pair.exchange, pairs: [pair]});
  }
  return groups;
}
