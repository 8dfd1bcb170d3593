// A curl command for a signed Backpack request, shown as text only (this site never calls the API).
// Routes for the instructions the official Rust client (bpx-api-client) signs; anything else gets a
// placeholder the reader fills in from Backpack's API reference.
import type {Params, SignedRequest} from '@site/src/checkers/signing/backpackSign';
import {shellQuote as quote} from '@site/src/components/CheckerParts/shellQuote';

export const API_HOST = 'https://api.backpack.exchange';

const ROUTES: Record<string, [method: string, path: string]> = {
  accountQuery: ['GET', '/api/v1/account'],
  balanceQuery: ['GET', '/api/v1/capital'],
  collateralQuery: ['GET', '/api/v1/capital/collateral'],
  depositAddressQuery: ['GET', '/wapi/v1/capital/deposit/address'],
  orderQuery: ['GET', '/api/v1/order'],
  orderExecute: ['POST', '/api/v1/order'],
  orderCancel: ['DELETE', '/api/v1/order'],
  orderQueryAll: ['GET', '/api/v1/orders'],
  orderCancelAll: ['DELETE', '/api/v1/orders'],
};
const BATCH_ROUTE: [string, string] = ['POST', '/api/v1/orders'];

export function routeOf(instruction: string, batch: boolean): [method: string, path: string] | undefined {
  return batch && instruction === 'orderExecute' ? BATCH_ROUTE : ROUTES[instruction];
}

function query(params: Params): string {
  const pairs = Object.keys(params)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(String(params[k]))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The command, with `METHOD` and `/PATH` placeholders when the route is not known. */
export function curlCommand(
  instruction: string,
  params: Params | Params[],
  signed: SignedRequest,
): {command: string; known: boolean} {
  const batch = Array.isArray(params);
  const route = routeOf(instruction, batch);
  const [method, path] = route ?? ['METHOD', '/PATH'];
  const hasBody = method !== 'GET' && (batch || Object.keys(params).length > 0);
  const url = API_HOST + path + (method === 'GET' && !batch ? query(params) : '');
  const lines = [`curl -X ${method} ${quote(url)}`];
  if (hasBody) lines.push(`-H ${quote('Content-Type: application/json; charset=utf-8')}`);
  for (const [name, value] of Object.entries(signed.headers)) lines.push(`-H ${quote(`${name}: ${value}`)}`);
  if (hasBody) lines.push(`-d ${quote(JSON.stringify(params))}`);
  return {command: lines.join(' \\\n  '), known: route !== undefined};
}
