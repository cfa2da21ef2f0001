/** The councils texts (da). */
export const da = {};
