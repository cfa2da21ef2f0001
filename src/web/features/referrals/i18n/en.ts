/** The referrals area's texts (en). */
export const en = {};
