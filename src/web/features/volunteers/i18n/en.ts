/** The volunteer area texts (en). */
export const en = {};
