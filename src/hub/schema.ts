// The Kysely view of the hub's database (migrations/hub).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Generated, Kysely } from 'kysely';
import type { Entity } from '../domain/entities';
import type { OutboxOp } from '../db/schema';

export interface HubDatabase {
  hub: { singleton: number; name: string; ageIdentity: string; ageRecipient: string; receiptPrivateKey: string; receiptPublicKey: string; createdAt: string };
  hubTeam: {
    id: string;
    name: string;
    teryt: string;
    token: string;
    installId: string | null;
    pinnedKey: string | null;
    ackedSeq: number;
    lastBundleHash: string | null;
    lastBundleAt: string | null;
    createdAt: string;
    /** 0003: the first seq the session ledger covers (null: none yet). */
    ledgerFrom: number | null;
    /** 0004: the support the team received by month and kind (SupportMonth[] as JSON), from its last bundle that sent it. */
    support: string | null;
    /** 0005: the team's cases by month (CaseMonth[] as JSON), from its last bundle that sent them. */
    cases: string | null;
    /** 0005: the held meetings of its task teams as counts (TaskTeamMeeting[] as JSON), from its last bundle. */
    taskTeamMeetings: string | null;
    /** 0006: when the team made its last bundle (its manifest's createdAt); null for one imported before 0006. */
    lastBundleMadeAt: string | null;
  };
  hubBundle: { hash: string; teamId: string; installId: string; baseSeq: number; toSeq: number; importedAt: string; report: string };
  /** The latest row of every record of every team; `row` is the synced row as JSON (src/sync/records.ts). */
  hubRecord: { teamId: string; entity: Entity; entityId: string; seq: number; deleted: number; row: string | null; format: Generated<number> };
  hubFile: { teamId: string; path: string; sha256: string; content: Buffer };
  /** 0002: every bundle tried; `report` is the HubImportReport as JSON. */
  hubImport: { id: Generated<number>; at: string; source: string | null; teamId: string | null; accepted: number; code: string | null; report: string };
  /** 0003: the team's write-session ledger as far as the hub acknowledged it. */
  hubSession: { teamId: string; fromSeq: number; sessionId: string };
  /** 0006: a model type's published case figures of a year ('none': no type said), the protected cells as JSON. */
  hubCaseFigures: { model: string; year: number; publishedAt: string; figures: string };
}

export type { OutboxOp };

/** An open hub database. */
export interface Hub {
  db: Kysely<HubDatabase>;
  /** The same connection, for the bulk apply of an import (prepared statements, no per-row overhead). */
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}
