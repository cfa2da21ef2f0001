import { servicesEn } from '../services/i18n/en.js';
import { budgetEn } from '../budget/i18n/en.js';
import { casesEn, committeeEn } from '../cases/i18n/en.js';

/** The finance area's texts (en). */
export const en = {
  budget: budgetEn,
  cases: casesEn,
  committee: committeeEn,
  services: servicesEn,
};
