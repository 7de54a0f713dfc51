// Run as a child process by the worst-case bench: renders the protocol of one meeting of a database
// once and prints the process's peak RSS before and after, so that the memory of rendering is
// measured apart from the set-up (a sampling timer never fires inside pdfmake's synchronous layout).
import { openCoreFile } from '../src/core/core';
import { renderProtocol } from '../src/protocol/service';

const [file, meetingId] = process.argv.slice(2);
const core = await openCoreFile(file!, { readOnly: true });
const before = process.resourceUsage().maxRSS * 1024;
await renderProtocol(core.database.db, meetingId!);
const after = process.resourceUsage().maxRSS * 1024;
await core.close();
console.log(JSON.stringify({ before, after }));
