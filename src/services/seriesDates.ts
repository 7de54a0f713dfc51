// The dates a series rule (src/domain/series.ts) gives between two days, computed by rrule: a
// library, so a service (the domain imports only the domain; the screens ask the API for a preview).
import rrule, { type Weekday } from 'rrule';
import { MAX_SERIES, type SeriesRule } from '../domain/series';

// rrule ships CommonJS for Node: its default export holds the classes.
const { RRule } = rrule;

const WEEKDAYS: readonly Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The days (YYYY-MM-DD) the rule gives from `from` to `until`, both included; at most MAX_SERIES + 1 (the caller refuses more). */
export function seriesDates(rule: SeriesRule, from: string, until: string): string[] {
  if (until < from) return [];
  const day = WEEKDAYS[rule.weekday]!;
  const options =
    rule.every === 'month'
      ? { freq: RRule.MONTHLY, byweekday: rule.weeks.map((n) => day.nth(n)) }
      : { freq: RRule.WEEKLY, interval: rule.every === 'twoWeeks' ? 2 : 1, byweekday: [day] };
  // A fortnightly series starts on the first such weekday from `from` (rrule counts its fortnights from
  // the week of dtstart, which would skip the first one when `from` falls after it in that week).
  const start = utc(from);
  if (rule.every !== 'month') start.setUTCDate(start.getUTCDate() + ((rule.weekday - ((start.getUTCDay() + 6) % 7) + 7) % 7));
  const dates = new RRule({ ...options, dtstart: start, until: new Date(`${until}T23:59:59Z`), count: MAX_SERIES + 1 }).all();
  return dates.map((d) => d.toISOString().slice(0, 10));
}
