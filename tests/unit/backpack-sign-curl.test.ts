import {test} from 'node:test';
import assert from 'node:assert/strict';
import {signRequest, type Params} from '../../src/checkers/signing/backpackSign';
import {curlCommand} from '../../src/components/RequestSigner/curl';
import {generateKeyPair} from '../../src/checkers/keys/keygen';

const {seed} = generateKeyPair();
function curl(instruction: string, params: Params | Params[]) {
  const signed = signRequest(seed, {instruction, params, timestamp: 1614550000000});
  assert.ok(signed.ok);
  return {...curlCommand(instruction, params, signed), signed};
}

test('orderCancel: DELETE with a JSON body and the four headers, never the secret', () => {
  const {command, known, signed} = curl('orderCancel', {symbol: 'BTC_USDT', orderId: '28'});
  assert.ok(known);
  assert.match(command, /^curl -X DELETE 'https:\/\/api\.backpack\.exchange\/api\/v1\/order' \\\n/);
  assert.ok(command.includes(`-H 'X-API-Key: ${signed.headers['X-API-Key']}'`));
  assert.ok(command.includes(`-H 'X-Signature: ${signed.signature}'`));
  assert.ok(command.includes(`-H 'X-Timestamp: 1614550000000'`));
  assert.ok(command.includes(`-H 'X-Window: 5000'`));
  assert.ok(command.endsWith(`-d '{"symbol":"BTC_USDT","orderId":"28"}'`));
  assert.ok(!command.includes(seed));
});

test('GET requests carry the params in the query string, encoded', () => {
  const {command} = curl('orderQuery', {symbol: 'BTC_USDT', orderId: 'a b'});
  assert.match(
    command,
    /^curl -X GET 'https:\/\/api\.backpack\.exchange\/api\/v1\/order\?orderId=a%20b&symbol=BTC_USDT'/,
  );
  assert.ok(!command.includes(' -d '));
});

test('batch orderExecute posts the list to /api/v1/orders; unknown instructions get placeholders; quotes are escaped', () => {
  assert.match(
    curl('orderExecute', [{symbol: 'A'}, {symbol: 'B'}]).command,
    /^curl -X POST 'https:\/\/api\.backpack\.exchange\/api\/v1\/orders'/,
  );
  const unknown = curl('somethingNew', {note: "it's"});
  assert.equal(unknown.known, false);
  assert.match(unknown.command, /^curl -X METHOD 'https:\/\/api\.backpack\.exchange\/PATH'/);
  assert.ok(unknown.command.endsWith(`-d '{"note":"it'\\''s"}'`));
});
