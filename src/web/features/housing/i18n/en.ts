/** The housing area's texts (en). */
export const en = {};
