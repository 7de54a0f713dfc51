// Hash routes, so that a reload (or a crash and restart of the renderer) comes back to the same
// screen and the same agenda item. The browser host's token fragment is consumed before this runs.
import { create } from 'zustand';

/** The meeting route's item of a World Café meeting's outputs, beside its agenda items. */
export const WORLD_CAFE_ITEM = 'world-cafe';

export type Route =
  | { name: 'dashboard' }
  | { name: 'meetings'; year?: number }
  | { name: 'meeting'; id: string; itemId?: string }
  | { name: 'tasks' }
  | { name: 'roster'; memberId?: string }
  | { name: 'declarations' }
  | { name: 'rules' }
  | { name: 'benefits' }
  | { name: 'plan' }
  | { name: 'basket' }
  | { name: 'search'; q?: string }
  | { name: 'settings' }
  | { name: 'statistics' }
  | { name: 'cases'; id?: string }
  | { name: 'help'; chapter?: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [head, id] = path.split('/').map(decodeURIComponent);
  switch (head) {
    case 'meetings':
      if (id) return params.get('item') ? { name: 'meeting', id, itemId: params.get('item')! } : { name: 'meeting', id };
      return params.get('year') ? { name: 'meetings', year: Number(params.get('year')) } : { name: 'meetings' };
    case 'tasks':
      return { name: 'tasks' };
    case 'roster':
      return id ? { name: 'roster', memberId: id } : { name: 'roster' };
    case 'search':
      return params.get('q') ? { name: 'search', q: params.get('q')! } : { name: 'search' };
    case 'settings':
      return { name: 'settings' };
    case 'declarations':
      return { name: 'declarations' };
    case 'rules':
      return { name: 'rules' };
    case 'benefits':
      return { name: 'benefits' };
    case 'plan':
      return { name: 'plan' };
    case 'basket':
      return { name: 'basket' };
    case 'statistics':
      return { name: 'statistics' };
    case 'cases':
      return id ? { name: 'cases', id } : { name: 'cases' };
    case 'help':
      return id ? { name: 'help', chapter: id } : { name: 'help' };
    default:
      return { name: 'dashboard' };
  }
}

export function formatRoute(route: Route): string {
  const q = (params: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]),
    ).toString();
    return s ? `?${s}` : '';
  };
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'meetings':
      return `#/meetings${q({ year: route.year })}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.id)}${q({ item: route.itemId })}`;
    case 'tasks':
      return '#/tasks';
    case 'statistics':
      return '#/statistics';
    case 'cases':
      return route.id ? `#/cases/${encodeURIComponent(route.id)}` : '#/cases';
    case 'roster':
      return route.memberId ? `#/roster/${encodeURIComponent(route.memberId)}` : '#/roster';
    case 'search':
      return `#/search${q({ q: route.q })}`;
    case 'settings':
      return '#/settings';
    case 'declarations':
      return '#/declarations';
    case 'rules':
      return '#/rules';
    case 'benefits':
      return '#/benefits';
    case 'plan':
      return '#/plan';
    case 'basket':
      return '#/basket';
    case 'help':
      return route.chapter ? `#/help/${encodeURIComponent(route.chapter)}` : '#/help';
  }
}

interface RouterState {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

export const useRouter = create<RouterState>((set) => ({
  route: parseRoute(window.location.hash),
  navigate(route, options) {
    const hash = formatRoute(route);
    if (options?.replace) history.replaceState(null, '', hash);
    else if (window.location.hash !== hash) history.pushState(null, '', hash);
    set({ route });
  },
}));

window.addEventListener('popstate', () => useRouter.setState({ route: parseRoute(window.location.hash) }));
window.addEventListener('hashchange', () => useRouter.setState({ route: parseRoute(window.location.hash) }));

export const navigate = (route: Route, options?: { replace?: boolean }) => useRouter.getState().navigate(route, options);
