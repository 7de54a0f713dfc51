import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from './i18n/en';
import pl from './i18n/pl';
import { dueDateChoices, formatDate, formatLongDate, formatMonth, formatTimeRange } from './format';

beforeAll(async () => {
  await i18next.init({ resources: { pl: { translation: pl }, en: { translation: en } }, lng: 'pl', interpolation: { escapeValue: false } });
});

describe('Polish plurals from the catalogue', () => {
  it('1 zadanie, 2 zadania, 5 zadań, 22 zadania, 12 zadań', () => {
    const t = i18next.getFixedT('pl');
    expect([1, 2, 5, 22, 12, 0, 101].map((count) => t('plural.actionItems', { count }))).toEqual([
      '1 zadanie', '2 zadania', '5 zadań', '22 zadania', '12 zadań', '0 zadań', '101 zadań',
    ]);
    expect([1, 3, 7].map((count) => t('roster.count', { count }))).toEqual(['1 osoba', '3 osoby', '7 osób']);
  });
  it('English has its own forms', () => {
    const t = i18next.getFixedT('en');
    expect([1, 2].map((count) => t('plural.actionItems', { count }))).toEqual(['1 action item', '2 action items']);
  });
});

describe('dates', () => {
  it('formats dates the Polish way', () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026');
    expect(formatDate(null)).toBe('—');
    expect(formatLongDate('2026-03-05')).toBe('czwartek, 5 marca 2026');
    expect(formatTimeRange('10:00', '12:30')).toBe('10:00–12:30');
  });
  it('offers +7 days, 2 weeks and the end of the month', () => {
    expect(dueDateChoices('2026-02-20')).toEqual({ plus7: '2026-02-27', plus14: '2026-03-06', monthEnd: '2026-02-28' });
  });
});

describe('catalogues', () => {
  it('have the same keys in Polish and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(pl).sort());
  });
});

describe('months for the regional centre', () => {
  it('are written in words, not as ISO keys (issue 11.13)', () => {
    expect(formatMonth('2026-01')).toBe('Styczeń 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });
});
