// Requests the first screen needs, started together with the app's own (issue 12: the first screen in
// one round of requests, not three). A screen takes its answer once; a failed early request is made
// again by the screen, which then shows its error as it would have.
const started = new Map<string, Promise<unknown>>();

export function startEarly(key: string, request: () => Promise<unknown>): void {
  started.set(key, request().catch(() => undefined));
}

export function takeEarly<T>(key: string, request: () => Promise<T>): Promise<T> {
  const early = started.get(key) as Promise<T | undefined> | undefined;
  started.delete(key);
  return early ? early.then((value) => (value === undefined ? request() : value)) : request();
}
