/** The staff's pages around a citizen: caseload, the whole-situation overview, plan meetings, transition list, export. */
export const caseworkRoutes = <></>;
