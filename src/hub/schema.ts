// The Kysely view of the hub's database (migrations/hub).
import type { Generated } from 'kysely';

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
  };
  hubBundle: { hash: string; teamId: string; installId: string; baseSeq: number; toSeq: number; importedAt: string; report: string };
  hubRecord: { teamId: string; entity: string; entityId: string; seq: number; deleted: number; row: string | null };
  hubFile: { teamId: string; path: string; sha256: string; content: Buffer };
  /** 0002: every bundle tried; `report` is the HubImportReport as JSON. */
  hubImport: { id: Generated<number>; at: string; source: string | null; teamId: string | null; accepted: number; code: string | null; report: string };
  /** 0002: a digest of every change received, by seq (first 16 bytes of SHA-256 of its canonical JSON). */
  hubChange: { teamId: string; seq: number; digest: Buffer };
}
