// The contract other code builds against. The type assertions fail `tsc --noEmit` if a
// signature drifts; the runtime test fails if an export goes missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as checkers from '../../src/checkers';
import type {Finding, Report} from '../../src/checkers';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Each assignable to the other (interfaces vs intersections are not identical to Equal). */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertType = <_T extends true>() => {};

type ContractSeverity = 'error' | 'warning' | 'info';
interface ContractFinding {
  code: string;
  severity: ContractSeverity;
  params?: Record<string, string | number>;
  entry?: number;
}
interface ContractReport {
  verdict: 'empty' | 'ok' | 'warning' | 'error';
  findings: ContractFinding[];
}
// The options (secrets the page knows) were added later: optional, so every older call still works.
type ContractPublicKey = (
  input: string,
  // `target` (an exchange id) was added later: the public contract names it.
  options?: {knownSecrets?: readonly string[]; target?: string},
) => ContractReport & {
  // 'jwk', 'byte-array' and `candidates` were added later (additive: older readers still work).
  format?: 'base64' | 'base64url' | 'hex' | 'base58' | 'pem' | 'openssh' | 'jwk' | 'byte-array';
  normalized?: string;
  candidates?: {
    format: 'base64' | 'base64url' | 'hex' | 'base58' | 'pem' | 'openssh' | 'jwk' | 'byte-array';
    normalized: string;
  }[];
};
// Targets and exchanges are exchange ids from the profiles ('backpack', 'okx', …, plus 'generic' and
// 'other'): every older call ('backpack', 'okx', 'generic', 'other') still type-checks.
type ContractIpList = (
  input: string,
  options?: {target?: string},
) => ContractReport & {
  entries: {raw: string; value?: string; kind?: 'ipv4' | 'ipv6' | 'cidr4' | 'cidr6'; findings: ContractFinding[]}[];
  output: string;
};
type ContractKeyPair = (input: {
  exchange: string;
  apiKey: string;
  apiSecret: string;
  passphrase?: string;
}) => Promise<ContractReport>;

assertType<Equal<Finding, ContractFinding>>();
assertType<Equal<Report, ContractReport>>();
assertType<Equal<Parameters<typeof checkers.checkPublicKey>, Parameters<ContractPublicKey>>>();
assertType<Mutual<ReturnType<typeof checkers.checkPublicKey>, ReturnType<ContractPublicKey>>>();
assertType<Equal<Parameters<typeof checkers.checkIpList>, Parameters<ContractIpList>>>();
assertType<Mutual<ReturnType<typeof checkers.checkIpList>, ReturnType<ContractIpList>>>();
assertType<Equal<Parameters<typeof checkers.checkKeyPair>, Parameters<ContractKeyPair>>>();
// The cleaned values (`cleaned`) were added later (additive: older readers still work).
assertType<
  Mutual<
    Awaited<ReturnType<typeof checkers.checkKeyPair>>,
    ContractReport & {cleaned?: {key?: string; secret?: string}}
  >
>();
assertType<Equal<typeof checkers.describe, (finding: ContractFinding, locale: string) => string>>();
assertType<Equal<typeof checkers.describeFix, (finding: ContractFinding, locale: string) => string>>();

test('contract: the index exports the checkers and describe functions', () => {
  for (const name of ['checkPublicKey', 'checkIpList', 'checkKeyPair', 'describe', 'describeFix'] as const) {
    assert.equal(typeof checkers[name], 'function', name);
  }
});

test('contract: blank input is empty for every checker', async () => {
  assert.equal(checkers.checkPublicKey('  \n').verdict, 'empty');
  assert.equal(checkers.checkIpList(' \r\n ').verdict, 'empty');
  assert.equal((await checkers.checkKeyPair({exchange: 'okx', apiKey: ' ', apiSecret: ''})).verdict, 'empty');
});

test('contract: info alone is ok', () => {
  // Whitespace around a key is removed with a note (info); an OpenSSH line is a warning.
  // A bare key may be a secret (a warning) unless the page knows the secret it belongs to: the
  // RFC 8032 TEST 1 seed, whose public key this is.
  const report = checkers.checkPublicKey(' 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n', {
    knownSecrets: [
      Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex').toString('base64'),
    ],
  });
  assert.deepEqual(
    report.findings.map((f) => f.severity),
    ['info', 'info'],
  );
  assert.equal(report.verdict, 'ok');
});
