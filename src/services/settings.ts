// Local preferences of this installation (not team data: not in the change log, never synced).
import type { ParsedInput } from '../api/contract';
import type { Settings } from '../domain/types';
import type { ServiceContext } from './context';

const DEFAULTS: Settings = { language: 'pl' };

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const rows = await ctx.db.selectFrom('settings').selectAll().where('key', 'in', Object.keys(DEFAULTS)).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { language: stored.language === 'en' ? 'en' : DEFAULTS.language };
}

export async function updateSettings(ctx: ServiceContext, input: ParsedInput<'settings.update'>): Promise<Settings> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
  });
  return getSettings(ctx);
}
