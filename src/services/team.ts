import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import type { Team } from '../domain/types';
import type { TeamRow } from '../db/schema';
import type { Db } from './context';
import { logChange, timestamp, withoutStamps, write, type ServiceContext } from './context';

const toTeam = (row: TeamRow): Team => {
  const { singleton: _s, ...team } = withoutStamps(row);
  return team;
};

export async function getTeam(ctx: ServiceContext): Promise<Team | null> {
  const row = await ctx.db.selectFrom('team').selectAll().executeTakeFirst();
  return row ? toTeam(row) : null;
}

export async function requireTeam(ctx: ServiceContext): Promise<Team> {
  const team = await getTeam(ctx);
  if (!team) throw new AppError('TEAM_NOT_SET_UP', 'The team has not been set up yet.');
  return team;
}

export function setUpTeam(ctx: ServiceContext, input: ParsedInput<'team.setUp'>): Promise<Team> {
  return write(ctx, async (trx) => {
    const existing = await trx.selectFrom('team').select('id').executeTakeFirst();
    if (existing) throw new AppError('TEAM_ALREADY_SET_UP', 'This database already holds a team.');
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('team')
      .values({ id: ctx.newId(), ...input, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'team', row.id, 'insert', row);
    return toTeam(row);
  });
}

export function updateTeam(ctx: ServiceContext, input: ParsedInput<'team.update'>): Promise<Team> {
  return write(ctx, async (trx) => {
    const existing = await trx.selectFrom('team').select('id').executeTakeFirst();
    if (!existing) throw new AppError('TEAM_NOT_SET_UP', 'The team has not been set up yet.');
    const row = await trx
      .updateTable('team')
      .set({ ...input, updatedAt: timestamp(ctx) })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'team', row.id, 'update', row);
    return toTeam(row);
  });
}

export async function requireTeamRow(db: Db): Promise<TeamRow> {
  const row = await db.selectFrom('team').selectAll().executeTakeFirst();
  if (!row) throw new AppError('TEAM_NOT_SET_UP', 'The team has not been set up yet.');
  return row;
}
