/** Danish texts of the plan screens (i18next namespace 'plan'). */
export const da = {};
