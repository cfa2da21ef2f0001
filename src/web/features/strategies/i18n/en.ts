import type { da } from './da.js';

/** The strategies texts (en). */
export const en: typeof da = {};
