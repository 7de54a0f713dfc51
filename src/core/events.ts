// Change events: what each write changed, for every open window of the host (Electron sends them over
// IPC, the browser host as server-sent events). Windows patch what changed; a reset means reload.
import type { ChangeEvent } from '../domain/types';

export type ChangeListener = (event: ChangeEvent) => void;

export interface ChangeBus {
  subscribe(listener: ChangeListener): () => void;
  emit(event: ChangeEvent): void;
}

export function createChangeBus(onListenerError: (error: unknown) => void = () => undefined): ChangeBus {
  const listeners = new Set<ChangeListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
