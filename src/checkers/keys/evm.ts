// Ethereum-style values, as a wallet-signing exchange (Hyperliquid) takes them: an account address (0x and
// 40 hex digits) and a wallet's private key (0x and 64 hex digits). Tells the two apart, checks an address's
// EIP-55 checksum when it is written in mixed case, and derives the address a private key signs as
// (secp256k1 public key → keccak-256 → last 20 bytes), all in the reader's browser. Pure: no DOM, no React.
import {secp256k1} from '@noble/curves/secp256k1.js';
import {keccak_256} from '@noble/hashes/sha3.js';
import {decodeHex, encodeHex, utf8} from '../core/encodings';
import {finding} from '../core/findings';
import type {Finding} from '../core/types';

/** What a pasted value is, read as an Ethereum value. */
export type EvmValue =
  | {
      kind: 'address';
      /** The address with its EIP-55 checksum (0x + mixed-case hex). */
      address: string;
      /** 'not-used': all one case, so it carries no checksum; 'invalid': mixed case that is not the checksum. */
      checksum: 'valid' | 'invalid' | 'not-used';
      prefixed: boolean;
    }
  | {
      kind: 'private-key';
      /** A secp256k1 private key must be between 1 and the curve's order minus 1. */
      valid: boolean;
      prefixed: boolean;
    }
  | {kind: 'empty'}
  /** Anything else; `hexDigits` when it is hex of another length. */
  | {kind: 'other'; hexDigits?: number};

const HEX = /^(0x)?([0-9a-fA-F]+)$/;

/** The EIP-55 form of 40 hex digits (any case, without 0x): a letter is upper case where the keccak-256
 * of the lower-case hex text has a nibble of 8 or more. */
export function toChecksumAddress(hex40: string): string {
  const lower = hex40.toLowerCase();
  const hash = encodeHex(keccak_256(utf8(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

/** Reads one pasted value (surrounding whitespace and quotes ignored). */
export function classifyEvmValue(text: string): EvmValue {
  const value = text.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value === '') return {kind: 'empty'};
  const m = HEX.exec(value);
  if (!m) return {kind: 'other'};
  const [, prefix, digits] = m;
  const prefixed = prefix !== undefined;
  if (digits.length === 40) {
    const address = toChecksumAddress(digits);
    const mixed = /[a-f]/.test(digits) && /[A-F]/.test(digits);
    const checksum = !mixed ? 'not-used' : address.slice(2) === digits ? 'valid' : 'invalid';
    return {kind: 'address', address, checksum, prefixed};
  }
  if (digits.length === 64)
    return {kind: 'private-key', valid: secp256k1.utils.isValidSecretKey(decodeHex(digits)!), prefixed};
  return {kind: 'other', hexDigits: digits.length};
}

/** The EIP-55 address a private key (64 hex digits, 0x optional) signs as, or undefined when it is not one. */
export function addressOfPrivateKey(text: string): string | undefined {
  const read = classifyEvmValue(text);
  if (read.kind !== 'private-key' || !read.valid) return undefined;
  const digits = text
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .replace(/^0x/, '');
  const publicKey = secp256k1.getPublicKey(decodeHex(digits)!, false);
  // The address is the last 20 bytes of keccak-256 over the uncompressed point without its 0x04 prefix.
  return toChecksumAddress(encodeHex(keccak_256(publicKey.subarray(1)).subarray(12)));
}

/** What a pair of values for a wallet-signing exchange is: the account address and an API wallet's key. */
export interface EvmPairFacts {
  /** What the account-address field holds. */
  account: EvmValue;
  /** What the private-key field holds. */
  key: EvmValue;
  /** The account field holds a private key and the key field an address: the two were swapped. */
  swapped: boolean;
  /** The address the pasted private key signs as (from whichever field holds it). */
  signer?: string;
  /**
   * The private key's address is the account address: the main wallet's own key was pasted (it can
   * withdraw), or the API wallet's address sits where the account's belongs.
   */
  sameWallet: boolean;
}

/** The facts about an account address and a private key, pasted into their fields (or swapped). */
export function evmPairFacts(accountText: string, keyText: string): EvmPairFacts {
  const account = classifyEvmValue(accountText);
  const key = classifyEvmValue(keyText);
  const swapped = account.kind === 'private-key' && key.kind === 'address';
  const [addressValue, keyValue, keySource] = swapped ? [key, account, accountText] : [account, key, keyText];
  const signer = keyValue.kind === 'private-key' ? addressOfPrivateKey(keySource) : undefined;
  const sameWallet = signer !== undefined && addressValue.kind === 'address' && addressValue.address === signer;
  return {account, key, swapped, ...(signer ? {signer} : {}), sameWallet};
}

/**
 * The findings for those facts (codes evm.*, messages in locales/evm; import ./evmMessages to describe
 * them). Empty fields give nothing: saying what is missing is the caller's business.
 */
export function evmPairFindings(facts: EvmPairFacts): Finding[] {
  const out: Finding[] = [];
  const {account, key, swapped, signer, sameWallet} = facts;
  if (swapped) out.push(finding('evm.swapped', 'error'));
  const [addressValue, keyValue] = swapped ? [key, account] : [account, key];

  if (!swapped) {
    if (account.kind === 'private-key') out.push(finding('evm.account-is-key', 'error'));
    else if (account.kind === 'other') out.push(finding('evm.account-format', 'error'));
    if (key.kind === 'address') out.push(finding('evm.key-is-address', 'error'));
    else if (key.kind === 'other') out.push(finding('evm.key-format', 'error'));
  }
  if (addressValue.kind === 'address' && addressValue.checksum === 'invalid')
    out.push(finding('evm.checksum', 'error', {address: addressValue.address}));
  if (keyValue.kind === 'private-key' && !keyValue.valid) out.push(finding('evm.invalid-key', 'error'));
  if (sameWallet && signer) out.push(finding('evm.same-wallet', 'error', {address: signer}));
  else if (signer) out.push(finding('evm.signer', 'info', {address: signer}));
  return out;
}
