// The error explainer, table-driven: OKX's documented codes and messages (English and Chinese, as the v5
// docs word them), JSON bodies, log lines, codes alone, Backpack's "Request has expired", unrelated text,
// and the IP whitelist lookup with and without the address.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {explainError, type ExplainContext} from '../../src/checkers';

interface Expected {
  code: string;
  exchange?: 'backpack' | 'okx';
  /** The exchange's own error code, when the text carries one. */
  okxCode?: string;
  params?: Record<string, string | number>;
  /** Codes of the findings after the first. */
  more?: string[];
}

const cases: {name: string; input: string; context?: ExplainContext; expected: Expected}[] = [
  // OKX codes alone (v5 docs error table).
  {name: 'code alone 50101', input: '50101', expected: {code: 'apierror.demo-key', exchange: 'okx', okxCode: '50101'}},
  {name: 'code alone 50102', input: '50102', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50102'}},
  {name: 'code alone 50103', input: '50103', expected: {code: 'apierror.invalid-key', exchange: 'okx', okxCode: '50103'}},
  {name: 'code alone 50104', input: '50104', expected: {code: 'apierror.passphrase', exchange: 'okx', okxCode: '50104'}},
  {name: 'code alone 50105', input: ' 50105\n', expected: {code: 'apierror.passphrase', exchange: 'okx', okxCode: '50105'}},
  {name: 'code alone 50106', input: '50106', expected: {code: 'apierror.signature', exchange: 'okx', okxCode: '50106'}},
  {name: 'code alone 50107', input: '50107', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50107'}},
  {name: 'code alone 50110', input: '50110', expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110'}},
  {name: 'code alone 50111', input: '50111', expected: {code: 'apierror.invalid-key', exchange: 'okx', okxCode: '50111'}},
  {name: 'code alone 50112', input: '50112', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50112'}},
  {name: 'code alone 50113', input: '50113', expected: {code: 'apierror.signature', exchange: 'okx', okxCode: '50113', params: {signer: '/docs/tools/okx-signer'}}},
  {name: 'code alone 50114', input: '50114', expected: {code: 'apierror.invalid-key', exchange: 'okx', okxCode: '50114'}},
  {name: 'code alone 50011', input: '50011', expected: {code: 'apierror.rate-limit', exchange: 'okx', okxCode: '50011'}},
  // JSON bodies.
  {
    name: 'JSON body, bot wording',
    input: '{"code":"50113","data":[],"msg":"Invalid Sign"}',
    expected: {code: 'apierror.signature', exchange: 'okx', okxCode: '50113', params: {guide: '/docs/faq#invalid-signature'}},
  },
  {name: 'JSON body, code as a number', input: '{"msg":"Invalid OK-ACCESS-KEY","code":50111}', expected: {code: 'apierror.invalid-key', exchange: 'okx', okxCode: '50111'}},
  {
    name: 'JSON body 50110 names the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9', guide: '/docs/v5-insilico#ip-whitelist'}, more: ['apierror.ip-seen']},
  },
  // English messages as OKX words them, without the code.
  {name: 'OKX English 50101', input: 'APIKey does not match current environment', expected: {code: 'apierror.demo-key', exchange: 'okx', okxCode: '50101'}},
  {name: 'OKX English 50102', input: 'Timestamp request expired', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50102'}},
  {name: 'OKX English 50105', input: 'Request header "OK-ACCESS-PASSPHRASE" incorrect', expected: {code: 'apierror.passphrase', exchange: 'okx', okxCode: '50105'}},
  {name: 'OKX English 50112', input: 'Invalid OK-ACCESS-TIMESTAMP', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50112'}},
  // Chinese messages as OKX words them.
  {name: 'OKX Chinese 50101', input: 'APIKey 与当前环境不匹配', expected: {code: 'apierror.demo-key', exchange: 'okx', okxCode: '50101'}},
  {name: 'OKX Chinese 50102', input: '请求时间戳过期', expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50102'}},
  {name: 'OKX Chinese 50105', input: '请求头"OK-ACCESS-PASSPHRASE"错误', expected: {code: 'apierror.passphrase', exchange: 'okx', okxCode: '50105'}},
  {
    name: 'OKX Chinese 50110 with the address',
    input: '您的IP203.0.113.9不在APIKey绑定IP名单中',
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9'}, more: ['apierror.ip-seen']},
  },
  {name: 'OKX Chinese 50111', input: '无效的OK-ACCESS-KEY', expected: {code: 'apierror.invalid-key', exchange: 'okx', okxCode: '50111'}},
  {name: 'OKX Chinese 50113 (shared wording: exchange from context)', input: '无效的签名', context: {exchange: 'okx'}, expected: {code: 'apierror.signature', exchange: 'okx', okxCode: '50113'}},
  {name: 'Chinese signature error without an exchange', input: '签名无效', expected: {code: 'apierror.signature'}},
  // Log lines.
  {
    name: 'log line with an OKX body',
    input: '2026-11-20 09:08:57,715 ERROR okx private GET /api/v5/account/balance -> 401 {"msg":"Timestamp request expired","code":"50102"}',
    expected: {code: 'apierror.timestamp', exchange: 'okx', okxCode: '50102'},
  },
  {
    name: 'Backpack bot log (catsats/backpack_exchange issue 16)',
    input: "BPX api error { method: 'balanceQuery', numTry: 1, backOff: 1 } HTTPError: Response code 401 (Unauthorized) Request has expired",
    expected: {code: 'apierror.timestamp', exchange: 'backpack'},
  },
  {
    name: 'Backpack signature error names the Backpack signer',
    input: 'Invalid signature',
    context: {exchange: 'backpack'},
    expected: {code: 'apierror.signature', exchange: 'backpack', params: {signer: '/docs/tools/request-signer', guide: '/docs/backpack-tealstreet#invalid-signature'}},
  },
  {name: 'generic English rate limit', input: 'HTTP 429 Too Many Requests', expected: {code: 'apierror.rate-limit'}},
  {name: 'generic permission', input: 'Error: API key has no permission for this endpoint', expected: {code: 'apierror.permission'}},
  {name: 'generic Chinese permission', input: '权限不足', context: {exchange: 'backpack'}, expected: {code: 'apierror.permission', exchange: 'backpack', params: {guide: '/docs/backpack-tealstreet#read-only'}}},
  // Unrelated text.
  {name: 'unrelated text', input: 'hello world', expected: {code: 'apierror.unrecognised'}},
  {name: 'a number that is no OKX code', input: '50100', expected: {code: 'apierror.unrecognised'}},
  {name: 'a long number containing a code', input: '1501131', expected: {code: 'apierror.unrecognised'}},
  // The IP lookup.
  {
    name: 'whitelist without the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    context: {whitelist: '18.167.89.125, 18.167.8.216\n43.198.26.42'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9', listed: 'no'}, more: ['apierror.ip-not-listed']},
  },
  {
    name: 'whitelist with the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    context: {whitelist: '18.167.89.125 203.0.113.9'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9', listed: 'yes'}, more: ['apierror.ip-listed']},
  },
  {
    name: 'a CIDR block covering the address',
    input: '您的IP203.0.113.9不在APIKey绑定IP名单中',
    context: {whitelist: '198.51.100.7，203.0.113.0/24'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9', listed: 'yes'}, more: ['apierror.ip-listed']},
  },
  {
    name: 'a CIDR block next to the address but not covering it',
    input: 'Your IP 203.0.113.9 is not included in your API key\'s IP whitelist',
    context: {whitelist: '203.0.112.0/24'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {listed: 'no'}, more: ['apierror.ip-not-listed']},
  },
  {
    name: 'IPv6 address in an IPv6 block',
    input: 'IP 2001:db8:1::5 is not in the allowlist',
    context: {whitelist: '2001:db8::/32'},
    expected: {code: 'apierror.ip-not-whitelisted', params: {ip: '2001:db8:1::5', listed: 'yes'}, more: ['apierror.ip-listed']},
  },
  {name: 'IP error without the address, list given', input: '50110', context: {whitelist: '8.8.8.8'}, expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', more: ['apierror.ip-unnamed']}},
  {
    name: 'a list with nothing readable',
    input: '50110 Your IP 203.0.113.9 is not included',
    context: {whitelist: 'my servers'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', okxCode: '50110', params: {ip: '203.0.113.9'}, more: ['apierror.whitelist-unreadable']},
  },
];

for (const {name, input, context, expected} of cases) {
  test(`explainError: ${name}`, () => {
    const report = explainError(input, context);
    const [main, ...rest] = report.findings;
    assert.equal(main.code, expected.code);
    assert.equal(report.exchange, expected.exchange);
    assert.equal(main.params?.code, expected.okxCode);
    for (const [key, value] of Object.entries(expected.params ?? {})) assert.equal(main.params?.[key], value, key);
    assert.deepEqual(rest.map((f) => f.code), expected.more ?? []);
    assert.equal(typeof main.params?.guide, 'string');
    assert.equal(report.verdict, main.severity === 'error' ? 'error' : 'warning');
  });
}

test('explainError: blank input is empty', () => {
  for (const blank of ['', '   ', '\n\t']) assert.deepEqual(explainError(blank), {verdict: 'empty', findings: []});
});

test('explainError: the text names the exchange over the context', () => {
  assert.equal(explainError('{"code":"50113","msg":"Invalid Sign"}', {exchange: 'backpack'}).exchange, 'okx');
  assert.equal(explainError('something failed', {exchange: 'backpack'}).exchange, 'backpack');
});

test('explainError: the IP on the list is the listed entry, not-listed counts the valid entries', () => {
  const input = 'Your IP 203.0.113.9 is not included in your API key\'s IP whitelist';
  const on = explainError(input, {whitelist: '203.0.113.0/24'}).findings[1];
  assert.equal(on.params?.entry, '203.0.113.0/24');
  const off = explainError(input, {whitelist: '8.8.8.8, 1.1.1.1, nonsense'}).findings[1];
  assert.equal(off.params?.entries, 2);
});
