import type { Language } from '../../platform/i18n/server-messages.js';

/** Names of the groups of a breakdown, Danish first (the life domains as the plan names them, DOMAIN §5.2). */
const lifeDomains = {
  da: { health: 'Sundhed', social: 'Sociale relationer', leisure: 'Fritid', housing: 'Bolig', work: 'Uddannelse og beskæftigelse', '': 'Uden livsområde' },
  en: { health: 'Health', social: 'Social relations', leisure: 'Leisure', housing: 'Housing', work: 'Education and employment', '': 'No life domain' },
} satisfies Record<Language, Record<string, string>>;

const noUnit = { da: 'Uden enhed', en: 'No unit' } satisfies Record<Language, string>;

export function groupLabel(breakdown: 'life-domain' | 'unit' | null, key: string, unitNames: ReadonlyMap<string, string>, language: Language): string {
  if (breakdown === 'life-domain') return (lifeDomains[language] as Record<string, string>)[key] ?? key;
  if (key === '') return noUnit[language];
  return unitNames.get(key) ?? key;
}
