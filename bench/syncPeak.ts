// A child process of the sync bench: one export or one hub import on its own, so that its peak RSS
// (the process's high-water mark) is that operation's and not the bench's. Prints one JSON line.
import { readFileSync, rmSync } from 'node:fs';
import { openCoreFile } from '../src/core/core';
import { openHubAt } from '../test/hubAt';
import { importBundle } from '../src/hub/import';
import { writeBundle } from '../src/sync/team';

const [mode, database, bundleFile] = process.argv.slice(2);
if (!mode || !database || !bundleFile) throw new Error('usage: syncPeak export|import <database> <bundle file>');
// VmHWM, not getrusage's maxRSS: Linux carries maxRSS over from the parent across exec.
const peakMb = () => {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
};
if (mode === 'export') {
  const core = await openCoreFile(database);
  const before = peakMb();
  // As `pzk bundle export` and the desktop app save it: written to its file as it is encrypted.
  rmSync(bundleFile, { force: true });
  await (await writeBundle(core.database.db, core.database.schemaVersion, bundleFile, { full: true, sqlite: core.database.sqlite })).remember();
  console.log(JSON.stringify({ before, peak: peakMb() }));
  await core.close();
} else {
  const hub = await openHubAt(database);
  const bytes = readFileSync(bundleFile);
  const before = peakMb();
  const report = await importBundle(hub, bytes);
  if (!report.accepted) throw new Error(`refused: ${report.reason}`);
  console.log(JSON.stringify({ before, peak: peakMb() }));
  await hub.close();
}
