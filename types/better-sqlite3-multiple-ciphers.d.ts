// better-sqlite3-multiple-ciphers ships better-sqlite3's own typings, but its package "exports" hide them from
// TypeScript; its API is better-sqlite3's (the cipher is chosen with pragmas), so the types are taken from there.
// A declaration rather than tsconfig "paths": tsx and Playwright follow "paths" at run time too.
declare module 'better-sqlite3-multiple-ciphers' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the only way a declaration re-exports an 'export ='
  import Database = require('better-sqlite3');
  export = Database;
}
