import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da.js';
import { en } from './en.js';

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
  resources: { da: { translation: da }, en: { translation: en } },
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
