import type { TFunction } from 'i18next';

/** The catalogue's words in the reader's language; an unknown key (a newer server) is shown as it is. */
export function vocabulary(t: TFunction, kind: 'targetGroup' | 'lifeDomain' | 'ageGroup' | 'accessibility' | 'status' | 'lifecycle', key: string): string {
  return t(`vocabulary.${kind}.${key}`, { defaultValue: key });
}

/** "18 to 64 years", "From 65 years", "All ages". */
export function ageRangeText(t: TFunction, minimumAge: number | null, maximumAge: number | null): string {
  if (minimumAge !== null && maximumAge !== null) return t('offer.ageFromTo', { from: minimumAge, to: maximumAge });
  if (minimumAge !== null) return t('offer.ageFrom', { from: minimumAge });
  if (maximumAge !== null) return t('offer.ageTo', { to: maximumAge });
  return t('offer.ageAll');
}

/** The path of an offer's public page. */
export const offerPath = (id: string) => `/tilbud/${encodeURIComponent(id)}`;
