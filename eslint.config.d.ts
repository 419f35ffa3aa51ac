// Types for what tests import from eslint.config.js.
import type { Linter } from 'eslint';

/** Data tables outside src/core that the core may import (see eslint.config.js). */
export declare const CORE_SHARED_DATA: string[];
declare const config: Linter.Config[];
export default config;
