// Issue 13.3: the team's own agenda templates — saved, listed by name, replaced, removed, refused
// when empty; a damaged stored value costs the list, not the app; a meeting is created from one.
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore } from '../../test/helpers';

describe('agenda templates', () => {
  it('save, list, replace, remove; the items become a meeting’s agenda', async () => {
    const { api, core } = await seededCore();
    expect(await api.agendaTemplates.list()).toEqual([]);
    const workshop = await api.agendaTemplates.save({ name: 'Warsztaty kooperacyjne', items: ['Powitanie', 'Praca w grupach', 'Podsumowanie'] });
    const zzk = await api.agendaTemplates.save({ name: 'Posiedzenie ZZK', items: ['Sytuacja rodziny', 'Plan działań'] });
    expect((await api.agendaTemplates.list()).map((t) => t.name)).toEqual(['Posiedzenie ZZK', 'Warsztaty kooperacyjne']);
    await api.agendaTemplates.save({ id: workshop.id, name: 'Warsztaty', items: ['Powitanie', 'Podsumowanie'] });
    expect(await api.agendaTemplates.list()).toEqual([zzk, { id: workshop.id, name: 'Warsztaty', items: ['Powitanie', 'Podsumowanie'] }]);
    await expectAppError(api.agendaTemplates.save({ name: 'Pusty', items: [] }), 'VALIDATION_FAILED');
    await expectAppError(api.agendaTemplates.save({ name: '', items: ['A'] }), 'VALIDATION_FAILED');
    await expectAppError(api.agendaTemplates.save({ id: 'nope', name: 'X', items: ['A'] }), 'NOT_FOUND');
    await api.agendaTemplates.remove({ id: zzk.id });
    expect((await api.agendaTemplates.list()).map((t) => t.id)).toEqual([workshop.id]);
    await expectAppError(api.agendaTemplates.remove({ id: zzk.id }), 'NOT_FOUND');
    const [template] = await api.agendaTemplates.list();
    const meeting = await api.meetings.create({ date: '2026-05-05', agenda: template!.items });
    expect((await api.meetings.get({ id: meeting.id })).agenda.map((a) => a.title)).toEqual(['Powitanie', 'Podsumowanie']);
    // A damaged stored value: no templates, and saving starts a new list.
    core.database.sqlite.prepare("UPDATE settings SET value = '{\"broken\": true}' WHERE key = 'agenda.templates'").run();
    expect(await api.agendaTemplates.list()).toEqual([]);
    await api.agendaTemplates.save({ name: 'Nowy', items: ['A'] });
    expect((await api.agendaTemplates.list()).map((t) => t.name)).toEqual(['Nowy']);
  });
});
