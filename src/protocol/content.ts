// pdfmake content nodes, typed as loosely as pdfmake itself accepts them.
export type Content = string | { [key: string]: unknown };

/** A pdfmake document definition; typed loosely on purpose (pdfmake's own types are not shipped). */
export type DocDefinition = Record<string, unknown>;
