// Where each explained error is fixed: the guide step (route and heading id) the exchange's profile names
// for the kind (`site.guides`), else the site-wide page below. Routes are locale-free; the widget's Link
// adds the locale. Heading ids are the explicit {/* #id */} of docs/*.mdx.
import type {ExchangeProfile} from '../../profiles/types';
import type {ApiErrorKind} from './apiErrorTable';

/** The page for each kind when the exchange is not known, or its profile names no step. */
const SITE_WIDE: Record<ApiErrorKind | 'unrecognised', string> = {
  signature: '/docs/faq#invalid-signature',
  'key-pair': '/docs/faq#invalid-signature',
  timestamp: '/docs/faq#invalid-signature',
  'ip-not-whitelisted': '/docs/security#ip-whitelist',
  'ip-required': '/docs/security#ip-whitelist',
  'app-not-whitelisted': '/docs/security#ip-whitelist',
  'invalid-key': '/docs/faq#invalid-signature',
  'expired-key': '/docs/faq#invalid-signature',
  'key-frozen': '/docs/tools/error-explainer#recognised',
  'ip-banned': '/docs/security#ip-whitelist',
  'repeated-nonce': '/docs/tools/exchange-signer',
  'unknown-signer': '/docs/tools/key-pair#what-it-can-tell-you',
  passphrase: '/docs/v5-insilico#wrong-passphrase',
  'demo-key': '/docs/v5-insilico#open',
  permission: '/docs/security#least-privilege',
  'rate-limit': '/docs/tools/error-explainer#rate-limit',
  'order-precision': '/docs/tools/error-explainer#recognised',
  unrecognised: '/docs/tools/error-explainer#what-to-paste',
};

/** The guide step that fixes an error of this kind on this exchange. */
export function guideFor(kind: ApiErrorKind | 'unrecognised', profile?: ExchangeProfile): string {
  return profile?.site.guides[kind] ?? SITE_WIDE[kind];
}
