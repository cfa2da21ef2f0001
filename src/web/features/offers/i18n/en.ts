/** The offers area's texts (en). */
export const en = {};
