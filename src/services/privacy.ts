// The rights of a person on the roster (RODO): the right of access (art. 15) — everything the app holds
// about them, as a file — and erasure (art. 17) for a member who has left: the name and contacts give
// way to a neutral label, while attendance, action items and counts stay, so that the team's history
// and figures remain true. The erasure travels to the regional centre as an 'anonymise' record; the
// old text leaves the database file (secure_delete, the index's secure-delete, a WAL checkpoint).
// Approved protocols keep the name: they are the team's legal record (docs/data-protection.md).
import { sql } from 'kysely';
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ACCESS, ACTION_STATUS_WORD, anonymisedName, STATUS_WORD } from '../domain/documents.pl';
import { DECLARATION } from '../domain/declarations.pl';
import { ENTITY_FIELDS } from '../domain/entities';
import { meetingNumber } from '../domain/rules';
import type { AnonymisationResult, DocumentFile } from '../domain/types';
import { localDate, type ServiceContext } from './context';
import { declarationsOf } from './declarations';
import { jsonFile } from './files';
import { getMemberRow, toMember } from './roster';
import { search } from './search';
import { requireTeamRow } from './team';
import { write } from './write';

/** Texts that name the person: whole-name matches only (a first name alone is not them). */
async function mentionsOf(ctx: ServiceContext, fullName: string, memberId: string) {
  const hits = await search(ctx, { q: fullName, limit: 200 }, false);
  return hits.filter((h) => h.kind !== 'member' || h.refId !== memberId);
}

export async function anonymiseMember(ctx: ServiceContext, input: ParsedInput<'members.anonymise'>): Promise<AnonymisationResult> {
  const today = localDate(ctx.now());
  const before = await getMemberRow(ctx.db, input.id);
  if (before.anonymisedOn) throw new AppError('MEMBER_ANONYMISED', 'This member was already anonymised.', { id: input.id });
  if (before.leftOn === null || before.leftOn > today) {
    throw new AppError('MEMBER_STILL_ACTIVE', 'Only a member who has left the team can be anonymised; record the leaving date first.', { id: input.id });
  }
  const member = await write(ctx, async (w) => {
    const erased = await w.db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).where('anonymisedOn', 'is not', null).executeTakeFirstOrThrow();
    return w.update(
      'member',
      input.id,
      { fullName: anonymisedName(Number(erased.n) + 1), position: null, email: null, phone: null, anonymisedOn: today },
      'anonymise',
    );
  });
  // The page images with the old name leave the WAL now, not at the next automatic checkpoint.
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(ctx.db);
  return { member: toMember(member, today), mentions: await mentionsOf(ctx, before.fullName, input.id) };
}

/** Everything about one person, as a file for an access request (RODO art. 15), in Polish. */
export async function exportMemberData(ctx: ServiceContext, input: ParsedInput<'members.exportData'>, recipients: string[]): Promise<DocumentFile> {
  const member = await getMemberRow(ctx.db, input.id);
  const team = await requireTeamRow(ctx.db);
  const institution = member.institutionId
    ? await ctx.db.selectFrom('institution').select(['name']).where('id', '=', member.institutionId).executeTakeFirst()
    : undefined;
  const institutions = new Map((await ctx.db.selectFrom('institution').select(['id', 'name']).execute()).map((i) => [i.id, i.name]));
  const meetings = ENTITY_FIELDS.meeting.map((f) => `m.${f}` as const);
  const [attended, roles, items] = await Promise.all([
    ctx.db
      .selectFrom('attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meetingId')
      .select([...meetings, 'a.status as attendance', 'a.substituteName'])
      .where('a.memberId', '=', member.id)
      .orderBy('m.date')
      .execute(),
    ctx.db
      .selectFrom('meeting as m')
      .select(meetings)
      .where((eb) => eb.or([eb('m.chairMemberId', '=', member.id), eb('m.minuteTakerMemberId', '=', member.id)]))
      .orderBy('m.date')
      .execute(),
    ctx.db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('ownerMemberId', '=', member.id).orderBy('createdAt').execute(),
  ]);
  const mentions = member.anonymisedOn ? [] : await mentionsOf(ctx, member.fullName, member.id);
  const document = {
    dokument: ACCESS.title,
    administratorDanych: `${team.name} (gmina ${team.gminaName})`,
    sporzadzono: ctx.now().toISOString(),
    osoba: {
      imieINazwisko: member.fullName,
      instytucja: institution?.name ?? null,
      funkcja: member.position,
      email: member.email,
      telefon: member.phone,
      dataPrzystapienia: member.joinedOn,
      dataOdejscia: member.leftOn,
      danePoAnonimizacji: member.anonymisedOn,
    },
    deklaracje: (await declarationsOf(ctx.db, member.id)).map((d) => ({
      dokument: DECLARATION.fileTitle[d.kind],
      wCharakterze: ACCESS.declarationRole[d.as],
      instytucja: d.institutionId ? (institutions.get(d.institutionId) ?? null) : null,
      podpisana: d.signedOn,
      odnowiona: d.renewedOn,
      wycofana: d.withdrawnOn,
    })),
    udzialWPosiedzeniach: attended.map((a) => ({ posiedzenie: meetingNumber(a), data: a.date, obecnosc: STATUS_WORD[a.attendance], zastepstwo: a.substituteName })),
    funkcjeNaPosiedzeniach: roles.map((m) => ({
      posiedzenie: meetingNumber(m),
      data: m.date,
      funkcja: [m.chairMemberId === member.id ? ACCESS.chair : null, m.minuteTakerMemberId === member.id ? ACCESS.minuteTaker : null].filter(Boolean).join(', '),
    })),
    zadania: items.map((i) => ({ numer: i.number, tresc: i.text, termin: i.dueOn, stan: ACTION_STATUS_WORD[i.status] })),
    wzmiankiWTekstach: mentions.map((m) => ({ gdzie: m.meetingNumber ? ACCESS.meeting(m.meetingNumber) : m.kind, fragment: m.excerpt })),
    odbiorcyDanych: recipients,
    przechowywanie: ACCESS.storage,
  };
  return jsonFile(`dane-osobowe_${member.id.slice(0, 8)}_${localDate(ctx.now())}.json`, document);
}
