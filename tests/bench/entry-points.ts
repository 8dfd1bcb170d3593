// Every public entry point of the checkers against 1 MB of junk: each must answer within 2x the CPU time
// checkIpList takes on a valid 1 MB list (and so in linear time). The checkers are bundled with esbuild
// first and timed as the site ships them: under tsx, the modules of @noble/hashes reach each other
// through getters, which makes SHA-512 (Backpack signing and verifying) about 25 times slower than in
// the browser's bundle and would time tsx, not the checker.
import {build} from 'esbuild';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const nested = (open: string, inner: string, close: string) => {
  const n = Math.floor((MB - inner.length) / (open.length + close.length));
  return open.repeat(n) + inner + close.repeat(n);
};

/** 1 MB inputs shaped like what froze or crashed a checker, and other shapes of junk. */
export const ENTRY_JUNK: Record<string, string> = {
  'whitespace run inside text': `a${' '.repeat(MB - 2)}a`,
  'whitespace run, then a letter': `${' '.repeat(MB - 1)}a`,
  'zero-width and spaces': fill('\u200b \t') + 'a',
  'ideographic spaces and newlines': fill('\u3000\n') + 'a',
  commas: fill(','),
  'commas and spaces': fill(', '),
  ampersands: fill('&'),
  'equals signs': fill('='),
  colons: fill(':'),
  dots: fill('.'),
  quotes: fill('"'),
  'brackets nested 500,000 deep': nested('[', '', ']'),
  'objects nested 166,000 deep': nested('{"a":', '1', '}'),
  'one long line of A': fill('A'),
  digits: fill('1'),
  'full-width digits': fill('１８．'),
  'codes and prices': fill('{"code":"1","sCode":"0","rate 50113.4 error 2024-12-19 '),
  'header names': fill("'OK-ACCESS-PASSPHRASE': 'x', X-Timestamp: "),
  'key and address words': fill('-----BEGIN ssh-ed25519 Your IP 1.2.3.4 passphrase '),
  'query strings': fill('instruction=a&b=True&timestamp=1&'),
};

type Bundle = Record<string, any>;

/** The entry points, each given the junk where a pasted text goes. */
function entryPoints(c: Bundle): Record<string, (junk: string) => unknown> {
  const ISO = '2020-12-08T09:08:57.715Z';
  const OKX_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
  // RFC 8032 section 7.1, TEST 1.
  const seed = Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
  const BP_SECRET = Buffer.from(seed).toString('base64');
  const BP_KEY = c.keygen.publicKeyOf(seed);
  const SIGNATURE = Buffer.alloc(64, 1).toString('base64');
  const order = {instruction: 'orderCancel', timestamp: 1614550000000};
  const ip = c.checkIpList('18.167.89.125');
  return {
    checkPublicKey: (j) => c.checkPublicKey(j),
    'checkIpList (OKX)': (j) => c.checkIpList(j, {target: 'okx'}),
    'checkIpList (Backpack)': (j) => c.checkIpList(j, {target: 'backpack'}),
    'compareWithTerminal (terminal list)': (j) => c.compareWithTerminal(ip, j),
    'checkKeyPair (OKX, every field)': (j) => c.checkKeyPair({exchange: 'okx', apiKey: j, apiSecret: j, passphrase: j}),
    'checkKeyPair (Backpack)': (j) => c.checkKeyPair({exchange: 'backpack', apiKey: j, apiSecret: j}),
    'checkDualKey (Binance, every field)': (j) =>
      c.checkDualKey({exchange: 'binance', trading: {apiKey: j, apiSecret: j}, second: {apiKey: j, apiSecret: j}}),
    explainError: (j) => c.explainError(j),
    'explainError (whitelist)': (j) => c.explainError('50110 Your IP 203.0.113.9 is not included', {whitelist: j}),
    'describe, describeFix, describeCause': (j) => {
      const f = {code: 'apierror.ip-not-listed', severity: 'error', params: {ip: j, entries: 1, context: 'okx'}};
      return [
        c.describe(f, 'zh-Hans'),
        c.describeFix(f, 'en'),
        c.describeCause({...f, code: 'apierror.unrecognised', params: {code: j, context: 'code'}}, 'en'),
      ];
    },
    okxPrehash: (j) => c.okxPrehash({timestamp: ISO, method: 'POST', requestPath: j, body: j}),
    'okxSign (body)': (j) =>
      c.okxSign(OKX_SECRET, {timestamp: ISO, method: 'POST', requestPath: '/api/v5/trade/order', body: j}),
    'okxSign (every field)': (j) =>
      c.okxSign(j, {timestamp: j, method: j, requestPath: j, body: j, apiKey: j, passphrase: j}),
    checkOkxRequest: (j) => c.okx.checkOkxRequest({timestamp: j, method: j, requestPath: j, body: j}),
    'checkOkxSignature (bot prehash)': (j) =>
      c.okx.checkOkxSignature({
        request: {timestamp: ISO, method: 'POST', requestPath: '/p', body: '{"a":1}'},
        theirPrehash: j,
        theirSignature: 'x',
        secretKey: OKX_SECRET,
      }),
    'checkOkxSignature (body, respaced)': (j) =>
      c.okx.checkOkxSignature({
        request: {timestamp: ISO, method: 'POST', requestPath: '/p', body: j},
        theirPrehash: `${ISO}POST/p${j.replace(/[[,:]/g, '$& ')}`,
      }),
    parsePrehash: (j) => c.okx.parsePrehash(j),
    asOkxTimestamp: (j) => c.okx.asOkxTimestamp(j),
    cleanOkxSecret: (j) => c.okx.cleanOkxSecret(j),
    okxSignature: (j) => c.okx.okxSignature(OKX_SECRET, j),
    'signingString (Backpack)': (j) => c.backpack.signingString({...order, instruction: j, params: {a: j}}),
    'signRequest (secret)': (j) => c.backpack.signRequest(j, {...order, params: {a: j}}),
    'signRequest (real secret, 1 MB value)': (j) => c.backpack.signRequest(BP_SECRET, {...order, params: {a: j}}),
    'verifyRequest (real key, 1 MB string)': (j) => c.backpack.verifyRequest(BP_KEY, j, SIGNATURE),
    'verifyRequest (every field)': (j) => c.backpack.verifyRequest(j, j, j),
    diagnoseSigningString: (j) => c.backpack.diagnoseSigningString(j),
    paramsFromJson: (j) => c.backpack.paramsFromJson(j),
    paramsFromRows: (j) => c.backpack.paramsFromRows([{key: j, value: j}]),
    timestampIn: (j) => c.backpack.timestampIn(j),
    firstDifference: (j) => c.backpack.firstDifference(j, `${j}x`),
    importSeed: (j) => c.keygen.importSeed(j),
  };
}

