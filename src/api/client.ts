// The typed client derived from the contract: `api.members.create(input)` for every method
// "members.create". The transport (Electron preload, HTTP to the browser host, or a direct call in
// tests) only moves envelopes; this file turns them back into values or AppErrors.
import { AppError, type Envelope } from './errors';
import type { MethodInput, MethodName, MethodOutput } from './contract';
// The names from the plain list: a client needs no schemas (the renderer's first script stays small).
import { METHOD_NAMES } from './methods';

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

type GroupOf<N> = N extends `${infer G}.${string}` ? G : never;
type Group = GroupOf<MethodName>;

export type ApiClient = {
  [G in Group]: {
    [N in MethodName as N extends `${G}.${infer M}` ? M : never]: undefined extends MethodInput<N>
      ? (input?: MethodInput<N>) => Promise<MethodOutput<N>>
      : (input: MethodInput<N>) => Promise<MethodOutput<N>>;
  };
};

/** Splits "group.method" names into a nested object whose leaves are made by `leaf`. */
export function nestMethods<T>(leaf: (name: MethodName) => T): Record<string, Record<string, T>> {
  const out: Record<string, Record<string, T>> = {};
  for (const name of METHOD_NAMES) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    (out[group] ??= {})[name.slice(dot + 1)] = leaf(name);
  }
  return out;
}

export function createClient(transport: Transport): ApiClient {
  const client = nestMethods((name) => async (input?: unknown) => {
    const envelope = await transport(name, input);
    if (envelope.ok) return envelope.value;
    throw AppError.fromShape(envelope.error);
  });
  // The nested object is built from METHOD_NAMES, so it has exactly the shape ApiClient describes.
  return client as unknown as ApiClient;
}
