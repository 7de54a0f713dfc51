// Starts the browser host as a real child process, as `npm run preview` does (its bundle), and reads its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Bundled from the sources before the tests start (e2e/global-setup.ts). */
const HOST_BUNDLE = 'dist/host/cli.mjs';

/**
 * `env`: added to the host's environment. `fromSources`: the TypeScript sources through tsx, for what a bundle
 * fixes when it is built (the release keys a built app carries: the update test gives its own at run time).
 */
export async function startHost(dataDir: string, env: Record<string, string> = {}, options: { fromSources?: boolean } = {}): Promise<RunningHost> {
  const entry = options.fromSources ? ['--import', 'tsx', 'main/browser/cli.ts'] : [HOST_BUNDLE];
  const child: ChildProcess = spawn(process.execPath, [...entry, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The development key file: the e2e data folders are made here and thrown away (a test sets a passphrase when it needs one).
    env: { ...process.env, PZK_DEV_KEY: '1', ...env },
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  let stopping = false;
  // A host that dies during a test says why, instead of leaving only "no connection" in the page.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[e2e] the browser host exited unexpectedly (${code ?? signal}):\n${stderr}`);
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    async stop() {
      stopping = true;
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
