import type { Language } from '../../platform/i18n/server-messages.js';

/** What a calendar app shows as a feed's name and description, Danish first. */
const texts = {
  da: {
    myName: 'Mine aktiviteter',
    myDescription: 'De aktiviteter, du er tilmeldt i Mestring.',
    offerDescription: (name: string) => `Åbningstider og aktiviteter for ${name}.`,
  },
  en: {
    myName: 'My activities',
    myDescription: 'The activities you have signed up for in Mestring.',
    offerDescription: (name: string) => `Opening hours and activities of ${name}.`,
  },
} satisfies Record<Language, unknown>;

export function calendarTexts(language: Language) {
  return texts[language];
}
