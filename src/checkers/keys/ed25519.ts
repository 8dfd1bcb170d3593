// The one place that sets up @noble/ed25519 for synchronous use (noble 3.x is async unless
// `hashes.sha512` is provided). Every module that signs, verifies or derives keys imports `ed` from here.
import * as ed from '@noble/ed25519';
import {sha512} from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

export {ed};
