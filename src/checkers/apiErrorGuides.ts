// Where each explained error is fixed: the guide step (route and heading id) for the exchange the error
// came from, and the signer that reproduces a signature. Routes are locale-free; the widget's Link adds the
// locale. Heading ids are the explicit {/* #id */} of docs/*.mdx.
import type {ApiErrorKind, ApiExchange} from './apiErrorTable';

type Where = ApiExchange | 'unknown';

const GUIDES: Record<ApiErrorKind | 'unrecognised', Record<Where, string>> = {
  signature: {
    backpack: '/docs/backpack-tealstreet#invalid-signature',
    okx: '/docs/faq#invalid-signature',
    unknown: '/docs/faq#invalid-signature',
  },
  'key-pair': {
    backpack: '/docs/backpack-tealstreet#invalid-signature',
    okx: '/docs/faq#invalid-signature',
    unknown: '/docs/faq#invalid-signature',
  },
  timestamp: {
    backpack: '/docs/faq#invalid-signature',
    okx: '/docs/faq#invalid-signature',
    unknown: '/docs/faq#invalid-signature',
  },
  'ip-not-whitelisted': {
    backpack: '/docs/backpack-tealstreet#ip-whitelist',
    okx: '/docs/v5-insilico#ip-whitelist',
    unknown: '/docs/security#ip-whitelist',
  },
  'ip-required': {
    backpack: '/docs/backpack-tealstreet#ip-whitelist',
    okx: '/docs/v5-insilico#ip-whitelist',
    unknown: '/docs/security#ip-whitelist',
  },
  'app-not-whitelisted': {
    backpack: '/docs/backpack-tealstreet#ip-whitelist',
    okx: '/docs/v5-insilico#purpose',
    unknown: '/docs/security#ip-whitelist',
  },
  'invalid-key': {
    backpack: '/docs/backpack-tealstreet#add-key',
    okx: '/docs/v5-insilico#add-account',
    unknown: '/docs/faq#invalid-signature',
  },
  'key-frozen': {
    backpack: '/docs/tools/error-explainer#recognised',
    okx: '/docs/tools/error-explainer#recognised',
    unknown: '/docs/tools/error-explainer#recognised',
  },
  passphrase: {
    backpack: '/docs/v5-insilico#wrong-passphrase',
    okx: '/docs/v5-insilico#wrong-passphrase',
    unknown: '/docs/v5-insilico#wrong-passphrase',
  },
  'demo-key': {
    backpack: '/docs/v5-insilico#open',
    okx: '/docs/v5-insilico#open',
    unknown: '/docs/v5-insilico#open',
  },
  permission: {
    backpack: '/docs/backpack-tealstreet#read-only',
    okx: '/docs/v5-insilico#permissions',
    unknown: '/docs/security#least-privilege',
  },
  'rate-limit': {
    backpack: '/docs/tools/error-explainer#rate-limit',
    okx: '/docs/tools/error-explainer#rate-limit',
    unknown: '/docs/tools/error-explainer#rate-limit',
  },
  'order-precision': {
    backpack: '/docs/tools/error-explainer#recognised',
    okx: '/docs/tools/error-explainer#recognised',
    unknown: '/docs/tools/error-explainer#recognised',
  },
  unrecognised: {
    backpack: '/docs/tools/error-explainer#what-to-paste',
    okx: '/docs/tools/error-explainer#what-to-paste',
    unknown: '/docs/tools/error-explainer#what-to-paste',
  },
};

/** The guide step that fixes an error of this kind on this exchange. */
export function guideFor(kind: ApiErrorKind | 'unrecognised', exchange?: ApiExchange): string {
  return GUIDES[kind][exchange ?? 'unknown'];
}

/** The signer that rebuilds a request for this exchange, to compare with a bot's signature. */
export const SIGNERS: Record<ApiExchange, string> = {
  backpack: '/docs/tools/request-signer',
  okx: '/docs/tools/okx-signer',
};
