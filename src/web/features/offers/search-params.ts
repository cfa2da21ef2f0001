/** The search's state lives in the address, so a search can be bookmarked, shared and reloaded. */

export const listKeys = ['targetGroup', 'lifeDomain', 'ageGroup', 'legalBasis', 'accessibility'] as const;
export const flagKeys = ['free', 'selfReferral', 'freePlaces'] as const;
export const textKeys = ['q', 'day', 'time', 'near', 'withinKm', 'sort', 'groupBy'] as const;
export type ListKey = (typeof listKeys)[number];
export type FlagKey = (typeof flagKeys)[number];

export interface SearchState {
  lists: Record<ListKey, string[]>;
  flags: Record<FlagKey, boolean>;
  text: Record<(typeof textKeys)[number], string>;
  page: number;
}

export function readSearch(params: URLSearchParams): SearchState {
  return {
    lists: Object.fromEntries(listKeys.map((k) => [k, (params.get(k) ?? '').split(',').filter(Boolean)])) as SearchState['lists'],
    flags: Object.fromEntries(flagKeys.map((k) => [k, params.get(k) === 'true'])) as SearchState['flags'],
    text: Object.fromEntries(textKeys.map((k) => [k, params.get(k) ?? ''])) as SearchState['text'],
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

/** Only what is set, in a stable order; the page is left out when it is the first. */
export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of textKeys) if (state.text[key].trim()) params.set(key, state.text[key].trim());
  for (const key of listKeys) if (state.lists[key].length > 0) params.set(key, state.lists[key].join(','));
  for (const key of flagKeys) if (state.flags[key]) params.set(key, 'true');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page };
}
