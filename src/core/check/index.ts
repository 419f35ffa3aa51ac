// The source check (issue 18): statements, forms, answers. Pure.
export * from './types';
export * from './answers';
export * from './forms';
export { parseStatementPool, type PoolResult } from './validate';
