// The basket's offers by id, for the action items that name one (issue 16.4): loaded once a screen shows such an
// item, and again when an item names one not known yet.
import { useEffect, useState } from 'react';
import type { Offer } from '../src/domain/types';
import { api } from './api';

export function useOffers(ids: ReadonlyArray<string | null>): ReadonlyMap<string, Offer> {
  const [offers, setOffers] = useState<ReadonlyMap<string, Offer>>(new Map());
  const missing = ids.filter((id): id is string => id !== null && !offers.has(id)).length;
  useEffect(() => {
    if (missing === 0) return;
    let current = true;
    // A failure leaves the items without their offer's name: nothing else depends on it.
    void api.basket.list().then((all) => current && setOffers(new Map(all.map((o) => [o.id, o]))), () => undefined);
    return () => {
      current = false;
    };
  }, [missing]);
  return offers;
}
