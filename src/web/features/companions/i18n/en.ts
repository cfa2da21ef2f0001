/** The companion texts (en). */
export const en = {};
