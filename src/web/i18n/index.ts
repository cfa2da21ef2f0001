import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da.js';
import { en } from './en.js';
import { da as caseworkDa } from '../features/casework/i18n/da.js';
import { en as caseworkEn } from '../features/casework/i18n/en.js';
import { da as planDa } from '../features/plan/i18n/da.js';
import { easy as planEasy } from '../features/plan/i18n/easy.js';
import { en as planEn } from '../features/plan/i18n/en.js';
import { da as offersDa } from '../features/offers/i18n/da.js';
import { en as offersEn } from '../features/offers/i18n/en.js';
import { da as eventsDa } from '../features/events/i18n/da.js';
import { en as eventsEn } from '../features/events/i18n/en.js';
import { da as referralsDa } from '../features/referrals/i18n/da.js';
import { en as referralsEn } from '../features/referrals/i18n/en.js';
import { da as receptionDa } from '../features/reception/i18n/da.js';
import { en as receptionEn } from '../features/reception/i18n/en.js';
import { da as financeDa } from '../features/finance/i18n/da.js';
import { en as financeEn } from '../features/finance/i18n/en.js';
import { da as housingDa } from '../features/housing/i18n/da.js';
import { en as housingEn } from '../features/housing/i18n/en.js';
import { da as volunteersDa } from '../features/volunteers/i18n/da.js';
import { en as volunteersEn } from '../features/volunteers/i18n/en.js';
import { da as companionsDa } from '../features/companions/i18n/da.js';
import { en as companionsEn } from '../features/companions/i18n/en.js';
import { da as peerGuidesDa } from '../features/peer-guides/i18n/da.js';
import { en as peerGuidesEn } from '../features/peer-guides/i18n/en.js';
import { da as strategiesDa } from '../features/strategies/i18n/da.js';
import { en as strategiesEn } from '../features/strategies/i18n/en.js';
import { da as councilsDa } from '../features/councils/i18n/da.js';
import { en as councilsEn } from '../features/councils/i18n/en.js';
import { da as statusReportsDa } from '../features/status-reports/i18n/da.js';
import { en as statusReportsEn } from '../features/status-reports/i18n/en.js';
import { da as targetGroupsDa } from '../features/target-groups/i18n/da.js';
import { en as targetGroupsEn } from '../features/target-groups/i18n/en.js';
import { da as indicatorsDa } from '../features/indicators/i18n/da.js';
import { en as indicatorsEn } from '../features/indicators/i18n/en.js';
import { da as volunteerStatisticsDa } from '../features/volunteer-statistics/i18n/da.js';
import { en as volunteerStatisticsEn } from '../features/volunteer-statistics/i18n/en.js';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

/** Where the choice of a visitor who is not logged in is kept; a logged-in user's choice lives on the server. */
const storageKey = 'mestring.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be switched off (private browsing); the choice then lasts until the page is reloaded.
  }
}

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : 'da';
  } catch {
    return 'da';
  }
}

// Screen readers pick their voice from <html lang>, so it follows every change of language.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  // One namespace per area, so each area keeps its own texts; 'plan-easy' is the easy-read Danish of the citizen's screens.
  resources: {
    da: { translation: da, plan: planDa, 'plan-easy': planEasy, casework: caseworkDa, offers: offersDa, events: eventsDa, referrals: referralsDa, reception: receptionDa, finance: financeDa, housing: housingDa, volunteers: volunteersDa, companions: companionsDa, 'peer-guides': peerGuidesDa, 'volunteer-statistics': volunteerStatisticsDa, strategies: strategiesDa, councils: councilsDa, 'status-reports': statusReportsDa, 'target-groups': targetGroupsDa, indicators: indicatorsDa },
    en: { translation: en, plan: planEn, 'plan-easy': planEasy, casework: caseworkEn, offers: offersEn, events: eventsEn, referrals: referralsEn, reception: receptionEn, finance: financeEn, housing: housingEn, volunteers: volunteersEn, companions: companionsEn, 'peer-guides': peerGuidesEn, 'volunteer-statistics': volunteerStatisticsEn, strategies: strategiesEn, councils: councilsEn, 'status-reports': statusReportsEn, 'target-groups': targetGroupsEn, indicators: indicatorsEn },
  },
  lng: rememberedLanguage(),
  fallbackLng: 'da',
  supportedLngs: languages,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'da';
}

export default i18n;
