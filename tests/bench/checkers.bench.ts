// Speed of the checkers on this machine, against its budgets:
// checkIpList on 1,000 entries well under 16 ms (one frame), 100,000 under 1 s and linear;
// checkPublicKey and checkKeyPair under 5 ms per call; a 1 MB paste of garbage back quickly.
// any 1 MB input to checkIpList within 2x the time of a 1 MB list of valid addresses.
// Every other public entry point too (entry-points.ts): its worst 1 MB junk within 2x the valid list.
import {checkIpList, checkKeyPair, checkPublicKey} from '../../src/checkers';
import {ed} from '../../src/checkers/keys/ed25519';
import {encodeBase64} from '../../src/checkers/core/base64';
import {SPKI_ED25519_PREFIX} from '../../src/checkers/keys/keyContainers';
import {loadavg} from 'node:os';
import {timeEntryPoints} from './entry-points';

interface Result {
  name: string;
  /** The measure judged against the budget (CPU ms, or a ratio). */
  ms: number;
  wall?: number;
  budget: number;
  note?: string;
}

/** Deterministic pseudo-random numbers, so every run measures the same input. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A realistic messy list: mostly IPv4, some blocks, IPv6, duplicates and a few mistakes. */
export function makeList(count: number): string {
  const random = lcg(count);
  const octet = () => Math.floor(random() * 256);
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.6) entries.push(`${[18, 43, 16, 52][i & 3]}.${octet()}.${octet()}.${octet()}`);
    else if (r < 0.75) entries.push(`${[18, 43][i & 1]}.${octet()}.${octet()}.0/${16 + Math.floor(random() * 17)}`);
    else if (r < 0.87)
      entries.push(`2a05:d0${octet().toString(16).padStart(2, '0')}:${octet().toString(16)}::${octet().toString(16)}`);
    else if (r < 0.95 && entries.length > 0) entries.push(entries[Math.floor(random() * entries.length)]);
    else entries.push(['010.0.0.1', '1.2.3.4:443', '10.0.0.1', '1.2.3', 'fe80::1%eth0', '１８．１．２．３'][i % 6]);
  }
  return entries.join(count % 2 ? ', ' : '\n');
}

/** Exactly 1 MB of text made by repeating `make(i)`. */
function fillMegabyte(make: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < 1_000_000; i++) {
    const part = make(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, 1_000_000);
}

/** Inputs that were slow before the pre-filter, and other shapes of junk. */
const JUNK: Record<string, string> = {
  'hex-letter tokens (c, de ad be ef)': fillMegabyte((i) => ['c', 'de', 'ad', 'be', 'ef'][i % 5] + ' '),
  'bad IPv6 tokens': fillMegabyte(
    (i) => ['2001:db8::g', '1:2:3:4:5:6:7:8:9', ':::', 'fe80::1::2', 'de:ad:be:ef', '::ffff:1.2.3.256'][i % 6] + ' ',
  ),
  'numbers (short forms, too big)': fillMegabyte((i) => `${(i * 7919) % 100_000_000_000} `),
  'dots and separators only': fillMegabyte((i) => ['.', ',', '-', ':'][i & 3] + ' '),
  'ports, duplicates': fillMegabyte((i) => `1.2.${i & 255}.4:443 `),
  'zone ids': fillMegabyte((i) => `fe80::${(i & 255).toString(16)}%eth0 `),
  'ranges and netmasks': fillMegabyte((i) => (i & 1 ? `1.2.3.${i & 255}-9 ` : `1.2.${i & 255}.0/255.255.255.0 `)),
  'one 1 MB token': 'a1:'.repeat(333_334).slice(0, 1_000_000),
  'full-width digits': fillMegabyte((i) => `１８．${i & 255}．１．２ `),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  /** Median wall-clock time. */
  wall: number;
  /** Median CPU time of this process (user + system); what the code costs when the CPU is shared. */
  cpu: number;
}

async function time(runs: number, fn: () => unknown): Promise<Timing> {
  await fn(); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return {wall: median(wall), cpu: median(cpu)};
}

const measured = (t: Timing) => ({ms: t.cpu, wall: t.wall});

