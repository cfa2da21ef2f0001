/** The citizen's own pages (Min plan, network and consent, who has looked) and the relative's shared view. */
export const citizenRoutes = <></>;
