/** Danish texts of the casework screens (i18next namespace 'casework'). */
export const da = {};
