import { describe, expect, it } from 'vitest';
import { modelPathOf } from './modelPath';

describe('where a team stands on the Model’s path', () => {
  it('goes initiating → World Café → formalising, and suggests the next step until the team is formalised', () => {
    expect(modelPathOf({})).toEqual({ stage: 'not_started', since: null, next: 'initiating' });
    expect(modelPathOf({ initiating: '2026-01-10' })).toEqual({ stage: 'initiated', since: '2026-01-10', next: 'world_cafe' });
    expect(modelPathOf({ initiating: '2026-01-10', world_cafe: '2026-01-24' })).toEqual({ stage: 'world_cafe_held', since: '2026-01-24', next: 'formalising' });
    expect(modelPathOf({ initiating: '2026-01-10', world_cafe: '2026-01-24', formalising: '2026-02-07', working: '2026-03-01' })).toEqual({ stage: 'formalised', since: '2026-02-07', next: null });
    // A workshop is no step of the path.
    expect(modelPathOf({ workshop: '2026-01-10' }).stage).toBe('not_started');
  });

  it('never asks a team that was already working to start over', () => {
    expect(modelPathOf({ working: '2025-11-20' })).toEqual({ stage: 'working', since: null, next: null });
    expect(modelPathOf({ working: '2025-11-20', initiating: '2026-01-10' }).next).toBeNull();
  });
});
