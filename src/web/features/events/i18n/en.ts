/** The events area's texts (en). */
export const en = {};
