// Gives the pair picker the list of pairs with each exchange's and terminal's name read from its
// profile, at build time: the profiles (formats, error tables…) stay out of the browser bundle, and
// only a few names travel as global data.
import type {Plugin} from '@docusaurus/types';
import {exchangeProfile} from '../../exchanges';
import {terminalProfile} from '../../terminals';
import {NAMES, PAIRS, type NamedPair, type Names} from '../../pairs';

export const PAIRS_PLUGIN = 'keybridge-pairs';

function exchangeNames(id: string): Names {
  const profile = exchangeProfile(id);
  if (!profile) {
    const fallback = NAMES[id];
    if (!fallback) throw new Error(`src/pairs.ts: exchange "${id}" has neither a profile nor a name in NAMES`);
    return fallback;
  }
  const en = profile.name.en.value;
  const zh = profile.name.zh.value;
  return {en, zh: zh === 'unknown' ? en : zh};
}

function terminalNames(id: string): Names {
  const profile = terminalProfile(id);
  if (!profile) throw new Error(`src/pairs.ts: terminal "${id}" has no profile in src/terminals`);
  return {en: profile.name.value, zh: profile.name.value};
}

/** The pairs with both names resolved (exported for the unit test). */
export function namedPairs(): NamedPair[] {
  return PAIRS.map((pair) => ({
    ...pair,
    exchangeName: exchangeNames(pair.exchange),
    terminalName: terminalNames(pair.terminal),
  }));
}

export default function pairsPlugin(): Plugin {
  return {
    name: PAIRS_PLUGIN,
    loadContent: async () => namedPairs(),
    contentLoaded: async ({content, actions}) => actions.setGlobalData({pairs: content as NamedPair[]}),
  };
}
