// The action plan (plan działania, issue 16.6): how far a plan has got — tasks done, done on time, late —
// and its schedule by month. One rule for the screen, the documents and the dashboard.
import type { PlanTaskRecord } from './entities';

export interface PlanProgress {
  /** Tasks that count: all but the cancelled ones. */
  total: number;
  done: number;
  /** Done by their deadline (or with none). */
  onTime: number;
  /** Done after their deadline, or still open past it. */
  late: number;
  /** Not done yet, and not past their deadline. */
  open: number;
}

type Task = Pick<PlanTaskRecord, 'status' | 'dueOn' | 'doneOn'>;

export function planProgress(tasks: readonly Task[], today: string): PlanProgress {
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  const done = counted.filter((t) => t.status === 'done');
  const onTime = done.filter((t) => t.dueOn === null || (t.doneOn ?? '') <= t.dueOn).length;
  const overdue = counted.filter((t) => t.status !== 'done' && t.dueOn !== null && t.dueOn < today).length;
  return { total: counted.length, done: done.length, onTime, late: done.length - onTime + overdue, open: counted.length - done.length - overdue };
}

/** Whether a task is late on `today`: open past its deadline, or done after it. */
export const isLateTask = (t: Task, today: string) =>
  t.status !== 'cancelled' && t.dueOn !== null && (t.status === 'done' ? (t.doneOn ?? '') > t.dueOn : t.dueOn < today);

/** The schedule (harmonogram): tasks by the month of their deadline, in order; those without one last (key null). */
export function scheduleByMonth<T extends Pick<PlanTaskRecord, 'dueOn' | 'position'>>(tasks: readonly T[]): Array<{ month: string | null; tasks: T[] }> {
  const months = new Map<string | null, T[]>();
  for (const t of [...tasks].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.position - b.position)) {
    const key = t.dueOn?.slice(0, 7) ?? null;
    months.set(key, [...(months.get(key) ?? []), t]);
  }
  return [...months].map(([month, list]) => ({ month, tasks: list }));
}

/** The goals of a plan in the order their first task comes, each with its tasks. */
export function tasksByGoal<T extends Pick<PlanTaskRecord, 'goal' | 'position'>>(tasks: readonly T[]): Array<{ goal: string; tasks: T[] }> {
  const goals = new Map<string, T[]>();
  for (const t of [...tasks].sort((a, b) => a.position - b.position)) goals.set(t.goal.trim(), [...(goals.get(t.goal.trim()) ?? []), t]);
  return [...goals].map(([goal, list]) => ({ goal, tasks: list }));
}
