// Issue 17.1: the team's model names the level below the PZK in every document — the protocol's title, the
// attendance list, the calendar invitation, the yearly report, the rules' framework and the declarations'
// wording — from one vocabulary; a team of the
// urban model keeps the words its documents have always had.
import { describe, expect, it } from 'vitest';
import { pdfText, testCore } from '../../test/helpers';
import { MODEL_TYPES } from '../domain/enums';
import { TASK_LEVEL, taskLevelOf } from '../domain/teamModel.pl';
import { rulesFramework } from '../domain/teamRules.pl';

async function team(modelType: (typeof MODEL_TYPES)[number]) {
  const t = await testCore({ now: '2026-06-20T10:00:00Z' });
  await t.api.team.setUp({ name: 'PZK w Gminie Łochów', gminaName: 'Łochów', teryt: '1435033', modelType, titleLocative: 'w Łochowie' });
  const meeting = await t.api.meetings.create({ kind: 'zzk', date: '2026-06-10', agenda: ['Sytuacja rodziny R-01'] });
  await t.api.actionItems.create({ meetingId: meeting.id, text: 'Umówić wizytę' });
  await t.api.meetings.setStatus({ id: meeting.id, status: 'held' });
  return { ...t, meeting };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the team model’s words in the documents', () => {
  it('names the task level of a rural team’s meeting as the team for the IPW, of an urban-rural one as the GGK', async () => {
    const rural = await team('wiejska');
    const protocol = flat(pdfText((await rural.api.protocol.get({ meetingId: rural.meeting.id })).bytes));
    expect(protocol).toContain('z posiedzenia Zespołu do spraw Indywidualnego Programu Współpracy w Łochowie');
    expect(protocol).not.toContain('Zadaniowego');
    const list = flat(pdfText((await rural.api.protocol.attendanceList({ meetingId: rural.meeting.id })).bytes));
    expect(list).toContain('Zespołu do spraw Indywidualnego Programu Współpracy');
    const ics = Buffer.from((await rural.api.meetings.invitation({ id: rural.meeting.id })).bytes).toString('utf8');
    expect(ics).toContain('SUMMARY:Posiedzenie zespołu ds. IPW nr 1/2026');
    const report = flat(pdfText((await rural.api.statistics.report({ year: 2026 })).bytes));
    expect(report).toContain('posiedzeń zespołów do spraw indywidualnych programów współpracy (IPW): 1');
    expect(report).toContain('zespół ds. IPW nr 1/2026');

    // The framework of the rules and the declarations' wording name it too.
    const rules = await rural.api.rules.start();
    const section = rules.sections.find((x) => x.title.endsWith('i poufność'))!;
    expect(section.title).toBe('Zespoły do spraw indywidualnych programów współpracy i poufność');
    expect(section.text).toContain('Zespół powołuje zespół do spraw indywidualnego programu współpracy, w skład którego wchodzą');
    const { texts } = await rural.api.declarations.list();
    expect(texts.confidentiality).toContain('Partnerskiego Zespołu Kooperacyjnego i zespołów do spraw indywidualnych programów współpracy,');

    const mixed = await team('miejsko-wiejska');
    expect(flat(pdfText((await mixed.api.protocol.get({ meetingId: mixed.meeting.id })).bytes))).toContain('z posiedzenia Gminnej Grupy Kooperacyjnej w Łochowie');
    const mixedRules = (await mixed.api.rules.start()).sections.find((x) => x.title.endsWith('i poufność'))!;
    expect(mixedRules.text).toContain('Zespół powołuje gminną grupę kooperacyjną, w skład której wchodzą');
    expect((await mixed.api.declarations.list()).texts.accessionCommitments).toContain('udział w gminnych grupach kooperacyjnych w sprawach osób i rodzin');
  });

  it('keeps the urban team’s words (ZZK), and has every word for every model', async () => {
    const urban = await team('miejska');
    expect(flat(pdfText((await urban.api.protocol.get({ meetingId: urban.meeting.id })).bytes))).toContain('z posiedzenia Zadaniowego Zespołu Kooperacyjnego w Łochowie');
    const words = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(words) : []);
    for (const model of MODEL_TYPES) for (const word of words(TASK_LEVEL[model])) expect(word.trim(), model).not.toBe('');
    // The urban team's framework reads as it always has.
    expect(rulesFramework('miejska').find((x) => x.title.endsWith('i poufność'))!.text).toContain('Zespół powołuje zadaniowy zespół kooperacyjny, w skład którego wchodzą przedstawiciele');
    expect(taskLevelOf(null)).toBe(TASK_LEVEL.miejska);
  });
});
