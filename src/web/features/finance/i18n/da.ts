/** The finance area's texts (da). */
export const da = {};
