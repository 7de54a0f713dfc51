// 0001: the whole domain model of DESIGN §3. Released migrations are never edited: add a new file.
import { sql, type Kysely } from 'kysely';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// The vocabularies are spelled out here rather than imported, so that this migration keeps meaning
// what it meant when it was released even if the domain's lists grow.
const SECTORS = inList([
  'social_assistance', 'education', 'health', 'police', 'municipal_police', 'justice', 'labour_market',
  'ngo', 'housing', 'culture_sport', 'local_government', 'interdisciplinary_team', 'other',
]);
const ROLES = inList(['animator', 'moderator', 'lead', 'member', 'expert', 'guest']);
const ATTENDANCE = inList(['present', 'remote', 'late', 'left_early', 'excused', 'absent']);
const ACTION_STATUS = inList(['new', 'in_progress', 'done', 'cancelled']);
const ENTITIES = inList([
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case',
]);

const STATEMENTS = [
  `CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE team (
    id TEXT PRIMARY KEY NOT NULL,
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gmina_name TEXT NOT NULL CHECK (length(trim(gmina_name)) > 0),
    teryt TEXT NOT NULL CHECK (length(teryt) = 7 AND teryt NOT GLOB '*[^0-9]*'),
    model_type TEXT NOT NULL CHECK (model_type IN ('miejska', 'wiejska', 'miejsko-wiejska')),
    powiat TEXT,
    wojewodztwo TEXT,
    lead_institution TEXT,
    regional_centre TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE institution (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sector TEXT NOT NULL CHECK (sector IN (${SECTORS})),
    level TEXT NOT NULL DEFAULT 'gmina' CHECK (level IN ('gmina', 'powiat', 'region')),
    address TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE UNIQUE INDEX institution_name_unique ON institution (lower(name))`,

  `CREATE TABLE member (
    id TEXT PRIMARY KEY NOT NULL,
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    institution_id TEXT REFERENCES institution (id) ON DELETE RESTRICT,
    position TEXT,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN (${ROLES})),
    email TEXT,
    phone TEXT,
    joined_on TEXT,
    left_on TEXT,
    declaration_signed_on TEXT,
    confidentiality_signed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
  ) STRICT`,
  `CREATE INDEX member_institution ON member (institution_id)`,

  `CREATE TABLE "case" (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    kind TEXT NOT NULL DEFAULT 'family' CHECK (kind IN ('person', 'family')),
    opened_on TEXT,
    closed_on TEXT,
    outcome TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE meeting (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL DEFAULT 'pzk' CHECK (kind IN ('pzk', 'zzk', 'other')),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    seq_in_year INTEGER NOT NULL CHECK (seq_in_year > 0),
    date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT,
    online_url TEXT,
    chair_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    minute_taker_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    case_id TEXT REFERENCES "case" (id) ON DELETE RESTRICT,
    other_business TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'held', 'approved')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, year, seq_in_year)
  ) STRICT`,
  `CREATE INDEX meeting_date ON meeting (date)`,

  `CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL CHECK (position > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    presenter TEXT,
    minutes TEXT NOT NULL DEFAULT '',
    case_id TEXT REFERENCES "case" (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position)`,

  `CREATE TABLE attendance (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    guest_name TEXT,
    guest_institution TEXT,
    status TEXT NOT NULL CHECK (status IN (${ATTENDANCE})),
    substitute_name TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, member_id),
    CHECK ((member_id IS NULL) <> (guest_name IS NULL))
  ) STRICT`,

  `CREATE TABLE decision (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    agenda_item_id TEXT REFERENCES agenda_item (id) ON DELETE SET NULL,
    position INTEGER NOT NULL CHECK (position > 0),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX decision_meeting ON decision (meeting_id, position)`,

  `CREATE TABLE action_item (
    id TEXT PRIMARY KEY NOT NULL,
    origin_meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    seq_in_meeting INTEGER NOT NULL CHECK (seq_in_meeting > 0),
    number TEXT NOT NULL UNIQUE,
    agenda_item_id TEXT REFERENCES agenda_item (id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN (${ACTION_STATUS})),
    verification TEXT,
    case_id TEXT REFERENCES "case" (id) ON DELETE RESTRICT,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (origin_meeting_id, seq_in_meeting),
    CHECK ((status IN ('done', 'cancelled')) = (closed_on IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX action_item_status ON action_item (status, due_on)`,
  `CREATE INDEX action_item_owner ON action_item (owner_member_id)`,

  `CREATE TABLE action_item_review (
    id TEXT PRIMARY KEY NOT NULL,
    action_item_id TEXT NOT NULL REFERENCES action_item (id) ON DELETE RESTRICT,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    note TEXT NOT NULL DEFAULT '',
    status_after TEXT NOT NULL CHECK (status_after IN (${ACTION_STATUS})),
    reviewed_at TEXT NOT NULL,
    UNIQUE (action_item_id, meeting_id)
  ) STRICT`,
  `CREATE INDEX action_item_review_meeting ON action_item_review (meeting_id)`,

  // Append-only outbox for sync bundles: seq grows by one with every write.
  `CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    row TEXT,
    at TEXT NOT NULL
  ) STRICT`,
  `CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
    BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END`,
  `CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
    BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
