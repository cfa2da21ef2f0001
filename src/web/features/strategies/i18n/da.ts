/** The strategies texts (da). */
export const da = {};
