// The change feed of the host, fanned out: the roster and the open meeting follow what other windows,
// a restore or an import changed; screens that list things reload when their entities changed.
// A window's own writes are already on its screen (the stores keep what each write returned).
import { useEffect, useRef } from 'react';
import type { Entity } from '../../src/domain/entities';
import type { ChangeEvent } from '../../src/domain/types';
import { CLIENT_ID, subscribeChanges } from '../api';
import { useAppStore } from './app';
import { useMeetingStore } from './meeting';

type Listener = (event: ChangeEvent) => void;
const listeners = new Set<Listener>();

const ROSTER: readonly Entity[] = ['team', 'institution', 'member'];

/** Whether `event` should make a screen showing `entities` reload. */
export const concerns = (event: ChangeEvent, entities: readonly Entity[], ownOrigin = CLIENT_ID) =>
  event.reset || (event.origin !== ownOrigin && event.changes.some((c) => entities.includes(c.entity)));

export function startChangeFeed(): () => void {
  return subscribeChanges((event) => {
    const app = useAppStore.getState();
    if (event.reset) void app.load();
    else if (concerns(event, ROSTER)) void app.refreshRoster();
    useMeetingStore.getState().changed(event, CLIENT_ID);
    for (const listener of [...listeners]) listener(event);
  });
}

/** Reloads a screen when another window (or a restore) changed what it shows. */
export function useChanges(entities: readonly Entity[], reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const key = entities.join(',');
  useEffect(() => {
    const wanted = key.split(',') as Entity[];
    const listener: Listener = (event) => {
      if (concerns(event, wanted)) latest.current();
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [key]);
}
