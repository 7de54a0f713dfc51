// The team (one per database).
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS, type TeamRecord } from '../domain/entities';
import type { Team } from '../domain/types';
import type { Db, ServiceContext } from './context';
import { write } from './write';

const teamRow = (db: Db) => db.selectFrom('team').select(ENTITY_FIELDS.team).executeTakeFirst();

export async function getTeam(ctx: Pick<ServiceContext, 'db'>): Promise<Team | null> {
  return (await teamRow(ctx.db)) ?? null;
}

export async function requireTeamRow(db: Db): Promise<TeamRecord> {
  const row = await teamRow(db);
  if (!row) throw new AppError('TEAM_NOT_SET_UP', 'The team has not been set up yet.');
  return row;
}

export const requireTeam = (ctx: Pick<ServiceContext, 'db'>): Promise<Team> => requireTeamRow(ctx.db);

export function setUpTeam(ctx: ServiceContext, input: ParsedInput<'team.setUp'>): Promise<Team> {
  return write(ctx, async (w) => {
    if (await teamRow(w.db)) throw new AppError('TEAM_ALREADY_SET_UP', 'This database already holds a team.');
    return w.insert('team', { id: ctx.newId(), ...input });
  });
}

export function updateTeam(ctx: ServiceContext, input: ParsedInput<'team.update'>): Promise<Team> {
  return write(ctx, async (w) => w.update('team', (await requireTeamRow(w.db)).id, input));
}