/** The checkers' public modules in one ESM bundle, as a bundler ships them to the browser. */
async function loadBundle(): Promise<{bundle: Bundle; cleanUp: () => void}> {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'checkers-bench-'));
  const outfile = join(dir, 'checkers.mjs');
  await build({
    stdin: {
      contents: [
        "export * from './src/checkers/index';",
        "export * as okx from './src/checkers/signing/okxSign';",
        "export * as backpack from './src/checkers/signing/backpackSign';",
        "export * as keygen from './src/checkers/keys/keygen';",
        "export {describeCause} from './src/checkers/errors/apiErrorMessages';",
        "import './src/checkers/signing/okxMessages';",
        "import './src/checkers/keys/keykitMessages';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
  });
  const bundle = (await import(pathToFileURL(outfile).href)) as Bundle;
  return {bundle, cleanUp: () => rmSync(dir, {recursive: true, force: true})};
}

export interface EntryResult {
  name: string;
  /** Worst junk's CPU time over the valid list's. */
  ratio: number;
  worst: string;
  ms: number;
}

async function cpu(fn: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await cpu(fn));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Times every entry point on every junk input once, then the worst two again (median of three), against
 * the bundled checkIpList on `validList` (median of five). `only` picks entry points by name.
 */
export async function timeEntryPoints(
  validList: string,
  only?: string,
): Promise<{baseline: number; results: EntryResult[]}> {
  const {bundle, cleanUp} = await loadBundle();
  try {
    await cpu(() => bundle.checkIpList(validList)); // warm up
    const baseline = await median(5, () => bundle.checkIpList(validList));
    const results: EntryResult[] = [];
    for (const [name, fn] of Object.entries(entryPoints(bundle))) {
      if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
      await fn('warm up');
      const first = [];
      for (const [junk, input] of Object.entries(ENTRY_JUNK)) first.push({junk, ms: await cpu(() => fn(input))});
      first.sort((a, b) => b.ms - a.ms);
      let worst = {junk: '', ms: 0};
      for (const {junk} of first.slice(0, 2)) {
        const ms = await median(3, () => fn(ENTRY_JUNK[junk]));
        if (ms > worst.ms) worst = {junk, ms};
      }
      results.push({name, ratio: worst.ms / baseline, worst: worst.junk, ms: worst.ms});
    }
    return {baseline, results};
  } finally {
    cleanUp();
  }
}
