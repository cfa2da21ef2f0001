import type { da } from './da.js';

/** The councils texts (en). */
export const en: typeof da = {};
