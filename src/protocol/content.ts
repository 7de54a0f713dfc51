// pdfmake content nodes, typed as loosely as pdfmake itself accepts them.
export type Content = string | { [key: string]: unknown };
