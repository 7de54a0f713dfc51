// The regional hub's migrations: a database of its own, with its own ordered list.
import type { Migration } from 'kysely/migration';
import * as h0001 from './0001_hub';
import * as h0002 from './0002_journal';
import * as h0003 from './0003_state';
import * as h0004 from './0004_aggregates';
import * as h0005 from './0005_cases';
import * as h0006 from './0006_published';

export const HUB_MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_hub', h0001],
  ['0002_journal', h0002],
  ['0003_state', h0003],
  ['0004_aggregates', h0004],
  ['0005_cases', h0005],
  ['0006_published', h0006],
];
