/** The events area's texts (da). */
export const da = {};
