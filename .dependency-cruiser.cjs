// Layering of PZK Animator (DESIGN §2), checked by `npm run lint`: each layer states what it may import
// (an allow-list, after VS Code's code-import-patterns); anything else fails. `test/layering.test.ts`
// proves that every rule fires.
//
//   src/domain    pure rules and vocabularies: imports nothing but itself
//   src/api       the contract: domain, zod (the renderer loads it too: no Node)
//   renderer/     the UI: src/api, src/domain and browser packages; never Node, the database or main/
//   src/db …      the core layers below, each with its list
//   main/         the hosts: the core as src/core offers it, src/api, src/config, src/domain, electron
/** @type {import('dependency-cruiser').IConfiguration} */

const NPM = 'node_modules/';
/** kysely/migration is resolved through kysely's export map, which the cruiser shows by its name. */
const KYSELY = `${NPM}kysely/|^kysely(/|$)`;

/** A layer may import only what matches `allowed` (Node built-ins only if `node` is true). */
function layer(name, from, allowed, { node = false, comment }) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { pathNot: allowed, ...(node ? { dependencyTypesNot: ['core'] } : {}) },
  };
}

const src = (...dirs) => `^(${dirs.map((d) => `src/${d}/`).join('|')})`;
const or = (...patterns) => patterns.join('|');

module.exports = {
  forbidden: [
    layer('domain-imports-only-domain', '^src/domain/', '^src/domain/', {
      comment: 'src/domain holds the pure rules: it imports nothing but itself (no packages, no Node).',
    }),
    layer('api-allow-list', '^src/api/', or(src('api', 'domain'), `${NPM}zod/`), {
      comment: 'src/api (the contract) may import src/domain and zod only; the renderer loads it.',
    }),
    layer('renderer-allow-list', '^renderer/', or('^renderer/', src('api', 'domain'), NPM), {
      comment: 'renderer/ talks to the core only through the contract: src/api, src/domain and browser packages; no Node built-ins.',
    }),
    layer('migrations-allow-list', '^migrations/', or('^migrations/', KYSELY), {
      comment: 'A migration means forever what it meant when released: it imports nothing of the app.',
    }),
    layer('config-allow-list', '^src/config/', or(src('config', 'api')), { node: true, comment: 'src/config: the data folder and its lock.' }),
    layer('db-allow-list', '^src/db/', or(src('db', 'domain', 'api'), '^migrations/', NPM, KYSELY), { node: true, comment: 'src/db: opening and migrating the SQLite file.' }),
    layer('services-allow-list', '^src/services/', or(src('services', 'db', 'domain', 'api'), NPM), {
      node: true,
      comment: 'src/services: the operations, on the database, through the one write path.',
    }),
    layer('protocol-allow-list', '^src/protocol/', or(src('protocol', 'services', 'db', 'domain', 'api'), NPM), { node: true, comment: 'src/protocol: documents.' }),
    layer('sync-allow-list', '^src/sync/', or(src('sync', 'protocol', 'services', 'db', 'domain', 'api'), '^src/version\\.ts$', NPM), {
      node: true,
      comment: 'src/sync: the team side of synchronisation.',
    }),
    layer('hub-allow-list', '^src/hub/', or(src('hub', 'sync', 'services', 'db', 'domain', 'api'), '^migrations/', NPM), { node: true, comment: 'src/hub: the regional hub.' }),
    layer('backup-allow-list', '^src/backup/', or(src('backup', 'security', 'sync', 'services', 'db', 'domain', 'api'), NPM), { node: true, comment: 'src/backup: copies and restores.' }),
    layer('security-allow-list', '^src/security/', or(src('security', 'db', 'api'), '^src/sync/secrets\\.ts$', NPM), {
      node: true,
      comment: 'src/security: the database key, its key file and the encryption of a plain database (issue 17.6).',
    }),
    layer('log-allow-list', '^src/log/', or(src('log'), '^src/version\\.ts$', NPM), {
      node: true,
      comment: 'src/log: the application log and the diagnostic report; it reads the database it is given, never the services.',
    }),
    layer('update-allow-list', '^src/update/', or(src('update', 'sync', 'api', 'domain'), '^src/version\\.ts$', NPM), {
      node: true,
      comment: 'src/update: checking an installer against its signed release manifest (the signatures of src/sync/crypto).',
    }),
    layer('demo-allow-list', '^src/demo/', or(src('demo', 'api', 'domain')), { comment: 'src/demo writes through the public API only.' }),
    layer('cli-allow-list', '^src/cli/', or(src('cli', 'api', 'core', 'config', 'domain', 'demo'), '^src/version\\.ts$', NPM), {
      node: true,
      comment: 'src/cli goes through the contract (src/core gives it the dispatch), like the screens.',
    }),
    layer('main-allow-list', '^main/', or('^main/', src('api', 'core', 'config', 'domain'), NPM), {
      node: true,
      comment: 'main/ is thin: it adapts the core (src/core) to Electron and HTTP; logic found there belongs in src/.',
    }),
    {
      name: 'core-no-electron-or-react',
      comment: 'src/ is plain Node + TypeScript: no electron, react or react-dom (type-only imports of electron are allowed).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(electron|react|react-dom)$|node_modules/(electron|react|react-dom)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-main-loads-electron',
      comment: 'Only main/ (the Electron host) may import electron at run time.',
      severity: 'error',
      from: { pathNot: '^main/' },
      to: { path: '^electron$|node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other in a circle: split out the shared part.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    exclude: { path: '\\.test\\.ts$' },
    // ESM-only packages (file-type) export "default" and "types" only: resolve them as Node's import does.
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default', 'types'], exportsFields: ['exports'] },
  },
};
