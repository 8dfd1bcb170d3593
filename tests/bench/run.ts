// `npm run bench`: runs each bench module in turn; exits non-zero if any budget is missed.
// Each module exports `run(): Promise<boolean>`. Add new benches to this list.
const BENCHES: (() => Promise<{run: () => Promise<boolean>}>)[] = [
  () => import('./checkers.bench'),
  // Needs the production build: `npm run bench` builds first.
  () => import('./browser.bench').then((m) => ({run: async () => (await m.runBrowserBench()).pass})),
  // Lighthouse, mobile preset, on the production server: slow (18 page loads).
  () => import('./lighthouse.bench').then((m) => ({run: () => m.runLighthouseBench()})),
];

async function main() {
  let ok = true;
  for (const load of BENCHES) ok = (await (await load()).run()) && ok;
  process.exitCode = ok ? 0 : 1;
}

void main();
