// Declarations (issue 16.2): prepared, printed pre-filled, signed with a scan, withdrawn; who is a
// partner and who has yet to sign; what the regional centre gets (the dates, never the scan or who signed).
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore } from '../../test/helpers';
import { recordsOf, setup } from '../../test/bundles';
import { PNG, docx } from '../../test/sampleFiles';
import { hubReport } from '../hub/hub';
import { importBundle } from '../hub/import';
import { decryptWith, unzipFiles } from '../sync/crypto';
import { exportBundle } from '../sync/team';
import { declarationOverview, isPartnerOn } from '../domain/declarations';

describe('declarations', () => {
  it('say at a glance who has signed: an institution is a partner from its declaration until its withdrawal', async () => {
    const { api, ops, school, lukasz, grazyna, jan } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    let view = await api.declarations.list();
    expect(view.overview.institutions.map((r) => [r.institution.name, r.standing])).toEqual([
      ['Ośrodek Pomocy Społecznej', 'missing'],
      ['Szkoła Podstawowa nr 1', 'missing'],
    ]);
    expect(await api.declarations.prepareMissing({ kind: 'accession' })).toEqual({ created: 2 });
    expect(await api.declarations.prepareMissing({ kind: 'accession' })).toEqual({ created: 0 });
    view = await api.declarations.list();
    const opsDecl = view.declarations.find((d) => d.institutionId === ops.id)!;
    await api.declarations.update({ id: opsDecl.id, headName: 'Anna Nowak', headPosition: 'Kierownik', delegateMemberId: lukasz.id, deputyMemberId: jan.id, signedOn: '2026-02-07' });
    view = await api.declarations.list();
    expect(view.overview.accession).toEqual({ signed: 1, expected: 2 });
    expect(view.overview.institutions.map((r) => r.standing)).toEqual(['signed', 'unsigned']);

    // Confidentiality: one per member on the roster.
    await api.declarations.create({ kind: 'confidentiality', memberId: grazyna.id, signedOn: '2026-02-07' });
    expect((await api.declarations.list()).overview.confidentiality).toEqual({ signed: 1, expected: 3 });

    // The school leaves: its declaration is withdrawn; it and its members are history, not gaps.
    const schoolDecl = view.declarations.find((d) => d.institutionId === school.id)!;
    await api.declarations.update({ id: schoolDecl.id, signedOn: '2026-02-07', withdrawnOn: '2026-03-10' });
    view = await api.declarations.list();
    expect(view.overview.institutions.map((r) => r.standing)).toEqual(['signed', 'left']);
    expect(view.overview.accession).toEqual({ signed: 1, expected: 1 });
    expect(view.overview.members.find((r) => r.member.id === grazyna.id)!.standing).toBe('left');
    expect(view.overview.confidentiality).toEqual({ signed: 0, expected: 2 });
    const schoolRows = view.declarations.filter((d) => d.institutionId === school.id);
    expect(isPartnerOn(schoolRows, '2026-03-09')).toBe(true);
    expect(isPartnerOn(schoolRows, '2026-03-10')).toBe(false);
    // Rejoining is a new declaration; the withdrawn one stays.
    const again = await api.declarations.create({ kind: 'accession', institutionId: school.id });
    expect(again.signedOn).toBeNull();
    expect((await api.declarations.list()).declarations.filter((d) => d.institutionId === school.id)).toHaveLength(2);
  });

  it('refuses what cannot be: a second declaration in force, an unknown institution, dates out of order, a delegate from elsewhere or who left', async () => {
    const { api, ops, school, lukasz, grazyna, jan } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const d = await api.declarations.create({ kind: 'accession', institutionId: ops.id, signedOn: '2026-02-07' });
    const dup = await expectAppError(api.declarations.create({ kind: 'accession', institutionId: ops.id }), 'DUPLICATE');
    expect(dup.details).toMatchObject({ fields: { institutionId: 'duplicate' } });
    const unknown = await expectAppError(api.declarations.create({ kind: 'accession', institutionId: 'no-such-institution' }), 'NOT_FOUND');
    expect(unknown.details).toMatchObject({ fields: { institutionId: 'not_found' } });
    await expectAppError(api.declarations.create({ kind: 'accession' }), 'VALIDATION_FAILED');
    const order = await expectAppError(api.declarations.update({ id: d.id, signedOn: '2026-02-07', withdrawnOn: '2026-01-01' }), 'VALIDATION_FAILED');
    expect(order.details).toMatchObject({ fields: { withdrawnOn: 'before_signed' } });
    const unsigned = await expectAppError(api.declarations.update({ id: d.id, renewedOn: '2026-03-01' }), 'VALIDATION_FAILED');
    expect(unsigned.details).toMatchObject({ fields: { renewedOn: 'requires_signed' } });
    const future = await expectAppError(api.declarations.update({ id: d.id, signedOn: '2026-04-01' }), 'VALIDATION_FAILED');
    expect(future.details).toMatchObject({ fields: { signedOn: 'in_future' } });
    const elsewhere = await expectAppError(api.declarations.update({ id: d.id, signedOn: '2026-02-07', delegateMemberId: grazyna.id }), 'VALIDATION_FAILED');
    expect(elsewhere.details).toMatchObject({ fields: { delegateMemberId: 'other_institution' } });
    const same = await expectAppError(api.declarations.update({ id: d.id, signedOn: '2026-02-07', delegateMemberId: jan.id, deputyMemberId: jan.id }), 'VALIDATION_FAILED');
    expect(same.details).toMatchObject({ fields: { deputyMemberId: 'same_as_delegate' } });
    // A delegate named while on the roster stays on record after leaving; a new one must be on it.
    await api.declarations.update({ id: d.id, signedOn: '2026-02-07', delegateMemberId: jan.id });
    await api.members.deactivate({ id: jan.id, leftOn: '2026-03-15' });
    await api.declarations.update({ id: d.id, signedOn: '2026-02-07', delegateMemberId: jan.id, renewedOn: '2026-03-18' });
    const left = await expectAppError(api.declarations.update({ id: d.id, signedOn: '2026-02-07', delegateMemberId: lukasz.id, deputyMemberId: jan.id }), 'VALIDATION_FAILED');
    expect(left.details).toMatchObject({ fields: { deputyMemberId: 'inactive' } });
    // A declaration for a member who left is refused, and none is printed for them.
    const gone = await expectAppError(api.declarations.create({ kind: 'confidentiality', memberId: jan.id }), 'MEMBER_INACTIVE');
    expect(gone.details).toMatchObject({ fields: { memberId: 'inactive' } });
    await expectAppError(api.declarations.print({ kind: 'confidentiality', ids: [jan.id] }), 'MEMBER_INACTIVE');
    // A signed declaration is withdrawn, never deleted; a prepared one may go.
    await expectAppError(api.declarations.remove({ id: d.id }), 'DECLARATION_SIGNED');
    const prepared = await api.declarations.create({ kind: 'accession', institutionId: school.id });
    await api.declarations.remove({ id: prepared.id });
  });

  it('print pre-filled, one or all who have not signed, in the team’s own wording', async () => {
    const { api, ops, school, lukasz, jan } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    await api.institutions.update({ id: ops.id, name: ops.name, sector: ops.sector, level: 'gmina', address: 'ul. Lipowa 3, 05-220 Zielonka' });
    await api.declarations.create({ kind: 'accession', institutionId: ops.id, headName: 'Anna Nowak', headPosition: 'Kierownik', delegateMemberId: lukasz.id, deputyMemberId: jan.id });
    const one = await api.declarations.print({ kind: 'accession', ids: [ops.id] });
    expect(one.fileName).toMatch(/^deklaracja-przystapienia_[0-9a-f]{8}_2026-03-20\.pdf$/);
    const text = pdfText(one.bytes);
    expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA do Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(text).toContain('Ośrodek Pomocy Społecznej');
    expect(text).toContain('ul. Lipowa 3, 05-220 Zielonka');
    expect(text).toContain('Anna Nowak, Kierownik');
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('udział przedstawiciela instytucji w posiedzeniach Zespołu');
    // All who have not signed: the school gets lines to fill in by hand, on a page of its own.
    await api.declarations.updateTexts({ accessionCommitments: 'wspólne rozpoznawanie potrzeb mieszkańców,\nudział w posiedzeniach.' });
    const all = pdfText((await api.declarations.print({ kind: 'accession' })).bytes);
    expect(all).toContain('Szkoła Podstawowa nr 1');
    expect(all).toContain('wspólne rozpoznawanie potrzeb mieszkańców');
    expect(all).not.toContain('udział przedstawiciela instytucji');
    expect(all.match(/DEKLARACJA PRZYSTĄPIENIA/g)).toHaveLength(2);
    // '' restores the app's wording.
    expect((await api.declarations.updateTexts({ accessionCommitments: '' })).accessionCommitments).toContain('udział przedstawiciela instytucji');
    const confidentiality = pdfText((await api.declarations.print({ kind: 'confidentiality', ids: [lukasz.id] })).bytes);
    expect(confidentiality).toContain('OŚWIADCZENIE O ZACHOWANIU POUFNOŚCI członka Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(confidentiality).toContain('Łukasz Żółć');
    // Once every one has signed there is nothing left to print.
    for (const d of (await api.declarations.list()).declarations) await api.declarations.update({ ...d, signedOn: '2026-03-01' });
    await api.declarations.create({ kind: 'accession', institutionId: school.id, signedOn: '2026-03-01' });
    await expectAppError(api.declarations.print({ kind: 'accession' }), 'NOTHING_TO_PRINT');
  });

  it('keep the signed scan on this machine, with its hash; the regional centre gets the dates only', async () => {
    const s = await setup();
    const d = await s.api.declarations.create({ kind: 'accession', institutionId: s.ops.id, headName: 'Anna Nowak', headPosition: 'Kierownik', delegateMemberId: s.lukasz.id, signedOn: '2026-02-07' });
    await expectAppError(s.api.declarations.attachScan({ id: d.id, fileName: 'skan.pdf', bytes: await docx() }), 'SCAN_TYPE_NOT_ALLOWED');
    const scanned = await s.api.declarations.attachScan({ id: d.id, fileName: 'C:\\Skany\\deklaracja OPS.pdf', bytes: PNG });
    expect(scanned.scan).toMatchObject({ fileName: 'deklaracja OPS.png', mediaType: 'image/png', size: PNG.length });
    const file = await s.api.declarations.getScan({ id: d.id });
    expect(Buffer.from(file.bytes).equals(PNG)).toBe(true);
    expect(file.sha256).toBe(scanned.scan!.sha256);

    const bundle = await exportBundle(s.db, s.schema, { full: true });
    const h = await s.hub.db.selectFrom('hub').selectAll().executeTakeFirstOrThrow();
    const files = unzipFiles(await decryptWith(h.ageIdentity, bundle.bytes));
    expect(Object.keys(files).some((p) => p.includes('attachments/'))).toBe(false);
    const [line] = recordsOf(files).filter((r) => r.entity === 'declaration');
    expect(line!.row).toEqual({ id: d.id, kind: 'accession', institutionId: s.ops.id, memberId: null, delegateMemberId: s.lukasz.id, deputyMemberId: null, signedOn: '2026-02-07', renewedOn: null, withdrawnOn: null });
    expect(JSON.stringify(recordsOf(files))).not.toContain('Anna Nowak');
    expect((await importBundle(s.hub, bundle.bytes)).accepted).toBe(true);
    expect((await hubReport(s.hub, '2026-03-01'))[0]!.declarations).toEqual({ signed: 1, expected: 2 });
    await s.hub.close();

    await s.api.declarations.removeScan({ id: d.id });
    await expectAppError(s.api.declarations.getScan({ id: d.id }), 'NOT_FOUND');
  });

  it('appear in what the app tells a person about their data', async () => {
    const { api, ops, lukasz } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    await api.declarations.create({ kind: 'accession', institutionId: ops.id, delegateMemberId: lukasz.id, signedOn: '2026-02-07' });
    await api.declarations.create({ kind: 'confidentiality', memberId: lukasz.id, signedOn: '2026-02-07' });
    const exported = JSON.parse(Buffer.from((await api.members.exportData({ id: lukasz.id })).bytes).toString()) as { deklaracje: unknown[] };
    expect(exported.deklaracje).toEqual([
      expect.objectContaining({ dokument: 'Deklaracja przystąpienia do PZK', wCharakterze: 'przedstawiciel instytucji', instytucja: 'Ośrodek Pomocy Społecznej', podpisana: '2026-02-07' }),
      expect.objectContaining({ dokument: 'Oświadczenie o zachowaniu poufności', wCharakterze: 'osoba podpisująca' }),
    ]);
  });

  it('count an active member of an institution with no declaration as missing, not one who left', () => {
    const inst = { id: 'i1', name: 'OPS', sector: 'social_assistance' as const, level: 'gmina' as const, address: null };
    const member = (id: string, leftOn: string | null) => ({ id, fullName: id, institutionId: 'i1', position: null, role: 'member' as const, email: null, phone: null, joinedOn: null, leftOn, anonymisedOn: null });
    const overview = declarationOverview([inst], [member('a', null), member('b', '2026-01-01')], [], '2026-03-01');
    expect(overview.members.map((r) => [r.member.id, r.standing])).toEqual([['a', 'missing']]);
    expect(overview.institutions[0]!.standing).toBe('missing');
    expect(declarationOverview([inst], [member('b', '2026-01-01')], [], '2026-03-01').institutions).toEqual([]);
  });
});
