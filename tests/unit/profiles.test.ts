// Rules every exchange and terminal profile keeps: each fact has an https source and a YYYY-MM-DD date,
// each on-screen label has its Chinese (or says 'unknown'), a terminal names only exchanges that have a
// profile, and an error code appears once per exchange. The same rules run over broken copies of the
// real profiles, each of which must be caught.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {exchanges} from '../../src/exchanges';
import {terminals} from '../../src/terminals';
import type {ExchangeProfile, TerminalProfile} from '../../src/profiles/types';

type Json = unknown;

/**
 * Places where a plain value is editorial (an id, a finding code, a route, our reading of a cause), not a
 * fact about an exchange or terminal, so it needs no source. Paths as `key` or `parent[].key`.
 */
const EDITORIAL = new Set([
  'id',
  'exchanges[].exchange',
  'pending[].name',
  'credentials[].issuedBy',
  'credentials[].required',
  'credentials[].scheme',
  'keyForm[].id',
  'permissions[].forTerminal',
  'menus[].platform',
  'serverIps[].id',
  'errors[].code',
  'errors[].cause',
  'errors[].causes[]',
  'errors[].fix',
  'errors[].guide',
  'errors[].shared',
  'errors[].causes[]',
]);
/**
 * Whole subtrees that are editorial: the explainer's recognition patterns and how it reads replies, and
 * the site's routes.
 */
const EDITORIAL_TREES = new Set(['hints', 'replies', 'site']);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp);
}
/** A fact: a `value` with a `source` or a `checked` date (a fact missing both reads as a bare value). */
const isSourced = (v: Json): v is Record<string, Json> =>
  isObject(v) && 'value' in v && ('source' in v || 'checked' in v);
/** A label on screen: an object of `en` and `zh` alone (error texts, which have more fields, are not labels). */
const isOnScreen = (v: Record<string, Json>) =>
  isSourced(v.en) && Object.keys(v).every((k) => k === 'en' || k === 'zh');

function checkSourced(node: Record<string, Json>, path: string, problems: string[]): void {
  const {source, checked} = node;
  if (typeof source !== 'string' || source === '') problems.push(`${path}: no source`);
  else if (!source.startsWith('https://') || !URL.canParse(source))
    problems.push(`${path}: source is not an https URL: ${source}`);
  const {sourceZh} = node;
  if (
    sourceZh !== undefined &&
    (typeof sourceZh !== 'string' || !sourceZh.startsWith('https://') || !URL.canParse(sourceZh))
  )
    problems.push(`${path}: sourceZh is not an https URL: ${String(sourceZh)}`);
  if (typeof checked !== 'string' || checked === '') problems.push(`${path}: no checked date`);
  else if (!DATE.test(checked) || new Date(`${checked}T00:00:00Z`).toISOString().slice(0, 10) !== checked)
    problems.push(`${path}: checked date is not a YYYY-MM-DD day: ${checked}`);
  const value = node.value;
  if (value === undefined || value === null || value === '')
    problems.push(`${path}: empty value (write 'unknown' when no page states it)`);
}

/** `a.b[3].c` → `b[].c`: the last two steps, with indices dropped. */
function tail(path: string): string {
  const steps = path.replace(/\[\d+\]/g, '[]').split('.');
  return steps.slice(-2).join('.');
}

/** Every plain value must sit inside a Sourced fact or at an editorial place. */
function walk(node: Json, path: string, problems: string[]): void {
  if (isSourced(node)) {
    checkSourced(node, path, problems);
    walkInside(node.value, `${path}.value`, problems);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, problems));
    return;
  }
  if (isObject(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (EDITORIAL_TREES.has(key)) continue;
      walk(child, path ? `${path}.${key}` : key, problems);
    }
    return;
  }
  if (node === undefined) return;
  const key = tail(path);
  const last = key.split('.').pop()!;
  if (!EDITORIAL.has(key) && !EDITORIAL.has(last))
    problems.push(`${path}: a fact without a source (${JSON.stringify(node)})`);
}

/** Inside a fact's value, plain values are the fact; only nested facts are checked. */
function walkInside(node: Json, path: string, problems: string[]): void {
  if (isSourced(node)) walk(node, path, problems);
  else if (Array.isArray(node)) node.forEach((item, i) => walkInside(item, `${path}[${i}]`, problems));
  else if (isObject(node))
    for (const [key, child] of Object.entries(node)) walkInside(child, `${path}.${key}`, problems);
}

