// Public entry point of the checkers: pure TypeScript, no React and no DOM, shared by unit tests and widgets.
export type {
  Severity,
  Finding,
  Report,
  PublicKeyFormat,
  PublicKeyReport,
  PublicKeyCandidate,
  IpTarget,
  IpKind,
  IpListOptions,
  CompareOptions,
  IpEntry,
  IpListReport,
  TerminalComparison,
  Exchange,
  KeyPairInput,
  KeyPairReport,
} from './core/types';
export type {PublicKeyOptions} from './keys/publicKey';
export {checkPublicKey} from './keys/publicKey';
export {checkIpList} from './ip/ipList';
export {compareWithTerminal} from './ip/ipCompare';
export {checkKeyPair} from './keys/keyPair';
export {checkDualKey, type DualKeyInput, type DualKeyReport} from './keys/dualKey';
export {describe, describeFix} from './core/describe';
export {
  explainError,
  type ExplainContext,
  type ErrorReport,
  type ApiErrorKind,
  type ApiExchange,
} from './errors/explainError';
export {okxPrehash, okxSign} from './signing/okxSign';
export {signRequest, prehashOf, type SignRequestInput, type SignRequestResult} from './signing/signRequest';
export {checkSignature, type SignatureCheckInput, type SignatureCheckResult} from './signing/checkSignature';
// The profiles themselves (read-only data), so a page or a test can list them.
export {exchanges} from '../exchanges';
export {terminals} from '../terminals';
