// A curl command for a signed OKX request, shown as text only (this site never calls the API). The
// passphrase is not written into the command: it is read from a shell variable the reader sets without
// echoing it (read -rs), so it stays out of the screen and the shell history.
import type {OkxHeaders} from '@site/src/checkers/signing/okxSign';
import {shellQuote} from '@site/src/components/CheckerParts/shellQuote';

export const OKX_HOST = 'https://www.okx.com';
export const PASSPHRASE_VARIABLE = 'OKX_PASSPHRASE';
/** The header OKX's docs add for demo-trading requests. */
export const DEMO_HEADER: [string, string] = ['x-simulated-trading', '1'];

export interface CurlInput {
  method: string;
  requestPath: string;
  body: string;
  headers: OkxHeaders;
  demo: boolean;
}

/** The headers to send: the four OK-ACCESS-* ones, then the demo-trading header when asked for. */
export function okxHeaderList(headers: OkxHeaders, demo: boolean): [string, string][] {
  const list = Object.entries(headers) as [string, string][];
  return demo ? [...list, DEMO_HEADER] : list;
}

export function okxCurlCommand({method, requestPath, body, headers, demo}: CurlInput): string {
  const lines = [`curl -X ${method.toUpperCase()} ${shellQuote(OKX_HOST + requestPath)}`];
  for (const [name, value] of okxHeaderList(headers, demo)) {
    lines.push(
      name === 'OK-ACCESS-PASSPHRASE'
        ? `-H "OK-ACCESS-PASSPHRASE: $${PASSPHRASE_VARIABLE}"`
        : `-H ${shellQuote(`${name}: ${value}`)}`,
    );
  }
  if (body !== '') {
    lines.push(`-H ${shellQuote('Content-Type: application/json')}`);
    // --data-raw sends the text exactly (-d would read a file for a body starting with @).
    lines.push(`--data-raw ${shellQuote(body)}`);
  }
  return lines.join(' \\\n  ');
}