/** Every label shown on screen (an `en`/`zh` pair) has its Chinese: a text, or 'unknown' with its source. */
function checkChinese(node: Json, path: string, problems: string[]): void {
  if (Array.isArray(node)) node.forEach((item, i) => checkChinese(item, `${path}[${i}]`, problems));
  if (!isObject(node)) return;
  if (isOnScreen(node)) {
    const zh = node.zh;
    const v = isSourced(zh) ? zh.value : undefined;
    const empty =
      v === undefined ||
      v === '' ||
      (Array.isArray(v) && (v.length === 0 || v.some((s) => typeof s !== 'string' || s.trim() === '')));
    if (empty) problems.push(`${path}: label has no Chinese`);
  }
  for (const [key, child] of Object.entries(node))
    if (key !== 'en' && key !== 'zh') checkChinese(child, `${path}.${key}`, problems);
  if (isSourced(node)) checkChinese(node.value, `${path}.value`, problems);
}

function exchangeProblems(id: string, profile: ExchangeProfile): string[] {
  const problems: string[] = [];
  const at = `exchanges.${id}`;
  if (profile.id !== id) problems.push(`${at}: registered as ${id} but its id is ${profile.id}`);
  walk(profile, at, problems);
  checkChinese(profile, at, problems);
  const seen = new Set<string>();
  for (const e of profile.errors) {
    if (seen.has(e.code)) problems.push(`${at}: error code ${e.code} repeats`);
    seen.add(e.code);
  }
  const credentials = profile.credentials.map((c) => c.id);
  if (new Set(credentials).size !== credentials.length) problems.push(`${at}: a credential id repeats`);
  const permissions = new Set(profile.permissions.map((p) => p.id));
  const rules = profile.expiry.value;
  if (rules !== 'unknown')
    for (const rule of rules)
      for (const p of rule.when.permissions)
        if (!permissions.has(p)) problems.push(`${at}: expiry names permission ${p}, which the profile does not list`);
  return problems;
}

function terminalProblems(id: string, profile: TerminalProfile, known: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const at = `terminals.${id}`;
  if (profile.id !== id) problems.push(`${at}: registered as ${id} but its id is ${profile.id}`);
  walk(profile, at, problems);
  checkChinese(profile, at, problems);
  for (const s of profile.exchanges)
    if (!Object.hasOwn(known, s.exchange))
      problems.push(`${at}: supports exchange ${s.exchange}, which has no profile`);
  for (const p of profile.pending) {
    const id = p.name.toLowerCase();
    // An exchange whose support by the terminal is in doubt stays pending, profile or not.
    if (Object.hasOwn(known, id) && p.supported?.value !== 'unknown')
      problems.push(`${at}: ${p.name} has a profile now: list it under exchanges, not pending`);
  }
  const listed = [...profile.exchanges.map((s) => s.exchange), ...profile.pending.map((p) => p.name.toLowerCase())];
  if (new Set(listed).size !== listed.length) problems.push(`${at}: an exchange is listed twice`);
  return problems;
}

function allProblems(
  ex: Readonly<Record<string, ExchangeProfile>>,
  te: Readonly<Record<string, TerminalProfile>>,
): string[] {
  return [
    ...Object.entries(ex).flatMap(([id, p]) => exchangeProblems(id, p)),
    ...Object.entries(te).flatMap(([id, p]) => terminalProblems(id, p, ex)),
  ];
}

test('the profiles keep every rule', () => {
  assert.deepEqual(allProblems(exchanges, terminals), []);
});

test('there are profiles to check', () => {
  assert.deepEqual(Object.keys(exchanges).sort(), [
    'backpack',
    'binance',
    'bitget',
    'blofin',
    'bybit',
    'hyperliquid',
    'okx',
  ]);
  assert.deepEqual(Object.keys(terminals).sort(), ['insilico', 'tealstreet']);
});

