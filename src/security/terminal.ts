// The terminal of the browser host and the CLI: the recovery passphrase is typed without echo (stdin must be a
// terminal; without one, null, and the caller says to use PZK_PASSPHRASE).
import { createInterface } from 'node:readline';
import type { AskPassphrase } from './hostUnlock';

export const askAtTerminal: AskPassphrase = (question) => {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // Only the question is written; what is typed is not echoed.
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(question);
    output._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
};
