import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { METHOD_NAMES } from '../api/contract';
import { handlers } from './handlers';
import { seededCore, testCore } from '../../test/helpers';

describe('the contract and its dispatch', () => {
  it('has a handler for exactly the contract methods', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('builds a client with one function per method, grouped by prefix', () => {
    const client = createClient(async () => ({ ok: true, value: null }));
    for (const name of METHOD_NAMES) {
      const [group, method] = name.split('.') as [string, string];
      expect(typeof (client as unknown as Record<string, Record<string, unknown>>)[group]?.[method]).toBe('function');
    }
  });

  it('refuses an unknown method and malformed input with stable codes', async () => {
    const { core } = await testCore();
    expect(await core.dispatch('members.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await core.dispatch('team.setUp', 'not an object')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await core.dispatch('members.create', { fullName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: { fields: { fullName: 'required' } } },
    });
  });

  it('hides unexpected errors behind INTERNAL without their text', async () => {
    const { core } = await testCore();
    await core.database.db.destroy();
    const result = await core.dispatch('team.get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; see the application log (logs/pzk.log in the data folder).' } });
  });

  it('round-trips values through the client unchanged', async () => {
    const { api } = await seededCore();
    const status = await api.app.status();
    expect(status).toMatchObject({ teamSetUp: true, schemaVersion: '0018_case_work' });
    expect(status.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
