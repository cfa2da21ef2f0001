/** The volunteer area texts (da). */
export const da = {};
