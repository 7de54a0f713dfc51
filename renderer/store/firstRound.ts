// The first round of requests: what the app needs (status, settings, team, roster) and what the
// dashboard shows first. Started by renderer/main.tsx before the app's own script is loaded, so the
// answers come while it compiles (issue 12: the first screen ≤ 300 ms).
import { api } from '../api';
import { parseRoute } from '../router';
import { openDrafts } from './drafts';
import { startEarly } from './early';

export function startFirstRound(): void {
  void openDrafts();
  startEarly('app.status', () => api.app.status());
  startEarly('settings.get', () => api.settings.get());
  startEarly('team.get', () => api.team.get());
  startEarly('institutions.list', () => api.institutions.list());
  startEarly('members.list', () => api.members.list());
  if (parseRoute(window.location.hash).name === 'dashboard') {
    startEarly('dashboard.get', () => api.dashboard.get());
    startEarly('sync.status', () => api.sync.status());
  }
}
