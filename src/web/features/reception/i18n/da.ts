/** The reception area's texts (da). */
export const da = {};
