// Which exchanges the request signer offers when the page lets the reader choose (the tools page). Read
// from the profiles, never a list of names: an exchange is offered when its profile names a signer for it
// (`site.signer`, this widget on its own guide or on the tools page) that is not a tool of its own. So
// Backpack and OKX, whose signers are tools of their own, and Hyperliquid, whose requests a wallet signs
// and which has no signer here, are left out; a new exchange with a guide signer is offered at once.
import type {ExchangeProfile} from '../../profiles/types';

/** The tools page where the reader chooses the exchange. */
export const SIGNER_TOOL = '/docs/tools/exchange-signer';

export function signerChoices(profiles: readonly ExchangeProfile[]): ExchangeProfile[] {
  return profiles.filter(({site}) => {
    const signer = site.signer;
    if (signer === undefined) return false;
    const otherTool = signer.startsWith('/docs/tools/') && signer.split('#')[0] !== SIGNER_TOOL;
    return !otherTool;
  });
}
