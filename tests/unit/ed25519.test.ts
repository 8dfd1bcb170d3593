import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ed} from '../../src/checkers/keys/ed25519';

// RFC 8032 §7.1, TEST 1.
const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

test('ed25519 works synchronously once configured (RFC 8032 test 1)', () => {
  assert.equal(Buffer.from(ed.getPublicKey(Buffer.from(SEED, 'hex'))).toString('hex'), PUBLIC);
});
