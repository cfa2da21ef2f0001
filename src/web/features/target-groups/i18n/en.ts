import type { da } from './da.js';

/** The target-groups texts (en). */
export const en: typeof da = {};
