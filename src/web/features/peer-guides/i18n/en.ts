/** The peer-guide texts (en). */
export const en = {};
