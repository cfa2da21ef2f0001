/** The housing area's texts (da). */
export const da = {};
