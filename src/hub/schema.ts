// The Kysely view of the hub's database (migrations/hub).
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
}
