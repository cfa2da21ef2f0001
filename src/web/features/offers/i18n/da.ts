/** The offers area's texts (da). */
export const da = {};
