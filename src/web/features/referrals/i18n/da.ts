/** The referrals area's texts (da). */
export const da = {};
