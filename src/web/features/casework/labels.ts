import type { TFunction } from 'i18next';

// Keys come from the server; one this app has no text for yet is shown as it is rather than hidden.
const label = (t: TFunction, group: string, key: string | number | null | undefined) => (key === null || key === undefined ? '' : t(`${group}.${key}`, { defaultValue: String(key) }));

export const domainName = (t: TFunction, key: string | null | undefined) => label(t, 'domains', key);
export const goalTypeName = (t: TFunction, key: string) => label(t, 'goalTypes', key);
export const goalStatusName = (t: TFunction, key: string) => label(t, 'goalStatus', key);
export const outcomeName = (t: TFunction, key: string) => label(t, 'outcomes', key);
export const stepStatusName = (t: TFunction, key: string) => label(t, 'stepStatus', key);
export const meetingStatusName = (t: TFunction, key: string) => label(t, 'meetingStatus', key);
export const teamRoleName = (t: TFunction, key: string) => label(t, 'teamRoles', key);
export const participantRoleName = (t: TFunction, key: string) => label(t, 'participantRoles', key);
export const levelName = (t: TFunction, key: number | null) => label(t, 'levels', key);
export const pictogramName = (t: TFunction, key: string | null) => label(t, 'pictograms', key);
export const needName = (t: TFunction, key: string) => label(t, 'needs', key);
export const targetGroupName = (t: TFunction, key: string) => label(t, 'targetGroups', key);
export const operationName = (t: TFunction, key: string) => label(t, 'operations', key);
export const subjectName = (t: TFunction, key: string) => label(t, 'subjects', key);
export const partName = (t: TFunction, key: string) => (key.startsWith('domain:') ? domainName(t, key.slice(7)) : label(t, 'parts', key));
export const languageName = (t: TFunction, key: string | null) => label(t, 'languages', key);
