// Malformed inputs generated from the contract's own schemas (their JSON Schema, zod's toJSONSchema):
// for every method, a plausible input, then one part of it replaced by something hostile — the wrong
// type, one character over the limit, a megabyte, deep nesting, prototype keys, lone surrogates,
// impossible dates — or the whole input replaced by junk.
import { toJSONSchema } from 'zod';
import { contract } from '../../src/api/contract';
import { METHOD_NAMES, type MethodName } from '../../src/api/methods';
import type { prng } from './scale';

type Random = ReturnType<typeof prng>;
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
}

export const SCHEMAS = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, toJSONSchema(contract[m].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema]),
) as Record<MethodName, JsonSchema>;

function plausible(s: JsonSchema, r: Random, depth = 0): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  if (s.anyOf) return plausible(r.pick(s.anyOf), r, depth);
  switch (s.type) {
    case 'string':
      if (s.format === 'date') return '2026-03-01';
      if (s.format === 'email') return 'a@b.pl';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return r.next() < 0.5;
    case 'null':
      return null;
    case 'array':
      return depth > 3 ? [] : Array.from({ length: s.minItems ?? 1 }, () => plausible(s.items ?? {}, r, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) if (s.required?.includes(k) || r.next() < 0.5) out[k] = plausible(v, r, depth + 1);
      return out;
    }
    default:
      return 'x';
  }
}

const deep = (n: number) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown;

/** Values that are wrong for almost any field, and some that are wrong for one kind only. */
function hostile(s: JsonSchema, r: Random): unknown {
  const generic = [
    null,
    undefined,
    0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    1.5,
    true,
    '',
    ' ',
    '\u0000',
    '\ud800',
    'x'.repeat(1024 * 1024),
    '<img src=x onerror=alert(1)>',
    "'; DROP TABLE member; --",
    '../../etc/passwd',
    [],
    {},
    deep(2000),
    JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}') as unknown,
    Array.from({ length: 100_000 }, () => 1),
  ];
  const specific: unknown[] = [];
  if (s.type === 'string') {
    if (s.maxLength !== undefined) specific.push('y'.repeat(s.maxLength + 1));
    if (s.format === 'date') specific.push('2026-02-30', '2026-13-01', '20260101', '0000-00-00', '2026-03-01T00:00:00Z');
    specific.push(12345, ['x']);
  }
  if (s.type === 'integer' || s.type === 'number') specific.push('1', (s.minimum ?? 0) - 1, (s.maximum ?? 1e9) + 1, 0.5);
  if (s.type === 'array') specific.push('[]', Array.from({ length: (s.maxItems ?? 1000) + 1 }, () => plausible(s.items ?? {}, r)));
  if (s.enum) specific.push('unknown', String(s.enum[0]).toUpperCase(), 0);
  return r.next() < 0.5 && specific.length ? r.pick(specific) : r.pick(generic);
}

/** The properties of an object schema (unwrapping optional/nullable unions), for choosing a target. */
function objectOf(s: JsonSchema): JsonSchema | null {
  if (s.type === 'object') return s;
  for (const a of s.anyOf ?? []) if (a.type === 'object') return a;
  return null;
}

/** One malformed input for `method`. */
export function malformed(method: MethodName, r: Random): unknown {
  const schema = SCHEMAS[method];
  const roll = r.next();
  if (roll < 0.15) return r.pick([undefined, null, 42, 'x', [], true, deep(5000), { extra: 'field' }]);
  const value = plausible(schema, r);
  const obj = objectOf(schema);
  if (!obj || !value || typeof value !== 'object' || Array.isArray(value)) return hostile(schema, r);
  const keys = Object.keys(obj.properties ?? {});
  if (!keys.length) return { ...(value as object), unexpected: hostile({}, r) };
  const key = r.pick(keys);
  const field = obj.properties![key]!;
  const out = { ...(value as Record<string, unknown>) };
  // Now and then a field is dropped instead (a required one makes the input invalid).
  if (r.next() < 0.15) delete out[key];
  else out[key] = hostile(field.anyOf ? r.pick(field.anyOf) : field, r);
  return out;
}
