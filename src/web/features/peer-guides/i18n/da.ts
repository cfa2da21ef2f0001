/** The peer-guide texts (da). */
export const da = {};
