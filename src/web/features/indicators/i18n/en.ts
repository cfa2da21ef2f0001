import type { da } from './da.js';

/** The indicators texts (en). */
export const en: typeof da = {};
