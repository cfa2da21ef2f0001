import type { da } from './da.js';

/** The status-reports texts (en). */
export const en: typeof da = {};
