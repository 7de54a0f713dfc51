// Where a team stands on the Model's path (issue 16.7), from the PZK meetings it has held: two
// initiating meetings (the second a World Café), then the formalising one, then working meetings.
// A team whose meetings came before the app knew the types has only working meetings: it is already
// working, and nobody asks it to start over.
import type { PzkMeetingType } from './enums';

export const MODEL_STAGES = ['not_started', 'initiated', 'world_cafe_held', 'formalised', 'working'] as const;
export type ModelStage = (typeof MODEL_STAGES)[number];

export interface ModelPath {
  stage: ModelStage;
  /** The day of the meeting that set the stage (the last one of its type); null before any. */
  since: string | null;
  /** The type the next step is; null once the team is formalised or working. */
  next: PzkMeetingType | null;
}

/** `lastHeld`: the latest day a PZK meeting of each type took place (held or approved). */
export function modelPathOf(lastHeld: Partial<Record<PzkMeetingType, string>>): ModelPath {
  if (lastHeld.formalising) return { stage: 'formalised', since: lastHeld.formalising, next: null };
  if (lastHeld.working) return { stage: 'working', since: null, next: null };
  if (lastHeld.world_cafe) return { stage: 'world_cafe_held', since: lastHeld.world_cafe, next: 'formalising' };
  if (lastHeld.initiating) return { stage: 'initiated', since: lastHeld.initiating, next: 'world_cafe' };
  return { stage: 'not_started', since: null, next: 'initiating' };
}
