import type { da } from './da.js';

/** English texts of the plan screens: exactly the Danish keys. */
export const en: typeof da = {};
