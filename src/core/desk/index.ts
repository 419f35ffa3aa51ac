export * from './types';
export * from './shift';
export * from './summary';
export * from './supervisor';
export { parseDeskLevel, type DeskContext, type DeskResultOrErrors } from './validate';
export * from './compare';
