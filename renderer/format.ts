// Dates, times and numbers as Polish users read them (pl-PL), or English when chosen.
import { addDays, endOfMonth, format, parseISO } from 'date-fns';

export const isoDate = (d: Date) => format(d, 'yyyy-MM-dd');

/** "12.03.2026" */
export function formatDate(iso: string | null, language = 'pl'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(parseISO(iso));
}

/** "styczeń 2026" for the month "2026-01" (a regional officer reads months, not ISO keys). */
export function formatMonth(month: string, language = 'pl'): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  const text = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, m - 1, 15)));
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** "12.03.2026, 14:05" in local time */
export function formatDateTime(iso: string, language = 'pl'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(parseISO(iso));
}

/** "czwartek, 12 marca 2026" */
/** "10 stycznia 2027" (no weekday): a day named in running text. */
export function formatDayInText(iso: string, language = 'pl'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', { day: 'numeric', month: 'long', year: 'numeric' }).format(parseISO(iso));
}

export function formatLongDate(iso: string, language = 'pl'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(parseISO(iso));
}

export function formatTimeRange(start: string | null, end: string | null): string {
  if (!start) return '';
  return end ? `${start}–${end}` : start;
}

/** The quick choices for a due date, counted from the meeting's date. */
export function dueDateChoices(from: string): { plus7: string; plus14: string; monthEnd: string } {
  const base = parseISO(from);
  return { plus7: isoDate(addDays(base, 7)), plus14: isoDate(addDays(base, 14)), monthEnd: isoDate(endOfMonth(base)) };
}
