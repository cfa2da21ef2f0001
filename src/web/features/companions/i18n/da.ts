/** The companion texts (da). */
export const da = {};
