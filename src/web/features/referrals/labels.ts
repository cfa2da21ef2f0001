import type { TFunction } from 'i18next';

// Keys come from the server; one this app has no text for yet is shown as it is rather than hidden.
const label = (t: TFunction, group: string, key: string) => t(`${group}.${key}`, { defaultValue: key });

export const stateName = (t: TFunction, state: string) => label(t, 'states', state);
export const moveName = (t: TFunction, state: string) => label(t, 'moves', state);
// i18next reads ':' as a namespace separator, so 'domain:health' is looked up as 'domain-health'.
export const partName = (t: TFunction, part: string) => t(`parts.${part.replace(':', '-')}`, { defaultValue: part });
export const partList = (t: TFunction, parts: readonly string[]) => parts.map((p) => partName(t, p)).join(', ');
