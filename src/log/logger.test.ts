import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers';
import { describeError, fileLogger, safeField } from './logger';

describe('the application log', () => {
  it('writes a fixed event and short tokens; a sentence, a name or a long number becomes [text]', () => {
    expect(safeField('meetings.get')).toBe('meetings.get');
    expect(safeField('01J8ZK3Q5W6Y7T8R9P0M1N2B3C')).toBe('01J8ZK3Q5W6Y7T8R9P0M1N2B3C');
    expect(safeField(42)).toBe('42');
    expect(safeField('Anna Wierzbicka')).toBe('[text]');
    expect(safeField('44051401458')).toBe('[text]');
    expect(safeField('zażółć')).toBe('[text]');
    expect(safeField('x'.repeat(121))).toBe('[text]');
  });

  it('logs an error by its name, code and frames, never by its message', () => {
    const error = Object.assign(new Error('UNIQUE constraint failed: value "Anna Wierzbicka 44051401458"'), { code: 'SQLITE_CONSTRAINT' });
    const text = describeError(error);
    expect(text).toMatch(/^Error SQLITE_CONSTRAINT \| at /);
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('44051401458');
    expect(describeError('a string thrown')).toBe('non-error thrown (string)');
    // A message that spans lines, one of them shaped like a stack frame, still stays out.
    const sly = new Error('cannot store "notatka\n    at Anna Wierzbicka (PESEL 44051401458)"');
    expect(describeError(sly)).not.toContain('Wierzbicka');
    expect(describeError(sly)).toMatch(/^Error \| at /);
  });

  it('rotates by size and keeps five files', () => {
    const dir = tempDir();
    let t = Date.parse('2026-12-01T10:00:00Z');
    const log = fileLogger(dir, { maxBytes: 400, files: 5, clock: () => new Date((t += 1000)) });
    for (let i = 0; i < 100; i++) log.info('api call', { method: 'agenda.update', n: i });
    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual(['pzk.1.log', 'pzk.2.log', 'pzk.3.log', 'pzk.4.log', 'pzk.log']);
    for (const f of files) expect(readFileSync(join(dir, 'logs', f)).length).toBeLessThanOrEqual(400);
    const newest = readFileSync(join(dir, 'logs', 'pzk.log'), 'utf8').trim().split('\n').at(-1);
    expect(newest).toMatch(/^2026-12-01T10:01:40\.000Z INFO api_call method=agenda\.update n=99$/);
  });
});
