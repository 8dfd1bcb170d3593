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
  {exchange: 'binance', terminal: 'tealstreet', doc: 'binance-tealstreet', keyDoc: 'binance-api-key'},
  {exchange: 'binance', terminal: 'insilico', doc: 'binance-insilico', keyDoc: 'binance-api-key'},
  {exchange: 'bybit', terminal: 'tealstreet', doc: 'bybit-tealstreet', keyDoc: 'bybit-api-key'},
  {exchange: 'bybit', terminal: 'insilico', doc: 'bybit-insilico', keyDoc: 'bybit-api-key'},
];

/** A name in each language of the site. */
export interface Names {
  en: string;
  zh: string;
}

/**
 * Names for exchanges that have no profile yet, as each exchange writes its name: Binance calls itself
 * 币安 in its Chinese API docs; Bybit publishes no Simplified Chinese name.
 */
export const NAMES: Readonly<Record<string, Names>> = {
  binance: {en: 'Binance', zh: '币安'},
  bybit: {en: 'Bybit', zh: 'Bybit'},
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
