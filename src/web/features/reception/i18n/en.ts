/** The reception area's texts (en). */
export const en = {};