// Broken copies: each edit must be reported with the expected problem.
type Mutable = {exchanges: Record<string, any>; terminals: Record<string, any>};
const BROKEN: {name: string; breakIt: (p: Mutable) => void; expect: RegExp}[] = [
  {
    name: 'a fact without its source',
    breakIt: (p) => delete p.exchanges.okx.ipWhitelist.maxEntries.source,
    expect: /okx\.ipWhitelist\.maxEntries: no source/,
  },
  {
    name: 'a fact with an empty source',
    breakIt: (p) => (p.exchanges.backpack.signing.algorithm.source = ''),
    expect: /backpack\.signing\.algorithm: no source/,
  },
  {
    name: 'a source over http',
    breakIt: (p) => (p.exchanges.okx.signing.prehash.source = 'http://www.okx.com/docs-v5/en/'),
    expect: /not an https URL/,
  },
  {
    name: 'a source that is not a URL',
    breakIt: (p) => (p.exchanges.okx.name.en.source = 'OKX docs'),
    expect: /okx\.name\.en: source is not an https URL/,
  },
  {
    name: 'a fact without its date',
    breakIt: (p) => delete p.exchanges.backpack.ipWhitelist.entry.checked,
    expect: /backpack\.ipWhitelist\.entry: no checked date/,
  },
  {
    name: 'a date not in YYYY-MM-DD form',
    breakIt: (p) => (p.exchanges.okx.errors[0].en.checked = '2026-12-5'),
    expect: /okx\.errors\[0\]\.en: checked date is not/,
  },
  {
    name: 'a day that does not exist',
    breakIt: (p) => (p.exchanges.okx.errors[1].zh.checked = '2026-02-30'),
    expect: /checked date is not a YYYY-MM-DD day: 2026-02-30/,
  },
  {
    name: 'a date in another form',
    breakIt: (p) => (p.terminals.tealstreet.name.checked = '05/12/2026'),
    expect: /tealstreet\.name: checked date is not/,
  },
  {
    name: 'a bare value where a fact belongs',
    breakIt: (p) => (p.exchanges.okx.ipWhitelist.maxEntries = 20),
    expect: /okx\.ipWhitelist\.maxEntries: a fact without a source \(20\)/,
  },
  {
    name: 'a bare fact in a terminal',
    breakIt: (p) => (p.terminals.insilico.docs = 'https://docs.insilicoterminal.com'),
    expect: /insilico\.docs: a fact without a source/,
  },
  {
    name: 'a nested fact without a source',
    breakIt: (p) => delete p.terminals.tealstreet.fields.value[1].label.source,
    expect: /tealstreet\.fields\.value\[1\]\.label: no source/,
  },
  {
    name: 'a credential label without Chinese',
    breakIt: (p) => delete p.exchanges.okx.credentials[2].label.zh,
    expect: /okx\.credentials\[2\]\.label: label has no Chinese/,
  },
  {
    name: 'a credential label with empty Chinese',
    breakIt: (p) => (p.exchanges.backpack.credentials[0].label.zh.value = ''),
    expect: /backpack\.credentials\[0\]\.label: label has no Chinese/,
  },
  {
    name: 'a menu path without Chinese',
    breakIt: (p) => delete p.exchanges.okx.menus[0].steps.zh,
    expect: /okx\.menus\[0\]\.steps: label has no Chinese/,
  },
  {
    name: 'a menu step with empty Chinese',
    breakIt: (p) => (p.exchanges.okx.menus[1].steps.zh.value = ['九宫格', '', '创建 API key']),
    expect: /okx\.menus\[1\]\.steps: label has no Chinese/,
  },
  {
    name: "a terminal's add-key path without Chinese",
    breakIt: (p) => delete p.terminals.insilico.addKey.zh,
    expect: /insilico\.addKey: label has no Chinese/,
  },
  {
    name: 'a supported exchange without a profile',
    breakIt: (p) => p.terminals.tealstreet.exchanges.push({...p.terminals.tealstreet.exchanges[1], exchange: 'bitmex'}),
    expect: /tealstreet: supports exchange bitmex, which has no profile/,
  },
  {
    name: 'a pending exchange that has a profile',
    breakIt: (p) => p.terminals.insilico.pending.push({...p.terminals.insilico.pending[0], name: 'OKX'}),
    expect: /insilico: OKX has a profile now/,
  },
  {
    name: 'an error code that repeats',
    breakIt: (p) => p.exchanges.okx.errors.push({...p.exchanges.okx.errors[3]}),
    expect: /okx: error code 50103 repeats/,
  },
  {
    name: 'a Backpack message that repeats',
    breakIt: (p) => p.exchanges.backpack.errors.push({...p.exchanges.backpack.errors[0]}),
    expect: /backpack: error code Request has expired repeats/,
  },
  {
    name: 'an expiry rule naming a missing permission',
    breakIt: (p) => p.exchanges.okx.permissions.pop(),
    expect: /okx: expiry names permission withdraw/,
  },
  {
    name: 'a profile registered under another id',
    breakIt: (p) => (p.exchanges.okx.id = 'okex'),
    expect: /registered as okx but its id is okex/,
  },
];

