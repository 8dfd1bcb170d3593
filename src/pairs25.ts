// The exchange × terminal pairs the Bitget, BloFin, Hyperliquid and OKX → Tealstreet guides add, in the
// row shape of the site's one list of pairs (src/pairs.ts: exchange, terminal, doc, keyDoc), to be
// appended to that list. `doc` is the connection guide (a doc id under docs/), or null where there is no
// guide: those pairs are the ones the "not covered yet" page (NOT_COVERED_DOC) describes, with a link to
// the terminal's own instructions.

export interface Pair25 {
  exchange: string;
  terminal: string;
  doc: string | null;
  keyDoc: string | null;
}

export const PAIRS_25: readonly Pair25[] = [
  {exchange: 'okx', terminal: 'tealstreet', doc: 'okx-tealstreet', keyDoc: null},
  {exchange: 'bitget', terminal: 'tealstreet', doc: 'bitget-tealstreet', keyDoc: 'bitget-api-key'},
  {exchange: 'bitget', terminal: 'insilico', doc: 'bitget-insilico', keyDoc: 'bitget-api-key'},
  {exchange: 'blofin', terminal: 'tealstreet', doc: 'blofin-tealstreet', keyDoc: null},
  {exchange: 'blofin', terminal: 'insilico', doc: 'blofin-insilico', keyDoc: null},
  {exchange: 'hyperliquid', terminal: 'insilico', doc: 'hyperliquid-insilico', keyDoc: null},
  {exchange: 'hyperliquid', terminal: 'tealstreet', doc: null, keyDoc: null},
  {exchange: 'bitmex', terminal: 'tealstreet', doc: null, keyDoc: null},
  {exchange: 'bitmex', terminal: 'insilico', doc: null, keyDoc: null},
  {exchange: 'coinbase', terminal: 'insilico', doc: null, keyDoc: null},
];

/** The page that says which pairs have no guide yet and links each terminal's own instructions. */
export const NOT_COVERED_DOC = 'not-covered';

/**
 * Names for exchanges that may have no profile yet, as each exchange writes its name. The pages read give
 * none of them a Simplified Chinese name, so both languages use the Latin one.
 */
export const NAMES_25: Readonly<Record<string, {en: string; zh: string}>> = {
  bitget: {en: 'Bitget', zh: 'Bitget'},
  blofin: {en: 'BloFin', zh: 'BloFin'},
  hyperliquid: {en: 'Hyperliquid', zh: 'Hyperliquid'},
  bitmex: {en: 'BitMEX', zh: 'BitMEX'},
  coinbase: {en: 'Coinbase', zh: 'Coinbase'},
};
