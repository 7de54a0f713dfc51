// 0012: declarations (issue 16.2). An institution's "Deklaracja przystąpienia do PZK" and a member's
// "oświadczenie o zachowaniu poufności" become records of their own, with the signed, renewed and
// withdrawn dates, the head who signs and the delegate and deputy; the signed scan sits beside it on
// this machine only. The two dates a member row carried move into these records:
// - a member's confidentiality date becomes their confidentiality declaration;
// - an institution's accession is dated by the earliest date its members had (the one member who had
//   a date is its delegate); a member without an institution keeps a declaration in their own name.
// Then the member columns go. The new records are marked in the outbox, so the regional centre gets them.
// The outbox learns the new entity: its CHECK lists the entities, so it is rebuilt with the same rows.
import { sql, type Kysely } from 'kysely';

/** A random UUID (version 4), made by SQLite: a migration imports nothing but Kysely. */
const NEW_ID = sql<string>`lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration',
].map((e) => `'${e}'`).join(', ');

const TABLES = [
  `CREATE TABLE declaration (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('accession', 'confidentiality')),
    institution_id TEXT REFERENCES institution (id) ON DELETE RESTRICT,
    member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    head_name TEXT,
    head_position TEXT,
    delegate_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    deputy_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    signed_on TEXT,
    renewed_on TEXT,
    withdrawn_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((kind = 'accession' AND (institution_id IS NOT NULL OR member_id IS NOT NULL))
        OR (kind = 'confidentiality' AND member_id IS NOT NULL AND institution_id IS NULL)),
    CHECK (renewed_on IS NULL OR (signed_on IS NOT NULL AND renewed_on >= signed_on)),
    CHECK (withdrawn_on IS NULL OR (signed_on IS NOT NULL AND withdrawn_on >= signed_on)),
    CHECK (delegate_member_id IS NULL OR deputy_member_id IS NULL OR delegate_member_id <> deputy_member_id)
  ) STRICT`,
  // One declaration in force per institution and per member; a withdrawn one stays as history.
  `CREATE UNIQUE INDEX declaration_open_accession ON declaration (institution_id)
    WHERE kind = 'accession' AND withdrawn_on IS NULL AND institution_id IS NOT NULL`,
  `CREATE UNIQUE INDEX declaration_open_confidentiality ON declaration (member_id)
    WHERE kind = 'confidentiality' AND withdrawn_on IS NULL`,
  `CREATE INDEX declaration_member ON declaration (member_id)`,
  `CREATE INDEX declaration_delegate ON declaration (delegate_member_id)`,
  `CREATE INDEX declaration_deputy ON declaration (deputy_member_id)`,
  `CREATE TABLE declaration_scan (
    declaration_id TEXT PRIMARY KEY NOT NULL REFERENCES declaration (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= 26214400),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE outbox_next (
    entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'anonymise')),
    PRIMARY KEY (entity, entity_id)
  ) STRICT, WITHOUT ROWID`,
  `INSERT INTO outbox_next (entity, entity_id, seq, op) SELECT entity, entity_id, seq, op FROM outbox`,
  `DROP TABLE outbox`,
  `ALTER TABLE outbox_next RENAME TO outbox`,
  `CREATE INDEX outbox_seq ON outbox (seq)`,
];

interface OldMember {
  id: string;
  full_name: string;
  institution_id: string | null;
  declaration_signed_on: string | null;
  confidentiality_signed_on: string | null;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of TABLES) await sql.raw(statement).execute(db);
  const members = (
    await sql<OldMember>`SELECT id, full_name, institution_id, declaration_signed_on, confidentiality_signed_on FROM member
      WHERE declaration_signed_on IS NOT NULL OR confidentiality_signed_on IS NOT NULL ORDER BY full_name, id`.execute(db)
  ).rows;
  const now = new Date().toISOString();
  const created: string[] = [];
  const insert = async (kind: string, institutionId: string | null, memberId: string | null, delegate: string | null, signedOn: string) => {
    const id = (await sql<{ id: string }>`SELECT ${NEW_ID} AS id`.execute(db)).rows[0]!.id;
    await sql`INSERT INTO declaration (id, kind, institution_id, member_id, delegate_member_id, signed_on, created_at, updated_at)
      VALUES (${id}, ${kind}, ${institutionId}, ${memberId}, ${delegate}, ${signedOn}, ${now}, ${now})`.execute(db);
    created.push(id);
  };
  const byInstitution = new Map<string, OldMember[]>();
  for (const m of members) {
    if (m.confidentiality_signed_on) await insert('confidentiality', null, m.id, null, m.confidentiality_signed_on);
    if (!m.declaration_signed_on) continue;
    if (m.institution_id === null) await insert('accession', null, m.id, null, m.declaration_signed_on);
    else byInstitution.set(m.institution_id, [...(byInstitution.get(m.institution_id) ?? []), m]);
  }
  for (const [institutionId, signers] of byInstitution) {
    const earliest = signers.map((m) => m.declaration_signed_on!).sort()[0]!;
    await insert('accession', institutionId, null, signers.length === 1 ? signers[0]!.id : null, earliest);
  }
  if (created.length > 0) {
    const seq = Number((await sql<{ n: number }>`SELECT coalesce(max(seq), 0) + 1 AS n FROM outbox`.execute(db)).rows[0]!.n);
    for (const id of created) await sql`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('declaration', ${id}, ${seq}, 'upsert')`.execute(db);
  }
  await sql.raw(`ALTER TABLE member DROP COLUMN declaration_signed_on`).execute(db);
  await sql.raw(`ALTER TABLE member DROP COLUMN confidentiality_signed_on`).execute(db);
}
