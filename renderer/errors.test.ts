import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/api/errors';
import { describeError } from './errors';
import pl from './i18n/pl';

const i18n = createInstance();
await i18n.init({ resources: { pl: { translation: pl } }, lng: 'pl', interpolation: { escapeValue: false } });
const t = i18n.t;

describe('describeError', () => {
  it('says why a sync file was refused, by the code the core gave', () => {
    expect(describeError(new AppError('STALE_RECEIPT', 'x'), t).message).toBe('To potwierdzenie jest starsze niż już wczytane — nic nie zmieniono.');
    // A code the team screen has no words for falls back to the general refusal.
    expect(describeError(new AppError('GAP', 'x'), t).message).toMatch(/^Plik został odrzucony/);
  });
});
