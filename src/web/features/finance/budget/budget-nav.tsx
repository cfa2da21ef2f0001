import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { currentDanishYear } from './budget-format.js';

export const budgetPath = '/oekonomi/budget';

const pages = [
  { sub: '', key: 'followUps' },
  { sub: '/aarshjul', key: 'wheel' },
  { sub: '/budgetter', key: 'budgets' },
  { sub: '/oekonomisk-plan', key: 'plan' },
] as const;

/** The year the budget pages show: `?aar=` in the address, else the current year. */
export function useBudgetYear(): number {
  const [params] = useSearchParams();
  const year = Number(params.get('aar'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentDanishYear();
}

/** The budget follow-up's pages as a row of tabs; the chosen year goes along. */
export function BudgetNav({ withYear = true }: { withYear?: boolean }) {
  const { t } = useTranslation('finance');
  const { pathname } = useLocation();
  const year = useBudgetYear();
  const query = withYear ? `?aar=${year}` : '';
  return (
    <nav className="tab-nav" aria-label={t('budget.nav.label')}>
      <ul>
        {pages.map((page) => {
          const to = `${budgetPath}${page.sub}`;
          // The plan is not by year, so it does not carry the year; the others do.
          const href = page.key === 'plan' ? to : `${to}${query}`;
          return (
            <li key={page.key}>
              <Link to={href} aria-current={pathname === to ? 'page' : undefined}>
                {t(`budget.nav.${page.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Choose the year to show: a select and a button, so nothing happens before the reader asks for it. */
export function YearPicker() {
  const { t } = useTranslation('finance');
  const year = useBudgetYear();
  const [, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(String(year));
  const now = currentDanishYear();
  const years = [...new Set([now - 3, now - 2, now - 1, now, now + 1, year])].sort();
  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams({ aar: chosen });
  };
  return (
    <form className="budget-year-picker" onSubmit={show}>
      <div className="form-group">
        <label className="form-label" htmlFor="budget-year">
          {t('budget.year')}
        </label>
        <select id="budget-year" className="form-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('budget.showYear')}
      </button>
    </form>
  );
}
