// Insilico Terminal's Bitget server list, as the site carries it, against the text of the terminal's own
// guide ("Creating a Bitget API Key", updated 14 Aug 2023), copied here verbatim: the same 30 addresses in
// the same order, each an IPv4 address the IP whitelist checker reads, none shared with the OKX list.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {INSILICO_BITGET_SERVER_IPS} from '../../src/terminals/insilicoBitgetServerIps';
import {INSILICO_OKX_GUIDE_IPS} from '../../src/terminals/insilicoOkxServerIps';
import {insilico} from '../../src/terminals/insilico';
import {checkIpList, compareWithTerminal} from '../../src/checkers';

const GUIDE_TEXT =
  '18.180.195.116, 13.114.235.19, 18.181.102.105, 35.75.215.133, 54.65.212.219, 52.196.177.46, 35.76.223.130, ' +
  '35.77.250.223, 18.180.239.100, 3.113.78.104, 18.181.158.39, 54.65.86.241, 52.199.152.174, 54.250.232.158, ' +
  '52.69.38.104, 54.64.139.96, 52.194.90.124, 13.113.149.88, 52.199.229.99, 43.206.9.80, 54.150.160.59, ' +
  '52.197.231.212, 13.114.162.121, 18.179.173.44, 52.68.79.101, 54.95.43.20, 54.92.115.167, 54.92.84.241, ' +
  '54.64.37.174, 54.92.48.235';

test('insilico bitget list: the 30 addresses of the guide, in its order', () => {
  const fromGuide = GUIDE_TEXT.split(', ');
  assert.equal(fromGuide.length, 30, 'the guide says there should be 30');
  assert.deepEqual([...INSILICO_BITGET_SERVER_IPS], fromGuide);
});

test('insilico bitget list: the profile carries this list with the guide as its source', () => {
  const bitget = insilico.exchanges.find((p) => p.exchange === 'bitget');
  const list = bitget?.serverIps?.find((l) => l.id === 'bitget');
  assert.ok(list, 'no Bitget server list in the Insilico profile');
  assert.equal(list.addresses.value, INSILICO_BITGET_SERVER_IPS);
  assert.match(list.addresses.source, /creating-a-bitget-api-key$/);
  assert.equal(list.addresses.thirdParty, undefined, 'the list is the terminal’s own');
});

test('insilico bitget list: shares no address with the OKX list from the third-party guide', () => {
  assert.deepEqual(
    INSILICO_BITGET_SERVER_IPS.filter((ip) => INSILICO_OKX_GUIDE_IPS.includes(ip)),
    [],
  );
});

test('insilico bitget list: the IP whitelist checker reads every entry and compares a list with it', () => {
  const report = checkIpList(GUIDE_TEXT, {target: 'generic'});
  assert.equal(report.verdict, 'ok');
  const mine = checkIpList(INSILICO_BITGET_SERVER_IPS.slice(2).join('\n'), {target: 'generic'});
  const compared = compareWithTerminal(mine, INSILICO_BITGET_SERVER_IPS.join('\n'), {required: true});
  assert.equal(compared.verdict, 'error');
  assert.deepEqual([...(compared.terminal?.missing ?? [])].sort(), ['13.114.235.19', '18.180.195.116']);
});
