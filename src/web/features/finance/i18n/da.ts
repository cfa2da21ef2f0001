import { servicesDa } from '../services/i18n/da.js';
import { budgetDa } from '../budget/i18n/da.js';
import { casesDa, committeeDa } from '../cases/i18n/da.js';

/** The finance area's texts (da). */
export const da = {
  budget: budgetDa,
  cases: casesDa,
  committee: committeeDa,
  services: servicesDa,
};
