// The exchange × terminal guides this part of the site adds, as rows for the pair picker and search. Same
// row shape as the main list of pairs; merged into it when both exist. `doc` is the docs id (the page's
// file name), `keyPage` the exchange's own key page where there is one. A pair with `status: 'not-covered'`
// points to the page that says so and to the terminal's own instructions.
export interface PairRow25 {
  exchange: 'okx' | 'bitget' | 'blofin' | 'hyperliquid' | 'bitmex' | 'coinbase';
  terminal: 'tealstreet' | 'insilico';
  doc: string;
  keyPage?: string;
  status: 'guide' | 'not-covered';
}

export const PAIRS_25: readonly PairRow25[] = [
  {exchange: 'okx', terminal: 'tealstreet', doc: 'okx-tealstreet', status: 'guide'},
  {exchange: 'bitget', terminal: 'tealstreet', doc: 'bitget-tealstreet', keyPage: 'bitget-api-key', status: 'guide'},
  {exchange: 'bitget', terminal: 'insilico', doc: 'bitget-insilico', keyPage: 'bitget-api-key', status: 'guide'},
  {exchange: 'blofin', terminal: 'tealstreet', doc: 'blofin-tealstreet', status: 'guide'},
  {exchange: 'blofin', terminal: 'insilico', doc: 'blofin-insilico', status: 'guide'},
  {exchange: 'hyperliquid', terminal: 'insilico', doc: 'hyperliquid-insilico', status: 'guide'},
  {exchange: 'hyperliquid', terminal: 'tealstreet', doc: 'not-covered', status: 'not-covered'},
  {exchange: 'bitmex', terminal: 'tealstreet', doc: 'not-covered', status: 'not-covered'},
  {exchange: 'bitmex', terminal: 'insilico', doc: 'not-covered', status: 'not-covered'},
  {exchange: 'coinbase', terminal: 'insilico', doc: 'not-covered', status: 'not-covered'},
];
