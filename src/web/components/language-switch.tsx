import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, type Language } from '../i18n/index.js';

/** Each language is named in itself (Dansk, English) and marked with its lang so screen readers pronounce it right. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <div className="language-choice" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button key={language} type="button" className="language-button" lang={language} aria-pressed={language === current} onClick={() => onChange(language)}>
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
