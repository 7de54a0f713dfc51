// Layering of PZK Animator (DESIGN §2), checked by `npm run lint`:
// the core (src/) knows nothing of Electron, React or the DOM; the renderer knows nothing of Node,
// the database or the services; only main/ may load Electron.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-electron-or-react',
      comment: 'src/ is plain Node + TypeScript: no electron, react or react-dom (type-only imports of electron are allowed).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(electron|react|react-dom)$|node_modules/(electron|react|react-dom)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node',
      comment: 'renderer/ runs in the browser: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-db-or-services',
      comment: 'renderer/ talks to the core only through the API contract (src/api, src/domain).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(src/(db|services|core|cli|config)/|migrations/|main/)|better-sqlite3|node_modules/kysely/' },
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
  },
};
