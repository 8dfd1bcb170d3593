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
} from './types';
export type {PublicKeyOptions} from './publicKey';
export {checkPublicKey} from './publicKey';
export {checkIpList} from './ipList';
export {compareWithTerminal} from './ipCompare';
export {checkKeyPair} from './keyPair';
export {checkDualKey, type DualKeyInput, type DualKeyReport} from './keys/dualKey';
export {describe, describeFix} from './describe';
export {explainError, type ExplainContext, type ErrorReport, type ApiErrorKind, type ApiExchange} from './explainError';
export {okxPrehash, okxSign} from './okxSign';
export {signRequest, prehashOf, type SignRequestInput, type SignRequestResult} from './signing/signRequest';
export {checkSignature, type SignatureCheckInput, type SignatureCheckResult} from './signing/checkSignature';
// The profiles themselves (read-only data), so a page or a test can list them.
export {exchanges} from '../exchanges';
export {terminals} from '../terminals';
