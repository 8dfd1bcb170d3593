// Every OKX signer code has a message and a fix in both languages, with the same placeholders.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {describe, describeFix} from '../../src/checkers/core/describe';
import '../../src/checkers/signing/okxMessages';
import type {Finding} from '../../src/checkers/core/types';
import {checkOkxSignature, okxSign, type OkxRequest} from '../../src/checkers/signing/okxSign';
import en from '../../src/checkers/signing/locales/okx/en.json';
import zhHans from '../../src/checkers/signing/locales/okx/zh-Hans.json';

const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const TS = '2020-12-08T09:08:57.715Z';
const GET: OkxRequest = {timestamp: TS, method: 'GET', requestPath: '/api/v5/account/balance?ccy=BTC'};
const POST: OkxRequest = {timestamp: TS, method: 'POST', requestPath: '/api/v5/trade/order', body: '{"a":"1","b":"2"}'};
const hmac = (key: string | Buffer, text: string, enc: 'base64' | 'hex' = 'base64') =>
  createHmac('sha256', key).update(text).digest(enc);

async function everyFinding(): Promise<Finding[]> {
  const out: Finding[] = [];
  const take = (r: {ok: boolean; errors?: Finding[]; warnings?: Finding[]}) =>
    out.push(...(r.errors ?? []), ...(r.warnings ?? []));
  take(await okxSign('', {...GET, timestamp: '1607418537715', method: 'X', requestPath: ''}));
  take(await okxSign(SECRET, {...GET, timestamp: 'x', requestPath: 'https://x/y'}));
  take(await okxSign(SECRET, {...POST, requestPath: 'api'}));
  // Warnings come with a signature, so they are provoked by requests that can be signed.
  take(await okxSign(' 37c541a1-0000-0000-0000-10fe7a038418', {...GET, body: '{}'}));
  take(await okxSign('abc', {...POST, body: 'nope'}));
  const p = `${TS}GET/api/v5/account/balance?ccy=BTC`;
  for (const [theirs, sig, request] of [
    [` 1607418537715get/api/v5/account/balance`, hmac(SECRET, 'x'), GET],
    [`2020-12-08T09:08:57ZGEThttps://www.okx.com/api`, hmac(SECRET, 'x', 'hex'), GET],
    [`hello`, '', GET],
    [`${TS}POST/api/v5/trade/order`, '', POST],
    [`${TS}POST/api/v5/trade/order{"a": "1", "b": "2"}`, '', POST],
    [`${TS}POST/api/v5/trade/order{"b":"2","a":"1"}`, '', POST],
    [p, hmac(Buffer.from(SECRET, 'hex'), p), GET],
    [p, Buffer.from(hmac(SECRET, p, 'hex')).toString('base64'), GET],
    [p, hmac(SECRET, p, 'hex'), GET],
  ] as const) {
    out.push(
      ...(await checkOkxSignature({request, theirPrehash: theirs, theirSignature: sig, secretKey: SECRET})).findings,
    );
  }
  return out;
}

test('every OKX signer code has a message and a fix in English and Chinese', async () => {
  const findings = await everyFinding();
  const codes = new Set(findings.map((f) => f.code));
  const defined = Object.keys(en).filter((k) => !k.endsWith('.fix'));
  assert.deepEqual([...codes].sort(), defined.sort(), 'codes provoked vs messages defined');
  for (const f of findings) {
    for (const locale of ['en', 'zh-Hans']) {
      assert.notEqual(describe(f, locale), f.code, `${f.code} has no ${locale} message`);
      assert.notEqual(describeFix(f, locale), `${f.code}.fix`, `${f.code} has no ${locale} fix`);
      assert.doesNotMatch(describe(f, locale) + describeFix(f, locale), /\{\{/, `${f.code} left a placeholder`);
    }
    assert.notEqual(describe(f, 'zh-Hans'), describe(f, 'en'));
  }
});

test('OKX signer messages: both locale files have the same keys and placeholders; Chinese keeps the glossary', () => {
  const ZH: Record<string, string> = zhHans;
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(ZH).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(en as Record<string, string>))
    assert.deepEqual(placeholders(ZH[key]), placeholders(text), key);
  for (const [key, text] of Object.entries(ZH)) {
    assert.doesNotMatch(text, /私钥|密钥 ?Secret|Secret Key（密钥）|这把|一把/, key);
    assert.doesNotMatch(text.replace(/API 密钥/g, ''), /密钥/, `${key}: 密钥 alone`);
  }
});
