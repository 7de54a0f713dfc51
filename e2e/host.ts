// Starts the browser host as a real child process, as `npm run preview` does, and reads its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** `env`: added to the host's environment (e.g. the release keys a built app would carry). */
export async function startHost(dataDir: string, env: Record<string, string> = {}): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/browser/cli.ts', '--data-dir', dataDir], {
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
