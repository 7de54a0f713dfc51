// `npm start`: the Electron app where its binary is installed; otherwise (an offline install, as on
// CI) one line saying so, then the browser host with the same data folder.
import { spawn } from 'node:child_process';
import { electronBinaryPath } from '../main/electron/binary';
import { runBrowserHost } from '../main/browser/cli';

const args = process.argv.slice(2);
const binary = electronBinaryPath();
if (binary) {
  const child = spawn(binary, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error('Electron binary is not installed here (offline install); starting the browser host instead.');
  runBrowserHost(process.argv).catch((error: unknown) => {
    console.error(`pzk start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
