import type { $ZodIssue } from 'zod/v4/core';
import type { Language } from './server-messages.js';

/**
 * Field problems in plain words. Zod's own Danish ("For lille: forventede streng havde >= 1 tegn") is
 * written for developers; many of our users read best with short, concrete sentences. Returns undefined
 * for the rare issue kinds not covered, and the caller falls back to zod's locale.
 */
export function plainIssueMessage(issue: $ZodIssue & { input?: unknown }, language: Language): string | undefined {
  const da = language === 'da';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return da ? 'Feltet skal udfyldes.' : 'This field is required.';
      // A number with decimals where a whole one is needed (1.5 places) is a number, just not whole.
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) return da ? 'Skriv et helt tal.' : 'Enter a whole number.';
      if (issue.expected === 'number' || issue.expected === 'int') return da ? 'Skriv et tal.' : 'Enter a number.';
      if (issue.expected === 'boolean') return da ? 'Vælg ja eller nej.' : 'Choose yes or no.';
      if (issue.expected === 'array') return da ? 'Vælg en eller flere muligheder.' : 'Choose one or more options.';
      return da ? 'Feltet har en forkert form.' : 'This field has the wrong form.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? (da ? 'Feltet skal udfyldes.' : 'This field is required.') : da ? `Skriv mindst ${issue.minimum} tegn.` : `Enter at least ${issue.minimum} characters.`;
      }
      if (issue.origin === 'array') return da ? `Vælg mindst ${issue.minimum}.` : `Choose at least ${issue.minimum}.`;
      return da ? `Tallet skal være mindst ${issue.minimum}.` : `The number must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return da ? `Teksten er for lang. Højst ${issue.maximum} tegn.` : `The text is too long. At most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return da ? `Vælg højst ${issue.maximum}.` : `Choose at most ${issue.maximum}.`;
      return da ? `Tallet må højst være ${issue.maximum}.` : `The number must be at most ${issue.maximum}.`;
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return da ? 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.' : 'Enter a valid e-mail address, e.g. name@municipality.dk.';
        case 'uuid':
          return da ? 'Vælg en gyldig værdi fra listen.' : 'Choose a valid value from the list.';
        case 'date':
          return da ? 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).' : 'Enter a valid date (YYYY-MM-DD).';
        case 'datetime':
          return da ? 'Skriv en gyldig dato og tid.' : 'Enter a valid date and time.';
        case 'url':
          return da ? 'Skriv en gyldig webadresse.' : 'Enter a valid web address.';
        default:
          return da ? 'Feltet har en forkert form.' : 'This field has the wrong form.';
      }
    case 'invalid_value':
      return da ? 'Vælg en af de mulige værdier.' : 'Choose one of the possible values.';
    case 'unrecognized_keys':
      return da ? `Ukendt felt: ${issue.keys.join(', ')}.` : `Unknown field: ${issue.keys.join(', ')}.`;
    default:
      return undefined;
  }
}
