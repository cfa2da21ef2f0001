/** The status-reports texts (da). */
export const da = {};