/** Runs the checker benchmarks, prints a table and returns whether every budget was met. */
export async function run(): Promise<boolean> {
  const results: Result[] = [];
  const perThousand: Record<number, number> = {};
  for (const [count, runs] of [
    [20, 200],
    [1_000, 50],
    [100_000, 7],
  ] as const) {
    const list = makeList(count);
    const {wall, cpu} = await time(runs, () => checkIpList(list, {target: 'okx'}));
    perThousand[count] = (cpu / count) * 1000;
    results.push({
      name: `checkIpList, ${count.toLocaleString('en')} entries`,
      ms: cpu,
      wall,
      budget: count === 100_000 ? 1000 : 16,
      note: `${perThousand[count].toFixed(3)} ms per 1k entries`,
    });
  }
  const growth = perThousand[100_000] / perThousand[1_000];
  results.push({name: 'checkIpList linearity (per-1k cost, 100k vs 1k)', ms: growth, budget: 3, note: 'ratio, not ms'});

  const seed = new Uint8Array(32).map((_, i) => (i * 7 + 1) & 255);
  const pub = ed.getPublicKey(seed);
  const key = encodeBase64(pub);
  const secret = encodeBase64(seed);
  const pem = `-----BEGIN PUBLIC KEY-----\n${encodeBase64(new Uint8Array([...SPKI_ED25519_PREFIX, ...pub]))}\n-----END PUBLIC KEY-----`;
  const pair = encodeBase64(new Uint8Array([...seed, ...pub]));
  for (const [name, input] of [
    ['base64', key],
    ['PEM', pem],
    ['64-byte pair', pair],
  ] as const) {
    if (checkPublicKey(input).normalized !== key) throw new Error(`bench input ${name} is not the test key`);
    results.push({
      name: `checkPublicKey per call (${name})`,
      ...measured(await time(200, () => checkPublicKey(input))),
      budget: 5,
    });
  }
  results.push({
    name: 'checkKeyPair per call (Backpack, match)',
    ...measured(await time(200, () => checkKeyPair({exchange: 'backpack', apiKey: key, apiSecret: secret}))),
    budget: 5,
  });
  results.push({
    name: 'checkKeyPair per call (Backpack, swapped)',
    ...measured(await time(200, () => checkKeyPair({exchange: 'backpack', apiKey: secret, apiSecret: key}))),
    budget: 5,
  });
  results.push({
    name: 'checkKeyPair per call (OKX)',
    ...measured(
      await time(200, () =>
        checkKeyPair({
          exchange: 'okx',
          apiKey: '37c541a1-7d3f-4a2b-9c1e-10fe7a038418',
          apiSecret: '22582BD0CFF14C41EDBF1AB98506286D',
          passphrase: 'Tr4d1ng!',
        }),
      ),
    ),
    budget: 5,
  });

  // Junk budget: each 1 MB input against a 1 MB list of valid IPv4 addresses, as a ratio of CPU time.
  const valid = fillMegabyte((i) => `${[18, 43, 16, 52][i & 3]}.${(i >> 8) & 255}.${i & 255}.${(i * 7) & 255}\n`);
  const validTime = await time(7, () => checkIpList(valid));
  results.push({name: 'checkIpList, 1 MB of valid IPv4 addresses', ...measured(validTime), budget: 1000});
  for (const [name, input] of Object.entries(JUNK)) {
    const t = await time(7, () => checkIpList(input));
    results.push({
      name: `checkIpList, 1 MB junk: ${name} (vs valid)`,
      ms: t.cpu / validTime.cpu,
      budget: 2,
      note: 'ratio, not ms',
    });
  }

  // Every public entry point, bundled as the site ships it, against the bundled checkIpList on the same list.
  const entries = await timeEntryPoints(valid, process.env.BENCH_ENTRY);
  for (const r of entries.results) {
    results.push({
      name: `${r.name}, worst 1 MB junk: ${r.worst} (vs valid, bundled)`,
      ms: r.ratio,
      budget: 2,
      note: 'ratio, not ms',
    });
  }

  const garbage = 'x%:/-.1 Zq=+'.repeat(90_000).slice(0, 1_000_000);
  results.push({
    name: 'checkIpList, 1 MB of garbage',
    ...measured(await time(5, () => checkIpList(garbage))),
    budget: 1000,
  });
  results.push({
    name: 'checkPublicKey, 1 MB of garbage',
    ...measured(await time(5, () => checkPublicKey(garbage))),
    budget: 1000,
  });
  results.push({
    name: 'checkKeyPair, 1 MB of garbage',
    ...measured(await time(5, () => checkKeyPair({exchange: 'backpack', apiKey: garbage, apiSecret: garbage}))),
    budget: 1000,
  });

  const load = loadavg()[0].toFixed(1);
  console.log(
    `Checkers (node; median of several runs; budgets judged on CPU time, wall time shown too; load average ${load})`,
  );
  let ok = true;
  const nameWidth = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const pass = r.ms < r.budget;
    ok &&= pass;
    const value = r.note === 'ratio, not ms' ? `${r.ms.toFixed(2)}x` : `${r.ms.toFixed(3)} ms cpu`;
    const wall = r.wall === undefined ? '' : `  wall ${r.wall.toFixed(3)} ms`;
    const budget = r.note === 'ratio, not ms' ? `< ${r.budget}x` : `< ${r.budget} ms`;
    const note = r.note && r.note !== 'ratio, not ms' ? `  (${r.note})` : '';
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(nameWidth)} ${value.padStart(16)}  budget ${budget.padEnd(10)}${wall}${note}`,
    );
  }
  return ok;
}
