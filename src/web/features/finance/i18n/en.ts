/** The finance area's texts (en). */
export const en = {};
