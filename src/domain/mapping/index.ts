/** Sheet mapping: the entry points the facade and the faces use. */
export { detectMapping } from './detect';
export { detectPeriod } from './period';
export { extractRows } from './extract';
export { parseMappingJson, mergeMappings } from './mapping-json';
export { headerWarnings, type HeaderWarning } from './warnings';
export * from './types';
