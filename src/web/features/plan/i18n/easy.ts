/**
 * The easy-read Danish variant of the citizen's screens (namespace 'plan-easy'): short words, short sentences.
 * A test computes LIX over every string here and fails above 30.
 */
export const easy = {};