for (const {name, breakIt, expect} of BROKEN) {
  test(`a broken profile is caught: ${name}`, () => {
    const copy: Mutable = {
      exchanges: structuredClone(exchanges) as Record<string, any>,
      terminals: structuredClone(terminals) as Record<string, any>,
    };
    breakIt(copy);
    const problems = allProblems(copy.exchanges, copy.terminals);
    assert.ok(
      problems.some((p) => expect.test(p)),
      `expected a problem matching ${expect}, got:\n${problems.join('\n')}`,
    );
  });
}

// Values checked against outside data: node's crypto, the exchanges' published examples, the message
// files and the guides.
test('each credential format accepts the values the exchange publishes and the shapes node generates', async () => {
  const {randomUUID, generateKeyPairSync} = await import('node:crypto');
  const {publicKey, privateKey} = generateKeyPairSync('ed25519');
  const raw = {
    // The last 32 bytes of the SPKI and PKCS#8 DER encodings are the raw public key and seed.
    apiKey: publicKey.export({format: 'der', type: 'spki'}).subarray(-32).toString('base64'),
    apiSecret: privateKey.export({format: 'der', type: 'pkcs8'}).subarray(-32).toString('base64'),
  };
  const samples: {exchange: string; credential: string; value: string}[] = [
    {exchange: 'okx', credential: 'apiKey', value: randomUUID()},
    {exchange: 'okx', credential: 'apiSecret', value: '22582BD0CFF14C41EDBF1AB98506286D'},
    {exchange: 'backpack', credential: 'apiKey', value: raw.apiKey},
    {exchange: 'backpack', credential: 'apiSecret', value: raw.apiSecret},
  ];
  for (const profile of Object.values(exchanges))
    for (const c of profile.credentials)
      if (c.examples)
        for (const value of c.examples.value) samples.push({exchange: profile.id, credential: c.id, value});
  for (const {exchange, credential, value} of samples) {
    const format = exchanges[exchange].credentials.find((c) => c.id === credential)!.format.value;
    assert.notEqual(format, 'unknown');
    if (format === 'unknown' || format.kind === 'user-chosen') continue;
    const ok =
      format.kind === 'pattern'
        ? new RegExp(format.pattern).test(value)
        : Buffer.from(value, 'base64').length === format.bytes &&
          Buffer.from(value, 'base64').toString('base64') === value;
    assert.ok(ok, `${exchange} ${credential}: ${value} does not fit ${JSON.stringify(format)}`);
  }
});

test("each error's fix has a message in both languages, and its guide step exists", async () => {
  const {readFileSync} = await import('node:fs');
  const messages = ['en', 'zh-Hans'].map(
    (locale) =>
      JSON.parse(readFileSync(`src/checkers/errors/locales/${locale}.json`, 'utf8')) as Record<string, string>,
  );
  const routes = new Set<string>();
  for (const profile of Object.values(exchanges)) {
    for (const e of profile.errors) {
      for (const m of messages) assert.ok(m[`${e.fix}.fix`], `${profile.id} ${e.code}: no message ${e.fix}.fix`);
      routes.add(e.guide);
    }
    for (const route of Object.values(profile.site.guides)) routes.add(route);
  }
  for (const route of routes) {
    const [page, anchor] = route.replace(/^\/docs\//, '').split('#');
    const text = readFileSync(`docs/${page}.mdx`, 'utf8');
    assert.ok(text.includes(`{/* #${anchor} */}`), `${route}: no heading with id ${anchor}`);
  }
});
