/** The indicators texts (da). */
export const da = {};
