// The 30 server addresses Insilico Terminal publishes for a Bitget API key, in the order its own guide
// lists them ("Creating a Bitget API Key", updated 14 Aug 2023:
// https://docs.insilicoterminal.com/documentation/setup/creating-an-api-key/creating-a-bitget-api-key).
// The guide asks for all of them in Bitget's "Linked IP address" field, exactly as listed, and says there
// should be 30. Unlike the OKX list (insilicoOkxServerIps.ts), this one is the terminal's own, first-hand.
// The Insilico profile carries it with its source; it lives in a module of its own so that a page or widget
// that shows the list loads the list alone, not the whole profile.
export const INSILICO_BITGET_IPS: readonly string[] = [
  '18.180.195.116',
  '13.114.235.19',
  '18.181.102.105',
  '35.75.215.133',
  '54.65.212.219',
  '52.196.177.46',
  '35.76.223.130',
  '35.77.250.223',
  '18.180.239.100',
  '3.113.78.104',
  '18.181.158.39',
  '54.65.86.241',
  '52.199.152.174',
  '54.250.232.158',
  '52.69.38.104',
  '54.64.139.96',
  '52.194.90.124',
  '13.113.149.88',
  '52.199.229.99',
  '43.206.9.80',
  '54.150.160.59',
  '52.197.231.212',
  '13.114.162.121',
  '18.179.173.44',
  '52.68.79.101',
  '54.95.43.20',
  '54.92.115.167',
  '54.92.84.241',
  '54.64.37.174',
  '54.92.48.235',
];
