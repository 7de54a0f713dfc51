// Derived facts about action items. "Overdue" is never stored: it depends on today.
import { OPEN_ACTION_ITEM_STATUSES } from './enums';
import type { ActionItem } from './types';

export const isOpen = (item: Pick<ActionItem, 'status'>) => OPEN_ACTION_ITEM_STATUSES.includes(item.status);

/** Open and past its due date (`today` as YYYY-MM-DD). */
export const isOverdue = (item: Pick<ActionItem, 'status' | 'dueOn'>, today: string) =>
  isOpen(item) && item.dueOn !== null && item.dueOn < today;

/** Open and due from today to `until` inclusive. */
export const isDueBetween = (item: Pick<ActionItem, 'status' | 'dueOn'>, today: string, until: string) =>
  isOpen(item) && item.dueOn !== null && item.dueOn >= today && item.dueOn <= until;
