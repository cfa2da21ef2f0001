/** The target-groups texts (da). */
export const da = {};
