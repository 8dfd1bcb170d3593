// The third-party V5 guide's 20 server addresses for an OKX key used with Insilico Terminal. The list, its
// source and its caveat live in the terminal data (src/terminals/insilicoOkxServerIps.ts, carried by the
// Insilico profile); this name stays for the pages, widgets and tests that import it.
export {INSILICO_OKX_GUIDE_IPS as INSILICO_SERVER_IPS} from '../terminals/insilicoOkxServerIps';
