// How the contract declares a method: its zod input schema, and its output type as a phantom.
import type { z } from 'zod';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });
}
