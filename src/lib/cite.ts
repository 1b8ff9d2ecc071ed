/** Citations live in ./citations/ (see its README); this module keeps the old import path. */
export * from './citations/index.ts';
