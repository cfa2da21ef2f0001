/** Why housing figures are read: steering the municipality's residential capacity (the audit entry's purpose). */
export const HOUSING_PURPOSE = 'steering';
