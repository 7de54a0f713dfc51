// The ordered list of every migration, imported statically so that bundlers and packaged apps
// carry them. Append new ones; never reorder, rename or edit a released entry. Kysely runs them in
// name order, so names start with an increasing four-digit number.
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_search';
import * as m0003 from './0003_protocol_versions';
import * as m0004 from './0004_state_outbox';
import * as m0005 from './0005_team_title';
import * as m0006 from './0006_protocol_adoption';
import * as m0007 from './0007_history_indexes';
import * as m0008 from './0008_attachments';
import * as m0009 from './0009_meeting_numbers';
import * as m0010 from './0010_meeting_types';
import * as m0011 from './0011_world_cafe_search';
import * as m0012 from './0012_declarations';
import * as m0013 from './0013_rules_and_benefits';
import * as m0014 from './0014_action_plan';
import * as m0015 from './0015_basket';
import * as m0016 from './0016_offer_links';
import * as m0017 from './0017_support';
import * as m0018 from './0018_case_work';

export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_initial', m0001],
  ['0002_search', m0002],
  ['0003_protocol_versions', m0003],
  ['0004_state_outbox', m0004],
  ['0005_team_title', m0005],
  ['0006_protocol_adoption', m0006],
  ['0007_history_indexes', m0007],
  ['0008_attachments', m0008],
  ['0009_meeting_numbers', m0009],
  ['0010_meeting_types', m0010],
  ['0011_world_cafe_search', m0011],
  ['0012_declarations', m0012],
  ['0013_rules_and_benefits', m0013],
  ['0014_action_plan', m0014],
  ['0015_basket', m0015],
  ['0016_offer_links', m0016],
  ['0017_support', m0017],
  ['0018_case_work', m0018],
];
