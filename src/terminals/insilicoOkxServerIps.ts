// The 20 server addresses for manually whitelisting an OKX V5 API key that a third-party guide to V5 keys
// lists for "a typical terminal setup", with Insilico Terminal as its example app (published on roedsa.com;
// https://www.roedsa.com/19652.html). It is not Insilico Terminal's own list: wherever it is shown, say so
// and point readers to the terminal's own page ("Creating an OKX API Key" in Insilico Terminal's docs).
// The one copy of this list on the site: the Insilico profile (insilico.ts) carries it with its source,
// and src/data re-exports it for the pages and widgets. It lives in a module of its own so that a page
// that shows the list loads the list alone, not the whole profile.
export const INSILICO_OKX_GUIDE_IPS: readonly string[] = [
  '18.167.89.125',
  '18.167.8.216',
  '43.198.26.42',
  '18.166.216.236',
  '18.163.207.89',
  '43.198.196.202',
  '43.198.149.125',
  '43.198.214.66',
  '18.167.53.222',
  '18.166.252.235',
  '16.163.177.207',
  '18.167.243.99',
  '18.167.32.21',
  '18.166.224.0',
  '18.166.106.248',
  '18.162.176.190',
  '16.163.65.4',
  '18.167.188.106',
  '16.163.19.198',
  '18.167.49.196',
];
