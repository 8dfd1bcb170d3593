// Insilico Terminal's server addresses for manually whitelisting an OKX-style V5 key, as published in
// the terminal's setup guide. The one copy of this list on the site: guides and checkers import it.
export const INSILICO_SERVER_IPS: readonly string[] = [
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
