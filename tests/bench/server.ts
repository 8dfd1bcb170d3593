// The project's own production server for the benches: `serve` with build/serve.json (as `npm run serve`).
import {spawn, type ChildProcess} from 'node:child_process';

export interface Server {
  base: string;
  stop(): void;
}

export async function startServer(port: number): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    'npx',
    [
      'serve',
      'build',
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-port-switching',
      '--no-request-logging',
    ],
    {stdio: 'ignore', detached: true, env: {...process.env, NO_UPDATE_CHECK: '1'}},
  );
  const stop = () => {
    if (child.pid) {
      try {
        process.kill(-child.pid); // its own process group: npx and the node server under it
      } catch {
        // already gone
      }
    }
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return {base, stop};
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`serve did not start on ${base}`);
}
