// The Lokalny Koszyk Usług (issue 16.4): offers of the partners, found without Polish letters and by their
// lists, flagged when not verified for 12 months or when their institution leaves, printed as a guide by
// problem area; an offer of an unknown institution, or a second one of the same name, is refused; the
// institutions' contacts in it are no RODO findings, while a PESEL typed into it is.
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore } from '../../test/helpers';
import { matchesQuery, staleness, verifyBy } from '../domain/basket';
import { offerReference, offerTask } from '../domain/basket.pl';

describe('the basket of services', () => {
  it('finds offers by words and lists, flags the stale ones, prints the current ones by problem area', async () => {
    const { api, ops, school } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const flat = await api.basket.save({
      institutionId: ops.id,
      service: 'Mieszkanie chronione treningowe',
      description: 'Pobyt w mieszkaniu chronionym z pracą socjalną.',
      targetGroups: ['homeless', 'other'],
      otherTarget: 'osoby opuszczające pieczę zastępczą',
      problemAreas: ['housing', 'homelessness'],
      accessCriteria: 'decyzja administracyjna OPS',
      referralWays: ['referral', 'in_person'],
      whereWhen: 'ul. Lipowa 3, pn.–pt. 8:00–16:00',
      cost: 'partly',
      capacity: '4 miejsca',
      contactPhone: '22 761 00 11',
      contactEmail: 'sekretariat@ops.zielonka.example.pl',
      verifiedOn: '2026-01-10',
    });
    expect(flat).toMatchObject({ institutionName: 'Ośrodek Pomocy Społecznej', targetGroups: ['homeless', 'other'], stale: null });
    await api.basket.save({ institutionId: school.id, service: 'Zajęcia wyrównawcze z matematyki', targetGroups: ['children'], problemAreas: ['education'], referralWays: ['in_person'], verifiedOn: '2024-11-01' });
    // Found without Polish letters, by a word's beginning; filters narrow it.
    expect((await api.basket.list({ q: 'mieszkan chronion' })).map((o) => o.service)).toEqual(['Mieszkanie chronione treningowe']);
    expect((await api.basket.list({ q: 'zajecia wyrownawcze' })).map((o) => o.service)).toEqual(['Zajęcia wyrównawcze z matematyki']);
    expect((await api.basket.list({ problemArea: 'education' })).map((o) => o.service)).toEqual(['Zajęcia wyrównawcze z matematyki']);
    expect((await api.basket.list({ targetGroup: 'homeless', q: 'lipowa' }))).toHaveLength(1);
    // Not verified for 12 months: flagged, listed after the current ones; verifying clears it.
    const list = await api.basket.list();
    expect(list.map((o) => [o.service, o.stale])).toEqual([['Mieszkanie chronione treningowe', null], ['Zajęcia wyrównawcze z matematyki', 'not_verified']]);
    const maths = list[1]!;
    expect((await api.basket.verify({ id: maths.id })).stale).toBeNull();

    // Bad input: an unknown institution, the same service twice.
    const unknown = await expectAppError(api.basket.save({ institutionId: 'nope', service: 'X' }), 'NOT_FOUND');
    expect(unknown.details).toMatchObject({ fields: { institutionId: 'not_found' } });
    const dup = await expectAppError(api.basket.save({ institutionId: ops.id, service: 'mieszkanie chronione TRENINGOWE' }), 'DUPLICATE');
    expect(dup.details).toMatchObject({ fields: { service: 'duplicate' } });

    // The guide: the current offers by problem area, with a table of contents.
    const guide = pdfText((await api.basket.document({})).bytes);
    expect(guide).toContain('LOKALNY KOSZYK USŁUG Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(guide).toContain('Spis treści');
    expect(guide).toContain('Obszar: bezdomność');
    expect(guide).toContain('Obszar: mieszkanie');
    expect(guide).toContain('osoby w kryzysie bezdomności, osoby opuszczające pieczę zastępczą');
    expect(guide).toContain('skierowanie, zgłoszenie osobiste');
    expect(guide).toContain('częściowo odpłatnie');

    // The school leaves: its offers go stale with it, and a new one is refused.
    const d = await api.declarations.create({ kind: 'accession', institutionId: school.id, signedOn: '2026-01-05' });
    await api.declarations.update({ id: d.id, signedOn: '2026-01-05', withdrawnOn: '2026-03-01' });
    expect((await api.basket.list({ institutionId: school.id }))[0]!.stale).toBe('institution_left');
    expect(await api.basket.list({ current: true })).toHaveLength(1);
    await expectAppError(api.basket.save({ institutionId: school.id, service: 'Nowa usługa' }), 'VALIDATION_FAILED');
    expect(pdfText((await api.basket.document({})).bytes)).not.toContain('Zajęcia wyrównawcze');

    // The institutions' contacts are known to the RODO check; a PESEL typed into an offer is not.
    expect((await api.sync.check({ full: true })).findings).toEqual([]);
    await api.basket.save({ ...flat, id: flat.id, description: 'Kontakt: 44051401359' });
    expect((await api.sync.check({ full: true })).findings).toEqual([expect.objectContaining({ kind: 'pesel', where: 'Koszyk usług: Mieszkanie chronione treningowe (opis)' })]);
  });

  it('ties an offer found during a meeting to an action item; removing the offer unties it and keeps the item', async () => {
    const { api, ops, lukasz } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const offer = await api.basket.save({ institutionId: ops.id, service: 'Asystent rodziny', referralWays: ['referral'], contactPhone: '22 781 12 00' });
    const meeting = await api.meetings.create({ date: '2026-03-19', agenda: ['Sytuacje rodzin'] });
    const [item] = (await api.meetings.get({ id: meeting.id })).agenda;
    // What the minutes say of it, in the documents' Polish.
    expect(offerReference(offer)).toBe('Wskazano usługę z Lokalnego Koszyka Usług: „Asystent rodziny” (Ośrodek Pomocy Społecznej); jak skierować: skierowanie; kontakt: tel. 22 781 12 00.');
    const task = await api.actionItems.create({ meetingId: meeting.id, agendaItemId: item!.id, text: offerTask(offer), ownerMemberId: lukasz.id, offerId: offer.id });
    expect(task).toMatchObject({ text: 'Skierować do: Asystent rodziny (Ośrodek Pomocy Społecznej)', offerId: offer.id });
    await expectAppError(api.actionItems.create({ meetingId: meeting.id, text: 'X', offerId: 'nope' }), 'NOT_FOUND');
    // The minutes that name the offer hold the institution's contact: known to the RODO check, no finding.
    await api.agenda.update({ id: item!.id, minutes: offerReference(offer) });
    expect((await api.sync.check({ full: true })).findings).toEqual([]);
    expect((await api.protocol.check({ meetingId: meeting.id })).filter((f) => f.kind === 'phone')).toEqual([]);
    // Linked and unlinked later, after the meeting too (the protocol says it in words).
    const other = await api.actionItems.create({ meetingId: meeting.id, text: 'Drugie zadanie' });
    expect((await api.basket.linkActionItem({ actionItemId: other.id, offerId: offer.id })).offerId).toBe(offer.id);
    await expectAppError(api.basket.linkActionItem({ actionItemId: other.id, offerId: 'nope' }), 'NOT_FOUND');
    await api.basket.remove({ id: offer.id });
    expect((await api.actionItems.list()).map((i) => [i.text, i.offerId])).toEqual([
      ['Skierować do: Asystent rodziny (Ośrodek Pomocy Społecznej)', null],
      ['Drugie zadanie', null],
    ]);
  });

  it('flags an offer twelve months after its last verification, and matches every word of a query', () => {
    expect(verifyBy('2025-03-20')).toBe('2026-03-20');
    expect(staleness({ verifiedOn: '2025-03-21' }, false, '2026-03-20')).toBeNull();
    expect(staleness({ verifiedOn: '2025-03-20' }, false, '2026-03-20')).toBe('not_verified');
    expect(staleness({ verifiedOn: null }, false, '2026-03-20')).toBe('not_verified');
    expect(staleness({ verifiedOn: '2026-03-01' }, true, '2026-03-20')).toBe('institution_left');
    expect(matchesQuery(['Poradnia psychologiczno-pedagogiczna', 'Łódź'], 'lodz poradn')).toBe(true);
    expect(matchesQuery(['Poradnia'], 'poradnia prawna')).toBe(false);
  });
});
